import { describe, expect, it } from "vitest";
import { csvText } from "../pages/sell-product-import";
import { mapEditErrors, mapVariantErrors, validateProductEdit, validateVariantEdit } from "../seller-forms";

describe("editing a product", () => {
  it("checks the title, description and the centers offering it", () => {
    const approved = ["ctr_a", "ctr_b"];
    expect(validateProductEdit({ title: "", description: "", category_id: "", center_ids: ["ctr_a"], status: "draft" }, approved).errors.title).toBe("sell.validation.titleRequired");
    expect(validateProductEdit({ title: "Ваза", description: "", category_id: "", center_ids: ["ctr_b", "ctr_a"], status: "published" }, approved).ok).toBe(true);
    expect(validateProductEdit({ title: "Ваза", description: "", category_id: "", center_ids: [], status: "published" }, approved).errors).toEqual({
      center_ids: "sell.validation.productCentersRequired",
    });
    expect(validateProductEdit({ title: "Ваза", description: "", category_id: "", center_ids: ["ctr_c"], status: "published" }, approved).errors).toEqual({
      center_ids: "sell.validation.centersNotApproved",
    });
    expect(validateProductEdit({ title: "Ваза", description: "", category_id: "pcat_x", center_ids: ["ctr_a"], status: "draft" }, approved, ["pcat_1"]).errors).toEqual({
      category_id: "sell.validation.categoryUnknown",
    });
    expect(validateProductEdit({ title: "Ваза", description: "", category_id: "pcat_1", center_ids: ["ctr_a"], status: "draft" }, approved, ["pcat_1"]).ok).toBe(true);
    expect(mapEditErrors("category_id: такой категории нет в каталоге").fields.category_id).toMatchObject({ key: "sell.validation.categoryUnknown" });
    expect(mapEditErrors("center_ids: выберите центры, где вас уже одобрил менеджер").fields.center_ids).toMatchObject({ key: "sell.validation.centersNotApproved" });
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
