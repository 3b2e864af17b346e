// Formatting helpers: money in roubles, times in Europe/Moscow, opening hours.
// Pure functions (no I/O) so they are easy to unit-test.
import { intlLocale, t, type Locale, type MessageKey } from "./i18n";
import { WEEKDAYS, type OpeningHours, type Weekday } from "./types";

export const MOSCOW_TZ = "Europe/Moscow";

const priceFormatters = new Map<string, Intl.NumberFormat>();
function priceFormatter(locale: Locale, currency: string, fractionDigits: number) {
  const key = `${locale}|${currency}|${fractionDigits}`;
  let formatter = priceFormatters.get(key);
  if (!formatter) {
    formatter = new Intl.NumberFormat(intlLocale(locale), {
      style: "currency",
      currency,
      currencyDisplay: "narrowSymbol",
      minimumFractionDigits: fractionDigits,
      maximumFractionDigits: fractionDigits,
    });
    priceFormatters.set(key, formatter);
  }
  return formatter;
}

/**
 * «1 500 ₽» — amounts are in major units (Medusa 2); kopecks only when the amount
 * is not whole («1 500,50 ₽»). Spaces are non-breaking so a price never wraps.
 */
export function formatPrice(
  amount: number | null | undefined,
  locale: Locale = "ru",
  currency = "RUB",
): string {
  const value = Number(amount ?? 0);
  const rounded = Math.round(value * 100) / 100;
  const whole = Number.isInteger(rounded);
  return priceFormatter(locale, currency.toUpperCase(), whole ? 0 : 2)
    .format(rounded)
    .replace(/\u202f/g, "\u00a0");
}

/** Like formatPrice, but 0 (or nothing) reads «Бесплатно». */
export function formatPriceOrFree(
  amount: number | null | undefined,
  locale: Locale = "ru",
  currency = "RUB",
): string {
  if (!amount || Number(amount) === 0) return t(locale, "common.free");
  return formatPrice(amount, locale, currency);
}

function moscowParts(date: Date, locale: Locale, options: Intl.DateTimeFormatOptions) {
  const parts = new Intl.DateTimeFormat(intlLocale(locale), {
    timeZone: MOSCOW_TZ,
    ...options,
  }).formatToParts(date);
  const out: Partial<Record<Intl.DateTimeFormatPartTypes, string>> = {};
  for (const part of parts) if (part.type !== "literal") out[part.type] = part.value;
  return out;
}

/** An ISO date-time without «Z» or «±hh:mm» («2026-12-05T15:00:00»). */
const ISO_WITHOUT_ZONE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?$/;

/**
 * Milliseconds of an instant from the backend (NaN if unreadable). Session times are UTC ISO
 * strings by contract, so one that lacks a zone is read as UTC, not as the server's local time.
 */
export function parseInstant(value: string | Date): number {
  if (value instanceof Date) return value.getTime();
  const text = String(value).trim();
  return Date.parse(ISO_WITHOUT_ZONE.test(text) ? `${text}Z` : text);
}

function toDate(value: string | Date): Date {
  return value instanceof Date ? value : new Date(parseInstant(value));
}

/** «18:00» in Moscow. */
export function formatTime(value: string | Date, locale: Locale = "ru"): string {
  const p = moscowParts(toDate(value), locale, { hour: "2-digit", minute: "2-digit", hourCycle: "h23" });
  return `${p.hour}:${p.minute}`;
}

/** «5 декабря 2026» in Moscow. */
export function formatDate(value: string | Date, locale: Locale = "ru"): string {
  const p = moscowParts(toDate(value), locale, { day: "numeric", month: "long", year: "numeric" });
  return `${p.day} ${p.month} ${p.year}`;
}

/** «сб, 5 декабря, 18:00» in Moscow. */
export function formatDateTime(value: string | Date, locale: Locale = "ru"): string {
  const date = toDate(value);
  const p = moscowParts(date, locale, { weekday: "short", day: "numeric", month: "long" });
  return `${p.weekday}, ${p.day} ${p.month}, ${formatTime(date, locale)}`;
}

/** «сб, 5 декабря, 18:00–20:00» (the end date is repeated only if it differs). */
export function formatSession(startsAt: string | Date, endsAt: string | Date | null | undefined, locale: Locale = "ru"): string {
  const start = formatDateTime(startsAt, locale);
  if (!endsAt) return start;
  const sameDay = moscowDayKey(startsAt) === moscowDayKey(endsAt);
  return sameDay ? `${start}–${formatTime(endsAt, locale)}` : `${start} – ${formatDateTime(endsAt, locale)}`;
}

/** "2026-12-05" for the Moscow calendar day of an instant. */
export function moscowDayKey(value: string | Date): string {
  return new Intl.DateTimeFormat("en-CA", {
    timeZone: MOSCOW_TZ,
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
  }).format(toDate(value));
}

/** ISO string for a <time datetime> attribute. */
export function isoString(value: string | Date): string {
  return toDate(value).toISOString();
}

export interface OpeningHoursRow {
  day: Weekday;
  short: string;
  long: string;
  closed: boolean;
  text: string;
}

const TIME_RE = /^([01]?\d|2[0-4]):([0-5]\d)$/;

/** Pн…Вс rows; a missing or malformed day reads «выходной». */
export function openingHoursRows(hours: OpeningHours | null | undefined, locale: Locale = "ru"): OpeningHoursRow[] {
  return WEEKDAYS.map((day) => {
    const value = hours?.[day];
    const open = Array.isArray(value) && value.length === 2 && TIME_RE.test(String(value[0])) && TIME_RE.test(String(value[1]));
    return {
      day,
      short: t(locale, `day.${day}` as MessageKey),
      long: t(locale, `dayLong.${day}` as MessageKey),
      closed: !open,
      text: open ? `${padTime(value![0])}–${padTime(value![1])}` : t(locale, "hours.closed"),
    };
  });
}

function padTime(time: string): string {
  const [h, m] = time.split(":");
  return `${h.padStart(2, "0")}:${m}`;
}

/** True when a center has any opening hours at all. */
export function hasOpeningHours(hours: OpeningHours | null | undefined): boolean {
  return openingHoursRows(hours).some((row) => !row.closed);
}

/** «+7 916 123-45-67» from a normalised «+79161234567»; anything else unchanged. */
export function formatPhone(phone: string | null | undefined): string {
  if (!phone) return "";
  const m = /^\+7(\d{3})(\d{3})(\d{2})(\d{2})$/.exec(phone.replace(/[\s()-]/g, ""));
  return m ? `+7 ${m[1]} ${m[2]}-${m[3]}-${m[4]}` : phone;
}

/** tel: link target: digits and a leading plus only. */
export function telHref(phone: string): string {
  return `tel:${phone.replace(/[^\d+]/g, "")}`;
}
