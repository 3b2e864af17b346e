// /manage/centers/:id/rooms/:room_id — the room's week (Moscow time) for the center's manager:
// bookings, holds, class sessions and blocks; block time, remove a block, cancel a booking and
// issue a new door-lock secret (shown once, in the answer to that POST). Plain forms.
import { isRefusal, withRole } from "../accounts";
import { formString, href, isPost, notFound, pageLocale, readForm, seeOther, type Ctx } from "../http";
import { getManager, type ManagedCenter } from "../manage";
import { errorMessage, sdkFor } from "../medusa";
import {
  blockRoomTime,
  calendarRows,
  cancelRoomBookingAsManager,
  getRoomCalendar,
  halfHours,
  moscowClock,
  moscowInstant,
  parseDay,
  removeRoomBlock,
  rotateLockSecret,
  type CalendarRow,
  type RoomCalendar,
} from "../rooms";
import type { BasePageData } from "./common";

export interface RoomManageData extends BasePageData {
  status?: number;
  center: ManagedCenter;
  calendar: RoomCalendar;
  rows: CalendarRow[];
  starts: string[];
  ends: string[];
  values: { date: string; from: string; to: string; purpose: string };
  done: string | null;
  error: string | null;
  /** a freshly issued lock secret: shown once */
  secret: string | null;
}

const ID = /^[A-Za-z0-9_-]{1,100}$/;

export async function loadRoomManagePage(ctx: Ctx): Promise<Response | RoomManageData> {
  const locale = pageLocale(ctx);
  const sdk = sdkFor(ctx.locals);
  const centerId = ctx.params.id ?? "";
  const roomId = ctx.params.room_id ?? "";
  if (!ID.test(centerId) || !ID.test(roomId)) return notFound();

  return withRole<RoomManageData>(ctx, "manager", locale, async (token) => {
    const manager = await getManager(sdk, token);
    const center = manager.centers.find((c) => c.id === centerId);
    if (!center) return notFound();
    const week = parseDay(ctx.url.searchParams.get("week")) ?? undefined;
    const self = (query: Record<string, string | undefined>) =>
      href(locale, `/manage/centers/${centerId}/rooms/${roomId}`, { week, ...query });

    let error: string | null = null;
    let secret: string | null = null;
    const values = { date: week ?? moscowClock(new Date()).date, from: "10:00", to: "12:00", purpose: "" };
    if (isPost(ctx)) {
      const form = await readForm(ctx.request);
      const action = formString(form, "action", 20);
      try {
        if (action === "block") {
          Object.assign(values, {
            date: formString(form, "date", 10),
            from: formString(form, "from", 5),
            to: formString(form, "to", 5),
            purpose: formString(form, "purpose", 300),
          });
          const starts_at = moscowInstant(values.date, values.from);
          const ends_at = moscowInstant(values.date, values.to);
          if (!starts_at || !ends_at) error = "rooms.error.blockTime";
          else {
            await blockRoomTime(sdk, token, centerId, roomId, { starts_at, ends_at, purpose: values.purpose || undefined });
            return seeOther(href(locale, `/manage/centers/${centerId}/rooms/${roomId}`, { week: values.date, done: "blocked" }));
          }
        } else if (action === "unblock" || action === "cancel") {
          const id = formString(form, "entry_id", 100);
          if (!ID.test(id)) return notFound();
          if (action === "unblock") await removeRoomBlock(sdk, token, centerId, roomId, id);
          else await cancelRoomBookingAsManager(sdk, token, centerId, roomId, id);
          return seeOther(self({ done: action === "unblock" ? "unblocked" : "cancelled" }));
        } else if (action === "secret") {
          secret = await rotateLockSecret(sdk, token, centerId, roomId);
        } else {
          error = "rooms.error.action";
        }
      } catch (e) {
        if (!isRefusal(e)) throw e;
        error = errorMessage(e).replace(/^[a-z_]+: /, "");
      }
    }
    const calendar = await getRoomCalendar(sdk, token, centerId, roomId, week);
    return {
      locale,
      status: error ? (/занято/.test(error) ? 409 : 422) : undefined,
      center,
      calendar,
      rows: calendarRows(calendar, moscowClock),
      starts: halfHours(false),
      ends: halfHours(true),
      values,
      done: ctx.url.searchParams.get("done"),
      error,
      secret,
    };
  });
}
