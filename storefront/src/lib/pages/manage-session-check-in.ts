// /manage/centers/:id/sessions/:session_id/check-in — the manager at the door of a session held at
// their center: the same door as the artisan's (./check-in-door.ts), through the /manage API.
import { notFound, type Ctx } from "../http";
import type { SellerTicket } from "../classes";
import type { ManagedCenter } from "../manage";
import {
  checkInCenterTicket,
  findCenterSession,
  listCenterSessionTickets,
  markCenterNoShows,
  type ManagedSession,
} from "../manage-sessions";
import { handleDoor, type DoorState } from "./check-in-door";
import type { BasePageData } from "./common";
import { withManagedCenter } from "./managed-center";
import { sessionsPath } from "./manage-center-sessions";

export interface ManageCheckInData extends BasePageData, DoorState {
  center: ManagedCenter;
  session: ManagedSession;
  tickets: SellerTicket[];
}

export async function loadManageCheckIn(ctx: Ctx): Promise<Response | ManageCheckInData> {
  const sessionId = ctx.params.session_id ?? "";
  if (!/^cls_[A-Za-z0-9]{10,60}$/.test(sessionId)) return notFound();
  return withManagedCenter<ManageCheckInData>(ctx, async ({ locale, sdk, token, center }) => {
    // the backend answers 404 for a session of another center, before any code is looked at
    const door = await handleDoor(ctx, locale, `${sessionsPath(center.id)}/${sessionId}/check-in`, {
      checkIn: (code) => checkInCenterTicket(sdk, token, center.id, sessionId, code),
      noShows: () => markCenterNoShows(sdk, token, center.id, sessionId),
    });
    if (door instanceof Response) return door;
    const session = await findCenterSession(sdk, token, center.id, sessionId);
    if (!session) return notFound();
    const tickets = await listCenterSessionTickets(sdk, token, center.id, sessionId);
    return { locale, ...door, center, session, tickets };
  });
}
