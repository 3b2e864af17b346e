import { randomInt } from "crypto"

/**
 * Pure time rules of room bookings. Times are stored as UTC instants and reasoned about in
 * Europe/Moscow wall-clock time (opening hours, 30-minute grid, days of the week).
 */
export const MOSCOW = "Europe/Moscow"
export const SLOT_MINUTES = 30
export const MIN_BOOKING_MINUTES = 60
export const MAX_BOOKING_MINUTES = 12 * 60
export const HOLD_MINUTES = 15
export const CODE_LEAD_MINUTES = 15

export type Weekday = "mon" | "tue" | "wed" | "thu" | "fri" | "sat" | "sun"
export type OpeningHours = Partial<Record<Weekday, [string, string] | null>>
const WEEKDAYS: Weekday[] = ["sun", "mon", "tue", "wed", "thu", "fri", "sat"]

const MIN = 60_000

const parts = new Intl.DateTimeFormat("en-GB", {
  timeZone: MOSCOW,
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
  second: "2-digit",
  hourCycle: "h23",
})

/** The Moscow calendar date (YYYY-MM-DD), weekday and minutes since Moscow midnight of an instant. */
export function moscowParts(at: Date) {
  const p = Object.fromEntries(parts.formatToParts(at).map((x) => [x.type, x.value]))
  const date = `${p.year}-${p.month}-${p.day}`
  const weekday = WEEKDAYS[new Date(`${date}T00:00:00Z`).getUTCDay()]
  return { date, weekday, minutes: Number(p.hour) * 60 + Number(p.minute), seconds: Number(p.second) }
}

/** The UTC instant of `minutes` after Moscow midnight of `date` (minutes may be 1440 = next midnight). */
export function moscowToUtc(date: string, minutes: number): Date {
  const guess = new Date(Date.parse(`${date}T00:00:00Z`) + minutes * MIN)
  // offset of Moscow at that moment (UTC+3 since 2014; computed, not assumed)
  const p = moscowParts(guess)
  const wall = Date.parse(`${p.date}T00:00:00Z`) + p.minutes * MIN + p.seconds * 1000
  return new Date(guess.getTime() - (wall - guess.getTime()))
}

export function isDate(value: string) {
  return /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(`${value}T00:00:00Z`)) &&
    new Date(`${value}T00:00:00Z`).toISOString().startsWith(value)
}

export function addDays(date: string, days: number) {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10)
}

/** Monday of the week holding `date`. */
export function weekStart(date: string) {
  const day = new Date(`${date}T00:00:00Z`).getUTCDay()
  return addDays(date, -((day + 6) % 7))
}

export function weekdayOf(date: string): Weekday {
  return WEEKDAYS[new Date(`${date}T00:00:00Z`).getUTCDay()]
}

/** "10:30" → 630; "24:00" → 1440 (open till midnight). */
export function parseHm(hm: string): number {
  const m = /^(\d{1,2}):(\d{2})$/.exec(hm)
  if (!m) {
    throw new Error(`bad time ${hm}`)
  }
  return Number(m[1]) * 60 + Number(m[2])
}

export function formatHm(minutes: number) {
  return `${String(Math.floor(minutes / 60)).padStart(2, "0")}:${String(minutes % 60).padStart(2, "0")}`
}

/** Opening and closing minute of that Moscow date, or null when closed. */
export function hoursOn(hours: OpeningHours | null | undefined, date: string): [number, number] | null {
  const day = hours?.[weekdayOf(date)]
  if (!day) {
    return null
  }
  const open = parseHm(day[0])
  const close = parseHm(day[1])
  return close > open ? [open, close] : null
}

export type Range = { starts_at: Date; ends_at: Date }

export function overlaps(a: Range, b: Range) {
  return a.starts_at < b.ends_at && b.starts_at < a.ends_at
}

/**
 * Why a resident may not book [starts_at, ends_at) in a room with these hours, as
 * "field: message", or null when the range is bookable (occupancy aside).
 */
export function bookingRangeError(range: Range, hours: OpeningHours | null | undefined, now: Date): string | null {
  const { starts_at, ends_at } = range
  if (Number.isNaN(starts_at.getTime())) {
    return "starts_at: неверное время"
  }
  if (Number.isNaN(ends_at.getTime())) {
    return "ends_at: неверное время"
  }
  const length = (ends_at.getTime() - starts_at.getTime()) / MIN
  const start = moscowParts(starts_at)
  const end = moscowParts(ends_at)
  if (start.minutes % SLOT_MINUTES || start.seconds || starts_at.getUTCMilliseconds()) {
    return "starts_at: бронь начинается в :00 или :30"
  }
  if (end.minutes % SLOT_MINUTES || end.seconds || ends_at.getUTCMilliseconds()) {
    return "ends_at: бронь заканчивается в :00 или :30"
  }
  if (length < MIN_BOOKING_MINUTES) {
    return "ends_at: бронь не короче часа"
  }
  if (length > MAX_BOOKING_MINUTES) {
    return "ends_at: бронь не длиннее 12 часов"
  }
  if (starts_at <= now) {
    return "starts_at: это время уже прошло"
  }
  const open = hoursOn(hours, start.date)
  if (!open) {
    return "starts_at: в этот день помещение закрыто"
  }
  // the end may be the next midnight (24:00) but no later
  const endMinutes = end.date === start.date ? end.minutes : end.date === addDays(start.date, 1) && end.minutes === 0 ? 1440 : Infinity
  if (start.minutes < open[0] || endMinutes > open[1]) {
    return `starts_at: помещение открыто с ${formatHm(open[0])} до ${formatHm(open[1])}`
  }
  return null
}

export type Slot = { starts_at: string; ends_at: string; time: string; free: boolean }

/** The 30-minute slots of a Moscow date within opening hours; busy when occupied or already begun. */
export function daySlots(date: string, hours: OpeningHours | null | undefined, busy: Range[], now: Date): Slot[] {
  const open = hoursOn(hours, date)
  if (!open) {
    return []
  }
  const slots: Slot[] = []
  for (let m = open[0]; m + SLOT_MINUTES <= open[1]; m += SLOT_MINUTES) {
    const slot = { starts_at: moscowToUtc(date, m), ends_at: moscowToUtc(date, m + SLOT_MINUTES) }
    slots.push({
      starts_at: slot.starts_at.toISOString(),
      ends_at: slot.ends_at.toISOString(),
      time: formatHm(m),
      free: slot.starts_at > now && !busy.some((b) => overlaps(slot, b)),
    })
  }
  return slots
}

/** The door code opens from 15 minutes before the start until the end. */
export function codeWindow(range: Range) {
  return { from: new Date(range.starts_at.getTime() - CODE_LEAD_MINUTES * MIN), until: range.ends_at }
}

export function codeOpensAt(range: Range, at: Date) {
  const w = codeWindow(range)
  return at >= w.from && at < w.until
}

/** Price of a booking: hours × hourly price, in whole kopecks-safe rubles (half hours allowed). */
export function bookingPrice(range: Range, hourlyPrice: number) {
  const minutes = (range.ends_at.getTime() - range.starts_at.getTime()) / MIN
  return Math.round((minutes / 60) * hourlyPrice * 100) / 100
}

/** Six crypto-random digits, leading zeros kept. */
export function newDoorCode() {
  return String(randomInt(0, 1_000_000)).padStart(6, "0")
}
