import { describe, expect, it } from "vitest";
import { figureText, monthQuery } from "../impact-monthly";
import { monthError } from "../pages/manage-center-impact-monthly";

describe("monthly indicators report helpers", () => {
  it("reads a hidden count as «fewer than», any other hidden figure as hidden, no data as none", () => {
    expect(figureText({ value: null, suppressed: true }, "count", 3)).toEqual({ kind: "fewer", than: 3 });
    expect(figureText({ value: null, suppressed: true }, "count", 3, true)).toEqual({ kind: "hidden" });
    expect(figureText({ value: null, suppressed: true }, "share", 3)).toEqual({ kind: "hidden" });
    expect(figureText({ value: null, suppressed: false }, "average", 3)).toEqual({ kind: "none" });
    expect(figureText({ value: 0, suppressed: false }, "count", 3)).toEqual({ kind: "number", value: 0 });
    expect(figureText({ value: 0.6, suppressed: false }, "share", 3)).toEqual({ kind: "number", value: 0.6 });
  });

  it("sends only a typed month and shows the backend's words about a bad one", () => {
    expect(monthQuery(" 2026-03 ")).toEqual({ month: "2026-03" });
    expect(monthQuery("")).toEqual({});
    expect(monthQuery(null)).toEqual({});
    expect(monthError("month: месяц в формате ГГГГ-ММ, например 2026-03")).toBe("месяц в формате ГГГГ-ММ, например 2026-03");
    expect(monthError("format: допустимо json или csv; month: месяц в формате ГГГГ-ММ")).toBe("месяц в формате ГГГГ-ММ");
  });
});
