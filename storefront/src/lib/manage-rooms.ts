// A center's rooms as its manager keeps them: name, seats, price per hour, what is in the room.
import { actorFetch } from "./accounts";
import type { MessageKey } from "./i18n";
import type { Sdk } from "./medusa";
import { parseRubles } from "./seller-forms";

export interface ManagedRoom {
  id: string;
  name: string;
  capacity: number;
  hourly_price: number;
  amenities: string[] | null;
}

export interface RoomBody {
  name: string;
  capacity: number;
  hourly_price: number;
  amenities: string[];
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

export const ROOM_FIELDS = ["name", "capacity", "hourly_price", "amenities"] as const;
export type RoomField = (typeof ROOM_FIELDS)[number];

/** What the form holds, as typed. */
export interface RoomValues {
  name: string;
  capacity: string;
  hourly_price: string;
  amenities: string;
}

export function roomValues(room?: ManagedRoom): RoomValues {
  if (!room) return { name: "", capacity: "", hourly_price: "0", amenities: "" };
  return {
    name: room.name,
    capacity: String(room.capacity),
    hourly_price: String(Number(room.hourly_price)),
    amenities: (room.amenities ?? []).join(", "),
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
  };
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
  if (Object.keys(errors).length) return { errors };
  return { errors, body: { name: values.name, capacity, hourly_price: price!, amenities } };
}

/** The backend's «capacity: до 500» → that field; anything else stays general. */
export function mapRoomErrors(message: string): { fields: Partial<Record<RoomField, string>>; general: string[] } {
  const out: { fields: Partial<Record<RoomField, string>>; general: string[] } = { fields: {}, general: [] };
  const body = message.replace(/^\s*Invalid request:\s*/i, "");
  for (const part of body.split(/;\s+/).filter(Boolean)) {
    const m = /^([a-z_]+)[^:]*:\s*(.+)$/i.exec(part.trim());
    if (m && (ROOM_FIELDS as readonly string[]).includes(m[1])) out.fields[m[1] as RoomField] ??= m[2];
    else out.general.push(part.trim());
  }
  return out;
}
