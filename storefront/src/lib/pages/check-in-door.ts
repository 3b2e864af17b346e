// The door of a master-class session, shared by the artisan's /sell/classes/.../check-in and the
// manager's /manage/centers/.../sessions/.../check-in: a ticket code typed or scanned, and after
// the session «no-show» for the rest. Only the API calls differ between the two.
import { isRefusal } from "../accounts";
import type { SellerTicket } from "../classes";
import { formString, href, isPost, readForm, seeOther, type Ctx } from "../http";
import type { Locale } from "../i18n";
import { errorMessage, isBackendUnavailable, normalizeError } from "../medusa";

export interface DoorCalls {
  checkIn(code: string): Promise<SellerTicket>;
  noShows(): Promise<number>;
}

export interface DoorState {
  /** 409 when the code was refused (the page shows why) */
  status?: number;
  checkedIn: string | null;
  noShow: number | null;
  error: string | null;
  code: string;
}

/**
 * A POST at the door: a redirect (POST/redirect/GET) after a check-in or no-shows, or the refusal
 * to show with the code as typed. A GET: the notices of the last redirect.
 */
export async function handleDoor(ctx: Ctx, locale: Locale, self: string, calls: DoorCalls): Promise<Response | DoorState> {
  const q = ctx.url.searchParams;
  const state: DoorState = {
    checkedIn: q.get("ok"),
    noShow: q.has("no_show") ? Number(q.get("no_show")) : null,
    error: null,
    code: "",
  };
  if (!isPost(ctx)) return state;
  const form = await readForm(ctx.request);
  try {
    if (formString(form, "intent", 20) === "no-show") {
      return seeOther(href(locale, self, { no_show: await calls.noShows() }));
    }
    state.code = formString(form, "code", 40);
    const ticket = await calls.checkIn(state.code);
    return seeOther(href(locale, self, { ok: ticket.attendee_name }));
  } catch (e) {
    // a refusal (second scan, cancelled ticket) or an unknown code is the page's to show
    if (isBackendUnavailable(e) || (!isRefusal(e) && (e as { status?: number }).status !== 404)) throw normalizeError(e);
    return { checkedIn: null, noShow: null, error: errorMessage(e).replace(/^code:\s*/, ""), code: state.code, status: 409 };
  }
}
