// The artisan's earnings (`/sellers/me/earnings?year=`): money counts once the order is handed over
// (paid at the center). For the self-employed: the year's income against the НПД cap.
import { actorFetch } from "./accounts";
import type { MessageKey } from "./i18n";
import type { Sdk } from "./medusa";

export const NPD_CAP = 2_400_000;

export interface EarningsMonth {
  month: string;
  gross: number;
  fee: number;
  net: number;
  orders: number;
  /** materials compensations from centers (issue 6): no center fee */
  compensation: number;
  /** net + compensation */
  received: number;
}

export interface EarningsCompensation {
  id: string;
  month: string;
  amount: number;
  recorded_at: string;
  note: string;
  class_title: string | null;
  center_name: string | null;
}

export interface Earnings {
  year: number;
  months: EarningsMonth[];
  totals: { gross: number; fee: number; net: number; compensation: number; received: number };
  compensations: EarningsCompensation[];
  npd: null | { cap: number; income: number; left: number; level: "ok" | "warning" | "exceeded" };
  missing_receipts: { order_id: string; display_id: number | string; total: number; handed_over_at: string }[];
}

export async function getMyEarnings(sdk: Sdk, token: string, year: number): Promise<Earnings> {
  const { earnings } = await actorFetch<{ earnings: Earnings }>(sdk, token, "/sellers/me/earnings", { query: { year } });
  return normalizeEarnings(earnings);
}

/** Fills what an older backend leaves out (no compensations column), so the page always renders. */
export function normalizeEarnings(earnings: Partial<Earnings> & Pick<Earnings, "year">): Earnings {
  const months = (earnings.months ?? []).map((m) => ({
    ...m,
    compensation: m.compensation ?? 0,
    received: m.received ?? m.net + (m.compensation ?? 0),
  }));
  const totals = earnings.totals ?? { gross: 0, fee: 0, net: 0, compensation: 0, received: 0 };
  return {
    year: earnings.year,
    months,
    totals: { ...totals, compensation: totals.compensation ?? 0, received: totals.received ?? totals.net + (totals.compensation ?? 0) },
    npd: earnings.npd ?? null,
    missing_receipts: earnings.missing_receipts ?? [],
    compensations: earnings.compensations ?? [],
  };
}

/** Compensations grouped by their Moscow month, in the months' order. */
export function compensationsByMonth(compensations: EarningsCompensation[]): Map<string, EarningsCompensation[]> {
  const byMonth = new Map<string, EarningsCompensation[]>();
  for (const c of [...compensations].sort((a, b) => a.recorded_at.localeCompare(b.recorded_at))) {
    byMonth.set(c.month, [...(byMonth.get(c.month) ?? []), c]);
  }
  return byMonth;
}

/** `?year=2026` within 2000…next year, else the current year (Moscow time is close enough for a year). */
export function parseYear(value: string | null | undefined, now: Date = new Date()): number {
  const current = now.getUTCFullYear();
  if (!value || !/^\d{4}$/.test(value)) return current;
  const year = Number(value);
  return year >= 2000 && year <= current + 1 ? year : current;
}

/** Share of the cap used, in whole percent (0 when there is no cap). */
export function npdPercent(income: number, cap: number = NPD_CAP): number {
  return cap > 0 ? Math.floor((Math.max(0, income) / cap) * 100) : 0;
}

/** The warning to show: at 80 % of the cap, and once it is reached (100 %). */
export function npdWarning(income: number, cap: number = NPD_CAP): MessageKey | null {
  const percent = npdPercent(income, cap);
  if (percent >= 100) return "earnings.npdExceeded";
  if (percent >= 80) return "earnings.npdWarning";
  return null;
}
