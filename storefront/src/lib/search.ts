// Search over goods and master classes (`GET /store/search`, `GET /store/search/suggest`), and the
// page's state as a URL: every filter lives in the query string, so a search can be shared, bookmarked
// and walked back with the browser's back button.
import { storeGet, type Sdk } from "./medusa";

export type SearchKind = "goods" | "class";
export type SearchSort = "relevance" | "price_asc" | "price_desc" | "soonest" | "nearest";
export const SEARCH_SORTS: readonly SearchSort[] = ["relevance", "price_asc", "price_desc", "soonest", "nearest"];
export const SEARCH_PAGE_SIZE = 12;
export const RADII_KM = [1, 3, 5, 10] as const;

export interface SearchHit {
  id: string;
  kind: SearchKind;
  title: string;
  handle: string;
  thumbnail: string | null;
  price: number | null;
  seller: { name: string; handle: string } | null;
  centers: { id: string; name: string; handle: string; district: string }[];
  next_session_at: string | null;
  seats_free: boolean | null;
  distance_km: number | null;
  /** HTML from the backend: escaped text with <mark> around matched words */
  highlight: { title?: string | null; description?: string | null } | null;
}

export interface FacetValue {
  value: string;
  label?: string;
  count: number;
}

export interface SearchResult {
  hits: SearchHit[];
  facets: {
    kind?: FacetValue[];
    center?: FacetValue[];
    category?: FacetValue[];
    price?: { from: number | null; to: number | null; count: number }[];
  };
  count: number;
  limit: number;
  offset: number;
}

export interface Suggestion {
  kind: "goods" | "class" | "seller" | "center";
  title: string;
  handle: string;
}

/** What the search page was asked for, checked; anything malformed is dropped, not an error. */
export interface SearchState {
  q: string;
  kind: SearchKind | null;
  centers: string[];
  categories: string[];
  priceMin: number | null;
  priceMax: number | null;
  dateFrom: string | null;
  dateTo: string | null;
  freeSeats: boolean;
  sort: SearchSort;
  lat: number | null;
  lng: number | null;
  radiusKm: number | null;
  page: number;
}

const ID = /^[A-Za-z0-9_-]{1,100}$/;
const DAY = /^\d{4}-\d{2}-\d{2}$/;

function number(raw: string | null, min: number, max: number): number | null {
  if (raw === null || raw.trim() === "") return null;
  const n = Number(raw.replace(",", ".").replace(/\s/g, ""));
  return Number.isFinite(n) && n >= min && n <= max ? n : null;
}

function list(params: URLSearchParams, name: string): string[] {
  const all = params.getAll(name).flatMap((v) => v.split(","));
  return [...new Set(all.map((v) => v.trim()).filter((v) => ID.test(v)))].slice(0, 20);
}

export function searchStateFromUrl(params: URLSearchParams): SearchState {
  const kind = params.get("kind");
  const sort = params.get("sort") as SearchSort | null;
  const lat = number(params.get("lat"), -90, 90);
  const lng = number(params.get("lng"), -180, 180);
  const located = lat !== null && lng !== null;
  const day = (name: string) => {
    const v = params.get(name);
    return v && DAY.test(v) && !Number.isNaN(Date.parse(`${v}T00:00:00Z`)) ? v : null;
  };
  let priceMin = number(params.get("price_min"), 0, 1_000_000);
  let priceMax = number(params.get("price_max"), 0, 1_000_000);
  if (priceMin !== null && priceMax !== null && priceMin > priceMax) [priceMin, priceMax] = [priceMax, priceMin];
  const radius = number(params.get("radius_km"), 0.1, 100);
  const page = Math.floor(number(params.get("page"), 1, 1000) ?? 1);
  return {
    q: (params.get("q") ?? "").trim().replace(/\s+/g, " ").slice(0, 200),
    kind: kind === "goods" || kind === "class" ? kind : null,
    centers: list(params, "center_id"),
    categories: list(params, "category_id"),
    priceMin,
    priceMax,
    dateFrom: day("date_from"),
    dateTo: day("date_to"),
    freeSeats: params.get("free_seats") === "true",
    // «nearest» without a place to measure from falls back to relevance
    sort: sort && SEARCH_SORTS.includes(sort) && (sort !== "nearest" || located) ? sort : "relevance",
    lat: located ? lat : null,
    lng: located ? lng : null,
    radiusKm: located ? radius : null,
    page,
  };
}

/** The page's own URL for a state (defaults left out, so links stay short and canonical). */
export function searchParamsOf(state: SearchState): URLSearchParams {
  const p = new URLSearchParams();
  if (state.q) p.set("q", state.q);
  if (state.kind) p.set("kind", state.kind);
  for (const c of state.centers) p.append("center_id", c);
  for (const c of state.categories) p.append("category_id", c);
  if (state.priceMin !== null) p.set("price_min", String(state.priceMin));
  if (state.priceMax !== null) p.set("price_max", String(state.priceMax));
  if (state.dateFrom) p.set("date_from", state.dateFrom);
  if (state.dateTo) p.set("date_to", state.dateTo);
  if (state.freeSeats) p.set("free_seats", "true");
  if (state.sort !== "relevance") p.set("sort", state.sort);
  if (state.lat !== null && state.lng !== null) {
    p.set("lat", state.lat.toFixed(4));
    p.set("lng", state.lng.toFixed(4));
    if (state.radiusKm !== null) p.set("radius_km", String(state.radiusKm));
  }
  if (state.page > 1) p.set("page", String(state.page));
  return p;
}

/** A link that changes some of the state; any change of filters goes back to the first page. */
export function searchHref(base: string, state: SearchState, change: Partial<SearchState>): string {
  const next = { ...state, page: 1, ...change };
  const query = searchParamsOf(next).toString();
  return query ? `${base}?${query}` : base;
}

/** Add or remove one value of a multi-valued filter (centers, categories). */
export function toggled(values: string[], value: string): string[] {
  return values.includes(value) ? values.filter((v) => v !== value) : [...values, value];
}

/** The backend's query for a state (several centers or categories as one comma list). */
export function backendQuery(state: SearchState, limit = SEARCH_PAGE_SIZE): Record<string, string> {
  const p = searchParamsOf({ ...state, page: 1 });
  const query: Record<string, string> = {};
  for (const key of new Set(p.keys())) query[key] = p.getAll(key).join(",");
  query.limit = String(limit);
  query.offset = String((state.page - 1) * limit);
  return query;
}

export function isFiltered(state: SearchState): boolean {
  return (
    !!state.kind ||
    state.centers.length > 0 ||
    state.categories.length > 0 ||
    state.priceMin !== null ||
    state.priceMax !== null ||
    !!state.dateFrom ||
    !!state.dateTo ||
    state.freeSeats ||
    state.radiusKm !== null
  );
}

export async function searchCatalog(sdk: Sdk, state: SearchState): Promise<SearchResult> {
  return storeGet<SearchResult>(sdk, "/store/search", backendQuery(state));
}

export async function suggest(sdk: Sdk, q: string): Promise<Suggestion[]> {
  const { suggestions } = await storeGet<{ suggestions: Suggestion[] }>(sdk, "/store/search/suggest", { q });
  return suggestions ?? [];
}

/** Where a hit's card leads: a master class has its own booking page. */
export function hitPath(hit: Pick<SearchHit, "kind" | "handle">): string {
  return hit.kind === "class" ? `/classes/${hit.handle}` : `/products/${hit.handle}`;
}

export function suggestionPath(s: Suggestion): string {
  if (s.kind === "seller") return `/sellers/${s.handle}`;
  if (s.kind === "center") return `/centers/${s.handle}`;
  return s.kind === "class" ? `/classes/${s.handle}` : `/products/${s.handle}`;
}

/**
 * The backend's highlight is escaped text with <mark> tags; keep only that, so nothing else the
 * backend (or an artisan's title) holds can become markup on our page.
 */
export function safeHighlight(html: string | null | undefined): string | null {
  if (!html) return null;
  const marks = html.replace(/<(?!\/?mark>)/gi, "&lt;");
  const open = (marks.match(/<mark>/gi) ?? []).length;
  const close = (marks.match(/<\/mark>/gi) ?? []).length;
  return open === close ? marks : marks.replace(/<\/?mark>/gi, "");
}
