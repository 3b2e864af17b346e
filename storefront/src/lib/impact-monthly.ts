// issue 6: the monthly indicators report (/manage/centers/:id/impact/monthly) — data from
// GET /manage/centers/:id/impact/monthly. The backend has already hidden small counts
// (`suppressed`); this file only fetches, and says how a figure reads.
import type { Sdk } from "./medusa";

export type IndicatorKind = "count" | "share" | "average";
export interface MonthlyFigure { value: number | null; suppressed: boolean }
export interface MonthlyIndicator { key: string; kind: IndicatorKind; current: MonthlyFigure; previous: MonthlyFigure; change: MonthlyFigure }
export interface MonthlyReport {
  month: string;
  previous_month: string;
  center_id: string | null;
  time_zone: string;
  suppression: { min_shown_count: number; rule: string };
  indicators: MonthlyIndicator[];
}

const path = (centerId: string) => `/manage/centers/${encodeURIComponent(centerId)}/impact/monthly`;

/** Only something month-shaped goes to the backend; it still judges it (a real month). */
export function monthQuery(month: string | null | undefined): Record<string, string> {
  const value = (month ?? "").trim().slice(0, 20);
  return value ? { month: value } : {};
}

export async function getCenterImpactMonthly(sdk: Sdk, token: string, centerId: string, month: string): Promise<MonthlyReport> {
  const res = await sdk.client.fetch<{ monthly_report: MonthlyReport }>(path(centerId), {
    query: monthQuery(month),
    headers: { Authorization: `Bearer ${token}` },
  });
  return res.monthly_report;
}

/** The report as the backend's CSV file (bytes passed through untouched: BOM, CRLF, filename). */
export async function getCenterImpactMonthlyCsv(sdk: Sdk, token: string, centerId: string, month: string): Promise<Response> {
  const res = (await sdk.client.fetch<Response>(path(centerId), {
    query: { ...monthQuery(month), format: "csv" },
    headers: { Authorization: `Bearer ${token}`, accept: "text/csv" },
  })) as unknown as Response;
  return new Response(await res.arrayBuffer(), {
    status: 200,
    headers: {
      "content-type": res.headers.get("content-type") ?? "text/csv; charset=utf-8",
      "content-disposition": res.headers.get("content-disposition") ?? `attachment; filename="impact-monthly.csv"`,
      "cache-control": "private, no-store",
    },
  });
}

export type FigureText =
  | { kind: "number"; value: number }
  | { kind: "fewer"; than: number }
  | { kind: "hidden" }
  | { kind: "none" };

/** How a figure reads: a small count «менее 3», a share or change made from one hidden, no data a dash. */
export function figureText(f: MonthlyFigure, kind: IndicatorKind, minShown: number, isChange = false): FigureText {
  if (f.suppressed) return kind === "count" && !isChange ? { kind: "fewer", than: minShown } : { kind: "hidden" };
  return f.value === null ? { kind: "none" } : { kind: "number", value: f.value };
}
