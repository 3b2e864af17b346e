import { parseInstant } from "./format";
import { actorFetch } from "./accounts";
import { httpStatus, storeGet, type Sdk } from "./medusa";
import type { ClassSession } from "./types";

/** Upcoming master-class sessions, soonest first. */
export async function listUpcomingClasses(sdk: Sdk, limit = 6): Promise<ClassSession[]> {
  const res = await storeGet<{ sessions: ClassSession[] }>(sdk, "/store/classes", { limit });
  return (res.sessions ?? [])
    .filter((s) => s && s.starts_at && !Number.isNaN(parseInstant(s.starts_at)))
    .sort((a, b) => parseInstant(a.starts_at) - parseInstant(b.starts_at))
    .slice(0, limit);
}

// ---- issue 4: a class's page, booking seats, the waitlist -------------------------------------

export interface ClassSessionSlot {
  id: string;
  variant_id: string;
  starts_at: string;
  ends_at: string;
  capacity: number;
  status: "scheduled" | "cancelled";
  seats_left: number;
  bookable: boolean;
  price: number | null;
  center: { id: string; handle: string; name: string; district: string; address: string; sales_channel_id: string | null } | null;
  room: { id: string; name: string } | null;
}

export interface ClassDetail {
  id: string;
  handle: string;
  title: string;
  description: string | null;
  thumbnail: string | null;
  images?: { url: string }[];
  level: "beginner" | "intermediate" | "advanced" | null;
  age: string | null;
  what_to_bring: string | null;
  materials_fee: number;
  cancellation_hours: number;
  seller: { id: string; handle: string; name: string } | null;
  sessions: ClassSessionSlot[];
}

/** A master class with its upcoming sessions at the visible centers (null = no such class). */
export async function getClass(sdk: Sdk, handle: string): Promise<ClassDetail | null> {
  if (!/^[a-z0-9-]{1,200}$/.test(handle)) return null;
  try {
    const res = await storeGet<{ class: ClassDetail }>(sdk, `/store/classes/${handle}`);
    return res.class;
  } catch (error) {
    if (httpStatus(error) === 404) return null;
    throw error;
  }
}

/** Seats with one attendee name each (and a waitlist offer's token) as one cart line. */
export async function addSeats(
  sdk: Sdk,
  cartId: string,
  variantId: string,
  attendees: string[],
  offerToken?: string | null,
  impact?: Record<string, unknown> | null,
): Promise<void> {
  await sdk.store.cart.createLineItem(cartId, {
    variant_id: variantId,
    quantity: attendees.length,
    // issue 6: the questionnaire answer rides on the seats; a snapshot is taken when tickets are issued
    metadata: { attendees, ...(offerToken ? { offer_token: offerToken } : {}), ...(impact ? { impact } : {}) },
  } as never);
}

export async function joinWaitlist(sdk: Sdk, sessionId: string, email: string, name: string): Promise<{ position: number }> {
  const res = await sdk.client.fetch<{ waitlist_entry: { position: number } }>(`/store/class-sessions/${sessionId}/waitlist`, {
    method: "POST",
    body: { email, name },
  });
  return res.waitlist_entry;
}

/** Up to this many names (seats) in one booking form. */
export const MAX_SEATS_PER_BOOKING = 6;

// ---- the artisan's side: /sell/classes ----------------------------------------------------------

export interface SellerClass extends Omit<ClassDetail, "seller"> {
  status: "draft" | "published";
}

export interface SellerTicket {
  id: string;
  code: string;
  status: "confirmed" | "cancelled" | "attended" | "no_show";
  attendee_name: string;
  email: string;
  checked_in_at: string | null;
}

const MSK_OFFSET_MS = 3 * 3600_000;

/** A `datetime-local` value read as Moscow wall-clock time (UTC+3 all year) → UTC ISO; null if malformed. */
export function moscowLocalToIso(local: string): string | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(local.trim());
  if (!m) return null;
  const [, y, mo, d, h, mi] = m.map(Number);
  if (h > 23 || mi > 59) return null;
  const wall = new Date(Date.UTC(y, mo - 1, d, h, mi));
  // 30 February and the like roll over: refuse them
  if (wall.getUTCFullYear() !== y || wall.getUTCMonth() !== mo - 1 || wall.getUTCDate() !== d) return null;
  return new Date(wall.getTime() - MSK_OFFSET_MS).toISOString();
}

/** The inverse, for pre-filling a `datetime-local` input in Moscow time. */
export function isoToMoscowLocal(iso: string): string {
  return new Date(Date.parse(iso) + MSK_OFFSET_MS).toISOString().slice(0, 16);
}

export async function listMyClasses(sdk: Sdk, token: string): Promise<SellerClass[]> {
  return (await actorFetch<{ classes: SellerClass[] }>(sdk, token, "/sellers/me/classes")).classes ?? [];
}

export async function getMyClass(sdk: Sdk, token: string, id: string): Promise<SellerClass> {
  return (await actorFetch<{ class: SellerClass }>(sdk, token, `/sellers/me/classes/${id}`)).class;
}

export async function createMyClass(sdk: Sdk, token: string, body: Record<string, unknown>): Promise<SellerClass> {
  return (await actorFetch<{ class: SellerClass }>(sdk, token, "/sellers/me/classes", { method: "POST", body })).class;
}

export async function updateMyClass(sdk: Sdk, token: string, id: string, body: Record<string, unknown>): Promise<void> {
  await actorFetch(sdk, token, `/sellers/me/classes/${id}`, { method: "POST", body });
}

export async function addMySessions(sdk: Sdk, token: string, id: string, body: Record<string, unknown>): Promise<void> {
  await actorFetch(sdk, token, `/sellers/me/classes/${id}/sessions`, { method: "POST", body });
}

export async function moveMySession(sdk: Sdk, token: string, id: string, sessionId: string, body: Record<string, unknown>): Promise<void> {
  await actorFetch(sdk, token, `/sellers/me/classes/${id}/sessions/${sessionId}`, { method: "POST", body });
}

export async function cancelMySession(sdk: Sdk, token: string, id: string, sessionId: string, reason: string): Promise<void> {
  await actorFetch(sdk, token, `/sellers/me/classes/${id}/sessions/${sessionId}/cancel`, {
    method: "POST",
    body: reason ? { reason } : {},
  });
}

export async function listSessionTickets(sdk: Sdk, token: string, id: string, sessionId: string): Promise<SellerTicket[]> {
  return (await actorFetch<{ tickets: SellerTicket[] }>(sdk, token, `/sellers/me/classes/${id}/sessions/${sessionId}/tickets`)).tickets ?? [];
}

export async function checkInTicket(sdk: Sdk, token: string, id: string, sessionId: string, code: string): Promise<SellerTicket> {
  return (
    await actorFetch<{ ticket: SellerTicket }>(sdk, token, `/sellers/me/classes/${id}/sessions/${sessionId}/check-in`, {
      method: "POST",
      body: { code },
    })
  ).ticket;
}

export async function markNoShows(sdk: Sdk, token: string, id: string, sessionId: string): Promise<number> {
  return (await actorFetch<{ no_show: number }>(sdk, token, `/sellers/me/classes/${id}/sessions/${sessionId}/no-show`, { method: "POST", body: {} })).no_show;
}
