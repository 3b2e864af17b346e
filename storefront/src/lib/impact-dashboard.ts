// issue 6: the center's impact dashboard (/manage/centers/:id/impact) — data from
// GET /manage/centers/:id/impact (figures computed in SQL by the backend) and the bar charts'
// geometry, drawn on the server as inline SVG so they read without JavaScript.
import type { EconomicStatus } from "./impact";
import type { Sdk } from "./medusa";

export const IMPACT_TABLES = ["monthly", "status_mix", "transitions", "feedback", "ready_to_teach"] as const;
export type ImpactTable = (typeof IMPACT_TABLES)[number];

export interface ImpactMonth { month: string; participants: number; registrations: number; first_timers: number; returning: number }
export interface ImpactFeedbackRow { month: string | null; responses: number; average_rating: number | null; would_recommend: number; would_recommend_share: number | null }
export interface ImpactReport {
  period: { from: string; to: string; center_id: string | null; time_zone: string };
  totals: { participants: number; registrations: number; first_timers: number; returning: number };
  monthly: ImpactMonth[];
  status_mix: { status: EconomicStatus | null; first: number; latest: number }[];
  transitions: { from: EconomicStatus; to: EconomicStatus; people: number }[];
  feedback: { months: ImpactFeedbackRow[]; total: ImpactFeedbackRow };
  ready_to_teach: { customer_id: string | null; name: string | null; email: string | null; phone: string | null; center_name: string | null; answered_at: string }[];
}
export interface ImpactPeriodInput { from?: string; to?: string }

const path = (centerId: string) => `/manage/centers/${encodeURIComponent(centerId)}/impact`;

/** Only well-formed days go to the backend's query; the backend still judges them (real dates, order, length). */
export function periodQuery(period: ImpactPeriodInput): Record<string, string> {
  const query: Record<string, string> = {};
  for (const key of ["from", "to"] as const) {
    const value = period[key]?.trim();
    if (value) query[key] = value.slice(0, 20);
  }
  return query;
}

export async function getCenterImpact(sdk: Sdk, token: string, centerId: string, period: ImpactPeriodInput): Promise<ImpactReport> {
  const res = await sdk.client.fetch<{ impact: ImpactReport }>(path(centerId), {
    query: periodQuery(period),
    headers: { Authorization: `Bearer ${token}` },
  });
  return res.impact;
}

/** One table as the backend's CSV file (bytes passed through untouched: BOM, CRLF, filename). */
export async function getCenterImpactCsv(sdk: Sdk, token: string, centerId: string, period: ImpactPeriodInput, table: ImpactTable): Promise<Response> {
  const res = (await sdk.client.fetch<Response>(path(centerId), {
    query: { ...periodQuery(period), format: "csv", table },
    headers: { Authorization: `Bearer ${token}`, accept: "text/csv" },
  })) as unknown as Response;
  return new Response(await res.arrayBuffer(), {
    status: 200,
    headers: {
      "content-type": res.headers.get("content-type") ?? "text/csv; charset=utf-8",
      "content-disposition": res.headers.get("content-disposition") ?? `attachment; filename="impact-${table}.csv"`,
      "cache-control": "private, no-store",
    },
  });
}

export function isImpactTable(value: string | null | undefined): value is ImpactTable {
  return (IMPACT_TABLES as readonly string[]).includes(value ?? "");
}

export interface Bar { label: string; value: number; x: number; y: number; width: number; height: number; labelX: number }
export interface BarChart { width: number; height: number; baseline: number; max: number; bars: Bar[] }

/**
 * Bars for a series (one per month), scaled to the largest value; the SVG's viewBox is
 * `0 0 width height`, the labels sit under the baseline and the values above each bar.
 */
export function barChart(points: { label: string; value: number }[], opts: { barWidth?: number; gap?: number; plotHeight?: number } = {}): BarChart {
  const barWidth = opts.barWidth ?? 36;
  const gap = opts.gap ?? 16;
  const plotHeight = opts.plotHeight ?? 120;
  const top = 20; // room for the value above the tallest bar
  const baseline = top + plotHeight;
  const max = Math.max(0, ...points.map((p) => p.value));
  const bars = points.map((p, i) => {
    const height = max > 0 ? Math.round((p.value / max) * plotHeight) : 0;
    const x = gap + i * (barWidth + gap);
    return { label: p.label, value: p.value, x, y: baseline - height, width: barWidth, height, labelX: x + barWidth / 2 };
  });
  return { width: gap + points.length * (barWidth + gap), height: baseline + 24, baseline, max, bars };
}
