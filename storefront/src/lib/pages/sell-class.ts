// /sell/classes/:id — edit a class and its schedule: add one session or a weekly series, move or
// cancel a session. POST/redirect/GET; the backend's refusal (room busy, past time…) on the form.
import { isRefusal, withRole } from "../accounts";
import { getCenter } from "../centers";
import {
  addMySessions,
  cancelMySession,
  getMyClass,
  moscowLocalToIso,
  moveMySession,
  updateMyClass,
  type SellerClass,
} from "../classes";
import { formString, href, isPost, notFound, pageLocale, readForm, seeOther, type Ctx } from "../http";
import type { MessageKey } from "../i18n";
import { errorMessage, isBackendUnavailable, normalizeError, orFallback, sdkFor } from "../medusa";
import { approvedCenters, getMySeller } from "../seller-account";
import type { BasePageData } from "./common";
import { classBody, readClassForm } from "./sell-classes";

export interface RoomChoice {
  id: string;
  label: string;
  capacity: number;
}

export interface SellClassData extends BasePageData {
  status?: number;
  klass: SellerClass;
  rooms: RoomChoice[];
  notice: MessageKey | null;
  error: { form: string; text: string } | null;
}

const NOTICES: Record<string, MessageKey> = {
  created: "sellClasses.saved",
  saved: "sellClasses.saved",
  added: "sellClasses.sessionAdded",
  moved: "sellClasses.moved",
  cancelled: "sellClasses.sessionCancelled",
};

const int = (s: string) => (/^\d{1,6}$/.test(s.trim()) ? Number(s.trim()) : NaN);

export async function loadSellClass(ctx: Ctx): Promise<Response | SellClassData> {
  const locale = pageLocale(ctx);
  const sdk = sdkFor(ctx.locals);
  const id = ctx.params.id ?? "";
  if (!/^prod_[A-Za-z0-9]{10,60}$/.test(id)) return notFound();
  const self = `/sell/classes/${id}`;

  return withRole<SellClassData>(ctx, "seller", locale, async (token) => {
    let error: SellClassData["error"] = null;
    if (isPost(ctx)) {
      const form = await readForm(ctx.request);
      const intent = formString(form, "intent", 40);
      try {
        if (intent === "update") {
          const values = readClassForm(form);
          await updateMyClass(sdk, token, id, { ...classBody(values), status: values.publish ? "published" : "draft" });
          return seeOther(href(locale, self, { done: "saved" }));
        }
        if (intent === "add-session") {
          const starts = moscowLocalToIso(formString(form, "starts_at", 20));
          const body = {
            room_id: formString(form, "room_id", 100),
            starts_at: starts ?? "",
            duration_min: int(formString(form, "duration_min", 6)),
            capacity: int(formString(form, "capacity", 6)),
            price: int(formString(form, "price", 8)),
            weeks: int(formString(form, "weeks", 3)) || 1,
          };
          if (!starts) throw Object.assign(new Error("starts_at: укажите дату и время"), { status: 400 });
          await addMySessions(sdk, token, id, body);
          return seeOther(href(locale, self, { done: "added" }) + "#sessions");
        }
        const sessionId = formString(form, "session_id", 100);
        if (intent === "move-session") {
          const starts = moscowLocalToIso(formString(form, "starts_at", 20));
          if (!starts) throw Object.assign(new Error("starts_at: укажите дату и время"), { status: 400 });
          await moveMySession(sdk, token, id, sessionId, { starts_at: starts });
          return seeOther(href(locale, self, { done: "moved" }) + "#sessions");
        }
        if (intent === "cancel-session") {
          await cancelMySession(sdk, token, id, sessionId, formString(form, "reason", 500));
          return seeOther(href(locale, self, { done: "cancelled" }) + "#sessions");
        }
        return seeOther(href(locale, self));
      } catch (e) {
        const status = (e as { status?: number }).status;
        if (status !== 400 && (isBackendUnavailable(e) || !isRefusal(e))) throw normalizeError(e);
        error = { form: intent, text: errorMessage(e) || (e as Error).message };
      }
    }
    const [klass, seller] = await Promise.all([getMyClass(sdk, token, id), getMySeller(sdk, token)]);
    const centers = approvedCenters(seller);
    const details = await Promise.all(centers.map((c) => orFallback(getCenter(sdk, c.handle), null, "center rooms")));
    const rooms = details.flatMap((c) => (c?.rooms ?? []).map((r) => ({ id: r.id, label: `${c!.name} — ${r.name} (${r.capacity})`, capacity: r.capacity })));
    const done = ctx.url.searchParams.get("done") ?? "";
    return { locale, status: error ? 422 : undefined, klass, rooms, notice: NOTICES[done] ?? null, error };
  });
}
