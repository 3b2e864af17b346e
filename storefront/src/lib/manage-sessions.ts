// Master-class sessions held at a center, as its manager runs them: the list, cancelling a
// session, the door (check-in) and no-shows. The API is /manage/centers/:id/sessions/...
import { actorFetch } from "./accounts";
import type { SellerTicket } from "./classes";
import type { Sdk } from "./medusa";

export type SessionsWhen = "upcoming" | "past";

export interface ManagedSession {
  id: string;
  product_id: string;
  starts_at: string;
  ends_at: string;
  capacity: number;
  status: "scheduled" | "cancelled";
  cancelled_reason: string | null;
  class: { id: string; title: string; handle: string } | null;
  artisan: { id: string; name: string } | null;
  room: { id: string; name: string } | null;
  seats_sold: number;
  checked_in: number;
  no_shows: number;
}

const base = (centerId: string) => `/manage/centers/${encodeURIComponent(centerId)}/sessions`;
const one = (centerId: string, sessionId: string) => `${base(centerId)}/${encodeURIComponent(sessionId)}`;

export async function listCenterSessions(sdk: Sdk, token: string, centerId: string, when: SessionsWhen): Promise<ManagedSession[]> {
  const res = await actorFetch<{ sessions: ManagedSession[] }>(sdk, token, `${base(centerId)}?when=${when}`);
  return res.sessions ?? [];
}

/** One session of the center among the upcoming, then the recent past ones (null: not there). */
export async function findCenterSession(sdk: Sdk, token: string, centerId: string, sessionId: string): Promise<ManagedSession | null> {
  for (const when of ["upcoming", "past"] as const) {
    const found = (await listCenterSessions(sdk, token, centerId, when)).find((s) => s.id === sessionId);
    if (found) return found;
  }
  return null;
}

export async function cancelCenterSession(sdk: Sdk, token: string, centerId: string, sessionId: string, reason: string): Promise<void> {
  await actorFetch(sdk, token, `${one(centerId, sessionId)}/cancel`, { method: "POST", body: reason ? { reason } : {} });
}

export async function listCenterSessionTickets(sdk: Sdk, token: string, centerId: string, sessionId: string): Promise<SellerTicket[]> {
  return (await actorFetch<{ tickets: SellerTicket[] }>(sdk, token, `${one(centerId, sessionId)}/tickets`)).tickets ?? [];
}

export async function checkInCenterTicket(sdk: Sdk, token: string, centerId: string, sessionId: string, code: string): Promise<SellerTicket> {
  return (await actorFetch<{ ticket: SellerTicket }>(sdk, token, `${one(centerId, sessionId)}/check-in`, { method: "POST", body: { code } })).ticket;
}

export async function markCenterNoShows(sdk: Sdk, token: string, centerId: string, sessionId: string): Promise<number> {
  return (await actorFetch<{ no_show: number }>(sdk, token, `${one(centerId, sessionId)}/no-show`, { method: "POST", body: {} })).no_show;
}

/** A session can be cancelled while it is scheduled and has not started. */
export function isCancellable(session: Pick<ManagedSession, "status" | "starts_at">, now = Date.now()): boolean {
  return session.status === "scheduled" && Date.parse(session.starts_at) > now;
}
