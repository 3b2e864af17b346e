import { haversineKm, highlight, moscowDay, moscowDayStart, parseQuery, soundKeys, translit, translitWords } from "./_text"
import type { CenterInfo } from "./_documents"

/** What the store endpoint accepts (already validated). */
export type SearchParams = {
  q: string
  kind?: "goods" | "class"
  center_id?: string[]
  category_id?: string[]
  price_min?: number
  price_max?: number
  date_from?: string
  date_to?: string
  free_seats?: boolean
  sort: "relevance" | "price_asc" | "price_desc" | "soonest" | "nearest"
  lat?: number
  lng?: number
  radius_km?: number
  limit: number
  offset: number
}

export type SearchService = { search: (q: any) => Promise<any>; searchMany?: (q: any[]) => Promise<any[]> }

export const PRICE_RANGES = [
  { from: 0, to: 500 },
  { from: 500, to: 1000 },
  { from: 1000, to: 2000 },
  { from: 2000, to: 5000 },
  { from: 5000, to: undefined as number | undefined },
]

const DOC_FIELDS = [
  "id",
  "handle",
  "title",
  "description",
  "kind",
  "thumbnail",
  "price",
  "seller_name",
  "seller_handle",
  "center_ids",
  "category_ids",
  "next_session_at",
  "seats_free",
]

/** How many candidates "nearest" sorts in our layer (the Postgres provider has no geo). */
export const NEAREST_WINDOW = 500

function emptyAnswer(p: SearchParams) {
  return { hits: [], facets: { kind: [], center: [], category: [], price: [] }, count: 0, limit: p.limit, offset: p.offset }
}

/**
 * The store search: our layer on top of the Search Module. It narrows to the centers the
 * publishable key sees (and the radius), understands «рядом» and weekdays, falls back from
 * "all words" to "any word", sorts by distance itself, and highlights matches itself, so
 * the answer has one shape whichever provider serves the index.
 */
export async function runStoreSearch(
  search: SearchService,
  p: SearchParams,
  visibleCenters: CenterInfo[],
  categoryLabels: (ids: string[]) => Promise<Map<string, string>>,
  /** everyCenter: the caller sees every open center, so a document of any center is visible */
  { everyCenter = false }: { everyCenter?: boolean } = {}
) {
  const parsed = parseQuery(p.q)
  const geo = p.lat !== undefined && p.lng !== undefined ? { lat: p.lat, lng: p.lng } : null
  const distanceTo = new Map<string, number>()
  if (geo) {
    for (const c of visibleCenters) {
      distanceTo.set(c.id, haversineKm(geo.lat, geo.lng, c.lat, c.lng))
    }
  }
  let centers = visibleCenters
  if (p.center_id?.length) {
    centers = centers.filter((c) => p.center_id!.includes(c.id))
  }
  if (geo && p.radius_km !== undefined) {
    centers = centers.filter((c) => distanceTo.get(c.id)! <= p.radius_km!)
  }
  if (!centers.length) {
    return emptyAnswer(p)
  }
  const sort = p.sort === "relevance" && parsed.near && geo ? "nearest" : p.sort

  // The center filter is one JSON containment test per center, each on the whole (TOASTed)
  // document: with 40 centers it made a plain query 5× slower. Skipped when it cannot narrow.
  const narrowed = !everyCenter || centers.length < visibleCenters.length
  const and: any[] = narrowed ? [{ center_ids: { $in: centers.map((c) => c.id) } }] : []
  if (p.kind) {
    and.push({ kind: p.kind })
  }
  if (p.category_id?.length) {
    and.push({ category_ids: { $in: p.category_id } })
  }
  if (p.price_min !== undefined) {
    and.push({ price: { $gte: p.price_min } })
  }
  if (p.price_max !== undefined) {
    and.push({ price: { $lte: p.price_max } })
  }
  if (p.date_from || p.date_to) {
    // Moscow days, both inclusive: some session starting in [from 00:00, the day after `to` 00:00)
    const from = moscowDayStart(p.date_from ?? moscowDay(new Date())).getTime()
    const to = p.date_to ? moscowDayStart(p.date_to).getTime() + 86_400_000 - 1 : undefined
    and.push({ session_times: { $gte: from, ...(to !== undefined ? { $lte: to } : {}) } })
  }
  if (parsed.weekdays.length) {
    and.push({ session_weekdays: { $in: parsed.weekdays } })
  }
  if (p.free_seats) {
    and.push({ seats_free: true })
  }

  const order: Record<string, "ASC" | "DESC"> =
    sort === "price_asc"
      ? { price: "ASC" }
      : sort === "price_desc"
        ? { price: "DESC" }
        : sort === "soonest"
          ? { next_session_at: "ASC" }
          : parsed.text
            ? { _score: "DESC" }
            : { title: "ASC" }
  const nearest = sort === "nearest"
  const take = nearest ? NEAREST_WINDOW : p.limit
  const skip = nearest ? 0 : p.offset

  // 1. the words as typed, Russian stems, every word must match (precise, uses the GIN index);
  // 2. when that finds nothing: any word, typos allowed, with the Latin spelling added (see translit)
  const request = (text: string, lenient: boolean) => ({
    entity: "product",
    fields: DOC_FIELDS,
    filters: { ...(text ? { q: text } : {}), ...(and.length ? { $and: and } : {}) },
    pagination: { skip, take, order: nearest ? (text ? { _score: "DESC" } : { title: "ASC" }) : order },
    search_options: {
      ...(text ? { match_strategy: lenient ? "any" : "all", typo_tolerance: lenient } : {}),
      facets: [
        { field: "kind", type: "value", limit: 10 },
        { field: "center_ids", type: "value", limit: 100 },
        { field: "category_ids", type: "value", limit: 50 },
        { field: "price", type: "range", ranges: PRICE_RANGES.map((r, i) => ({ key: String(i), from: r.from, ...(r.to !== undefined ? { to: r.to } : {}) })) },
      ],
      count: "exact",
    },
  })

  const found = (r: any) => !!(r.metadata?.count ?? r.hits?.length)
  let result = await search.search(request(parsed.text, false))
  if (parsed.text && !found(result)) {
    // misspelt or another word form: the words' sound keys, all of them, then any of them —
    // plain tokens for the engine, so this stays on the fast full-text path
    const keys = soundKeys(parsed.text)
    if (keys) {
      result = await search.search(request(keys, false))
      if (!found(result) && keys.includes(" ")) {
        result = await search.search({ ...request(keys, false), search_options: { ...request(keys, false).search_options, match_strategy: "any" } })
      }
      // a typo in the fourth consonant («свечька» сфчк ↔ «свеча» сфч): the keys cut to three,
      // the last one as a prefix — still the full-text index, where the trigram scan below took
      // seconds on 50 000 documents
      const short = keys.split(" ").map((k) => k.slice(0, 3)).join(" ")
      if (!found(result) && short !== keys) {
        result = await search.search({ ...request(short, false), search_options: { ...request(short, false).search_options, match_strategy: "last" } })
      }
    }
  }
  if (parsed.text && !found(result)) {
    // last resort: the engine's own typo tolerance (pg_trgm on the Latin spelling; slow on big catalogs)
    result = await search.search(request(`${parsed.text} ${translitWords(parsed.text)}`.trim(), true))
  }

  const centerById = new Map(centers.map((c) => [c.id, c]))
  const terms = parsed.text.split(/\s+/).filter(Boolean)
  let hits = (result.hits ?? []).map((h: any) => {
    const d = h.document ?? h
    const hitCenters = (d.center_ids ?? []).map((id: string) => centerById.get(id)).filter(Boolean) as CenterInfo[]
    const distances = hitCenters.map((c) => distanceTo.get(c.id)).filter((x): x is number => x !== undefined)
    return {
      id: h.id ?? d.id,
      kind: d.kind,
      title: d.title,
      handle: d.handle,
      thumbnail: d.thumbnail ?? null,
      price: d.price ?? null,
      seller: { name: d.seller_name, handle: d.seller_handle },
      centers: hitCenters.map((c) => ({ id: c.id, name: c.name, handle: c.handle, district: c.district })),
      next_session_at: d.kind === "class" ? d.next_session_at ?? null : null,
      seats_free: d.kind === "class" ? !!d.seats_free : null,
      distance_km: geo && distances.length ? Math.round(Math.min(...distances) * 100) / 100 : null,
      description: d.description as string | undefined,
    }
  })
  if (nearest) {
    hits = hits
      .map((h: any, i: number) => ({ h, i }))
      .sort((a: any, b: any) => (a.h.distance_km ?? Infinity) - (b.h.distance_km ?? Infinity) || a.i - b.i)
      .map((x: any) => x.h)
      .slice(p.offset, p.offset + p.limit)
  }
  // only the page is highlighted: "nearest" sorts a window of hundreds of candidates
  hits = hits.map(({ description, ...h }: any) => ({
    ...h,
    highlight: { title: highlight(h.title, terms), description: highlight(description, terms, 200) },
  }))

  const facets = result.facets ?? {}
  const values = (f: any) => (f?.values ?? []) as { value: string; count: number }[]
  const categoryIds = values(facets.category_ids).map((v) => v.value)
  const labels = categoryIds.length ? await categoryLabels(categoryIds) : new Map()
  const count = result.metadata?.count ?? hits.length
  return {
    hits,
    facets: {
      kind: values(facets.kind).map((v) => ({ value: v.value, count: v.count })),
      center: values(facets.center_ids)
        .filter((v) => centerById.has(v.value))
        .map((v) => ({ value: v.value, label: centerById.get(v.value)!.name, count: v.count })),
      category: values(facets.category_ids).map((v) => ({ value: v.value, label: labels.get(v.value) ?? v.value, count: v.count })),
      price: PRICE_RANGES.map((r, i) => ({
        from: r.from,
        to: r.to ?? null,
        count: (facets.price?.ranges ?? []).find((x: any) => String(x.key) === String(i))?.count ?? 0,
      })),
    },
    count: nearest ? Math.min(count, NEAREST_WINDOW) : count,
    limit: p.limit,
    offset: p.offset,
  }
}

/** Typeahead: the last word is a prefix. Goods and classes first, then artisans and centers; at most 8. */
export async function runSuggest(search: SearchService, q: string, visibleCenterIds: string[]) {
  const text = parseQuery(q).text
  if (!text || !visibleCenterIds.length) {
    return { suggestions: [] }
  }
  // the documents carry a Latin spelling: prefix matching on it works for Cyrillic input too
  const latin = translit(text)
  const opts = { match_strategy: "last", typo_tolerance: true }
  const [products, sellers, centers] = await Promise.all([
    search.search({
      entity: "product",
      fields: ["id", "title", "handle", "kind"],
      filters: { q: latin, center_ids: { $in: visibleCenterIds } },
      pagination: { take: 6, order: { _score: "DESC" } },
      search_options: opts,
    }),
    search.search({
      entity: "seller",
      fields: ["id", "name", "handle"],
      filters: { q: latin },
      pagination: { take: 3, order: { _score: "DESC" } },
      search_options: opts,
    }),
    search.search({
      entity: "center",
      fields: ["id", "name", "handle"],
      filters: { q: latin, id: { $in: visibleCenterIds } },
      pagination: { take: 3, order: { _score: "DESC" } },
      search_options: opts,
    }),
  ])
  const doc = (h: any) => h.document ?? h
  const suggestions = [
    ...(products.hits ?? []).map((h: any) => ({ kind: doc(h).kind, title: doc(h).title, handle: doc(h).handle })),
    ...(sellers.hits ?? []).map((h: any) => ({ kind: "seller", title: doc(h).name, handle: doc(h).handle })),
    ...(centers.hits ?? []).map((h: any) => ({ kind: "center", title: doc(h).name, handle: doc(h).handle })),
  ].slice(0, 8)
  return { suggestions }
}
