import { describe, expect, it } from "vitest"
import {
  addDays,
  bookingPrice,
  bookingRangeError,
  codeOpensAt,
  codeWindow,
  daySlots,
  isDate,
  moscowParts,
  moscowToUtc,
  newDoorCode,
  weekStart,
} from "./time"

const week = { mon: ["10:00", "21:00"], tue: ["10:00", "21:00"], wed: ["10:00", "21:00"], thu: null, fri: ["10:00", "21:00"], sat: ["11:00", "18:00"], sun: null } as any
const allDay = Object.fromEntries(["mon", "tue", "wed", "thu", "fri", "sat", "sun"].map((d) => [d, ["00:00", "24:00"]])) as any
const at = (iso: string) => new Date(iso)
const range = (a: string, b: string) => ({ starts_at: at(a), ends_at: at(b) })
const longAgo = at("2020-01-01T00:00:00Z")

describe("Moscow wall-clock time", () => {
  it("converts Moscow midnight-ish times to the previous UTC day", () => {
    // 2026-12-02 is a Wednesday; 00:30 in Moscow is 21:30 UTC on Dec 1
    expect(moscowToUtc("2026-12-02", 30).toISOString()).toBe("2026-12-01T21:30:00.000Z")
    expect(moscowParts(at("2026-12-01T21:30:00Z"))).toMatchObject({ date: "2026-12-02", weekday: "wed", minutes: 30 })
    expect(moscowToUtc("2026-12-02", 1440).toISOString()).toBe("2026-12-02T21:00:00.000Z")
  })

  it("knows weeks and dates", () => {
    expect(weekStart("2026-12-02")).toBe("2026-11-30")
    expect(weekStart("2026-11-30")).toBe("2026-11-30")
    expect(weekStart("2026-12-06")).toBe("2026-11-30")
    expect(addDays("2026-12-31", 1)).toBe("2027-01-01")
    expect(isDate("2026-02-30")).toBe(false)
    expect(isDate("2026-02-28")).toBe(true)
    expect(isDate("28.02.2026")).toBe(false)
  })
})

describe("bookable ranges", () => {
  it("accepts whole half hours of at least an hour inside the hours", () => {
    expect(bookingRangeError(range("2026-12-02T07:00:00Z", "2026-12-02T08:30:00Z"), week, longAgo)).toBeNull()
    // the last hour before closing (20:00–21:00 Moscow)
    expect(bookingRangeError(range("2026-12-02T17:00:00Z", "2026-12-02T18:00:00Z"), week, longAgo)).toBeNull()
  })

  it("refuses off-grid, short, closed, out-of-hours and past ranges with the field first", () => {
    expect(bookingRangeError(range("2026-12-02T07:15:00Z", "2026-12-02T08:15:00Z"), week, longAgo)).toMatch(/^starts_at: /)
    expect(bookingRangeError(range("2026-12-02T07:00:00Z", "2026-12-02T08:10:00Z"), week, longAgo)).toMatch(/^ends_at: /)
    expect(bookingRangeError(range("2026-12-02T07:00:00Z", "2026-12-02T07:30:00Z"), week, longAgo)).toBe("ends_at: бронь не короче часа")
    expect(bookingRangeError(range("2026-12-02T06:30:00Z", "2026-12-02T07:30:00Z"), week, longAgo)).toMatch(/открыто с 10:00 до 21:00/)
    expect(bookingRangeError(range("2026-12-02T17:30:00Z", "2026-12-02T18:30:00Z"), week, longAgo)).toMatch(/открыто с 10:00 до 21:00/)
    // Thursday is closed
    expect(bookingRangeError(range("2026-12-03T07:00:00Z", "2026-12-03T08:00:00Z"), week, longAgo)).toBe("starts_at: в этот день помещение закрыто")
    expect(bookingRangeError(range("2026-12-02T07:00:00Z", "2026-12-02T08:00:00Z"), week, at("2026-12-02T07:00:00Z"))).toBe("starts_at: это время уже прошло")
  })

  it("judges a 00:30 Moscow booking by the Moscow day, not the UTC one", () => {
    // Wed 00:30–01:30 Moscow = Tue 21:30–22:30 UTC; open all day on Wednesday only
    const wedOnly = { wed: ["00:00", "24:00"] } as any
    expect(bookingRangeError(range("2026-12-01T21:30:00Z", "2026-12-01T22:30:00Z"), wedOnly, longAgo)).toBeNull()
    const tueOnly = { tue: ["00:00", "24:00"] } as any
    expect(bookingRangeError(range("2026-12-01T21:30:00Z", "2026-12-01T22:30:00Z"), tueOnly, longAgo)).toBe("starts_at: в этот день помещение закрыто")
    // up to midnight is fine, across it is not
    expect(bookingRangeError(range("2026-12-02T20:00:00Z", "2026-12-02T21:00:00Z"), allDay, longAgo)).toBeNull()
    expect(bookingRangeError(range("2026-12-02T20:30:00Z", "2026-12-02T21:30:00Z"), allDay, longAgo)).toMatch(/^starts_at: помещение открыто/)
  })
})

describe("the availability grid", () => {
  it("lists 30-minute slots in Moscow time, busy where occupied or begun", () => {
    const busy = [range("2026-12-02T08:00:00Z", "2026-12-02T09:00:00Z")]
    const slots = daySlots("2026-12-02", week, busy, at("2026-12-02T07:10:00Z"))
    expect(slots).toHaveLength(22)
    expect(slots[0]).toEqual({ starts_at: "2026-12-02T07:00:00.000Z", ends_at: "2026-12-02T07:30:00.000Z", time: "10:00", free: false })
    expect(slots.filter((s) => !s.free).map((s) => s.time)).toEqual(["10:00", "11:00", "11:30"])
    expect(slots.at(-1)!.time).toBe("20:30")
    expect(daySlots("2026-12-03", week, [], longAgo)).toEqual([])
    expect(daySlots("2026-12-02", allDay, [], longAgo)[1]).toMatchObject({ time: "00:30", starts_at: "2026-12-01T21:30:00.000Z" })
  })
})

describe("door codes and prices", () => {
  it("opens from 15 minutes before the start until the end, the end excluded", () => {
    const b = range("2026-12-01T21:30:00Z", "2026-12-01T22:30:00Z") // 00:30–01:30 Moscow
    expect(codeWindow(b).from.toISOString()).toBe("2026-12-01T21:15:00.000Z")
    expect(codeOpensAt(b, at("2026-12-01T21:14:59Z"))).toBe(false)
    expect(codeOpensAt(b, at("2026-12-01T21:15:00Z"))).toBe(true)
    expect(codeOpensAt(b, at("2026-12-01T22:29:59Z"))).toBe(true)
    expect(codeOpensAt(b, at("2026-12-01T22:30:00Z"))).toBe(false)
  })

  it("draws six digits and prices hours × rate", () => {
    const codes = new Set(Array.from({ length: 200 }, newDoorCode))
    for (const c of codes) expect(c).toMatch(/^\d{6}$/)
    expect(codes.size).toBeGreaterThan(190)
    expect(bookingPrice(range("2026-12-02T07:00:00Z", "2026-12-02T08:30:00Z"), 500)).toBe(750)
    expect(bookingPrice(range("2026-12-02T07:00:00Z", "2026-12-02T08:00:00Z"), 0)).toBe(0)
  })
})
