import { describe, expect, it } from "vitest";
import {
  formatDate,
  formatDateTime,
  formatPhone,
  formatPrice,
  formatPriceOrFree,
  formatSession,
  formatTime,
  hasOpeningHours,
  moscowDayKey,
  openingHoursRows,
  parseInstant,
} from "../format";
import { variantSession } from "../products";

/** Non-breaking spaces are intentional (a price never wraps); compare with plain spaces. */
const plain = (s: string) => s.replace(/[\u00a0\u202f]/g, " ");

describe("formatPrice", () => {
  it("formats whole roubles without kopecks", () => {
    expect(plain(formatPrice(1500))).toBe("1 500 ₽");
    expect(plain(formatPrice(250))).toBe("250 ₽");
    expect(plain(formatPrice(1234567))).toBe("1 234 567 ₽");
  });

  it("keeps kopecks only when the amount is not whole", () => {
    expect(plain(formatPrice(1500.5))).toBe("1 500,50 ₽");
    expect(plain(formatPrice(99.99))).toBe("99,99 ₽");
    expect(plain(formatPrice(10.001))).toBe("10 ₽");
  });

  it("uses non-breaking spaces so the price never wraps", () => {
    expect(formatPrice(1500)).toBe("1\u00a0500\u00a0₽");
  });

  it("treats null/undefined as zero", () => {
    expect(plain(formatPrice(null))).toBe("0 ₽");
    expect(plain(formatPrice(undefined))).toBe("0 ₽");
  });

  it("formats for English pages too", () => {
    expect(plain(formatPrice(1500, "en"))).toBe("₽1,500");
  });
});

describe("formatPriceOrFree", () => {
  it("says «Бесплатно» for 0", () => {
    expect(formatPriceOrFree(0)).toBe("Бесплатно");
    expect(formatPriceOrFree(null)).toBe("Бесплатно");
    expect(formatPriceOrFree(0, "en")).toBe("Free");
  });
  it("formats other amounts as prices", () => {
    expect(plain(formatPriceOrFree(300))).toBe("300 ₽");
  });
});

describe("Moscow times", () => {
  it("converts UTC to Europe/Moscow (UTC+3, no DST)", () => {
    expect(formatTime("2026-12-05T15:00:00Z")).toBe("18:00");
    expect(formatTime("2026-07-05T15:00:00Z")).toBe("18:00");
    expect(formatTime("2026-12-05T21:30:00.000Z")).toBe("00:30");
  });

  it("moves the calendar day across Moscow midnight", () => {
    expect(moscowDayKey("2026-12-05T21:30:00Z")).toBe("2026-12-06");
    expect(formatDate("2026-12-05T21:30:00Z")).toBe("6 декабря 2026");
  });

  it("formats a date and time in Russian", () => {
    expect(formatDateTime("2026-12-05T15:00:00Z")).toBe("сб, 5 декабря, 18:00");
  });

  it("formats a session range on one day", () => {
    expect(formatSession("2026-12-05T15:00:00Z", "2026-12-05T17:00:00Z")).toBe("сб, 5 декабря, 18:00–20:00");
  });

  it("formats a session range over two days", () => {
    expect(formatSession("2026-12-05T20:00:00Z", "2026-12-05T22:00:00Z")).toBe(
      "сб, 5 декабря, 23:00 – вс, 6 декабря, 01:00",
    );
  });

  it("formats in English with the same time zone", () => {
    expect(formatDateTime("2026-12-05T15:00:00Z", "en")).toBe("Sat, 5 December, 18:00");
  });
});

describe("master-class session times (UTC ISO strings by contract)", () => {
  it("reads a UTC ISO string, and one without a zone as UTC too (not the server's local time)", () => {
    expect(parseInstant("2026-12-05T15:00:00.000Z")).toBe(Date.UTC(2026, 11, 5, 15));
    expect(parseInstant("2026-12-05T15:00:00")).toBe(Date.UTC(2026, 11, 5, 15));
    expect(parseInstant("2026-12-05T18:00:00+03:00")).toBe(Date.UTC(2026, 11, 5, 15));
    expect(parseInstant("soon")).toBeNaN();
  });

  it("takes a session from variant metadata and shows it in Moscow time", () => {
    const session = variantSession({
      id: "v1",
      title: "5 декабря",
      metadata: { starts_at: "2026-12-05T15:00:00.000Z", ends_at: "2026-12-05T17:00:00.000Z" },
    });
    expect(session?.startsAt.toISOString()).toBe("2026-12-05T15:00:00.000Z");
    expect(formatSession(session!.startsAt, session!.endsAt)).toBe("сб, 5 декабря, 18:00–20:00");
    expect(formatSession("2026-12-05T15:00:00", "2026-12-05T17:00:00", "en")).toBe("Sat, 5 December, 18:00–20:00");
  });

  it("ignores variants without a readable start; an unreadable end is dropped", () => {
    expect(variantSession({ id: "v1", title: "M", metadata: null })).toBeNull();
    expect(variantSession({ id: "v1", title: "M", metadata: { starts_at: "завтра" } })).toBeNull();
    expect(variantSession({ id: "v1", title: "M", metadata: { starts_at: "2026-12-05T15:00:00Z", ends_at: 5 } })?.endsAt).toBeNull();
  });
});

describe("openingHoursRows", () => {
  const hours = {
    mon: ["10:00", "21:00"] as [string, string],
    tue: ["9:00", "18:00"] as [string, string],
    wed: null,
    thu: ["10:00", "21:00"] as [string, string],
    fri: ["10:00", "21:00"] as [string, string],
    sat: ["11:00", "17:00"] as [string, string],
  };

  it("lists Пн…Вс in order", () => {
    expect(openingHoursRows(hours).map((r) => r.short)).toEqual(["Пн", "Вт", "Ср", "Чт", "Пт", "Сб", "Вс"]);
  });

  it("shows open hours with an en dash and pads single-digit hours", () => {
    const rows = openingHoursRows(hours);
    expect(rows[0].text).toBe("10:00–21:00");
    expect(rows[1].text).toBe("09:00–18:00");
  });

  it("says «выходной» for closed (null) and missing days", () => {
    const rows = openingHoursRows(hours);
    expect(rows[2]).toMatchObject({ day: "wed", closed: true, text: "выходной" });
    expect(rows[6]).toMatchObject({ day: "sun", closed: true, text: "выходной" });
  });

  it("treats malformed values as closed", () => {
    const rows = openingHoursRows({ mon: ["late", "never"] as [string, string] });
    expect(rows[0].closed).toBe(true);
  });

  it("knows when there are no hours at all", () => {
    expect(hasOpeningHours(null)).toBe(false);
    expect(hasOpeningHours({})).toBe(false);
    expect(hasOpeningHours(hours)).toBe(true);
  });

  it("has English day names and «closed»", () => {
    const rows = openingHoursRows(hours, "en");
    expect(rows[0].short).toBe("Mon");
    expect(rows[2].text).toBe("closed");
  });
});

describe("formatPhone", () => {
  it("pretty-prints a normalised Russian number", () => {
    expect(formatPhone("+79161234567")).toBe("+7 916 123-45-67");
  });
  it("leaves anything else alone", () => {
    expect(formatPhone("8 (495) 123")).toBe("8 (495) 123");
  });
});
