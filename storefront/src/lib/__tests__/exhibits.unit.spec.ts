import { describe, expect, it } from "vitest";
import {
  catalogItems,
  chosenProducts,
  exhibitFromForm,
  exhibitValues,
  isoToMoscowInput,
  mapExhibitErrors,
  moscowInputToIso,
  qrSvg,
  validateExhibit,
  EXHIBIT_FIELDS,
} from "../exhibits";

const form = (entries: Record<string, string | string[]>) => {
  const f = new FormData();
  for (const [k, v] of Object.entries(entries)) for (const x of [v].flat()) f.append(k, x);
  return f;
};

describe("exhibit times typed in Moscow", () => {
  it("turns a Moscow wall-clock time into the UTC instant and back", () => {
    expect(moscowInputToIso("2026-12-05T15:00")).toBe("2026-12-05T12:00:00.000Z");
    expect(moscowInputToIso("2027-01-01T01:30")).toBe("2026-12-31T22:30:00.000Z");
    expect(isoToMoscowInput("2026-12-31T22:30:00.000Z")).toBe("2027-01-01T01:30");
    expect(isoToMoscowInput("2026-07-01T09:00:00Z")).toBe("2026-07-01T12:00");
    for (const bad of ["", "05.12.2026 15:00", "2026-02-30T10:00", "2026-12-05T25:00"]) expect(moscowInputToIso(bad)).toBeNull();
  });
});

describe("the exhibit form", () => {
  const good = {
    title: "  Зимняя   ярмарка ",
    place: "Большой зал",
    description: "Приходите",
    starts_at: "2026-12-12T12:00",
    ends_at: "2026-12-12T18:00",
    apply_until: "2026-12-10T23:59",
    places: "8",
    status: "open",
  };

  it("builds the body with UTC times", () => {
    const { errors, body } = validateExhibit(exhibitFromForm(form(good)));
    expect(errors).toEqual({});
    expect(body).toEqual({
      title: "Зимняя ярмарка",
      place: "Большой зал",
      description: "Приходите",
      starts_at: "2026-12-12T09:00:00.000Z",
      ends_at: "2026-12-12T15:00:00.000Z",
      apply_until: "2026-12-10T20:59:00.000Z",
      places: 8,
      status: "open",
    });
  });

  it("names each wrong field", () => {
    const { errors, body } = validateExhibit(
      exhibitFromForm(form({ ...good, title: "я", ends_at: "2026-12-12T11:00", apply_until: "2026-12-13T10:00", places: "0", place: "" })),
    );
    expect(body).toBeUndefined();
    expect(errors).toEqual({
      title: "exhibits.error.titleRequired",
      place: "exhibits.error.placeRequired",
      ends_at: "exhibits.error.endsBeforeStart",
      apply_until: "exhibits.error.deadlineAfterStart",
      places: "exhibits.error.placesInvalid",
    });
    expect(validateExhibit(exhibitFromForm(form({ ...good, starts_at: "завтра" }))).errors.starts_at).toBe("exhibits.error.dateInvalid");
  });

  it("shows a saved exhibit in Moscow time", () => {
    const values = exhibitValues({
      id: "exh_1",
      title: "Ярмарка",
      description: "",
      place: "Зал",
      starts_at: "2026-12-12T09:00:00.000Z",
      ends_at: "2026-12-12T15:00:00.000Z",
      apply_until: "2026-12-10T20:59:00.000Z",
      places: 3,
      status: "closed",
      approved_count: 0,
      free_places: 3,
      accepting: false,
    });
    expect(values).toMatchObject({ starts_at: "2026-12-12T12:00", apply_until: "2026-12-10T23:59", places: "3", status: "closed" });
  });

  it("puts the backend's refusals on their fields", () => {
    const mapped = mapExhibitErrors("apply_until: приём заявок должен закончиться до начала; places: до 500 мест; что-то ещё", EXHIBIT_FIELDS);
    expect(mapped.fields).toEqual({ apply_until: "приём заявок должен закончиться до начала", places: "до 500 мест" });
    expect(mapped.general).toEqual(["что-то ещё"]);
  });

  it("keeps only the offered goods among those ticked", () => {
    expect(chosenProducts(form({ product_ids: ["prod_b", "prod_x", "prod_a", "prod_b"] }), ["prod_a", "prod_b", "prod_c"])).toEqual(["prod_a", "prod_b"]);
  });
});

describe("the printable catalog", () => {
  it("has one item per chosen good, each with its absolute page address and a QR code for it", async () => {
    const items = catalogItems(
      {
        artisans: [
          { seller: { name: "Анна", handle: "anna" }, products: [{ id: "p1", title: "Кружка", handle: "mug", thumbnail: null, price: 700 }] },
          { seller: { name: "Борис", handle: "boris" }, products: [
            { id: "p2", title: "Свеча", handle: "candle", thumbnail: null, price: 300 },
            { id: "p3", title: "Ваза", handle: "vase вазa", thumbnail: null, price: null },
          ] },
        ],
      },
      "https://sosedi.example",
      "/en",
    );
    expect(items.map((i) => [i.seller.handle, i.url])).toEqual([
      ["anna", "https://sosedi.example/en/products/mug"],
      ["boris", "https://sosedi.example/en/products/candle"],
      ["boris", "https://sosedi.example/en/products/vase%20%D0%B2%D0%B0%D0%B7a"],
    ]);
    const [a, b] = await Promise.all([qrSvg(items[0].url), qrSvg(items[1].url)]);
    expect(a).toMatch(/^<svg[^>]*viewBox/);
    expect(a).not.toBe(b);
  });
});
