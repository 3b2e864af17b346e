// /manage/centers/:id/sessions — the master-class sessions held at the center: upcoming or past
// (`?when=past`), each with its door (check-in) and, while it has not started, cancelling after a
// confirmation step reached by a plain link (`?cancel=<session>`), so it works without JavaScript.
import { isRefusal } from "../accounts";
import { formString, href, isPost, readForm, seeOther, type Ctx } from "../http";
import type { MessageKey } from "../i18n";
import type { ManagedCenter } from "../manage";
import {
  cancelCenterSession,
  isCancellable,
  listCenterSessions,
  type ManagedSession,
  type SessionsWhen,
} from "../manage-sessions";
import { errorMessage, isBackendUnavailable, normalizeError } from "../medusa";
import type { BasePageData } from "./common";
import { withManagedCenter } from "./managed-center";

export interface ManageCenterSessionsData extends BasePageData {
  status?: number;
  center: ManagedCenter;
  when: SessionsWhen;
  sessions: ManagedSession[];
  /** the session the manager asked to cancel: shown with «Cancel it» / «Keep» */
  confirmCancel: ManagedSession | null;
  reason: string;
  notice: MessageKey | null;
  error: string | null;
}

export const sessionsPath = (centerId: string) => `/manage/centers/${centerId}/sessions`;

export async function loadManageCenterSessions(ctx: Ctx): Promise<Response | ManageCenterSessionsData> {
  return withManagedCenter<ManageCenterSessionsData>(ctx, async ({ locale, sdk, token, center }) => {
    const self = sessionsPath(center.id);
    const when: SessionsWhen = ctx.url.searchParams.get("when") === "past" ? "past" : "upcoming";

    let error: string | null = null;
    let reason = "";
    let refused: string | null = null;
    if (isPost(ctx)) {
      const form = await readForm(ctx.request);
      const sessionId = formString(form, "session_id", 100);
      reason = formString(form, "reason", 500);
      if (formString(form, "intent", 20) !== "cancel" || !sessionId) return seeOther(href(locale, self));
      try {
        await cancelCenterSession(sdk, token, center.id, sessionId, reason);
        return seeOther(href(locale, self, { done: "cancelled" }));
      } catch (e) {
        const status = (e as { status?: number }).status;
        if (isBackendUnavailable(e) || (!isRefusal(e) && status !== 404)) throw normalizeError(e);
        // e.g. «session_id: занятие уже отменено»: said above the list, the confirmation stays open
        error = errorMessage(e).replace(/^[a-z_]+:\s*/, "");
        refused = sessionId;
      }
    }

    const sessions = await listCenterSessions(sdk, token, center.id, when);
    const asked = refused ?? ctx.url.searchParams.get("cancel");
    const confirmCancel = sessions.find((s) => s.id === asked && isCancellable(s)) ?? null;
    return {
      locale,
      status: error ? 409 : undefined,
      center,
      when,
      sessions,
      confirmCancel,
      reason,
      notice: !error && ctx.url.searchParams.get("done") === "cancelled" ? "manage.sessions.cancelled" : null,
      error,
    };
  });
}
