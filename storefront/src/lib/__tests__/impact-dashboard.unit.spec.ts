import { describe, expect, it } from "vitest";
import { barChart, isImpactTable, periodQuery } from "../impact-dashboard";
import { periodErrors } from "../pages/manage-center-impact";

describe("impact dashboard helpers", () => {
  it("scales bars to the largest value and keeps zero bars flat on the baseline", () => {
    const chart = barChart([{ label: "янв", value: 2 }, { label: "фев", value: 0 }, { label: "мар", value: 4 }], { barWidth: 30, gap: 10, plotHeight: 100 });
    expect(chart.max).toBe(4);
    expect(chart.width).toBe(10 + 3 * 40);
    expect(chart.bars.map((b) => [b.x, b.height, b.y])).toEqual([
      [10, 50, chart.baseline - 50],
      [50, 0, chart.baseline],
      [90, 100, chart.baseline - 100],
    ]);
    expect(barChart([{ label: "янв", value: 0 }]).bars[0].height).toBe(0);
  });

  it("sends only the typed period and maps the backend's refusal to the fields", () => {
    expect(periodQuery({ from: " 2026-01-01 ", to: "" })).toEqual({ from: "2026-01-01" });
    expect(isImpactTable("monthly")).toBe(true);
    expect(isImpactTable("people")).toBe(false);
    expect(periodErrors("from: дата в формате ГГГГ-ММ-ДД; to: конец периода раньше его начала")).toEqual({
      from: { key: "impactDash.error.from", detail: "дата в формате ГГГГ-ММ-ДД" },
      to: { key: "impactDash.error.to", detail: "конец периода раньше его начала" },
    });
  });
});
