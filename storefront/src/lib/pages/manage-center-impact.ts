// /manage/centers/:id/impact — the center's impact dashboard for a period (a GET form, so the
// figures have a shareable URL), and /manage/centers/:id/impact.csv?table=… passing the backend's
// CSV through. A bad period is the backend's 400: the form shows it at the field.
import { isRefusal } from "../accounts";
import { href, type Ctx } from "../http";
import type { MessageKey } from "../i18n";
import { getCenterImpact, getCenterImpactCsv, isImpactTable, type ImpactReport } from "../impact-dashboard";
import type { ManagedCenter } from "../manage";
import { errorMessage, httpStatus, normalizeError } from "../medusa";
import type { BasePageData } from "./common";
import { withManagedCenter } from "./managed-center";

export type ImpactField = "from" | "to";

export interface ManageCenterImpactData extends BasePageData {
  status?: number;
  center: ManagedCenter;
  /** the period as shown in the form: the backend's (defaults filled) or, after a refusal, as typed */
  from: string;
  to: string;
  report: ImpactReport | null;
  errors: Partial<Record<ImpactField, { key: MessageKey; detail: string }>>;
}

export const impactPath = (centerId: string) => `/manage/centers/${centerId}/impact`;

/** "from: дата …; to: …" → per field; anything else is the period as a whole (shown at `from`). */
export function periodErrors(message: string): ManageCenterImpactData["errors"] {
  const errors: ManageCenterImpactData["errors"] = {};
  for (const part of message.split("; ")) {
    const match = /^(from|to)(?::\s*(.*))?$/s.exec(part.trim());
    const field: ImpactField = match?.[1] === "to" ? "to" : "from";
    errors[field] ??= { key: field === "to" ? "impactDash.error.to" : "impactDash.error.from", detail: (match?.[2] ?? part).trim() };
  }
  return errors;
}

const typed = (ctx: Ctx, name: string) => (ctx.url.searchParams.get(name) ?? "").trim().slice(0, 20);

export async function loadManageCenterImpact(ctx: Ctx): Promise<Response | ManageCenterImpactData> {
  return withManagedCenter<ManageCenterImpactData>(ctx, async ({ locale, sdk, token, center }) => {
    const from = typed(ctx, "from");
    const to = typed(ctx, "to");
    try {
      const report = await getCenterImpact(sdk, token, center.id, { from, to });
      return { locale, center, from: report.period.from, to: report.period.to, report, errors: {} };
    } catch (e) {
      if (httpStatus(e) !== 400) throw normalizeError(e);
      return { locale, status: 400, center, from, to, report: null, errors: periodErrors(errorMessage(e)) };
    }
  });
}

export async function loadManageCenterImpactCsv(ctx: Ctx): Promise<Response> {
  const result = await withManagedCenter<Response>(ctx, async ({ locale, sdk, token, center }) => {
    const table = ctx.url.searchParams.get("table");
    if (!isImpactTable(table)) return new Response(null, { status: 404 });
    const period = { from: typed(ctx, "from"), to: typed(ctx, "to") };
    try {
      return await getCenterImpactCsv(sdk, token, center.id, period, table);
    } catch (e) {
      // a bad period: back to the dashboard, which says what is wrong with it
      if (isRefusal(e)) return new Response(null, { status: 303, headers: { Location: href(locale, impactPath(center.id), period) } });
      throw e;
    }
  });
  return result;
}
