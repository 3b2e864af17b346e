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
      { month: "2026-10", gross: 1500, fee: 100, net: 1400, orders: 2, compensation: 0, received: 1400 },
      { month: "2026-11", gross: 700, fee: 35, net: 665, orders: 1, compensation: 0, received: 665 },
    ])
    expect(summary.totals).toEqual({ gross: 2200, fee: 135, net: 2065, compensation: 0, received: 2065 })
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

  it("adds materials compensations in their own column, per Moscow month, without the center's fee", () => {
    const comp = (id: string, amount: number, at: string, cancelled_at: string | null = null) => ({
      id, amount, recorded_at: at, cancelled_at, note: `за ${id}`, class_title: "Глина", center_name: "Центр",
    })
    const summary = summarizeEarnings(
      [part(1000, "2026-10-05T10:00:00Z", "R1", 0.1)],
      2026,
      "npd",
      [
        comp("a", 450.5, "2026-10-10T10:00:00Z"),
        // 31 Oct 22:00 UTC is 1 Nov in Moscow
        comp("b", 300, "2026-10-31T22:00:00Z"),
        comp("c", 999, "2026-10-12T10:00:00Z", "2026-10-12T11:00:00Z"),
        comp("d", 100, "2025-12-31T20:00:00Z"),
      ]
    )
    expect(summary.months).toEqual([
      { month: "2026-10", gross: 1000, fee: 100, net: 900, orders: 1, compensation: 450.5, received: 1350.5 },
      // a month with only a compensation still shows
      { month: "2026-11", gross: 0, fee: 0, net: 0, orders: 0, compensation: 300, received: 300 },
    ])
    expect(summary.totals).toEqual({ gross: 1000, fee: 100, net: 900, compensation: 750.5, received: 1650.5 })
    expect(summary.compensations.map((c) => [c.id, c.month, c.amount, c.note])).toEqual([
      ["a", "2026-10", 450.5, "за a"],
      ["b", "2026-11", 300, "за b"],
    ])
    // НПД income: sales gross plus compensations (see summarizeEarnings)
    expect(summary.npd).toMatchObject({ income: 1750.5 })
    // compensations are not orders: no receipt line for them among the orders
    expect(summary.missing_receipts).toEqual([])
  })
})
