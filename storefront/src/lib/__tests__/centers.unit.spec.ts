import { describe, expect, it } from "vitest";
import { FetchError } from "@medusajs/js-sdk";
import { groupByDistrict } from "../centers";
import { BackendUnavailableError, isBackendUnavailable, isNotFound } from "../medusa";
import { availableQuantity, productPrice, variantLabel } from "../products";
import type { Product } from "../types";

describe("groupByDistrict", () => {
  it("groups and sorts districts and centers alphabetically", () => {
    const groups = groupByDistrict([
      { name: "Центр «Южный»", district: "Марьино" },
      { name: "Центр «Берёзка»", district: "Аэропорт" },
      { name: "Центр «Ассоль»", district: "Марьино" },
    ]);
    expect(groups.map((g) => g.district)).toEqual(["Аэропорт", "Марьино"]);
    expect(groups[1].centers.map((c) => c.name)).toEqual(["Центр «Ассоль»", "Центр «Южный»"]);
  });
});

describe("product helpers", () => {
  const product: Product = {
    id: "prod_1",
    handle: "scarf",
    title: "Шарф",
    description: null,
    thumbnail: null,
    options: [{ id: "opt_color", title: "Цвет" }],
    variants: [
      { id: "v1", title: "Синий", calculated_price: { calculated_amount: 1500 }, options: [{ id: "ov1", option_id: "opt_color", value: "синий" }] },
      { id: "v2", title: "Красный", calculated_price: { calculated_amount: 1200 }, options: [] },
    ],
  };

  it("labels a variant by its option value (the legend names a single option)", () => {
    expect(variantLabel(product, product.variants![0])).toBe("синий");
    expect(variantLabel(product, product.variants![1])).toBe("Красный");
  });

  it("names each option when there are several", () => {
    const two: Product = {
      ...product,
      options: [
        { id: "opt_color", title: "Цвет" },
        { id: "opt_size", title: "Размер" },
      ],
    };
    const v = { id: "v3", title: null, options: [
      { id: "a", option_id: "opt_color", value: "синий" },
      { id: "b", option_id: "opt_size", value: "M" },
    ] };
    expect(variantLabel(two, v)).toBe("Цвет: синий, Размер: M");
  });

  it("takes the lowest price for a card", () => {
    expect(productPrice(product)).toBe(1200);
  });

  it("computes what can be bought at a center from its stock (origin route)", () => {
    const stock = { v1: 3, v2: -2, v3: null, v4: 0 };
    const managed = (id: string) => ({ id, manage_inventory: true, allow_backorder: false });
    expect(availableQuantity(managed("v1"), stock)).toBe(3);
    expect(availableQuantity(managed("v2"), stock)).toBe(0);
    expect(availableQuantity(managed("v3"), stock)).toBe(Infinity); // null: not tracked
    expect(availableQuantity(managed("v4"), stock)).toBe(0);
    expect(availableQuantity(managed("v9"), stock)).toBe(0); // not listed at this center
    expect(availableQuantity(managed("v1"), undefined)).toBe(0);
    expect(availableQuantity({ id: "v4", manage_inventory: false }, stock)).toBe(Infinity);
    expect(availableQuantity({ id: "v4", manage_inventory: true, allow_backorder: true }, stock)).toBe(Infinity);
  });
});

describe("backend error classification", () => {
  it("treats refused connections and 502/503/504 as «temporarily unavailable»", () => {
    const refused = Object.assign(new TypeError("fetch failed"), { cause: { code: "ECONNREFUSED" } });
    expect(isBackendUnavailable(refused)).toBe(true);
    expect(isBackendUnavailable(new BackendUnavailableError())).toBe(true);
    expect(isBackendUnavailable(new FetchError("Bad gateway", "Bad Gateway", 502))).toBe(true);
  });
  it("does not mistake bugs or ordinary HTTP errors for an outage", () => {
    expect(isBackendUnavailable(new TypeError("Cannot read properties of undefined"))).toBe(false);
    expect(isBackendUnavailable(new FetchError("Not found", "Not Found", 404))).toBe(false);
    expect(isNotFound(new FetchError("Not found", "Not Found", 404))).toBe(true);
  });
});
