// /search?q=… — results for goods and master classes with facets; every filter is in the URL.
// «Near me» arrives as lat/lng (the browser's location, by the island) or as `near=<center id>`
// (a plain form: the center's own coordinates), which is turned into lat/lng once by a redirect.
import { listCenters } from "../centers";
import { pageLocale, seeOther, type Ctx } from "../http";
import { localePath } from "../i18n";
import { httpStatus, orFallback, sdkFor } from "../medusa";
import {
  isFiltered,
  searchCatalog,
  searchHref,
  searchStateFromUrl,
  SEARCH_PAGE_SIZE,
  type SearchResult,
  type SearchState,
} from "../search";
import type { Center } from "../types";
import type { BasePageData } from "./common";

export interface SearchPageData extends BasePageData {
  status?: number;
  state: SearchState;
  /** null: nothing asked yet (an empty box, no filters) */
  result: SearchResult | null;
  /** the backend refused the question (a 400) */
  refused: boolean;
  pages: number;
  centers: Center[];
  /** the localized /search */
  base: string;
}

export async function loadSearchPage(ctx: Ctx): Promise<Response | SearchPageData> {
  const locale = pageLocale(ctx);
  const sdk = sdkFor(ctx.locals);
  const base = localePath(locale, "/search");
  const state = searchStateFromUrl(ctx.url.searchParams);
  const centers = await orFallback(listCenters(sdk), [], "centers");

  const near = ctx.url.searchParams.get("near");
  if (near) {
    const center = centers.find((c) => c.id === near);
    const change: Partial<SearchState> = center
      ? { lat: center.lat, lng: center.lng, sort: "nearest" }
      : { lat: null, lng: null, radiusKm: null, sort: state.sort === "nearest" ? "relevance" : state.sort };
    return seeOther(searchHref(base, state, change));
  }

  const data: SearchPageData = { locale, state, result: null, refused: false, pages: 1, centers, base };
  if (!state.q && !isFiltered(state) && state.sort === "relevance") return data;
  try {
    data.result = await searchCatalog(sdk, state);
  } catch (error) {
    if (httpStatus(error) !== 400) throw error;
    data.refused = true;
    data.status = 400;
    return data;
  }
  data.pages = Math.max(1, Math.ceil(data.result.count / SEARCH_PAGE_SIZE));
  if (state.page > data.pages && data.result.count > 0) return seeOther(searchHref(base, state, { page: data.pages }));
  return data;
}
