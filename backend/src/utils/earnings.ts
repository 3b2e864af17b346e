/** The НПД (self-employed) regime ends once a calendar year's income passes 2.4 M ₽. */
export const NPD_YEARLY_CAP = 2_400_000
export const NPD_WARNING_SHARE = 0.8

const MOSCOW_OFFSET_MS = 3 * 60 * 60 * 1000

export type PaidPart = {
  order_id: string
  display_id: number
  total: number
  handed_over_at: string | Date | null
  receipt_number: string | null
  fee_rate: number
}

export type MonthEarnings = { month: string; gross: number; fee: number; net: number; orders: number }

const round2 = (n: number) => Math.round(n * 100) / 100

/** "2026-11" for the Moscow calendar month of an instant. */
export function moscowMonth(at: string | Date): string {
  return new Date(new Date(at).getTime() + MOSCOW_OFFSET_MS).toISOString().slice(0, 7)
}

/**
 * Money counts when the buyer pays, which at a neighborhood center is the hand-over.
 * Months are Moscow calendar months; the center's fee is taken from each sale.
 */
export function summarizeEarnings(parts: PaidPart[], year: number, taxStatus: string) {
  const paid = parts.filter((p) => p.handed_over_at)
  const byMonth = new Map<string, MonthEarnings>()
  for (const p of paid) {
    const month = moscowMonth(p.handed_over_at!)
    if (!month.startsWith(`${year}-`)) {
      continue
    }
    const m = byMonth.get(month) ?? { month, gross: 0, fee: 0, net: 0, orders: 0 }
    const fee = round2(p.total * p.fee_rate)
    m.gross = round2(m.gross + p.total)
    m.fee = round2(m.fee + fee)
    m.net = round2(m.gross - m.fee)
    m.orders += 1
    byMonth.set(month, m)
  }
  const months = [...byMonth.values()].sort((a, b) => a.month.localeCompare(b.month))
  const yearIncome = round2(months.reduce((sum, m) => sum + m.gross, 0))
  const share = yearIncome / NPD_YEARLY_CAP
  return {
    year,
    months,
    totals: {
      gross: yearIncome,
      fee: round2(months.reduce((s, m) => s + m.fee, 0)),
      net: round2(months.reduce((s, m) => s + m.net, 0)),
    },
    npd:
      taxStatus === "npd"
        ? {
            cap: NPD_YEARLY_CAP,
            income: yearIncome,
            left: round2(Math.max(0, NPD_YEARLY_CAP - yearIncome)),
            level: share >= 1 ? "exceeded" : share >= NPD_WARNING_SHARE ? "warning" : "ok",
          }
        : null,
    missing_receipts: paid
      .filter((p) => !p.receipt_number)
      .map(({ order_id, display_id, total, handed_over_at }) => ({ order_id, display_id, total, handed_over_at })),
  }
}
