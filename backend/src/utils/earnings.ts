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

/** Money a center paid the artisan for a class's materials (the ledger's materials_compensation). */
export type Compensation = {
  id: string
  amount: number
  recorded_at: string | Date
  cancelled_at?: string | Date | null
  note?: string | null
  class_title?: string | null
  center_name?: string | null
}

/**
 * `net` is what the sales brought after the center's fee; `compensation` what centers paid for
 * materials; `received` both together — what the artisan got that month.
 */
export type MonthEarnings = {
  month: string
  gross: number
  fee: number
  net: number
  orders: number
  compensation: number
  received: number
}

const round2 = (n: number) => Math.round(n * 100) / 100

/** "2026-11" for the Moscow calendar month of an instant. */
export function moscowMonth(at: string | Date): string {
  return new Date(new Date(at).getTime() + MOSCOW_OFFSET_MS).toISOString().slice(0, 7)
}

/**
 * Money counts when the buyer pays, which at a neighborhood center is the hand-over.
 * Months are Moscow calendar months; the center's fee is taken from each sale.
 *
 * Materials compensations count in the month the center recorded them (when it paid), carry no
 * center fee (it is the center's own money back to the artisan) and are listed with their note.
 * They DO count towards the НПД income: the self-employed regime knows no deductible expenses, and
 * money a client (here the center) pays the artisan for their activity — a reimbursement of
 * materials included — is income from that activity, for which a receipt is due. Only costs the
 * center itself bought (materials handed over in kind) would stay outside. Counting them errs on
 * the safe side of the 2.4 M ₽ cap: an artisan warned too early loses nothing, one warned too late
 * loses the regime.
 */
export function summarizeEarnings(parts: PaidPart[], year: number, taxStatus: string, compensations: Compensation[] = []) {
  const paid = parts.filter((p) => p.handed_over_at)
  const byMonth = new Map<string, MonthEarnings>()
  const monthOf = (month: string) =>
    byMonth.get(month) ?? { month, gross: 0, fee: 0, net: 0, orders: 0, compensation: 0, received: 0 }
  for (const p of paid) {
    const month = moscowMonth(p.handed_over_at!)
    if (!month.startsWith(`${year}-`)) {
      continue
    }
    const m = monthOf(month)
    const fee = round2(p.total * p.fee_rate)
    m.gross = round2(m.gross + p.total)
    m.fee = round2(m.fee + fee)
    m.net = round2(m.gross - m.fee)
    m.orders += 1
    m.received = round2(m.net + m.compensation)
    byMonth.set(month, m)
  }
  const counted = compensations
    .filter((c) => !c.cancelled_at && moscowMonth(c.recorded_at).startsWith(`${year}-`))
    .sort((a, b) => new Date(a.recorded_at).getTime() - new Date(b.recorded_at).getTime())
  for (const c of counted) {
    const m = monthOf(moscowMonth(c.recorded_at))
    m.compensation = round2(m.compensation + Number(c.amount))
    m.received = round2(m.net + m.compensation)
    byMonth.set(m.month, m)
  }
  const months = [...byMonth.values()].sort((a, b) => a.month.localeCompare(b.month))
  const compensation = round2(months.reduce((s, m) => s + m.compensation, 0))
  const gross = round2(months.reduce((sum, m) => sum + m.gross, 0))
  const yearIncome = round2(gross + compensation)
  const share = yearIncome / NPD_YEARLY_CAP
  return {
    year,
    months,
    totals: {
      gross,
      fee: round2(months.reduce((s, m) => s + m.fee, 0)),
      net: round2(months.reduce((s, m) => s + m.net, 0)),
      compensation,
      received: round2(months.reduce((s, m) => s + m.received, 0)),
    },
    compensations: counted.map((c) => ({
      id: c.id,
      month: moscowMonth(c.recorded_at),
      amount: round2(Number(c.amount)),
      recorded_at: c.recorded_at,
      note: c.note ?? "",
      class_title: c.class_title ?? null,
      center_name: c.center_name ?? null,
    })),
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
