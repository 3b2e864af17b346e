import { describe, expect, it } from "vitest";
import { backendQuery, safeHighlight, searchHref, searchParamsOf, searchStateFromUrl, toggled } from "../search";

const state = (query: string) => searchStateFromUrl(new URLSearchParams(query));

describe("the search page's URL", () => {
  it("reads every filter and writes the same URL back", () => {
    const q = "q=вязаные+носки&kind=class&center_id=ctr_a&center_id=ctr_b&category_id=pcat_1&price_min=100&price_max=900&date_from=2026-12-01&date_to=2026-12-31&free_seats=true&sort=nearest&lat=55.7500&lng=37.6100&radius_km=5&page=2";
    const s = state(q);
    expect(s).toMatchObject({
      q: "вязаные носки",
      kind: "class",
      centers: ["ctr_a", "ctr_b"],
      categories: ["pcat_1"],
      priceMin: 100,
      priceMax: 900,
      dateFrom: "2026-12-01",
      dateTo: "2026-12-31",
      freeSeats: true,
      sort: "nearest",
      lat: 55.75,
      lng: 37.61,
      radiusKm: 5,
      page: 2,
    });
    expect(state(searchParamsOf(s).toString())).toEqual(s);
  });

  it("drops what is malformed instead of failing, and keeps links short", () => {
    const s = state("q=%20%20мыло%20%20рядом&kind=rocket&center_id=../x&price_min=abc&price_max=-5&date_from=2026-13-45&sort=nearest&lat=91&lng=37&radius_km=5&page=0");
    expect(s).toMatchObject({ q: "мыло рядом", kind: null, centers: [], priceMin: null, priceMax: null, dateFrom: null, sort: "relevance", lat: null, radiusKm: null, page: 1 });
    expect(searchParamsOf(s).toString()).toBe(new URLSearchParams({ q: "мыло рядом" }).toString());
    // a reversed price range is turned around
    expect(state("price_min=900&price_max=100")).toMatchObject({ priceMin: 100, priceMax: 900 });
  });

  it("builds facet links that go back to the first page", () => {
    const s = state("q=керамика&page=3&center_id=ctr_a");
    expect(searchHref("/search", s, { centers: toggled(s.centers, "ctr_b") })).toBe("/search?q=%D0%BA%D0%B5%D1%80%D0%B0%D0%BC%D0%B8%D0%BA%D0%B0&center_id=ctr_a&center_id=ctr_b");
    expect(searchHref("/en/search", s, { centers: toggled(s.centers, "ctr_a"), q: "" })).toBe("/en/search");
    expect(searchHref("/search", s, { page: 4 })).toContain("page=4");
  });

  it("asks the backend with comma lists, a page size and an offset", () => {
    expect(backendQuery(state("q=мыло&center_id=ctr_a&center_id=ctr_b&page=3"), 12)).toEqual({
      q: "мыло",
      center_id: "ctr_a,ctr_b",
      limit: "12",
      offset: "24",
    });
  });
});

describe("highlighted matches", () => {
  it("keep only <mark>, so an artisan's title cannot become markup", () => {
    expect(safeHighlight("Вязаные <mark>носки</mark>")).toBe("Вязаные <mark>носки</mark>");
    expect(safeHighlight("<mark>носки</mark><script>alert(1)</script>")).toBe("<mark>носки</mark>&lt;script>alert(1)&lt;/script>");
    expect(safeHighlight('<mark onclick="x">носки</mark>')).toBe('&lt;mark onclick="x">носки');
    expect(safeHighlight(null)).toBeNull();
  });
});
