import { describe, expect, it } from "vitest"
import { moscowMonth, NPD_YEARLY_CAP, summarizeEarnings } from "../earnings"

const part = (total: number, at: string | null, receipt: string | null = null, fee_rate = 0) => ({
  order_id: `order_${total}_${at}`,
  display_id: 1,
  total,
  handed_over_at: at,
  receipt_number: receipt,
  fee_rate,
})

describe("artisan earnings", () => {
  it("puts a sale in the Moscow month it was paid, not the UTC one", () => {
    expect(moscowMonth("2026-11-30T21:30:00Z")).toBe("2026-12")
    expect(moscowMonth("2026-11-30T20:59:00Z")).toBe("2026-11")
  })

  it("sums gross, the center's fee and net per month and counts only handed-over parts", () => {
    const summary = summarizeEarnings(
      [
        part(1000, "2026-10-05T10:00:00Z", "R1", 0.1),
        part(500, "2026-10-20T10:00:00Z", null, 0),
        part(700, "2026-11-02T10:00:00Z", "R3", 0.05),
        part(900, null),
        part(300, "2025-12-31T12:00:00Z", null),
      ],
      2026,
      "npd"
    )
    expect(summary.months).toEqual([
      { month: "2026-10", gross: 1500, fee: 100, net: 1400, orders: 2 },
      { month: "2026-11", gross: 700, fee: 35, net: 665, orders: 1 },
    ])
    expect(summary.totals).toEqual({ gross: 2200, fee: 135, net: 2065 })
    expect(summary.missing_receipts.map((m) => m.total).sort()).toEqual([300, 500])
  })

  it("warns a self-employed artisan at 80 % of the yearly cap and stops them at 100 %", () => {
    const at = "2026-03-01T10:00:00Z"
    expect(summarizeEarnings([part(NPD_YEARLY_CAP * 0.79, at)], 2026, "npd").npd?.level).toBe("ok")
    expect(summarizeEarnings([part(NPD_YEARLY_CAP * 0.8, at)], 2026, "npd").npd).toMatchObject({ level: "warning", left: 480000 })
    expect(summarizeEarnings([part(NPD_YEARLY_CAP, at)], 2026, "npd").npd).toMatchObject({ level: "exceeded", left: 0 })
    // last year's income does not count towards this year
    expect(summarizeEarnings([part(NPD_YEARLY_CAP, "2025-06-01T10:00:00Z")], 2026, "npd").npd?.level).toBe("ok")
    expect(summarizeEarnings([part(NPD_YEARLY_CAP, at)], 2026, "ip").npd).toBeNull()
  })
})
