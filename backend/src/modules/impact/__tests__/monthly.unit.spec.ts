import { describe, expect, it } from "vitest"
import { MIX_ORDER } from "../report"
import {
  change,
  defaultMonth,
  isMonth,
  monthIndicators,
  monthlyIndicators,
  monthPeriod,
  MONTHLY_INDICATORS,
  publish,
  shiftMonth,
  type MonthFigures,
} from "../monthly"

/** A month's figures with the status mix given as { status: [first, latest] }, zeros elsewhere. */
function figures(over: Partial<Omit<MonthFigures, "status_mix">> & { mix?: Record<string, [number, number]> } = {}): MonthFigures {
  return {
    totals: over.totals ?? { participants: 0, registrations: 0, first_timers: 0, returning: 0 },
    status_mix: MIX_ORDER.map((status) => {
      const [first, latest] = over.mix?.[status ?? "none"] ?? [0, 0]
      return { status, first, latest }
    }),
    transitions: over.transitions ?? [],
    feedback: over.feedback ?? { month: null, responses: 0, average_rating: null, would_recommend: 0, would_recommend_share: null },
    ready_to_teach: over.ready_to_teach ?? 0,
  }
}

describe("monthly indicators", () => {
  it("derives the shares and movements from the dashboard's figures", () => {
    const raw = monthIndicators(
      figures({
        totals: { participants: 9, registrations: 14, first_timers: 4, returning: 5 },
        // first: 2 active (employed 1 + business 1) of 7 stated; pnts and skippers are not in the denominator
        // latest: 5 active (employed 2 + self 2 + business 1) of 7 stated
        mix: {
          unemployed: [3, 1], looking_for_work: [1, 0], employed: [1, 2], self_employed: [0, 2],
          business_owner: [1, 1], retired: [1, 1], student: [0, 0], prefer_not_to_say: [1, 1], none: [1, 1],
        },
        transitions: [
          { from: "unemployed", to: "self_employed", people: 2 },
          { from: "looking_for_work", to: "employed", people: 1 },
          { from: "unemployed", to: "unemployed", people: 1 },
          { from: "student", to: "employed", people: 4 }, // a student is neither: not a move "into activity"
          { from: "employed", to: "looking_for_work", people: 3 },
          { from: "business_owner", to: "retired", people: 5 }, // retired is neither
        ],
        feedback: { month: null, responses: 6, average_rating: 4.17, would_recommend: 5, would_recommend_share: 0.833 },
        ready_to_teach: 3,
      })
    )
    expect(raw).toEqual({
      participants: { kind: "count", count: 9 },
      registrations: { kind: "count", count: 14 },
      first_timers: { kind: "count", count: 4 },
      returning: { kind: "count", count: 5 },
      active_first: { kind: "share", numerator: 2, denominator: 7 },
      active_latest: { kind: "share", numerator: 5, denominator: 7 },
      became_active: { kind: "count", count: 3 },
      became_not_active: { kind: "count", count: 3 },
      feedback_responses: { kind: "count", count: 6 },
      average_rating: { kind: "average", value: 4.17, n: 6 },
      would_recommend_share: { kind: "share", numerator: 5, denominator: 6 },
      ready_to_teach: { kind: "count", count: 3 },
    })
    expect(Object.keys(raw)).toEqual(MONTHLY_INDICATORS.map((i) => i.key))
  })

  it("shows 1 and 2 as hidden, and hides shares and averages made from them; 0 and 3+ are shown", () => {
    expect(publish({ kind: "count", count: 0 })).toEqual({ value: 0, suppressed: false })
    expect(publish({ kind: "count", count: 1 })).toEqual({ value: null, suppressed: true })
    expect(publish({ kind: "count", count: 2 })).toEqual({ value: null, suppressed: true })
    expect(publish({ kind: "count", count: 3 })).toEqual({ value: 3, suppressed: false })
    expect(publish({ kind: "share", numerator: 2, denominator: 10 })).toEqual({ value: null, suppressed: true })
    expect(publish({ kind: "share", numerator: 0, denominator: 2 })).toEqual({ value: null, suppressed: true })
    expect(publish({ kind: "share", numerator: 0, denominator: 5 })).toEqual({ value: 0, suppressed: false })
    expect(publish({ kind: "share", numerator: 3, denominator: 9 })).toEqual({ value: 0.333, suppressed: false })
    expect(publish({ kind: "share", numerator: 0, denominator: 0 })).toEqual({ value: null, suppressed: false })
    expect(publish({ kind: "average", value: 5, n: 2 })).toEqual({ value: null, suppressed: true })
    expect(publish({ kind: "average", value: 4.333, n: 3 })).toEqual({ value: 4.33, suppressed: false })
    expect(publish({ kind: "average", value: null, n: 0 })).toEqual({ value: null, suppressed: false })
  })

  it("compares with the previous month only when both sides are shown", () => {
    expect(change({ value: 7, suppressed: false }, { value: 4, suppressed: false }, "count")).toEqual({ value: 3, suppressed: false })
    expect(change({ value: 0.6, suppressed: false }, { value: 0.75, suppressed: false }, "share")).toEqual({ value: -0.15, suppressed: false })
    expect(change({ value: 7, suppressed: false }, { value: null, suppressed: true }, "count")).toEqual({ value: null, suppressed: true })
    expect(change({ value: null, suppressed: true }, { value: 0, suppressed: false }, "count")).toEqual({ value: null, suppressed: true })
    expect(change({ value: 4, suppressed: false }, { value: null, suppressed: false }, "average")).toEqual({ value: null, suppressed: false })

    const rows = monthlyIndicators(
      figures({ totals: { participants: 5, registrations: 8, first_timers: 2, returning: 3 }, ready_to_teach: 0 }),
      figures({ totals: { participants: 4, registrations: 4, first_timers: 4, returning: 0 }, ready_to_teach: 1 })
    )
    const by = Object.fromEntries(rows.map((r) => [r.key, r]))
    expect(by.participants).toEqual({ key: "participants", kind: "count", current: { value: 5, suppressed: false }, previous: { value: 4, suppressed: false }, change: { value: 1, suppressed: false } })
    expect(by.first_timers.current).toEqual({ value: null, suppressed: true })
    expect(by.first_timers.change).toEqual({ value: null, suppressed: true })
    expect(by.returning.change).toEqual({ value: 3, suppressed: false })
    expect(by.ready_to_teach).toMatchObject({ current: { value: 0 }, previous: { suppressed: true }, change: { suppressed: true } })
    expect(by.average_rating).toMatchObject({ current: { value: null, suppressed: false }, change: { value: null, suppressed: false } })
    // no value anywhere in the report is a 1 or a 2 standing for people
    for (const r of rows.filter((r) => r.kind === "count")) {
      for (const f of [r.current, r.previous]) expect([1, 2]).not.toContain(f.value)
    }
  })
})

describe("report months", () => {
  it("checks, shifts and bounds Moscow months", () => {
    expect(isMonth("2026-03")).toBe(true)
    expect(isMonth("2026-13")).toBe(false)
    expect(isMonth("2026-00")).toBe(false)
    expect(isMonth("2026-3")).toBe(false)
    expect(isMonth("1999-12")).toBe(false)
    expect(shiftMonth("2026-01", -1)).toBe("2025-12")
    expect(shiftMonth("2025-12", 1)).toBe("2026-01")
    expect(monthPeriod("2026-02")).toEqual({ from: "2026-02-01", to: "2026-02-28" })
    expect(monthPeriod("2028-02")).toEqual({ from: "2028-02-01", to: "2028-02-29" })
    expect(monthPeriod("2026-12")).toEqual({ from: "2026-12-01", to: "2026-12-31" })
    expect(defaultMonth("2026-01-01")).toBe("2025-12")
    expect(defaultMonth("2026-03-31")).toBe("2026-02")
  })
})
