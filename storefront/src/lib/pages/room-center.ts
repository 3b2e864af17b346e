// /centers/:handle/rooms — a center's rooms, one room's free half hours on a day (a plain GET form)
// and the booking form (POST: a signed-in resident holds the slot → /account/rooms/:id).
import { isRefusal, readToken, toLogin, isUnauthorized, clearToken } from "../accounts";
import { formString, href, isPost, notFound, pageLocale, readForm, seeOther, type Ctx } from "../http";
import { errorMessage, httpStatus, isNotFound, normalizeError, sdkFor } from "../medusa";
import {
  BOOKING_LENGTHS,
  bookableStarts,
  bookingEnd,
  getCenterRooms,
  getRoomAvailability,
  holdRoom,
  moscowClock,
  parseDay,
  type CenterRooms,
  type PublicRoom,
  type RoomDay,
  type RoomSlot,
} from "../rooms";
import type { BasePageData } from "./common";

export interface RoomCenterData extends BasePageData {
  status?: number;
  center: CenterRooms["center"];
  rooms: PublicRoom[];
  room: PublicRoom | null;
  date: string;
  today: string;
  day: RoomDay | null;
  starts: RoomSlot[];
  lengths: readonly number[];
  signedIn: boolean;
  values: { starts_at: string; minutes: string; purpose: string };
  error: string | null;
  /** this page with its query: where login comes back to */
  self: string;
}

export async function loadRoomCenterPage(ctx: Ctx): Promise<Response | RoomCenterData> {
  const locale = pageLocale(ctx);
  const sdk = sdkFor(ctx.locals);
  const handle = ctx.params.handle ?? "";
  if (!/^[a-z0-9-]{1,100}$/.test(handle)) return notFound();

  let listing: CenterRooms;
  try {
    listing = await getCenterRooms(sdk, handle);
  } catch (e) {
    if (isNotFound(e)) return notFound();
    throw normalizeError(e);
  }
  const today = moscowClock(new Date()).date;
  const form = isPost(ctx) ? await readForm(ctx.request) : null;
  const pick = (name: string, max = 100) => (form ? formString(form, name, max) : ctx.url.searchParams.get(name) ?? "");
  const room = listing.rooms.find((r) => r.id === pick("room")) ?? listing.rooms[0] ?? null;
  const asked = parseDay(pick("date"));
  const date = asked && asked >= today ? asked : today;
  const self = `/centers/${handle}/rooms?` + new URLSearchParams(room ? { room: room.id, date } : { date }).toString();

  const data: RoomCenterData = {
    locale,
    center: listing.center,
    rooms: listing.rooms,
    room,
    date,
    today,
    day: null,
    starts: [],
    lengths: BOOKING_LENGTHS,
    signedIn: !!readToken(ctx.cookies, "customer"),
    values: { starts_at: "", minutes: "60", purpose: "" },
    error: null,
    self,
  };

  if (form && room) {
    const token = readToken(ctx.cookies, "customer");
    if (!token) return toLogin(locale, "customer", self);
    data.values = { starts_at: formString(form, "starts_at", 40), minutes: formString(form, "minutes", 4), purpose: formString(form, "purpose", 300) };
    const ends = bookingEnd(data.values.starts_at, Number(data.values.minutes));
    if (!ends) {
      data.error = "rooms.error.pickStart";
      data.status = 422;
    } else {
      try {
        const booking = await holdRoom(sdk, token, {
          room_id: room.id,
          starts_at: data.values.starts_at,
          ends_at: ends,
          purpose: data.values.purpose || undefined,
        });
        return seeOther(href(locale, `/account/rooms/${booking.id}`, { done: "held" }));
      } catch (e) {
        if (isUnauthorized(e)) {
          clearToken(ctx, "customer");
          return toLogin(locale, "customer", self);
        }
        if (!isRefusal(e)) throw normalizeError(e);
        data.status = httpStatus(e) === 409 ? 409 : 422;
        // the backend's "field: сообщение" — Russian as sent
        data.error = errorMessage(e).replace(/^[a-z_]+: /, "");
      }
    }
  }

  if (room) {
    const availability = await getRoomAvailability(sdk, room.id, date);
    data.day = availability.days[0] ?? null;
    data.starts = bookableStarts(data.day?.slots ?? []);
  }
  return data;
}
