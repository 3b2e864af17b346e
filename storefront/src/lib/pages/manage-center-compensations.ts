// /manage/centers/:id/compensations — the «record a materials compensation» form and the center's
// compensations, each with a plain «cancel» form (a mistake is cancelled, never deleted).
import { isRefusal } from "../accounts";
import type { FieldMessage } from "../backend-errors";
import {
  cancelCompensation,
  listCenterCompensations,
  mapCompensationErrors,
  recordCompensation,
  validateCompensation,
  type CompensableClass,
  type Compensation,
  type CompensationField,
  type CompensationValues,
} from "../compensations";
import { formString, href, isPost, readForm, seeOther, type Ctx } from "../http";
import type { MessageKey } from "../i18n";
import type { ManagedCenter } from "../manage";
import { errorMessage, isBackendUnavailable, normalizeError } from "../medusa";
import type { BasePageData } from "./common";
import { withManagedCenter } from "./managed-center";

export interface ManageCenterCompensationsData extends BasePageData {
  status?: number;
  center: ManagedCenter;
  compensations: Compensation[];
  classes: CompensableClass[];
  values: CompensationValues;
  errors: Partial<Record<CompensationField, FieldMessage>>;
  general: FieldMessage[];
  notice: MessageKey | null;
}

export const compensationsPath = (centerId: string) => `/manage/centers/${centerId}/compensations`;

const NOTICES: Record<string, MessageKey> = {
  recorded: "compensations.notice.recorded",
  cancelled: "compensations.notice.cancelled",
};

export async function loadManageCenterCompensations(ctx: Ctx): Promise<Response | ManageCenterCompensationsData> {
  return withManagedCenter<ManageCenterCompensationsData>(ctx, async ({ locale, sdk, token, center }) => {
    const self = compensationsPath(center.id);
    const data: ManageCenterCompensationsData = {
      locale,
      center,
      compensations: [],
      classes: [],
      values: { target: ctx.url.searchParams.get("class") ?? "", amount: "", note: "" },
      errors: {},
      general: [],
      notice: NOTICES[ctx.url.searchParams.get("done") ?? ""] ?? null,
    };

    if (isPost(ctx)) {
      const form = await readForm(ctx.request);
      data.notice = null;
      try {
        if (formString(form, "intent", 20) === "cancel") {
          const entryId = formString(form, "entry_id", 100);
          if (entryId) await cancelCompensation(sdk, token, center.id, entryId);
          return seeOther(href(locale, self, { done: "cancelled" }));
        }
        data.values = { target: formString(form, "target", 210), amount: formString(form, "amount", 40), note: formString(form, "note", 2000) };
        const checked = validateCompensation(data.values);
        data.errors = checked.errors;
        if (checked.body) {
          await recordCompensation(sdk, token, center.id, checked.body);
          return seeOther(href(locale, self, { done: "recorded" }));
        }
        data.status = 422;
      } catch (e) {
        const status = (e as { status?: number }).status;
        if (isBackendUnavailable(e) || (!isRefusal(e) && status !== 404)) throw normalizeError(e);
        const mapped = mapCompensationErrors(errorMessage(e));
        data.errors = Object.fromEntries(Object.entries(mapped.fields).map(([k, v]) => [k, { text: v! }]));
        data.general = mapped.general.map((text) => ({ text }));
        if (!Object.keys(data.errors).length && !data.general.length) data.general = ["compensations.error.general"];
        data.status = 422;
      }
    }

    const listed = await listCenterCompensations(sdk, token, center.id);
    data.compensations = listed.compensations;
    data.classes = listed.classes;
    return data;
  });
}
