// /manage/centers/:id/impact/monthly — the monthly indicators report for one month against the one
// before (a GET form, so a month has a shareable, printable URL), and …/monthly.csv passing the
// backend's CSV through. A bad month is the backend's 400: the form shows it at the field.
import { isRefusal } from "../accounts";
import { href, type Ctx } from "../http";
import { getCenterImpactMonthly, getCenterImpactMonthlyCsv, type MonthlyReport } from "../impact-monthly";
import type { ManagedCenter } from "../manage";
import { errorMessage, httpStatus, normalizeError } from "../medusa";
import type { BasePageData } from "./common";
import { withManagedCenter } from "./managed-center";

export interface ManageCenterImpactMonthlyData extends BasePageData {
  status?: number;
  center: ManagedCenter;
  /** the month as shown in the form: the backend's (default filled) or, after a refusal, as typed */
  month: string;
  report: MonthlyReport | null;
  /** the backend's words about a bad month */
  error: string | null;
}

export const impactMonthlyPath = (centerId: string) => `/manage/centers/${centerId}/impact/monthly`;

/** "month: месяц в формате …" → the text after the field name. */
export function monthError(message: string): string {
  const match = /(?:^|;\s*)month:\s*([^;]*)/.exec(message);
  return (match?.[1] ?? message).trim();
}

const typed = (ctx: Ctx) => (ctx.url.searchParams.get("month") ?? "").trim().slice(0, 20);

export async function loadManageCenterImpactMonthly(ctx: Ctx): Promise<Response | ManageCenterImpactMonthlyData> {
  return withManagedCenter<ManageCenterImpactMonthlyData>(ctx, async ({ locale, sdk, token, center }) => {
    const month = typed(ctx);
    try {
      const report = await getCenterImpactMonthly(sdk, token, center.id, month);
      return { locale, center, month: report.month, report, error: null };
    } catch (e) {
      if (httpStatus(e) !== 400) throw normalizeError(e);
      return { locale, status: 400, center, month, report: null, error: monthError(errorMessage(e)) };
    }
  });
}

export async function loadManageCenterImpactMonthlyCsv(ctx: Ctx): Promise<Response> {
  return withManagedCenter<Response>(ctx, async ({ locale, sdk, token, center }) => {
    const month = typed(ctx);
    try {
      return await getCenterImpactMonthlyCsv(sdk, token, center.id, month);
    } catch (e) {
      // a bad month: back to the report, which says what is wrong with it
      if (isRefusal(e)) return new Response(null, { status: 303, headers: { Location: href(locale, impactMonthlyPath(center.id), { month }) } });
      throw e;
    }
  });
}
