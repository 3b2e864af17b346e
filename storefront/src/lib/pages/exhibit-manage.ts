// /manage/centers/:id/exhibits/:exhibit_id — edit the exhibit; approve or decline each pending
// application with a note for the artisan (one small form per application, no JavaScript needed).
import { isRefusal } from "../accounts";
import type { FieldMessage } from "../backend-errors";
import {
  decideApplication,
  EXHIBIT_FIELDS,
  exhibitFromForm,
  exhibitValues,
  getCenterExhibit,
  mapExhibitErrors,
  updateExhibit,
  validateExhibit,
  type ExhibitField,
  type ExhibitValues,
  type ManagedExhibit,
} from "../exhibits";
import { formString, href, isPost, notFound, readForm, seeOther, type Ctx } from "../http";
import type { MessageKey } from "../i18n";
import type { ManagedCenter } from "../manage";
import { errorMessage, isBackendUnavailable, normalizeError } from "../medusa";
import type { BasePageData } from "./common";
import { withManagedCenter } from "./managed-center";

export interface ExhibitManageData extends BasePageData {
  status?: number;
  center: ManagedCenter;
  exhibit: ManagedExhibit;
  values: ExhibitValues;
  errors: Partial<Record<ExhibitField, FieldMessage>>;
  general: FieldMessage[];
  /** a refused decision, shown at its application */
  decisionError: { applicationId: string; message: FieldMessage } | null;
  notice: MessageKey | null;
}

const NOTICES: Record<string, MessageKey> = {
  created: "exhibits.manage.created",
  saved: "exhibits.manage.saved",
  decided: "exhibits.manage.decided",
};

export async function loadExhibitManage(ctx: Ctx): Promise<Response | ExhibitManageData> {
  const exhibitId = ctx.params.exhibit_id ?? "";
  if (!/^[A-Za-z0-9_-]{1,100}$/.test(exhibitId)) return notFound();
  return withManagedCenter<ExhibitManageData>(ctx, async ({ locale, sdk, token, center }) => {
    const exhibit = await getCenterExhibit(sdk, token, center.id, exhibitId);
    const self = `/manage/centers/${center.id}/exhibits/${exhibit.id}`;
    const data: ExhibitManageData = {
      locale,
      center,
      exhibit,
      values: exhibitValues(exhibit),
      errors: {},
      general: [],
      decisionError: null,
      notice: NOTICES[ctx.url.searchParams.get("done") ?? ""] ?? null,
    };
    if (!isPost(ctx)) return data;
    data.notice = null;
    const form = await readForm(ctx.request);
    const intent = formString(form, "intent", 20);

    if (intent === "decide") {
      const application = (exhibit.applications ?? []).find((a) => a.id === formString(form, "application_id", 100));
      const decision = formString(form, "decision", 20);
      if (!application || (decision !== "approved" && decision !== "declined")) return seeOther(href(locale, self));
      try {
        await decideApplication(sdk, token, center.id, exhibit.id, application.id, {
          status: decision,
          decision_note: formString(form, "decision_note", 1000) || undefined,
        });
      } catch (error) {
        if (isBackendUnavailable(error) || !isRefusal(error)) throw normalizeError(error);
        data.status = 409;
        data.decisionError = { applicationId: application.id, message: { text: errorMessage(error).replace(/^[a-z_]+:\s*/i, "") } };
        return data;
      }
      return seeOther(href(locale, self, { done: "decided" }) + `#application-${application.id}`);
    }

    const values = exhibitFromForm(form);
    const result = validateExhibit(values);
    data.values = values;
    data.errors = result.errors;
    data.status = 422;
    if (!result.body) return data;
    try {
      await updateExhibit(sdk, token, center.id, exhibit.id, result.body);
    } catch (error) {
      if (isBackendUnavailable(error) || !isRefusal(error)) throw normalizeError(error);
      const mapped = mapExhibitErrors(errorMessage(error), EXHIBIT_FIELDS);
      data.errors = Object.fromEntries(Object.entries(mapped.fields).map(([k, v]) => [k, { text: v! }]));
      data.general = mapped.general.map((text) => ({ text }));
      if (!Object.keys(data.errors).length && !data.general.length) data.general = ["exhibits.error.general"];
      return data;
    }
    return seeOther(href(locale, self, { done: "saved" }));
  });
}
