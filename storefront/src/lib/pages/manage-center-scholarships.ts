// /manage/centers/:id/scholarships — the center's scholarship budget, the «issue a code» form and
// the codes given, each revocable while unused. Three plain POST forms (intent = budget | issue |
// revoke); a refusal comes back as the page with the backend's «field: …» at its field.
import { isRefusal } from "../accounts";
import type { FieldMessage } from "../backend-errors";
import { parseBackendMessage } from "../backend-errors";
import { formString, href, isPost, readForm, seeOther, type Ctx } from "../http";
import type { MessageKey } from "../i18n";
import type { ManagedCenter } from "../manage";
import { errorMessage, isBackendUnavailable, normalizeError } from "../medusa";
import {
  defaultExpiry,
  issueScholarship,
  listCenterScholarships,
  revokeScholarship,
  scholarshipBody,
  scholarshipFromForm,
  setScholarshipBudget,
  SCHOLARSHIP_FIELDS,
  type Scholarship,
  type ScholarshipBudget,
  type ScholarshipField,
  type ScholarshipValues,
} from "../scholarships";
import type { BasePageData } from "./common";
import { withManagedCenter } from "./managed-center";

export type ScholarshipFormField = ScholarshipField | "total";

export interface ManageCenterScholarshipsData extends BasePageData {
  status?: number;
  center: ManagedCenter;
  scholarships: Scholarship[];
  budget: ScholarshipBudget;
  values: ScholarshipValues;
  total: string;
  errors: Partial<Record<ScholarshipFormField, FieldMessage>>;
  general: FieldMessage[];
  notice: { key: MessageKey; params: Record<string, string> } | null;
}

export const scholarshipsPath = (centerId: string) => `/manage/centers/${centerId}/scholarships`;

const KNOWN_FIELDS: readonly string[] = [...SCHOLARSHIP_FIELDS, "total", "scholarship_id", "status"];

/** «percent: от 1 до 99; max_seat_price: …» → per field (Russian as the backend says it). */
export function scholarshipErrors(message: string): Pick<ManageCenterScholarshipsData, "errors" | "general"> {
  const errors: ManageCenterScholarshipsData["errors"] = {};
  const general: FieldMessage[] = [];
  for (const issue of parseBackendMessage(message)) {
    const field = issue.field && KNOWN_FIELDS.includes(issue.field) ? issue.field : null;
    if (field && field !== "scholarship_id" && field !== "status") {
      errors[field as ScholarshipFormField] ??= { text: issue.text, key: "scholarships.error.field" };
    } else {
      general.push({ text: issue.text, key: "scholarships.error.general" });
    }
  }
  if (!Object.keys(errors).length && !general.length) general.push("scholarships.error.general");
  return { errors, general };
}

export async function loadManageCenterScholarships(ctx: Ctx): Promise<Response | ManageCenterScholarshipsData> {
  return withManagedCenter<ManageCenterScholarshipsData>(ctx, async ({ locale, sdk, token, center }) => {
    const self = scholarshipsPath(center.id);
    let values: ScholarshipValues = {
      recipient_email: "",
      recipient_phone: "",
      recipient_name: "",
      coverage: "full",
      percent: "",
      max_seat_price: "",
      expires_at: defaultExpiry(),
      note: "",
    };
    let total = "";
    let refused: Pick<ManageCenterScholarshipsData, "errors" | "general"> | null = null;

    if (isPost(ctx)) {
      const form = await readForm(ctx.request);
      const intent = formString(form, "intent", 20);
      try {
        if (intent === "budget") {
          total = formString(form, "total", 12);
          await setScholarshipBudget(sdk, token, center.id, total === "" ? "" : total);
          return seeOther(href(locale, self, { done: "budget" }));
        }
        if (intent === "revoke") {
          await revokeScholarship(sdk, token, center.id, formString(form, "scholarship_id", 100));
          return seeOther(href(locale, self, { done: "revoked" }));
        }
        values = scholarshipFromForm(form);
        const issued = await issueScholarship(sdk, token, center.id, scholarshipBody(values));
        return seeOther(href(locale, self, { done: "issued", id: issued.id }));
      } catch (error) {
        if (isBackendUnavailable(error) || !isRefusal(error)) throw normalizeError(error);
        refused = scholarshipErrors(errorMessage(error));
      }
    }

    const { scholarships, budget } = await listCenterScholarships(sdk, token, center.id);
    const done = ctx.url.searchParams.get("done");
    const issued = done === "issued" ? scholarships.find((s) => s.id === ctx.url.searchParams.get("id")) : undefined;
    const noParams: Record<string, string> = {};
    const notice: ManageCenterScholarshipsData["notice"] = issued
      ? { key: "scholarships.done.issued", params: { code: issued.code } }
      : done === "revoked"
        ? { key: "scholarships.done.revoked", params: noParams }
        : done === "budget"
          ? { key: "scholarships.done.budget", params: noParams }
          : null;
    return {
      locale,
      status: refused ? 422 : undefined,
      center,
      scholarships,
      budget,
      values,
      total: total || String(budget.total),
      errors: refused?.errors ?? {},
      general: refused?.general ?? [],
      notice,
    };
  });
}
