import { describe, expect, it } from "vitest";
import { mapRoomErrors, roomFromForm, roomValues, splitAmenities, validateRoom, type RoomValues } from "../manage-rooms";
import { formFor } from "../pages/manage-center-rooms";

const closedWeek = () =>
  Object.fromEntries(["mon", "tue", "wed", "thu", "fri", "sat", "sun"].map((d) => [d, { open: "", close: "" }])) as RoomValues["hours"];
const values = (v: Partial<RoomValues>): RoomValues => ({ name: "", capacity: "", hourly_price: "", amenities: "", hours_mode: "center", hours: closedWeek(), ...v });

describe("a center's rooms form", () => {
  it("reads the form and builds the body: seats, roubles, amenities once each", () => {
    const form = new FormData();
    form.set("name", "  Большой   зал ");
    form.set("capacity", "24");
    form.set("hourly_price", "1 200 ₽");
    form.set("amenities", "проектор, Раковина; раковина\n12 стульев,");
    const values = roomFromForm(form);
    expect(values.name).toBe("Большой зал");
    expect(validateRoom(values)).toEqual({
      errors: {},
      body: { name: "Большой зал", capacity: 24, hourly_price: 1200, amenities: ["проектор", "Раковина", "12 стульев"], opening_hours: null },
    });
  });

  it("lets a room be free and names every wrong field", () => {
    expect(validateRoom(values({ name: "Кухня", capacity: "8" })).body?.hourly_price).toBe(0);
    expect(validateRoom(values({ name: "К", capacity: "0", hourly_price: "дорого" })).errors).toEqual({
      name: "manage.rooms.nameRequired",
      capacity: "manage.rooms.capacityInvalid",
      hourly_price: "manage.rooms.priceInvalid",
    });
    expect(validateRoom(values({ name: "Зал", capacity: "501", hourly_price: "100001", amenities: "x".repeat(81) })).errors).toEqual({
      capacity: "manage.rooms.capacityInvalid",
      hourly_price: "manage.rooms.priceInvalid",
      amenities: "manage.rooms.amenitiesInvalid",
    });
    expect(splitAmenities(" , ;")).toEqual([]);
  });

  it("shows a room's own values unless its form was just refused", () => {
    const room = { id: "room_1", name: "Мастерская", capacity: 10, hourly_price: 500, amenities: ["раковина"] };
    expect(roomValues(room)).toEqual({ name: "Мастерская", capacity: "10", hourly_price: "500", amenities: "раковина", hours_mode: "center", hours: closedWeek() });
    const refused = { roomId: "room_1", values: values({ capacity: "x" }), errors: { name: "manage.rooms.nameRequired" as const }, general: [] };
    expect(formFor({ form: refused }, room)).toBe(refused);
    expect(formFor({ form: refused }, null).values).toEqual(roomValues());
    expect(formFor({ form: null }, room).values.name).toBe("Мастерская");
  });

  it("puts the backend's messages on their fields", () => {
    expect(mapRoomErrors("Invalid request: capacity: до 500; что-то ещё")).toEqual({ fields: { capacity: "до 500" }, general: ["что-то ещё"] });
    expect(mapRoomErrors("opening_hours.tue: время открытия должно быть раньше закрытия; opening_hours: ожидается объект")).toEqual({
      fields: { hours_tue: "время открытия должно быть раньше закрытия", hours_mode: "ожидается объект" },
      general: [],
    });
  });

  it("reads a room's own hours per weekday: both empty is a closed day, each wrong day is named", () => {
    const form = new FormData();
    for (const [k, v] of Object.entries({ name: "Студия", capacity: "6", hourly_price: "0", hours_mode: "own", open_mon: "10:00", close_mon: "18:00", open_sat: "9:30", close_sat: "24:00" })) form.set(k, v);
    const read = roomFromForm(form);
    expect(read.hours.tue).toEqual({ open: "", close: "" });
    expect(validateRoom(read).body?.opening_hours).toEqual({ mon: ["10:00", "18:00"], tue: null, wed: null, thu: null, fri: null, sat: ["09:30", "24:00"], sun: null });
    // the center's hours: the day fields are not sent, even when they hold something wrong
    expect(validateRoom({ ...read, hours_mode: "center", hours: { ...read.hours, wed: { open: "x", close: "" } } }).body?.opening_hours).toBeNull();
    const wrong = { ...closedWeek(), tue: { open: "21:00", close: "10:00" }, wed: { open: "10:00", close: "" }, thu: { open: "25:00", close: "26:00" } };
    expect(validateRoom(values({ name: "Студия", capacity: "6", hours_mode: "own", hours: wrong })).errors).toEqual({
      hours_tue: "manage.rooms.hoursOrder",
      hours_wed: "manage.rooms.hoursInvalid",
      hours_thu: "manage.rooms.hoursInvalid",
    });
  });

  it("starts a room on the center's hours from those hours, and a room with its own from its own", () => {
    const center = { mon: null, tue: ["10:00", "21:00"] as [string, string] };
    const room = { id: "room_1", name: "Мастерская", capacity: 10, hourly_price: 500, amenities: [] };
    expect(roomValues(room, center).hours.tue).toEqual({ open: "10:00", close: "21:00" });
    const own = roomValues({ ...room, opening_hours: { tue: ["12:00", "15:00"] } }, center);
    expect(own.hours_mode).toBe("own");
    expect(own.hours.tue).toEqual({ open: "12:00", close: "15:00" });
    expect(roomValues(undefined, center).hours_mode).toBe("center");
  });
});
