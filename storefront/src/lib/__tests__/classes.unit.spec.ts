import { describe, expect, it } from "vitest";
import { isoToMoscowLocal, moscowLocalToIso } from "../classes";
import { attendeeNames } from "../pages/class";
import { classBody } from "../pages/sell-classes";
import { classesEn, classesRu } from "../i18n/sections/classes";

describe("master-class helpers", () => {
  it("reads a datetime-local as Moscow time: 00:30 is 21:30 UTC the day before, and back", () => {
    expect(moscowLocalToIso("2026-12-05T00:30")).toBe("2026-12-04T21:30:00.000Z");
    expect(moscowLocalToIso("2026-12-05T19:00")).toBe("2026-12-05T16:00:00.000Z");
    expect(isoToMoscowLocal("2026-12-04T21:30:00.000Z")).toBe("2026-12-05T00:30");
    expect(moscowLocalToIso("2026-02-30T10:00")).toBeNull();
    expect(moscowLocalToIso("2026-12-05T24:00")).toBeNull();
    expect(moscowLocalToIso("05.12.2026 10:00")).toBeNull();
  });

  it("takes one seat per non-empty attendee name, trimmed, at most six", () => {
    const form = new FormData();
    for (const name of ["  Анна ", "", "Миша", "   ", "В", "Г", "Д", "Е", "Ж"]) form.append("attendee", name);
    expect(attendeeNames(form)).toEqual(["Анна", "Миша", "В", "Г", "Д", "Е"]);
    expect(attendeeNames(new FormData())).toEqual([]);
  });

  it("turns the class form into the backend's body (numbers parsed, empty fields left out)", () => {
    const body = classBody({
      title: " Лепка ", description: "", level: "nonsense", age: "12+", what_to_bring: "", materials_fee: "350",
      cancellation_hours: "48", image: "", center_id: "c", publish: true,
    });
    expect(body).toEqual({ title: "Лепка", age: "12+", materials_fee: 350, cancellation_hours: 48 });
  });

  it("has the same keys in Russian and English", () => {
    expect(Object.keys(classesEn).sort()).toEqual(Object.keys(classesRu).sort());
    for (const value of Object.values(classesEn)) expect(value.trim()).not.toBe("");
  });
});
