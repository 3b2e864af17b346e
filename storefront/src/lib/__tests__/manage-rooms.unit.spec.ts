import { describe, expect, it } from "vitest";
import { mapRoomErrors, roomFromForm, roomValues, splitAmenities, validateRoom } from "../manage-rooms";
import { formFor } from "../pages/manage-center-rooms";

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
      body: { name: "Большой зал", capacity: 24, hourly_price: 1200, amenities: ["проектор", "Раковина", "12 стульев"] },
    });
  });

  it("lets a room be free and names every wrong field", () => {
    expect(validateRoom({ name: "Кухня", capacity: "8", hourly_price: "", amenities: "" }).body?.hourly_price).toBe(0);
    expect(validateRoom({ name: "К", capacity: "0", hourly_price: "дорого", amenities: "" }).errors).toEqual({
      name: "manage.rooms.nameRequired",
      capacity: "manage.rooms.capacityInvalid",
      hourly_price: "manage.rooms.priceInvalid",
    });
    expect(validateRoom({ name: "Зал", capacity: "501", hourly_price: "100001", amenities: "x".repeat(81) }).errors).toEqual({
      capacity: "manage.rooms.capacityInvalid",
      hourly_price: "manage.rooms.priceInvalid",
      amenities: "manage.rooms.amenitiesInvalid",
    });
    expect(splitAmenities(" , ;")).toEqual([]);
  });

  it("shows a room's own values unless its form was just refused", () => {
    const room = { id: "room_1", name: "Мастерская", capacity: 10, hourly_price: 500, amenities: ["раковина"] };
    expect(roomValues(room)).toEqual({ name: "Мастерская", capacity: "10", hourly_price: "500", amenities: "раковина" });
    const refused = { roomId: "room_1", values: { name: "", capacity: "x", hourly_price: "", amenities: "" }, errors: { name: "manage.rooms.nameRequired" as const }, general: [] };
    expect(formFor({ form: refused }, room)).toBe(refused);
    expect(formFor({ form: refused }, null).values).toEqual(roomValues());
    expect(formFor({ form: null }, room).values.name).toBe("Мастерская");
  });

  it("puts the backend's messages on their fields", () => {
    expect(mapRoomErrors("Invalid request: capacity: до 500; что-то ещё")).toEqual({ fields: { capacity: "до 500" }, general: ["что-то ещё"] });
  });
});
