import type { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { buildDemoData } from "../scripts/demo-data"
import { moscowWeekday, soundKeys, translit } from "./_text"
import { runStoreSearch } from "./_query"
import { settleSearchTables } from "./_settle"

/**
 * The in-Medusa half of `npm run bench:search` (scripts/bench-search.mjs runs it with
 * `medusa exec` against its own database): BENCH_DOCS realistic documents into the product
 * index through the Search Module, then a fixed query mix through our store-search layer.
 * Prints one JSON line prefixed "BENCH " on stdout.
 */
export default async function bench({ container }: ExecArgs) {
  const total = Number(process.env.BENCH_DOCS || 50_000)
  const rounds = Number(process.env.BENCH_ROUNDS || 5)
  const search = container.resolve(Modules.SEARCH) as any
  await search.reindex({ index: "product" }) // empty catalog: makes a fresh, active index

  const now = new Date()
  const demo = buildDemoData(now)
  let seed = 42
  const rnd = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31)
  const pick = <T>(a: T[]) => a[Math.floor(rnd() * a.length)]
  // 40 centers around Moscow
  const centers = Array.from({ length: 40 }, (_, i) => ({
    id: `ctr_b${i}`,
    name: `Соседский центр №${i + 1}`,
    handle: `c${i}`,
    district: pick(demo.centers).district,
    lat: 55.55 + rnd() * 0.35,
    lng: 37.35 + rnd() * 0.5,
    sales_channel_id: `sc_b${i}`,
    status: "active",
  }))
  const categories = new Map(demo.categories.map((c) => [c.handle, c.name]))
  const extras = ["ручной работы", "в подарок", "для дома", "для детей", "большой", "маленький", "синий", "зелёный", "с узором", "из льна", "из шерсти", "ёлочный"]
  const docs: any[] = []
  for (let i = 0; i < total; i++) {
    const isClass = rnd() < 0.1
    const base = isClass ? pick(demo.classes) : pick(demo.products)
    const title = `${base.title} ${rnd() < 0.5 ? pick(extras) : ""}`.trim()
    const category = isClass ? "Мастер-классы" : categories.get((base as any).category_handle) ?? ""
    const sessionAt = isClass ? new Date(now.getTime() + (1 + rnd() * 40) * 86400e3) : null
    const centerIds = [pick(centers).id, ...(rnd() < 0.3 ? [pick(centers).id] : [])]
    const description = (base as any).description?.slice(0, 300) ?? ""
    const seller = pick(demo.sellers)
    docs.push({
      id: `prod_b${String(i).padStart(6, "0")}`,
      handle: `bench-${i}`,
      title,
      description,
      translit: translit(`${title} ${description} ${category} ${seller.name}`),
      sounds: soundKeys(`${title} ${category} ${seller.name}`),
      category_names: [category],
      category_ids: [`cat_${(base as any).category_handle ?? "class"}`],
      kind: isClass ? "class" : "goods",
      seller_name: seller.name,
      seller_handle: seller.handle,
      seller_id: seller.handle,
      center_ids: [...new Set(centerIds)],
      center_names: [],
      center_geo: [],
      price: Math.round(150 + rnd() * 5850),
      next_session_at: sessionAt?.toISOString() ?? null,
      session_times: sessionAt ? [sessionAt.getTime()] : [],
      session_weekdays: sessionAt ? [moscowWeekday(sessionAt)] : [],
      seats_free: isClass ? rnd() < 0.7 : null,
      thumbnail: null,
    })
  }

  const batch = 1000
  const t0 = performance.now()
  for (let i = 0; i < docs.length; i += batch) {
    await search.upsertDocuments({ index: "product", documents: docs.slice(i, i + batch) })
    if ((i / batch) % 10 === 9) process.stderr.write(`indexing ${Math.min(i + batch, docs.length)}/${docs.length} (${Math.round((performance.now() - t0) / 1000)} s)\n`)
  }
  const indexSeconds = (performance.now() - t0) / 1000
  // what `npm run search:reindex` does after a rebuild (not counted in the indexing rate)
  await settleSearchTables(container.resolve(ContainerRegistrationKeys.PG_CONNECTION), ["product"])
  process.stderr.write(`indexed ${docs.length} in ${indexSeconds.toFixed(1)} s; queries…\n`)

  const labels = async (ids: string[]) => new Map(ids.map((id) => [id, id]))
  const mix: Record<string, any[]> = {
    plain: ["вязаные носки", "керамика", "мыло", "свеча", "разделочная доска", "пряники", "серьги"].map((q) => ({ q })),
    typo: ["кирамика", "носок вязанный", "варешки", "свечька", "прянеки"].map((q) => ({ q })),
    filters_facets: [
      { q: "носки", kind: "goods", price_min: 300, price_max: 2000 },
      { q: "", kind: "class", free_seats: true, sort: "soonest" },
      { q: "керамика", category_id: ["cat_keramika"], sort: "price_asc" },
      { q: "", center_id: [centers[0].id, centers[1].id], price_max: 1000 },
    ],
    geo: [
      { q: "мыло", lat: 55.75, lng: 37.6, radius_km: 5 },
      { q: "носки рядом", lat: 55.7, lng: 37.5 },
      { q: "", lat: 55.8, lng: 37.7, radius_km: 3, sort: "nearest" },
    ],
  }
  // the 40 generated centers are all there are, as the store key of a one-city marketplace sees them
  const run = (p: any) => runStoreSearch(search, { q: "", sort: "relevance", limit: 20, offset: 0, ...p }, centers as any, labels, { everyCenter: true })
  for (const list of Object.values(mix)) for (const p of list) await run(p) // warm-up
  const times: Record<string, number[]> = {}
  const all: number[] = []
  let hits = 0
  for (let r = 0; r < rounds; r++) {
    for (const [kind, list] of Object.entries(mix)) {
      for (const p of list) {
        const t = performance.now()
        const res = await run(p)
        const ms = performance.now() - t
        hits += res.hits.length
        ;(times[kind] ??= []).push(ms)
        all.push(ms)
      }
    }
  }
  const pct = (a: number[], q: number) => {
    const s = [...a].sort((x, y) => x - y)
    return Math.round(s[Math.min(s.length - 1, Math.floor(q * s.length))] * 10) / 10
  }
  const summary = {
    documents: docs.length,
    index_seconds: Math.round(indexSeconds * 10) / 10,
    docs_per_second: Math.round(docs.length / indexSeconds),
    queries: all.length,
    avg_hits: Math.round((hits / all.length) * 10) / 10,
    all: { p50: pct(all, 0.5), p95: pct(all, 0.95) },
    ...Object.fromEntries(Object.entries(times).map(([k, v]) => [k, { p50: pct(v, 0.5), p95: pct(v, 0.95) }])),
  }
  process.stdout.write(`BENCH ${JSON.stringify(summary)}\n`)
}
