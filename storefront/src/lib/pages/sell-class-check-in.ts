// /sell/classes/:id/sessions/:session_id/check-in — the door: a ticket code typed or scanned,
// the attendee list, and after the session «no-show» for the rest (see ./check-in-door.ts).
import { withRole } from "../accounts";
import { checkInTicket, getMyClass, listSessionTickets, markNoShows, type SellerClass, type SellerTicket } from "../classes";
import { notFound, pageLocale, type Ctx } from "../http";
import { sdkFor } from "../medusa";
import { handleDoor, type DoorState } from "./check-in-door";
import type { BasePageData } from "./common";

export interface SellCheckInData extends BasePageData, DoorState {
  klass: SellerClass;
  session: SellerClass["sessions"][number];
  tickets: SellerTicket[];
}

export async function loadSellCheckIn(ctx: Ctx): Promise<Response | SellCheckInData> {
  const locale = pageLocale(ctx);
  const sdk = sdkFor(ctx.locals);
  const id = ctx.params.id ?? "";
  const sessionId = ctx.params.session_id ?? "";
  if (!/^prod_[A-Za-z0-9]{10,60}$/.test(id) || !/^cls_[A-Za-z0-9]{10,60}$/.test(sessionId)) return notFound();
  const self = `/sell/classes/${id}/sessions/${sessionId}/check-in`;

  return withRole<SellCheckInData>(ctx, "seller", locale, async (token) => {
    const door = await handleDoor(ctx, locale, self, {
      checkIn: (code) => checkInTicket(sdk, token, id, sessionId, code),
      noShows: () => markNoShows(sdk, token, id, sessionId),
    });
    if (door instanceof Response) return door;
    const klass = await getMyClass(sdk, token, id);
    const session = klass.sessions.find((s) => s.id === sessionId);
    if (!session) return notFound();
    const tickets = await listSessionTickets(sdk, token, id, sessionId);
    return { locale, ...door, klass, session, tickets };
  });
}
