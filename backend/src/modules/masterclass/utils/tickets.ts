import { randomBytes, randomInt } from "crypto"

/** No 0/O, 1/I/L, 5/S, 2/Z, 8/B: a code read aloud at the door or typed from paper stays unambiguous. */
export const TICKET_ALPHABET = "ACDEFGHJKMNPQRTUVWXY34679"
export const TICKET_CODE_LENGTH = 8

export function ticketCode(length = TICKET_CODE_LENGTH): string {
  let code = ""
  for (let i = 0; i < length; i++) {
    code += TICKET_ALPHABET[randomInt(TICKET_ALPHABET.length)]
  }
  return code
}

/** What a person types or scans: spaces, dashes and case do not matter. */
export function normalizeTicketCode(input: string): string {
  return input.toUpperCase().replace(/[^A-Z0-9]/g, "")
}

export function offerToken(): string {
  return randomBytes(18).toString("base64url")
}

const MSK_OFFSET_MS = 3 * 3600_000

/** "27.11.2026 00:30" in Europe/Moscow (UTC+3 all year since 2014). */
export function moscowDateTime(date: Date | string): string {
  const d = new Date(new Date(date).getTime() + MSK_OFFSET_MS)
  const p = (n: number) => String(n).padStart(2, "0")
  return `${p(d.getUTCDate())}.${p(d.getUTCMonth() + 1)}.${d.getUTCFullYear()} ${p(d.getUTCHours())}:${p(d.getUTCMinutes())}`
}

/** A Moscow wall-clock "YYYY-MM-DDTHH:mm" as the UTC instant. */
export function fromMoscow(local: string): Date {
  const m = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})$/.exec(local)
  if (!m) {
    throw new Error(`not a Moscow local time: ${local}`)
  }
  const [, y, mo, d, h, mi] = m.map(Number)
  return new Date(Date.UTC(y, mo - 1, d, h, mi) - MSK_OFFSET_MS)
}

/** The same Moscow wall-clock time, one week apart (Moscow has no DST, so 7 × 24 h). */
export function weeklySeries(first: Date, weeks: number): Date[] {
  return Array.from({ length: weeks }, (_, i) => new Date(first.getTime() + i * 7 * 24 * 3600_000))
}

/** Free cancellation until `hours` before the start. */
export function canCancel(startsAt: Date | string, hours: number, now = new Date()): boolean {
  return new Date(startsAt).getTime() - now.getTime() >= hours * 3600_000
}

const icsText = (s: string) => s.replace(/\\/g, "\\\\").replace(/;/g, "\\;").replace(/,/g, "\\,").replace(/\r?\n/g, "\\n")
const icsDate = (d: Date | string) => new Date(d).toISOString().replace(/[-:]/g, "").replace(/\.\d{3}/, "")

/** An RFC 5545 calendar with one event per ticket (UTC times: calendars show them in local time). */
export function ticketIcs(t: {
  code: string
  title: string
  starts_at: Date | string
  ends_at: Date | string
  location?: string
  description?: string
  url?: string
}): string {
  const lines = [
    "BEGIN:VCALENDAR",
    "VERSION:2.0",
    "PRODID:-//Sosedi.market//Tickets//RU",
    "CALSCALE:GREGORIAN",
    "METHOD:PUBLISH",
    "BEGIN:VEVENT",
    `UID:${t.code}@sosedi.market`,
    `DTSTAMP:${icsDate(new Date())}`,
    `DTSTART:${icsDate(t.starts_at)}`,
    `DTEND:${icsDate(t.ends_at)}`,
    `SUMMARY:${icsText(t.title)}`,
    ...(t.location ? [`LOCATION:${icsText(t.location)}`] : []),
    `DESCRIPTION:${icsText([t.description, `Билет ${t.code}`].filter(Boolean).join("\n"))}`,
    ...(t.url ? [`URL:${t.url}`] : []),
    "END:VEVENT",
    "END:VCALENDAR",
  ]
  return lines.join("\r\n") + "\r\n"
}
