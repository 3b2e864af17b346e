// The center and product page loaders against a fake js-sdk that records every backend call.
import { FetchError } from "@medusajs/js-sdk";
import { beforeEach, describe, expect, it } from "vitest";
import { forgetRegion } from "../cart";
import type { Ctx } from "../http";
import type { Sdk } from "../medusa";
import { loadCenterPage, type CenterPageData } from "../pages/center";
import { loadProductPage, type ProductPageData } from "../pages/product";
import type { Product } from "../types";

type Routes = Record<string, (query: Record<string, unknown>) => unknown>;

function fakeSdk(routes: Routes, products: Product[] = []) {
  const calls: { path: string; query: Record<string, unknown> }[] = [];
  const sdk = {
    client: {
      fetch: async (path: string, init?: { query?: Record<string, unknown> }) => {
        const query = init?.query ?? {};
        calls.push({ path, query });
        const route = routes[path];
        if (!route) throw new FetchError("Not found", "Not Found", 404);
        return route(query);
      },
    },
    store: {
      region: {
        list: async (query: Record<string, unknown>) => {
          calls.push({ path: "/store/regions", query });
          return { regions: [{ id: "reg_ru", name: "Россия", currency_code: "rub" }] };
        },
      },
      product: {
        list: async (query: Record<string, unknown>) => {
          calls.push({ path: "/store/products", query });
          const found = products.filter((p) => !query.handle || p.handle === query.handle);
          return { products: found, count: found.length, limit: 1, offset: 0 };
        },
      },
    },
  };
  return { sdk: sdk as unknown as Sdk, calls };
}

function ctxFor(path: string, sdk: Sdk, params: Record<string, string>): Ctx {
  const url = new URL(`http://localhost${path}`);
  const cookies = { get: () => undefined, set: () => {}, delete: () => {} };
  return { request: new Request(url), url, cookies: cookies as unknown as Ctx["cookies"], params, locals: { sdk } };
}

const center = {
  id: "ctr_1",
  handle: "maryino",
  name: "Соседский центр «Марьино»",
  district: "Марьино",
  address: "ул. Люблинская, 1",
  lat: 55.65,
  lng: 37.74,
  opening_hours: null,
  phone: null,
  email: null,
  description: "",
  sales_channel_id: "sc_1",
  stock_location_id: "sloc_1",
  rooms: [],
  sellers: [{ id: "sel_1", handle: "nina", name: "Нина", bio: "", tax_status: "npd", photo_url: null }],
};

function shopPage(query: Record<string, unknown>, total = 30) {
  const offset = Number(query.offset);
  const limit = Number(query.limit);
  const products = Array.from({ length: Math.max(0, Math.min(limit, total - offset)) }, (_, i) => ({
    id: `prod_${offset + i}`,
    handle: `item-${offset + i}`,
    title: `Товар ${offset + i}`,
    thumbnail: i === 0 ? null : `https://img/${offset + i}.jpg`,
    price: i === 1 ? null : 1500,
    seller: i === 2 ? null : { handle: "nina", name: "Нина" },
  }));
  return { center: { ...center, products, products_count: total, limit, offset } };
}

beforeEach(() => forgetRegion());

describe("center page", () => {
  it("gets the center and its shop page in one request, cards with image, title, price, seller", async () => {
    const { sdk, calls } = fakeSdk({ "/store/centers/maryino": (q) => shopPage(q) });
    const data = (await loadCenterPage(ctxFor("/centers/maryino", sdk, { handle: "maryino" }))) as CenterPageData;

    expect(calls).toEqual([{ path: "/store/centers/maryino", query: { limit: 24, offset: 0 } }]);
    expect(data).toMatchObject({ count: 30, page: 1, pages: 2 });
    expect(data.products).toHaveLength(24);
    expect(data.products[0]).toEqual({
      id: "prod_0",
      handle: "item-0",
      title: "Товар 0",
      image: null,
      price: 1500,
      currency: "RUB",
      seller: { name: "Нина", handle: "nina" },
    });
    expect(data.products[1]).toMatchObject({ image: "https://img/1.jpg", price: null });
    expect(data.products[2].seller).toBeNull();
  });

  it("turns ?page=N into the offset; a page past the end is a 404", async () => {
    const { sdk, calls } = fakeSdk({ "/store/centers/maryino": (q) => shopPage(q) });
    const second = (await loadCenterPage(ctxFor("/centers/maryino?page=2", sdk, { handle: "maryino" }))) as CenterPageData;
    expect(calls[0].query).toEqual({ limit: 24, offset: 24 });
    expect(second.products.map((p) => p.id)).toEqual(["prod_24", "prod_25", "prod_26", "prod_27", "prod_28", "prod_29"]);

    const past = await loadCenterPage(ctxFor("/centers/maryino?page=3", sdk, { handle: "maryino" }));
    expect((past as Response).status).toBe(404);
  });

  it("an empty shop is one page; an unknown center is a 404", async () => {
    const { sdk } = fakeSdk({ "/store/centers/maryino": (q) => shopPage(q, 0) });
    const empty = (await loadCenterPage(ctxFor("/centers/maryino", sdk, { handle: "maryino" }))) as CenterPageData;
    expect(empty).toMatchObject({ count: 0, page: 1, pages: 1, products: [] });

    const missing = await loadCenterPage(ctxFor("/centers/nowhere", sdk, { handle: "nowhere" }));
    expect((missing as Response).status).toBe(404);
  });
});

describe("product page", () => {
  const originCenter = (id: string, stock: Record<string, number | null>) => ({
    id,
    handle: id.replace("ctr_", "c-"),
    name: `Центр ${id}`,
    district: "Марьино",
    address: "ул. Люблинская, 1",
    opening_hours: null,
    sales_channel_id: `sc_${id}`,
    stock,
  });
  const variant = (id: string, metadata: Record<string, unknown> | null = null) => ({
    id,
    title: id,
    metadata,
    manage_inventory: true,
    allow_backorder: false,
    calculated_price: { calculated_amount: 700 },
    options: [],
  });

  it("reads stock per center from the origin route: product + origin, nothing per center", async () => {
    const product: Product = {
      id: "prod_1",
      handle: "scarf",
      title: "Шарф",
      description: null,
      thumbnail: null,
      variants: [variant("v_blue"), variant("v_red")],
    };
    const { sdk, calls } = fakeSdk(
      {
        "/store/products/prod_1/origin": () => ({
          seller: null,
          centers: [originCenter("ctr_a", { v_blue: 0, v_red: 0 }), originCenter("ctr_b", { v_blue: 4, v_red: null })],
        }),
      },
      [product],
    );
    const data = (await loadProductPage(ctxFor("/products/scarf", sdk, { handle: "scarf" }))) as ProductPageData;

    expect(calls.map((c) => c.path)).toEqual(["/store/regions", "/store/products", "/store/products/prod_1/origin"]);
    expect(data.selectedCenterId).toBe("ctr_b"); // the first center with stock
    expect(data.centers.map((c) => c.available)).toEqual([0, Infinity]);
    expect(data.variants.map((v) => [v.id, v.available])).toEqual([
      ["v_blue", 4],
      ["v_red", Infinity],
    ]);
    expect(data.selectedVariantId).toBe("v_blue");
    expect(data.selectedAvailable).toBe(4);
    expect(data.canBuy).toBe(true);
  });

  it("sends a master class to its own booking page (sessions, attendee names, waitlist: issue 4)", async () => {
    const past = new Date(Date.now() - 86_400_000).toISOString();
    const product: Product = {
      id: "prod_2",
      handle: "pottery",
      title: "Гончарный круг",
      description: null,
      thumbnail: null,
      type: { id: "ptyp_1", value: "masterclass" },
      variants: [
        variant("s_late", { starts_at: "2099-12-12T08:00:00.000Z", ends_at: "2099-12-12T10:30:00.000Z" }),
        variant("s_past", { starts_at: past }),
        variant("s_soon", { starts_at: "2099-12-05T15:00:00.000Z", ends_at: "2099-12-05T17:00:00.000Z" }),
      ],
    };
    const { sdk } = fakeSdk(
      {
        "/store/products/prod_2/origin": () => ({
          seller: null,
          centers: [originCenter("ctr_a", { s_late: 6, s_past: 6, s_soon: 0 })],
        }),
      },
      [product],
    );
    const result = await loadProductPage(ctxFor("/products/pottery", sdk, { handle: "pottery" }));
    expect(result).toBeInstanceOf(Response);
    expect((result as Response).status).toBe(303);
    expect((result as Response).headers.get("location")).toBe("/classes/pottery");
  });
});
