// Rooms (issue 4): the public rooms and their availability grid, a resident's room bookings and
// a manager's week calendar of one room. Data access plus small pure helpers (unit-tested).
import { actorFetch } from "./accounts";
import { storeGet, type Sdk } from "./medusa";
import type { OpeningHours } from "./types";

export interface PublicRoom {
  id: string;
  name: string;
  capacity: number;
  hourly_price: number;
  amenities: string[];
  opening_hours: OpeningHours | null;
}

export interface CenterRooms {
  center: { id: string; handle: string; name: string; address: string; opening_hours: OpeningHours | null };
  rooms: PublicRoom[];
}

export interface RoomSlot {
  starts_at: string;
  ends_at: string;
  time: string;
  free: boolean;
}

export interface RoomDay {
  date: string;
  open: { from: string; to: string } | null;
  slots: RoomSlot[];
}

export interface RoomAvailability {
  room: PublicRoom;
  center: { id: string; handle: string; name: string };
  days: RoomDay[];
}

export type RoomBookingStatus = "held" | "confirmed" | "cancelled" | "expired";

export interface RoomBooking {
  id: string;
  room_id: string;
  status: RoomBookingStatus;
  starts_at: string;
  ends_at: string;
  hold_expires_at: string | null;
  purpose: string | null;
  price: number;
  door_code: string | null;
  code_valid_from: string | null;
  room: { id: string; name: string } | null;
  center: { handle: string; name: string; address: string } | null;
}

export interface CalendarEntry {
  id: string;
  kind: "booking" | "session" | "block";
  status: "held" | "confirmed";
  starts_at: string;
  ends_at: string;
  hold_expires_at: string | null;
  purpose: string | null;
  name: string | null;
  email: string | null;
  phone: string | null;
  price: number;
}

export interface RoomCalendar {
  room: { id: string; name: string; capacity: number; hourly_price: number; opening_hours: OpeningHours | null; has_lock_secret: boolean };
  week: string;
  previous_week: string;
  next_week: string;
  days: { date: string; open: { from: string; to: string } | null }[];
  entries: CalendarEntry[];
}

// ---- store (anyone with the publishable key) -------------------------------------

export function getCenterRooms(sdk: Sdk, handle: string): Promise<CenterRooms> {
  return storeGet<CenterRooms>(sdk, `/store/centers/${encodeURIComponent(handle)}/rooms`);
}

export function getRoomAvailability(sdk: Sdk, roomId: string, date: string, days = 1): Promise<RoomAvailability> {
  return storeGet<RoomAvailability>(sdk, `/store/rooms/${encodeURIComponent(roomId)}/availability`, { date, days });
}

// ---- the signed-in resident ------------------------------------------------------

export async function holdRoom(
  sdk: Sdk,
  token: string,
  body: { room_id: string; starts_at: string; ends_at: string; purpose?: string },
): Promise<RoomBooking> {
  const { room_booking } = await actorFetch<{ room_booking: RoomBooking }>(sdk, token, "/store/room-bookings", { method: "POST", body });
  return room_booking;
}

export async function listMyRoomBookings(sdk: Sdk, token: string): Promise<RoomBooking[]> {
  const { room_bookings } = await actorFetch<{ room_bookings: RoomBooking[] }>(sdk, token, "/store/customers/me/room-bookings");
  return room_bookings;
}

export async function getMyRoomBooking(sdk: Sdk, token: string, id: string): Promise<RoomBooking> {
  const { room_booking } = await actorFetch<{ room_booking: RoomBooking }>(sdk, token, `/store/customers/me/room-bookings/${encodeURIComponent(id)}`);
  return room_booking;
}

export async function changeMyRoomBooking(sdk: Sdk, token: string, id: string, action: "confirm" | "cancel"): Promise<RoomBooking> {
  const { room_booking } = await actorFetch<{ room_booking: RoomBooking }>(
    sdk,
    token,
    `/store/customers/me/room-bookings/${encodeURIComponent(id)}/${action}`,
    { method: "POST", body: {} },
  );
  return room_booking;
}

/**
 * Pay a held booking through the normal checkout: the backend puts it into `cartId` (the resident's
 * current cart) or, without one, into a new cart of the room's center.
 */
export async function putRoomBookingIntoCart(sdk: Sdk, token: string, id: string, cartId?: string | null): Promise<{ cart: { id: string } }> {
  return actorFetch<{ cart: { id: string } }>(sdk, token, `/store/room-bookings/${encodeURIComponent(id)}/cart`, {
    method: "POST",
    body: cartId ? { cart_id: cartId } : {},
  });
}

/** The booking a cart or order line pays for (a room line has no product). */
export function roomBookingIdOf(item: { metadata?: Record<string, unknown> | null; variant_id?: string | null }): string | null {
  const id = item.metadata?.room_booking_id;
  return !item.variant_id && typeof id === "string" && /^[A-Za-z0-9_]{1,100}$/.test(id) ? id : null;
}

// ---- the center's manager --------------------------------------------------------

const roomBase = (centerId: string, roomId: string) =>
  `/manage/centers/${encodeURIComponent(centerId)}/rooms/${encodeURIComponent(roomId)}`;

export function getRoomCalendar(sdk: Sdk, token: string, centerId: string, roomId: string, week?: string): Promise<RoomCalendar> {
  return actorFetch<RoomCalendar>(sdk, token, `${roomBase(centerId, roomId)}/calendar`, { query: week ? { week } : undefined });
}

export function blockRoomTime(sdk: Sdk, token: string, centerId: string, roomId: string, body: { starts_at: string; ends_at: string; purpose?: string }) {
  return actorFetch(sdk, token, `${roomBase(centerId, roomId)}/blocks`, { method: "POST", body });
}

export function removeRoomBlock(sdk: Sdk, token: string, centerId: string, roomId: string, blockId: string) {
  return actorFetch(sdk, token, `${roomBase(centerId, roomId)}/blocks/${encodeURIComponent(blockId)}`, { method: "DELETE" });
}

export function cancelRoomBookingAsManager(sdk: Sdk, token: string, centerId: string, roomId: string, bookingId: string) {
  return actorFetch(sdk, token, `${roomBase(centerId, roomId)}/bookings/${encodeURIComponent(bookingId)}/cancel`, { method: "POST", body: {} });
}

export async function rotateLockSecret(sdk: Sdk, token: string, centerId: string, roomId: string): Promise<string> {
  const { lock_secret } = await actorFetch<{ lock_secret: string }>(sdk, token, `${roomBase(centerId, roomId)}/lock-secret`, { method: "POST", body: {} });
  return lock_secret;
}

// ---- pure helpers ------------------------------------------------------------------

export const BOOKING_LENGTHS = [60, 90, 120, 150, 180, 240] as const;

/** YYYY-MM-DD that is a real date, or null. */
export function parseDay(value: string | null | undefined): string | null {
  if (!value || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return null;
  const d = new Date(`${value}T00:00:00Z`);
  return Number.isNaN(d.getTime()) || !d.toISOString().startsWith(value) ? null : value;
}

export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/** The end of a booking that starts at `startsAt` and lasts `minutes`, or null if the input is bad. */
export function bookingEnd(startsAt: string, minutes: number): string | null {
  const start = Date.parse(startsAt);
  if (!/^\d{4}-\d{2}-\d{2}T/.test(startsAt) || Number.isNaN(start) || !BOOKING_LENGTHS.includes(minutes as never)) return null;
  return new Date(start + minutes * 60_000).toISOString();
}

/** Starts that can begin a booking of at least an hour: this slot and the next one are free. */
export function bookableStarts(slots: RoomSlot[]): RoomSlot[] {
  return slots.filter((slot, i) => slot.free && slots[i + 1]?.free && slots[i + 1].starts_at === slot.ends_at);
}

export interface CalendarCell {
  date: string;
  /** "closed", "free", or the entry occupying this half hour */
  state: "closed" | "free" | "busy";
  entry: CalendarEntry | null;
  /** the entry starts in this half hour (its label goes here) */
  first: boolean;
}

export interface CalendarRow {
  time: string;
  cells: CalendarCell[];
}

const toMinutes = (hm: string) => Number(hm.slice(0, 2)) * 60 + Number(hm.slice(3, 5));
const hm = (m: number) => `${String(Math.floor(m / 60)).padStart(2, "0")}:${String(m % 60).padStart(2, "0")}`;

/**
 * The week as a table: one row per half hour from the earliest opening to the latest closing of
 * the week (Moscow time), one cell per day. `moscowMinutes(iso)` gives the Moscow date and minute
 * of an instant (passed in so this stays a pure function).
 */
export function calendarRows(
  calendar: Pick<RoomCalendar, "days" | "entries">,
  moscow: (iso: string) => { date: string; minutes: number },
): CalendarRow[] {
  const open = calendar.days.filter((d) => d.open);
  const entryTimes = calendar.entries.map((e) => [moscow(e.starts_at), moscow(e.ends_at)] as const);
  const starts = [...open.map((d) => toMinutes(d.open!.from)), ...entryTimes.map(([s]) => s.minutes)];
  const ends = [...open.map((d) => (d.open!.to === "24:00" ? 1440 : toMinutes(d.open!.to))), ...entryTimes.map(([, e]) => (e.minutes === 0 ? 1440 : e.minutes))];
  if (!starts.length) return [];
  const from = Math.floor(Math.min(...starts) / 30) * 30;
  const to = Math.max(...ends);
  const rows: CalendarRow[] = [];
  for (let m = from; m < to; m += 30) {
    rows.push({
      time: hm(m),
      cells: calendar.days.map((day) => {
        const index = calendar.entries.findIndex((_, i) => {
          const [s, e] = entryTimes[i];
          const startKey = s.date === day.date ? s.minutes : s.date < day.date ? -1 : Infinity;
          const endKey = e.date === day.date ? e.minutes : e.date > day.date ? Infinity : -1;
          return startKey <= m && m < endKey;
        });
        const entry = index >= 0 ? calendar.entries[index] : null;
        if (entry) {
          const s = entryTimes[index][0];
          return { date: day.date, state: "busy", entry, first: s.date !== day.date ? m === from : Math.floor(s.minutes / 30) * 30 === m };
        }
        const isOpen = day.open && m >= toMinutes(day.open.from) && m < (day.open.to === "24:00" ? 1440 : toMinutes(day.open.to));
        return { date: day.date, state: isOpen ? "free" : "closed", entry: null, first: false };
      }),
    });
  }
  return rows;
}

const moscowFormat = new Intl.DateTimeFormat("en-GB", {
  timeZone: "Europe/Moscow",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
  hourCycle: "h23",
});

/** Moscow calendar date and minute of the day of an instant. */
export function moscowClock(iso: string | Date): { date: string; minutes: number } {
  const p = Object.fromEntries(moscowFormat.formatToParts(new Date(iso)).map((x) => [x.type, x.value]));
  return { date: `${p.year}-${p.month}-${p.day}`, minutes: Number(p.hour) * 60 + Number(p.minute) };
}

/** The UTC instant (ISO) of Moscow wall time `time` ("HH:MM", "24:00" = next midnight) on `date`. */
export function moscowInstant(date: string, time: string): string | null {
  if (!parseDay(date) || !/^\d{2}:\d{2}$/.test(time)) return null;
  const minutes = toMinutes(time);
  if (minutes > 1440 || Number(time.slice(3)) > 59) return null;
  const guess = Date.parse(`${date}T00:00:00Z`) + minutes * 60_000;
  const seen = moscowClock(new Date(guess));
  const wall = Date.parse(`${seen.date}T00:00:00Z`) + seen.minutes * 60_000;
  return new Date(guess - (wall - guess)).toISOString();
}

/** "HH:MM" every half hour of a day; with `end` from 00:30 to 24:00. */
export function halfHours(end = false): string[] {
  return Array.from({ length: 48 }, (_, i) => hm((i + (end ? 1 : 0)) * 30));
}

/** The center's rooms as its manager sees them (for links to each room's calendar). */
export async function listManagedRooms(sdk: Sdk, token: string, centerId: string): Promise<{ id: string; name: string }[]> {
  const { rooms } = await actorFetch<{ rooms: { id: string; name: string }[] }>(sdk, token, `/manage/centers/${encodeURIComponent(centerId)}/rooms`);
  return rooms;
}
