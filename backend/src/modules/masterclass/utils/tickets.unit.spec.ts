import { describe, expect, it } from "vitest"
import { canCancel, fromMoscow, moscowDateTime, normalizeTicketCode, TICKET_ALPHABET, ticketCode, ticketIcs, weeklySeries } from "./tickets"

describe("ticket helpers", () => {
  it("draws 8-character codes from the unambiguous alphabet, different each time", () => {
    const codes = new Set(Array.from({ length: 2000 }, () => ticketCode()))
    expect(codes.size).toBe(2000)
    for (const code of codes) {
      expect(code).toMatch(new RegExp(`^[${TICKET_ALPHABET}]{8}$`))
      expect(code).not.toMatch(/[O0I1LSZB58]/)
    }
    expect(normalizeTicketCode(" acd-efg hj ")).toBe("ACDEFGHJ")
  })

  it("reads Moscow wall-clock times across the UTC date line (00:30 MSK is 21:30 UTC the day before)", () => {
    const d = fromMoscow("2026-12-05T00:30")
    expect(d.toISOString()).toBe("2026-12-04T21:30:00.000Z")
    expect(moscowDateTime(d)).toBe("05.12.2026 00:30")
    expect(() => fromMoscow("05.12.2026 00:30")).toThrow()
  })

  it("repeats a weekly series at the same Moscow time", () => {
    const series = weeklySeries(fromMoscow("2026-12-05T00:30"), 3)
    expect(series.map(moscowDateTime)).toEqual(["05.12.2026 00:30", "12.12.2026 00:30", "19.12.2026 00:30"])
  })

  it("allows free cancellation only up to the policy's hours before the start", () => {
    const now = new Date("2026-12-01T12:00:00Z")
    expect(canCancel("2026-12-02T12:00:00Z", 24, now)).toBe(true)
    expect(canCancel("2026-12-02T11:59:00Z", 24, now)).toBe(false)
    expect(canCancel("2026-12-01T15:00:00Z", 2, now)).toBe(true)
  })

  it("writes an iCalendar event in UTC with escaped text", () => {
    const ics = ticketIcs({
      code: "ACDEFGHJ",
      title: "Мыло, свечи; и всё",
      starts_at: fromMoscow("2026-12-05T00:30"),
      ends_at: fromMoscow("2026-12-05T02:00"),
      location: "Центр, зал 1",
    })
    expect(ics).toContain("DTSTART:20261204T213000Z\r\n")
    expect(ics).toContain("DTEND:20261204T230000Z\r\n")
    expect(ics).toContain("SUMMARY:Мыло\\, свечи\\; и всё")
    expect(ics).toContain("UID:ACDEFGHJ@sosedi.market")
    expect(ics.startsWith("BEGIN:VCALENDAR\r\n")).toBe(true)
  })
})
