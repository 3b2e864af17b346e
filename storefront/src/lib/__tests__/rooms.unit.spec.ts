import { describe, expect, it } from "vitest";
import { bookableStarts, bookingEnd, calendarRows, halfHours, moscowClock, moscowInstant, parseDay, type RoomCalendar, type RoomSlot } from "../rooms";

const slot = (time: string, startsAt: string, endsAt: string, free: boolean): RoomSlot => ({ time, starts_at: startsAt, ends_at: endsAt, free });

describe("room booking helpers", () => {
  it("reads Moscow wall time both ways, 00:30 on the previous UTC day", () => {
    expect(moscowInstant("2026-12-02", "00:30")).toBe("2026-12-01T21:30:00.000Z");
    expect(moscowInstant("2026-12-02", "24:00")).toBe("2026-12-02T21:00:00.000Z");
    expect(moscowInstant("2026-12-02", "25:00")).toBeNull();
    expect(moscowInstant("2026-02-30", "10:00")).toBeNull();
    expect(moscowClock("2026-12-01T21:30:00.000Z")).toEqual({ date: "2026-12-02", minutes: 30 });
    expect(parseDay("2026-12-02")).toBe("2026-12-02");
    expect(parseDay("02.12.2026")).toBeNull();
    expect(halfHours()).toHaveLength(48);
    expect(halfHours(true).at(-1)).toBe("24:00");
  });

  it("ends a booking after an allowed length only", () => {
    expect(bookingEnd("2026-12-02T07:00:00.000Z", 90)).toBe("2026-12-02T08:30:00.000Z");
    expect(bookingEnd("2026-12-02T07:00:00.000Z", 45)).toBeNull();
    expect(bookingEnd("завтра", 60)).toBeNull();
  });

  it("offers only starts with a free hour after them", () => {
    const slots = [
      slot("10:00", "2026-12-02T07:00:00.000Z", "2026-12-02T07:30:00.000Z", true),
      slot("10:30", "2026-12-02T07:30:00.000Z", "2026-12-02T08:00:00.000Z", false),
      slot("11:00", "2026-12-02T08:00:00.000Z", "2026-12-02T08:30:00.000Z", true),
      slot("11:30", "2026-12-02T08:30:00.000Z", "2026-12-02T09:00:00.000Z", true),
      slot("12:00", "2026-12-02T09:00:00.000Z", "2026-12-02T09:30:00.000Z", true),
    ];
    expect(bookableStarts(slots).map((s) => s.time)).toEqual(["11:00", "11:30"]);
  });

  it("lays a week out by half hours in Moscow time", () => {
    const calendar: Pick<RoomCalendar, "days" | "entries"> = {
      days: [
        { date: "2026-11-30", open: null },
        { date: "2026-12-01", open: { from: "10:00", to: "12:00" } },
      ],
      entries: [
        { id: "rbk_1", kind: "block", status: "confirmed", starts_at: "2026-12-01T07:30:00.000Z", ends_at: "2026-12-01T08:30:00.000Z", hold_expires_at: null, purpose: "Ремонт", name: null, email: null, phone: null, price: 0 },
      ],
    };
    const rows = calendarRows(calendar, moscowClock);
    expect(rows.map((r) => r.time)).toEqual(["10:00", "10:30", "11:00", "11:30"]);
    expect(rows.map((r) => r.cells[0].state)).toEqual(["closed", "closed", "closed", "closed"]);
    expect(rows.map((r) => r.cells[1].state)).toEqual(["free", "busy", "busy", "free"]);
    expect(rows.map((r) => r.cells[1].first)).toEqual([false, true, false, false]);
    expect(rows[1].cells[1].entry?.id).toBe("rbk_1");
  });
});
