import { cartIsEmpty, createCart, getCurrentCart, invalidateCart, setCartCookie, withRegion } from "../cart";
import { addSeats, getClass, joinWaitlist, MAX_SEATS_PER_BOOKING, type ClassDetail, type ClassSessionSlot } from "../classes";
import { formString, href, isPost, notFound, pageLocale, readForm, seeOther, type Ctx } from "../http";
import type { MessageKey, MessageParams } from "../i18n";
import { errorMessage, httpStatus, isBackendUnavailable, normalizeError, orFallback, sdkFor } from "../medusa";
import type { BasePageData } from "./common";
import { readToken } from "../accounts";
import { EMPTY_ANSWER, getLastAnswer, getRatings, impactMetadata, readImpactAnswer, type ImpactAnswer, type RatingSummary } from "../impact";

export const OFFER_HOURS = 12;

export interface ClassPageData extends BasePageData {
  status?: number;
  klass: ClassDetail;
  selectedSessionId: string | null;
  /** A waitlist offer from the e-mail link: its session is bookable for one seat. */
  offer: { sessionId: string; token: string } | null;
  names: string[];
  maxSeats: number;
  error: { key: MessageKey; params?: MessageParams; text?: string } | null;
  waitlisted: { position: number; sessionId: string } | null;
  waitlistError: { sessionId: string; text: string } | null;
  /** issue 6: the optional questionnaire's answer (pre-filled from the signed-in resident's last one) */
  impact: ImpactAnswer;
  impactPrefilled: boolean;
  /** attendees' average rating of this class (null = no feedback yet) */
  rating: RatingSummary | null;
}

/** Extras that must never break the booking page: the last answer and the rating. */
async function impactExtras(ctx: Ctx, sdk: ReturnType<typeof sdkFor>, classId: string, wantAnswer: boolean) {
  const token = wantAnswer ? readToken(ctx.cookies, "customer") : null;
  const [answer, ratings] = await Promise.all([
    token ? getLastAnswer(sdk, token).catch(() => null) : Promise.resolve(null),
    getRatings(sdk, { product_ids: [classId] }).catch(() => null),
  ]);
  return { answer, rating: ratings?.products?.[classId] ?? null };
}

/** The booking form's attendee names: non-empty, trimmed, at most MAX_SEATS_PER_BOOKING. */
export function attendeeNames(form: FormData): string[] {
  return form
    .getAll("attendee")
    .map((v) => String(v).trim().slice(0, 100))
    .filter(Boolean)
    .slice(0, MAX_SEATS_PER_BOOKING);
}

const backendText = (locale: string, error: unknown) => (locale === "ru" ? errorMessage(error) : "");

export async function loadClassPage(ctx: Ctx): Promise<Response | ClassPageData> {
  const sdk = sdkFor(ctx.locals);
  const locale = pageLocale(ctx);
  const klass = await getClass(sdk, ctx.params.handle ?? "");
  if (!klass) return notFound();

  const form = isPost(ctx) ? await readForm(ctx.request) : null;
  const q = ctx.url.searchParams;
  const offerToken = form ? formString(form, "offer") : q.get("offer") ?? "";
  const askedSession = form ? formString(form, "session_id") : q.get("session") ?? "";
  const offer = offerToken && askedSession ? { sessionId: askedSession, token: offerToken } : null;
  const bookable = (s: ClassSessionSlot) => s.bookable || (offer?.sessionId === s.id && s.status === "scheduled");
  const selected = klass.sessions.find((s) => s.id === askedSession && bookable(s)) ?? klass.sessions.find(bookable) ?? null;
  const position = Number(q.get("waitlisted"));
  const extras = await impactExtras(ctx, sdk, klass.id, !form);

  const data: ClassPageData = {
    locale,
    klass,
    selectedSessionId: selected?.id ?? null,
    offer,
    names: [],
    maxSeats: MAX_SEATS_PER_BOOKING,
    error: null,
    waitlisted: position > 0 && askedSession ? { position, sessionId: askedSession } : null,
    waitlistError: null,
    impact: form ? readImpactAnswer(form) : extras.answer ?? EMPTY_ANSWER,
    impactPrefilled: !form && !!extras.answer,
    rating: extras.rating,
  };
  if (!form) return data;

  const intent = formString(form, "intent");
  data.status = 422;

  if (intent === "waitlist") {
    const sessionId = formString(form, "session_id");
    const session = klass.sessions.find((s) => s.id === sessionId);
    if (!session) return notFound();
    try {
      const entry = await joinWaitlist(sdk, session.id, formString(form, "email"), formString(form, "name"));
      return seeOther(href(locale, `/classes/${klass.handle}`, { session: session.id, waitlisted: entry.position }) + "#sessions");
    } catch (error) {
      if (isBackendUnavailable(error)) throw normalizeError(error);
      data.waitlistError = { sessionId: session.id, text: backendText(locale, error) || errorMessage(error) };
      return data;
    }
  }

  // ---- booking seats ----------------------------------------------------------------
  const names = attendeeNames(form);
  data.names = names;
  const session = klass.sessions.find((s) => s.id === formString(form, "session_id"));
  if (!session || !bookable(session)) {
    data.error = { key: "classes.errorSession" };
    return data;
  }
  data.selectedSessionId = session.id;
  if (!names.length) {
    data.error = { key: "classes.errorNames" };
    return data;
  }
  const limit = offer?.sessionId === session.id ? Math.max(1, session.seats_left + 1) : session.seats_left;
  if (names.length > limit) {
    data.error = { key: "classes.errorTooMany", params: { count: limit } };
    return data;
  }
  const center = session.center;
  if (!center) return notFound();
  try {
    const cart = await orFallback(getCurrentCart(ctx), null, "cart");
    const region = await withRegion(sdk, async (region) => region);
    const channel = center.sales_channel_id;
    if (!channel) return notFound();
    let cartId = cart && cart.sales_channel_id === channel ? cart.id : null;
    if (!cartId && cart && !cartIsEmpty(cart)) {
      data.status = 409;
      data.error = { key: "classes.errorCenter" };
      return data;
    }
    if (!cartId) {
      cartId = (await createCart(sdk, region.id, channel)).id;
      setCartCookie(ctx, cartId);
    }
    await addSeats(sdk, cartId, session.variant_id, names, offer?.sessionId === session.id ? offer.token : null, impactMetadata(data.impact));
    invalidateCart(ctx);
  } catch (error) {
    if (isBackendUnavailable(error)) throw normalizeError(error);
    const status = httpStatus(error);
    data.status = status === 409 ? 409 : 422;
    data.error = { key: "classes.errorGeneric", text: status && status < 500 ? backendText(locale, error) : "" };
    return data;
  }
  return seeOther(href(locale, "/cart", { added: "class" }));
}

