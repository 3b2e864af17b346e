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
}

export interface Earnings {
  year: number;
  months: EarningsMonth[];
  totals: { gross: number; fee: number; net: number };
  npd: null | { cap: number; income: number; left: number; level: "ok" | "warning" | "exceeded" };
  missing_receipts: { order_id: string; display_id: number | string; total: number; handed_over_at: string }[];
}

export async function getMyEarnings(sdk: Sdk, token: string, year: number): Promise<Earnings> {
  const { earnings } = await actorFetch<{ earnings: Earnings }>(sdk, token, "/sellers/me/earnings", { query: { year } });
  return { ...earnings, months: earnings.months ?? [], missing_receipts: earnings.missing_receipts ?? [] };
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
