import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { runStoreSearch, type SearchService } from "../../src/search/_query"

/**
 * One contract for every configured search provider: the Postgres one always, Meilisearch when
 * MEILISEARCH_HOST is set. Each runs against a fresh physical index built from the real `product`
 * definition, both directly (the provider interface) and through our store-search layer, whose
 * answer must be the same whichever provider serves it.
 */
const PROVIDERS = [
  { id: "search-postgres", enabled: true },
  { id: "meilisearch", enabled: !!process.env.MEILISEARCH_HOST },
]

const CENTERS = [
  { id: "ctr_near", name: "Центр рядом", handle: "near", district: "Хамовники", lat: 55.73, lng: 37.57, sales_channel_id: "sc_near", status: "active" },
  { id: "ctr_far", name: "Центр далеко", handle: "far", district: "Митино", lat: 55.8455, lng: 37.361, sales_channel_id: "sc_far", status: "active" },
]

function doc(over: Record<string, any>) {
  return {
    description: "",
    translit: "",
    category_names: [],
    category_ids: [],
    kind: "goods",
    seller_name: "Мастер",
    seller_handle: "master",
    seller_id: "sel_1",
    center_ids: ["ctr_near"],
    center_names: [],
    center_geo: [],
    price: 500,
    next_session_at: null,
    session_times: [],
    session_weekdays: [],
    seats_free: null,
    thumbnail: null,
    ...over,
  }
}

const DOCS = [
  doc({ id: "p1", handle: "socks", title: "Вязаные носки", description: "Тёплые носки из шерсти", translit: "vyazanye noski", category_ids: ["cat_knit"], price: 900 }),
  doc({ id: "p2", handle: "hat", title: "Вязаная шапка", translit: "vyazanaya shapka", category_ids: ["cat_knit"], price: 1500, center_ids: ["ctr_far"] }),
  doc({ id: "p3", handle: "mug", title: "Керамическая кружка", translit: "keramicheskaya kruzhka keramika", category_names: ["Керамика"], category_ids: ["cat_ceramics"], price: 1100, center_ids: ["ctr_near", "ctr_far"] }),
  doc({ id: "p4", handle: "soap", title: "Лавандовое мыло", translit: "lavandovoe mylo", category_ids: ["cat_soap"], price: 400, center_ids: ["ctr_far"] }),
  doc({
    id: "p5", handle: "pottery", title: "Гончарный круг", translit: "goncharnyy krug keramika", kind: "class", category_names: ["Керамика"], category_ids: ["cat_ceramics"], price: 2200,
    next_session_at: "2026-12-05T09:00:00.000Z", session_times: [Date.parse("2026-12-05T09:00:00.000Z"), Date.parse("2026-12-19T09:00:00.000Z")], session_weekdays: ["sat"], seats_free: true,
  }),
  doc({
    id: "p6", handle: "knit-class", title: "Вяжем носки", translit: "vyazhem noski", kind: "class", category_ids: ["cat_knit"], price: 0,
    next_session_at: "2026-12-02T09:00:00.000Z", session_times: [Date.parse("2026-12-02T09:00:00.000Z")], session_weekdays: ["wed"], seats_free: false, center_ids: ["ctr_far"],
  }),
]

medusaIntegrationTestRunner({
  cwd: process.cwd(),
  testSuite: ({ getContainer }) => {
    for (const p of PROVIDERS) {
      describe.skipIf(!p.enabled)(`search provider contract: ${p.id}`, () => {
        let provider: any
        let definition: any
        let service: SearchService

        beforeAll(async () => {
          const module = getContainer().resolve("search") as any
          provider = module.searchProviderService_.retrieve(p.id)
          const product = module.getIndex("product")
          definition = { ...product, provider: p.id, physical_name: `contract_${p.id.replace(/\W/g, "_")}_${Date.now()}` }
          await provider.upsertIndex({ index: definition })
          await provider.upsertDocuments({ index: definition.physical_name, definition, documents: DOCS })
          // the module's query → the provider's (as the Search Module hands it over)
          const toProvider = (q: any) => {
            const { q: text, ...filters } = q.filters ?? {}
            return { ...q, index: definition, attributes_to_retrieve: q.fields ?? [], q: text, filters }
          }
          service = { search: (q: any) => provider.search(toProvider(q)) }
        })

        afterAll(async () => {
          await provider?.deleteIndex({ index: definition.physical_name }).catch(() => undefined)
        })

        const store = (params: Record<string, any>) =>
          runStoreSearch(service, { q: "", sort: "relevance", limit: 20, offset: 0, ...params } as any, CENTERS as any, async (ids) => new Map(ids.map((i) => [i, i.toUpperCase()])))
        const handles = (r: any) => r.hits.map((h: any) => h.handle)

        it("indexes and finds by text, Russian word forms included", async () => {
          expect(handles(await store({ q: "носки" })).sort()).toEqual(["knit-class", "socks"])
          expect(handles(await store({ q: "вязаных носков" }))).toContain("socks")
          expect(handles(await store({ q: "кружку" }))).toEqual(["mug"])
        })

        it("updates and deletes documents", async () => {
          await provider.upsertDocuments({ index: definition.physical_name, definition, documents: [{ ...DOCS[3], title: "Дегтярное мыло", translit: "degtyarnoe mylo" }] })
          const soap = await store({ q: "дегтярное" })
          expect(soap.hits.map((h: any) => [h.handle, h.title])).toEqual([["soap", "Дегтярное мыло"]])
          await provider.deleteDocuments({ index: definition.physical_name, filters: { id: ["p4"] } })
          expect((await store({ q: "мыло" })).count).toBe(0)
          await provider.upsertDocuments({ index: definition.physical_name, definition, documents: [DOCS[3]] })
          expect(handles(await store({ q: "мыло" }))).toEqual(["soap"])
        })

        it("filters by kind, center, category, price, dates and free seats", async () => {
          expect(handles(await store({ kind: "class" })).sort()).toEqual(["knit-class", "pottery"])
          expect(handles(await store({ center_id: ["ctr_near"] })).sort()).toEqual(["mug", "pottery", "socks"])
          expect(handles(await store({ category_id: ["cat_ceramics"] })).sort()).toEqual(["mug", "pottery"])
          expect(handles(await store({ price_min: 500, price_max: 1200 })).sort()).toEqual(["mug", "socks"])
          expect(handles(await store({ date_from: "2026-12-04", date_to: "2026-12-06" }))).toEqual(["pottery"])
          // one session inside the dates, not one before and another after them
          expect(handles(await store({ date_from: "2026-12-06", date_to: "2026-12-18" }))).toEqual([])
          expect(handles(await store({ date_from: "2026-12-19", date_to: "2026-12-19" }))).toEqual(["pottery"])
          expect(handles(await store({ date_from: "2026-12-02" })).sort()).toEqual(["knit-class", "pottery"])
          expect(handles(await store({ free_seats: true }))).toEqual(["pottery"])
          expect(handles(await store({ q: "керамика в субботу" }))).toEqual(["pottery"])
        })

        it("counts facets over the matches", async () => {
          const r = await store({ q: "носки" })
          const kinds = Object.fromEntries(r.facets.kind.map((f: any) => [f.value, f.count]))
          expect(kinds).toEqual({ goods: 1, class: 1 })
          const centers = Object.fromEntries(r.facets.center.map((f: any) => [f.value, f.count]))
          expect(centers).toEqual({ ctr_near: 1, ctr_far: 1 })
          expect(r.facets.category).toEqual([{ value: "cat_knit", label: "CAT_KNIT", count: 2 }])
          const all = await store({})
          expect(all.facets.price.map((x: any) => x.count)).toEqual([2, 1, 2, 1, 0])
        })

        it("sorts by price and by the soonest session", async () => {
          expect((await store({ sort: "price_asc" })).hits.map((h: any) => h.price)).toEqual([0, 400, 900, 1100, 1500, 2200])
          expect((await store({ sort: "price_desc" })).hits.map((h: any) => h.price)).toEqual([2200, 1500, 1100, 900, 400, 0])
          expect(handles(await store({ sort: "soonest", kind: "class" }))).toEqual(["knit-class", "pottery"])
        })

        it("sorts by distance and filters by radius", async () => {
          const near = await store({ lat: 55.73, lng: 37.57, sort: "nearest" })
          const d = near.hits.map((h: any) => h.distance_km)
          expect(d).toEqual([...d].sort((a: number, b: number) => a - b))
          expect(near.hits[0].distance_km).toBeLessThan(0.1)
          expect(handles(near).slice(-3).sort()).toEqual(["hat", "knit-class", "soap"])
          const radius = await store({ lat: 55.73, lng: 37.57, radius_km: 5 })
          expect(handles(radius).sort()).toEqual(["mug", "pottery", "socks"])
          expect(radius.hits.find((h: any) => h.handle === "mug").centers.map((c: any) => c.handle)).toEqual(["near"])
        })

        it("pages with a count", async () => {
          const a = await store({ sort: "price_asc", limit: 4, offset: 0 })
          const b = await store({ sort: "price_asc", limit: 4, offset: 4 })
          expect(a.count).toBe(6)
          expect(a.hits).toHaveLength(4)
          expect(b.hits.map((h: any) => h.price)).toEqual([1500, 2200])
          expect(new Set([...handles(a), ...handles(b)]).size).toBe(6)
        })

        it("highlights the same way", async () => {
          const r = await store({ q: "носки" })
          expect(r.hits.find((h: any) => h.handle === "socks").highlight).toEqual({
            title: "Вязаные <mark>носки</mark>",
            description: "Тёплые <mark>носки</mark> из шерсти",
          })
        })
      })
    }
  },
})
