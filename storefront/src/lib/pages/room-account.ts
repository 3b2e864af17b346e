// /account/rooms (the resident's room bookings) and /account/rooms/:id (one booking: the
// 15-minute hold, «Оплатить» (into the cart, then the normal checkout), the door code once confirmed, cancel).
import { isRefusal, withRole } from "../accounts";
import { cartIsEmpty, getCurrentCart, invalidateCart, setCartCookie } from "../cart";
import { formString, href, isPost, notFound, pageLocale, readForm, seeOther, type Ctx } from "../http";
import { errorMessage, sdkFor } from "../medusa";
import { changeMyRoomBooking, getMyRoomBooking, listMyRoomBookings, putRoomBookingIntoCart, type RoomBooking } from "../rooms";
import type { BasePageData } from "./common";

export interface RoomAccountData extends BasePageData {
  status?: number;
  bookings: RoomBooking[];
  done: string | null;
  error: string | null;
}

export interface RoomBookingPageData extends BasePageData {
  status?: number;
  booking: RoomBooking;
  done: string | null;
  error: string | null;
}

const ACTIONS = ["confirm", "cancel", "pay"] as const;
type Action = (typeof ACTIONS)[number];

/**
 * Runs the form's confirm/cancel/pay; a refusal becomes the message to show. «pay» puts the held
 * booking into the resident's cart (their current one if it has something in it — the backend
 * refuses another center's cart — else a new one) and leads to the normal checkout.
 */
async function act(ctx: Ctx, form: FormData, token: string, id: string): Promise<{ action: Action } | { error: string } | Response> {
  const action = formString(form, "action", 10) as Action;
  if (!ACTIONS.includes(action)) return { error: "rooms.error.action" };
  try {
    if (action === "pay") {
      const current = await getCurrentCart(ctx);
      const { cart } = await putRoomBookingIntoCart(sdkFor(ctx.locals), token, id, current && !cartIsEmpty(current) ? current.id : null);
      setCartCookie(ctx, cart.id);
      invalidateCart(ctx);
      return seeOther(href(pageLocale(ctx), "/checkout"));
    }
    await changeMyRoomBooking(sdkFor(ctx.locals), token, id, action);
    return { action };
  } catch (e) {
    if (!isRefusal(e)) throw e;
    return { error: errorMessage(e).replace(/^[a-z_]+: /, "") };
  }
}

export async function loadRoomAccountPage(ctx: Ctx): Promise<Response | RoomAccountData> {
  const locale = pageLocale(ctx);
  const sdk = sdkFor(ctx.locals);
  return withRole<RoomAccountData>(ctx, "customer", locale, async (token) => {
    let error: string | null = null;
    if (isPost(ctx)) {
      const form = await readForm(ctx.request);
      const id = formString(form, "booking_id", 100);
      if (!/^[A-Za-z0-9_]{1,100}$/.test(id)) return notFound();
      const result = await act(ctx, form, token, id);
      if (result instanceof Response) return result;
      if ("action" in result) return seeOther(href(locale, "/account/rooms", { done: result.action }));
      error = result.error;
    }
    const bookings = await listMyRoomBookings(sdk, token);
    return { locale, status: error ? 422 : undefined, bookings, done: ctx.url.searchParams.get("done"), error };
  });
}

export async function loadRoomBookingPage(ctx: Ctx): Promise<Response | RoomBookingPageData> {
  const locale = pageLocale(ctx);
  const sdk = sdkFor(ctx.locals);
  const id = ctx.params.id ?? "";
  if (!/^[A-Za-z0-9_]{1,100}$/.test(id)) return notFound();
  return withRole<RoomBookingPageData>(ctx, "customer", locale, async (token) => {
    let error: string | null = null;
    if (isPost(ctx)) {
      const result = await act(ctx, await readForm(ctx.request), token, id);
      if (result instanceof Response) return result;
      if ("action" in result) return seeOther(href(locale, `/account/rooms/${id}`, { done: result.action }));
      error = result.error;
    }
    const booking = await getMyRoomBooking(sdk, token, id);
    return { locale, status: error ? 422 : undefined, booking, done: ctx.url.searchParams.get("done"), error };
  });
}
