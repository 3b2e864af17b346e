// A center's rooms as its manager keeps them: name, seats, price per hour, what is in the room,
// and when it is open (its own hours per weekday, or the center's).
import { actorFetch } from "./accounts";
import type { MessageKey } from "./i18n";
import { WEEKDAYS, type Weekday } from "./manage";
import type { Sdk } from "./medusa";
import { parseRubles } from "./seller-forms";

export type RoomHours = Record<Weekday, [string, string] | null>;

export interface ManagedRoom {
  id: string;
  name: string;
  capacity: number;
  hourly_price: number;
  amenities: string[] | null;
  /** null: the center's hours */
  opening_hours?: Partial<RoomHours> | null;
}

export interface RoomBody {
  name: string;
  capacity: number;
  hourly_price: number;
  amenities: string[];
  opening_hours: RoomHours | null;
}

const roomsPath = (centerId: string) => `/manage/centers/${encodeURIComponent(centerId)}/rooms`;

export async function listRooms(sdk: Sdk, token: string, centerId: string): Promise<ManagedRoom[]> {
  const { rooms } = await actorFetch<{ rooms: ManagedRoom[] }>(sdk, token, roomsPath(centerId));
  return [...(rooms ?? [])].sort((a, b) => a.name.localeCompare(b.name, "ru"));
}

export async function createRoom(sdk: Sdk, token: string, centerId: string, body: RoomBody): Promise<void> {
  await actorFetch(sdk, token, roomsPath(centerId), { method: "POST", body });
}

export async function updateRoom(sdk: Sdk, token: string, centerId: string, roomId: string, body: RoomBody): Promise<void> {
  await actorFetch(sdk, token, `${roomsPath(centerId)}/${encodeURIComponent(roomId)}`, { method: "POST", body });
}

export async function deleteRoom(sdk: Sdk, token: string, centerId: string, roomId: string): Promise<void> {
  await actorFetch(sdk, token, `${roomsPath(centerId)}/${encodeURIComponent(roomId)}`, { method: "DELETE" });
}

export const HOURS_FIELDS = WEEKDAYS.map((d) => `hours_${d}` as const);
export const ROOM_FIELDS = ["name", "capacity", "hourly_price", "amenities", "hours_mode", ...HOURS_FIELDS] as const;
export type RoomField = (typeof ROOM_FIELDS)[number];

export type HoursMode = "center" | "own";

/** What the form holds, as typed. */
export interface RoomValues {
  name: string;
  capacity: string;
  hourly_price: string;
  amenities: string;
  hours_mode: HoursMode;
  /** empty open and close: closed that day */
  hours: Record<Weekday, { open: string; close: string }>;
}

const hoursValues = (hours: Partial<RoomHours> | null | undefined): RoomValues["hours"] =>
  Object.fromEntries(WEEKDAYS.map((d) => [d, { open: hours?.[d]?.[0] ?? "", close: hours?.[d]?.[1] ?? "" }])) as RoomValues["hours"];

/**
 * The form's values for a room (or a new one). A room on the center's hours shows the center's
 * hours in its day fields, so switching to its own hours starts from them.
 */
export function roomValues(room?: ManagedRoom, centerHours?: Partial<RoomHours> | null): RoomValues {
  if (!room) return { name: "", capacity: "", hourly_price: "0", amenities: "", hours_mode: "center", hours: hoursValues(centerHours) };
  return {
    name: room.name,
    capacity: String(room.capacity),
    hourly_price: String(Number(room.hourly_price)),
    amenities: (room.amenities ?? []).join(", "),
    hours_mode: room.opening_hours ? "own" : "center",
    hours: hoursValues(room.opening_hours ?? centerHours),
  };
}

const text = (form: FormData, name: string, max: number) => {
  const v = form.get(name);
  return typeof v === "string" ? v.trim().replace(/\s+/g, " ").slice(0, max) : "";
};

export function roomFromForm(form: FormData): RoomValues {
  return {
    name: text(form, "name", 81),
    capacity: text(form, "capacity", 10),
    hourly_price: text(form, "hourly_price", 20),
    // separators (commas, new lines) survive; spaces inside an item are tidied by splitAmenities
    amenities: (typeof form.get("amenities") === "string" ? (form.get("amenities") as string) : "").trim().slice(0, 2000),
    hours_mode: text(form, "hours_mode", 10) === "own" ? "own" : "center",
    hours: Object.fromEntries(WEEKDAYS.map((d) => [d, { open: text(form, `open_${d}`, 10), close: text(form, `close_${d}`, 10) }])) as RoomValues["hours"],
  };
}

const OPEN_RE = /^([01]\d|2[0-3]):[0-5]\d$/;
// a room may stay open till midnight
const CLOSE_RE = /^(([01]\d|2[0-3]):[0-5]\d|24:00)$/;

/** The room's own hours from the day fields (both empty: closed), with an error per wrong day. */
export function validateHours(hours: RoomValues["hours"]): { errors: Partial<Record<RoomField, MessageKey>>; hours: RoomHours } {
  const errors: Partial<Record<RoomField, MessageKey>> = {};
  const out = {} as RoomHours;
  for (const d of WEEKDAYS) {
    // «9:00» from a plain text field is what the manager meant: pad it
    const [open, close] = [hours[d].open, hours[d].close].map((v) => (/^\d:\d\d$/.test(v) ? `0${v}` : v));
    out[d] = null;
    if (!open && !close) continue;
    if (!OPEN_RE.test(open) || !CLOSE_RE.test(close)) errors[`hours_${d}`] = "manage.rooms.hoursInvalid";
    else if (open >= close) errors[`hours_${d}`] = "manage.rooms.hoursOrder";
    else out[d] = [open, close];
  }
  return { errors, hours: out };
}

/** «проектор, раковина; 10 стульев» → each thing once, in the order typed. */
export function splitAmenities(raw: string): string[] {
  const seen = new Set<string>();
  return raw
    .split(/[,;\n]/)
    .map((s) => s.trim().replace(/\s+/g, " "))
    .filter((s) => s && !seen.has(s.toLowerCase()) && seen.add(s.toLowerCase()));
}

export function validateRoom(values: RoomValues): { errors: Partial<Record<RoomField, MessageKey>>; body?: RoomBody } {
  const errors: Partial<Record<RoomField, MessageKey>> = {};
  if (values.name.length < 2) errors.name = "manage.rooms.nameRequired";
  else if (values.name.length > 80) errors.name = "manage.rooms.nameLong";
  const capacity = /^\d{1,3}$/.test(values.capacity) ? Number(values.capacity) : NaN;
  if (!(capacity >= 1 && capacity <= 500)) errors.capacity = "manage.rooms.capacityInvalid";
  const price = values.hourly_price === "" ? 0 : values.hourly_price === "0" ? 0 : parseRubles(values.hourly_price);
  if (price === null || price < 0 || price > 100_000) errors.hourly_price = "manage.rooms.priceInvalid";
  const amenities = splitAmenities(values.amenities);
  if (amenities.length > 30 || amenities.some((a) => a.length > 80)) errors.amenities = "manage.rooms.amenitiesInvalid";
  let opening_hours: RoomHours | null = null;
  if (values.hours_mode === "own") {
    const checked = validateHours(values.hours);
    Object.assign(errors, checked.errors);
    opening_hours = checked.hours;
  }
  if (Object.keys(errors).length) return { errors };
  return { errors, body: { name: values.name, capacity, hourly_price: price!, amenities, opening_hours } };
}

/** The backend's «capacity: до 500» or «opening_hours.tue: …» → that field; anything else stays general. */
export function mapRoomErrors(message: string): { fields: Partial<Record<RoomField, string>>; general: string[] } {
  const out: { fields: Partial<Record<RoomField, string>>; general: string[] } = { fields: {}, general: [] };
  const body = message.replace(/^\s*Invalid request:\s*/i, "");
  for (const part of body.split(/;\s+/).filter(Boolean)) {
    const m = /^([a-z_]+)(?:\.([a-z]+))?[^:]*:\s*(.+)$/i.exec(part.trim());
    const name = m?.[1] === "opening_hours" ? (m[2] && (WEEKDAYS as readonly string[]).includes(m[2]) ? `hours_${m[2]}` : "hours_mode") : m?.[1];
    if (m && name && (ROOM_FIELDS as readonly string[]).includes(name)) out.fields[name as RoomField] ??= m[3];
    else out.general.push(part.trim());
  }
  return out;
}
