// Artisans' orders: the forward-only status steps, the receipt number check, newest-first order,
// and the /sell/orders/:id loader's POST/redirect/GET against a fake js-sdk.
import { FetchError } from "@medusajs/js-sdk";
import { describe, expect, it } from "vitest";
import { NPD_CAP, npdPercent, npdWarning, parseYear } from "../earnings";
import type { Ctx } from "../http";
import type { Sdk } from "../medusa";
import { loadSellOrder, type SellOrderData } from "../pages/sell-order";
import { checkReceiptNumber, getOrderParts, newestFirst, nextPartStatus, residentStatusKey } from "../seller-orders";

const JWT = "aaa.bbb.ccc";
const ORDER_ID = "order_01ABCDEFGHJKMNPQRS";

describe("order part status", () => {
  it("moves forward only: new → ready_for_pickup → handed_over → nothing", () => {
    expect(nextPartStatus("new")).toBe("ready_for_pickup");
    expect(nextPartStatus("ready_for_pickup")).toBe("handed_over");
    expect(nextPartStatus("handed_over")).toBeNull();
  });

  it("names the resident's statuses", () => {
    expect(residentStatusKey("new")).toBe("order.part.new");
    expect(residentStatusKey("ready_for_pickup")).toBe("order.part.ready_for_pickup");
  });

  it("sorts newest first", () => {
    const sorted = newestFirst([
      { created_at: "2026-01-01T10:00:00Z", id: "a" },
      { created_at: "2026-03-01T10:00:00Z", id: "b" },
      { created_at: "2026-02-01T10:00:00Z", id: "c" },
    ]);
    expect(sorted.map((o) => o.id)).toEqual(["b", "c", "a"]);
  });
});

describe("receipt number", () => {
  it("accepts 3–40 letters, digits or dashes (spaces dropped)", () => {
    expect(checkReceiptNumber(" 20ab-c1d2 ")).toEqual({ ok: true, value: "20ab-c1d2" });
    expect(checkReceiptNumber("20 ab cd")).toEqual({ ok: true, value: "20abcd" });
    expect(checkReceiptNumber("чек-123")).toEqual({ ok: true, value: "чек-123" });
  });

  it("refuses empty, short, long and other characters", () => {
    expect(checkReceiptNumber("")).toEqual({ ok: false, error: "sellOrders.receiptRequired" });
    expect(checkReceiptNumber("ab")).toEqual({ ok: false, error: "sellOrders.receiptInvalid" });
    expect(checkReceiptNumber("a".repeat(41))).toEqual({ ok: false, error: "sellOrders.receiptInvalid" });
    expect(checkReceiptNumber("12/34")).toEqual({ ok: false, error: "sellOrders.receiptInvalid" });
  });
});

function order(status: string) {
  return {
    order_id: ORDER_ID,
    display_id: 7,
    created_at: "2026-11-02T10:00:00Z",
    status,
    handed_over_at: status === "handed_over" ? "2026-11-03T10:00:00Z" : null,
    receipt_number: null,
    pickup_center: { id: "ctr_1", handle: "maryino", name: "Марьино", address: "ул. Люблинская, 1" },
    items: [{ id: "li_1", title: "Кружка", variant_title: null, thumbnail: null, quantity: 1, unit_price: 1200 }],
    total: 1200,
    buyer: { name: "Мария", phone: "+79161234567", email: "m@example.ru" },
  };
}

function fakeSdk(handler: (path: string, init: { method?: string; body?: unknown }) => unknown) {
  const calls: { path: string; method: string; body?: unknown }[] = [];
  const sdk = {
    client: {
      fetch: async (path: string, init: { method?: string; body?: unknown } = {}) => {
        calls.push({ path, method: init.method ?? "GET", body: init.body });
        return handler(path, init);
      },
    },
  };
  return { sdk: sdk as unknown as Sdk, calls };
}

function ctxFor(sdk: Sdk, init?: { method: string; form: Record<string, string> }): Ctx {
  const url = new URL(`http://localhost/sell/orders/${ORDER_ID}`);
  const request = init
    ? new Request(url, { method: init.method, body: new URLSearchParams(init.form) })
    : new Request(url);
  const cookies = { get: (name: string) => (name === "sosedi_seller" ? { value: JWT } : undefined), set: () => {}, delete: () => {} };
  return { request, url, cookies: cookies as unknown as Ctx["cookies"], params: { id: ORDER_ID }, locals: { sdk } };
}

describe("/sell/orders/:id loader", () => {
  it("offers the next step only", async () => {
    const { sdk } = fakeSdk(() => ({ order: order("new") }));
    const data = (await loadSellOrder(ctxFor(sdk))) as SellOrderData;
    expect(data.next).toBe("ready_for_pickup");
  });

  it("marks ready and redirects (303) back with a notice", async () => {
    const { sdk, calls } = fakeSdk(() => ({ order: order("ready_for_pickup") }));
    const res = (await loadSellOrder(ctxFor(sdk, { method: "POST", form: { intent: "ready_for_pickup" } }))) as Response;
    expect(res.status).toBe(303);
    expect(res.headers.get("location")).toBe(`/sell/orders/${ORDER_ID}?done=ready_for_pickup`);
    expect(calls[0]).toMatchObject({ path: `/sellers/me/orders/${ORDER_ID}`, method: "POST", body: { status: "ready_for_pickup" } });
  });

  it("shows the backend's «status: …» refusal as an error (422)", async () => {
    const { sdk } = fakeSdk((_path, init) => {
      if (init.method === "POST") throw new FetchError("status: заказ уже передан", "Bad Request", 400);
      return { order: order("handed_over") };
    });
    const data = (await loadSellOrder(ctxFor(sdk, { method: "POST", form: { intent: "ready_for_pickup" } }))) as SellOrderData;
    expect(data.status).toBe(422);
    expect(data.error).toBe("sellOrders.errorStatus");
    expect(data.next).toBeNull();
  });

  it("checks the receipt number before sending; the backend's refusal lands on the field", async () => {
    const local = fakeSdk(() => ({ order: order("handed_over") }));
    const bad = (await loadSellOrder(ctxFor(local.sdk, { method: "POST", form: { intent: "receipt", receipt_number: "x" } }))) as SellOrderData;
    expect(bad.receiptError).toBe("sellOrders.receiptInvalid");
    expect(bad.receiptValue).toBe("x");
    expect(local.calls.filter((c) => c.method === "POST")).toHaveLength(0);

    const remote = fakeSdk((_path, init) => {
      if (init.method === "POST") throw new FetchError("receipt_number: чек выбивают после оплаты — когда заказ передан покупателю", "Bad Request", 400);
      return { order: order("handed_over") };
    });
    const refused = (await loadSellOrder(
      ctxFor(remote.sdk, { method: "POST", form: { intent: "receipt", receipt_number: "abc-123" } }),
    )) as SellOrderData;
    expect(refused.status).toBe(422);
    expect(refused.receiptError).toEqual({ text: "Чек выбивают после оплаты — когда заказ передан покупателю." });
  });

  it("an id that is not an order id is a 404 without asking the backend", async () => {
    const { sdk, calls } = fakeSdk(() => ({}));
    const ctx = ctxFor(sdk);
    ctx.params.id = "../etc";
    const res = (await loadSellOrder(ctx)) as Response;
    expect(res.status).toBe(404);
    expect(calls).toHaveLength(0);
  });
});

describe("order parts for the resident", () => {
  it("reads /store/orders/:id/parts; unknown order → none", async () => {
    const { sdk, calls } = fakeSdk((path) => {
      if (path.endsWith("/parts")) return { parts: [{ ...order("new"), seller: { handle: "nina", name: "Нина" } }] };
      throw new FetchError("Not found", "Not Found", 404);
    });
    expect(await getOrderParts(sdk, ORDER_ID)).toHaveLength(1);
    expect(calls[0].path).toBe(`/store/orders/${ORDER_ID}/parts`);
    expect(await getOrderParts(sdk, "nope")).toEqual([]);
  });
});

describe("earnings", () => {
  it("warns at 80 % of the НПД cap and again at 100 %", () => {
    expect(npdPercent(1_200_000)).toBe(50);
    expect(npdWarning(1_919_999)).toBeNull();
    expect(npdWarning(1_920_000)).toBe("earnings.npdWarning");
    expect(npdWarning(NPD_CAP)).toBe("earnings.npdExceeded");
    expect(npdWarning(3_000_000)).toBe("earnings.npdExceeded");
  });
  it("reads ?year= within reason", () => {
    const now = new Date("2026-11-15T00:00:00Z");
    expect(parseYear("2025", now)).toBe(2025);
    expect(parseYear(null, now)).toBe(2026);
    expect(parseYear("1999", now)).toBe(2026);
    expect(parseYear("2030", now)).toBe(2026);
    expect(parseYear("20x6", now)).toBe(2026);
  });
});
