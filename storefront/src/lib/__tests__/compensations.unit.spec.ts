import { describe, expect, it } from "vitest";
import { mapCompensationErrors, parseRubles, parseTarget, targetValue, validateCompensation } from "../compensations";
import { compensationsByMonth, normalizeEarnings } from "../earnings";

describe("the materials compensation form", () => {
  it("reads rubles the way people type them, kopecks at most", () => {
    expect(parseRubles("1 250,50")).toBe(1250.5);
    expect(parseRubles("1250.5 ₽")).toBe(1250.5);
    expect(parseRubles("800")).toBe(800);
    for (const bad of ["", "0", "-5", "10,123", "много", "1e3"]) expect(parseRubles(bad), bad).toBeNull();
  });

  it("carries class and session in one choice", () => {
    expect(parseTarget(targetValue("prod_1", "cls_2"))).toEqual({ product_id: "prod_1", session_id: "cls_2" });
    expect(parseTarget(targetValue("prod_1"))).toEqual({ product_id: "prod_1" });
    expect(parseTarget("prod_1|../x")).toBeNull();
  });

  it("builds the API body or names the wrong fields", () => {
    expect(validateCompensation({ target: "prod_1|cls_2", amount: "1 200", note: " глина " })).toEqual({
      body: { product_id: "prod_1", session_id: "cls_2", amount: 1200, note: "глина" },
      errors: {},
    });
    expect(validateCompensation({ target: "", amount: "", note: "x".repeat(501) }).errors).toEqual({
      target: "compensations.error.target",
      amount: "compensations.error.amountMissing",
      note: "compensations.error.noteTooLong",
    });
    expect(validateCompensation({ target: "prod_1", amount: "2000000", note: "" }).errors).toEqual({ amount: "compensations.error.amountTooBig" });
  });

  it("puts the backend's refusals at the fields (class and session share one)", () => {
    expect(mapCompensationErrors("session_id: у этого мастер-класса нет такого занятия в вашем центре; amount: не точнее копейки")).toEqual({
      fields: { target: "у этого мастер-класса нет такого занятия в вашем центре", amount: "не точнее копейки" },
      general: [],
    });
    expect(mapCompensationErrors("entry_id: эта компенсация уже отменена").general).toEqual(["эта компенсация уже отменена"]);
  });
});

describe("the artisan's earnings with compensations", () => {
  it("fills what an older backend leaves out and groups compensations by month", () => {
    const e = normalizeEarnings({ year: 2026, months: [{ month: "2026-10", gross: 100, fee: 10, net: 90, orders: 1 } as any], totals: { gross: 100, fee: 10, net: 90 } as any } as any);
    expect(e.months[0]).toMatchObject({ compensation: 0, received: 90 });
    expect(e.totals).toMatchObject({ compensation: 0, received: 90 });
    expect(e.compensations).toEqual([]);
    const c = (id: string, month: string, at: string) => ({ id, month, amount: 1, recorded_at: at, note: "", class_title: null, center_name: null });
    const grouped = compensationsByMonth([c("b", "2026-11", "2026-11-02T00:00:00Z"), c("a", "2026-10", "2026-10-02T00:00:00Z"), c("c", "2026-11", "2026-11-01T00:00:00Z")]);
    expect([...grouped].map(([m, items]) => [m, items.map((i) => i.id)])).toEqual([["2026-10", ["a"]], ["2026-11", ["c", "b"]]]);
  });
});
