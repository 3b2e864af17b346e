// /sell/classes/:id/sessions/:session_id/check-in — the door: a ticket code typed or scanned,
// the attendee list, and after the session «no-show» for the rest.
import { isRefusal, withRole } from "../accounts";
import { checkInTicket, getMyClass, listSessionTickets, markNoShows, type SellerClass, type SellerTicket } from "../classes";
import { formString, href, isPost, notFound, pageLocale, readForm, seeOther, type Ctx } from "../http";
import { errorMessage, isBackendUnavailable, normalizeError, sdkFor } from "../medusa";
import type { BasePageData } from "./common";

export interface SellCheckInData extends BasePageData {
  status?: number;
  klass: SellerClass;
  session: SellerClass["sessions"][number];
  tickets: SellerTicket[];
  checkedIn: string | null;
  noShow: number | null;
  error: string | null;
  code: string;
}

export async function loadSellCheckIn(ctx: Ctx): Promise<Response | SellCheckInData> {
  const locale = pageLocale(ctx);
  const sdk = sdkFor(ctx.locals);
  const id = ctx.params.id ?? "";
  const sessionId = ctx.params.session_id ?? "";
  if (!/^prod_[A-Za-z0-9]{10,60}$/.test(id) || !/^cls_[A-Za-z0-9]{10,60}$/.test(sessionId)) return notFound();
  const self = `/sell/classes/${id}/sessions/${sessionId}/check-in`;

  return withRole<SellCheckInData>(ctx, "seller", locale, async (token) => {
    let error: string | null = null;
    let code = "";
    if (isPost(ctx)) {
      const form = await readForm(ctx.request);
      const intent = formString(form, "intent", 20);
      try {
        if (intent === "no-show") {
          const count = await markNoShows(sdk, token, id, sessionId);
          return seeOther(href(locale, self, { no_show: count }));
        }
        code = formString(form, "code", 40);
        const ticket = await checkInTicket(sdk, token, id, sessionId, code);
        return seeOther(href(locale, self, { ok: ticket.attendee_name }));
      } catch (e) {
        if (isBackendUnavailable(e) || (!isRefusal(e) && (e as { status?: number }).status !== 404)) throw normalizeError(e);
        error = errorMessage(e);
      }
    }
    const klass = await getMyClass(sdk, token, id);
    const session = klass.sessions.find((s) => s.id === sessionId);
    if (!session) return notFound();
    const tickets = await listSessionTickets(sdk, token, id, sessionId);
    const q = ctx.url.searchParams;
    return {
      locale,
      status: error ? 409 : undefined,
      klass,
      session,
      tickets,
      checkedIn: q.get("ok"),
      noShow: q.has("no_show") ? Number(q.get("no_show")) : null,
      error,
      code,
    };
  });
}
