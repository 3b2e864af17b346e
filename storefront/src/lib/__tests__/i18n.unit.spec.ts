import { describe, expect, it } from "vitest";
import { en } from "../i18n/en";
import { ru } from "../i18n/ru";
import { localeFromPath, localePath, stripLocale, t } from "../i18n";

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe("dictionaries", () => {
  it("ru and en have exactly the same keys", () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(ru).sort());
  });

  it("no message is empty", () => {
    for (const [key, value] of [...Object.entries(ru), ...Object.entries(en)]) {
      expect(value.trim(), key).not.toBe("");
    }
  });

  it("each key uses the same placeholders in both languages", () => {
    for (const key of Object.keys(ru) as (keyof typeof ru)[]) {
      expect(placeholders(en[key]), key).toEqual(placeholders(ru[key]));
    }
  });
});

describe("t()", () => {
  it("fills placeholders", () => {
    expect(t("ru", "product.inStock", { count: 3 })).toBe("В наличии: 3 шт.");
    expect(t("en", "product.inStock", { count: 3 })).toBe("In stock: 3 pcs");
  });
  it("leaves unknown placeholders visible", () => {
    expect(t("ru", "product.inStock")).toBe("В наличии: {count} шт.");
  });
  it("has the brand name", () => {
    expect(t("ru", "site.name")).toBe("Соседи.маркет");
  });
});

describe("locale paths", () => {
  it("detects /en", () => {
    expect(localeFromPath("/en")).toBe("en");
    expect(localeFromPath("/en/cart")).toBe("en");
    expect(localeFromPath("/cart")).toBe("ru");
    expect(localeFromPath("/english")).toBe("ru");
  });
  it("builds and strips prefixes", () => {
    expect(localePath("ru", "/cart")).toBe("/cart");
    expect(localePath("en", "/cart")).toBe("/en/cart");
    expect(localePath("en", "/")).toBe("/en/");
    expect(stripLocale("/en/products/x")).toBe("/products/x");
    expect(stripLocale("/en")).toBe("/");
    expect(stripLocale("/cart")).toBe("/cart");
  });
});
