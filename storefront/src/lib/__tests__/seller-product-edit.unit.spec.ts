import { describe, expect, it } from "vitest";
import { csvText } from "../pages/sell-product-import";
import { mapEditErrors, mapVariantErrors, validateProductEdit, validateVariantEdit } from "../seller-forms";

describe("editing a product", () => {
  it("checks the title and description", () => {
    expect(validateProductEdit({ title: "", description: "", status: "draft" }).errors.title).toBe("sell.validation.titleRequired");
    expect(validateProductEdit({ title: "Ваза", description: "", status: "published" }).ok).toBe(true);
  });

  it("checks a variant's price and stock", () => {
    const bad = validateVariantEdit({ price: "дорого", stock: "" });
    expect(bad.errors).toEqual({ price: "sell.validation.priceInvalid", stock: "sell.validation.stockRequired" });
    expect(validateVariantEdit({ price: "1 357 ₽", stock: "4 шт" }).data).toEqual({ price: 1357, stock: 4 });
  });

  it("puts the backend's messages on their fields", () => {
    expect(mapEditErrors("title: слишком длинное название").fields.title).toEqual({ text: "Слишком длинное название." });
    expect(mapVariantErrors("Invalid request: stock: не больше 100000").fields.stock).toEqual({ text: "Не больше 100000." });
  });

  it("drops the CSV's BOM", () => {
    expect(csvText("\uFEFFtitle,price\n")).toBe("title,price\n");
  });
});
