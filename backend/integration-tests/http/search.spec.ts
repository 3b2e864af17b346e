import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import {
  updateInventoryLevelsWorkflow,
  updateProductsWorkflow,
  updateProductVariantsWorkflow,
} from "@medusajs/medusa/core-flows"
import { runWorkflow, seedMarket } from "../support/fixtures"
import { bearer, createManager } from "../support/actors"
import { searchIndexIdle } from "../../src/search/_indexer"
import { settleSearchTables } from "../../src/search/_settle"

const open = { validateStatus: () => true }

/**
 * The answer once the index has written every change made so far (src/search/_indexer.ts), checked
 * at once: no polling, so an update that is lost — or merely late — fails the test.
 */
async function settled<T>(fn: () => Promise<T>, check: (v: T) => boolean): Promise<T> {
  await searchIndexIdle()
  const v = await fn()
  expect(check(v), "the index has settled without this change").toBe(true)
  return v
}

medusaIntegrationTestRunner({
  cwd: process.cwd(),
  testSuite: ({ api, getContainer }) => {
    describe("GET /store/search", () => {
      let market: Awaited<ReturnType<typeof seedMarket>>
      let headers: { headers: Record<string, string> }
      const handles = (res: any) => (res.data.hits ?? []).map((h: any) => h.handle).sort()
      const search = (qs: string) => api.get(`/store/search?${qs}`, { ...headers, ...open })
      const product = (handle: string) => market.products.find((p: any) => p.handle === handle)

      beforeEach(async () => {
        // the previous test's last writes land before its data is gone and this one's arrives
        await searchIndexIdle()
        // what the app's start does: make every index active (empty); then events fill them
        await (getContainer().resolve("search") as any).reindex()
        market = await seedMarket(getContainer())
        headers = { headers: { "x-publishable-api-key": market.key.token } }
        // every document written from the seeded state, not just the first two that match
        await searchIndexIdle()
        expect((await search("q=носки")).data.count).toBe(2)
      })

      it("finds published goods and classes of approved artisans, in the contract's shape", async () => {
        const res = await search("q=носки")
        expect(res.status).toBe(200)
        expect(handles(res)).toEqual(["knit-class", "socks"])
        const socks = res.data.hits.find((h: any) => h.handle === "socks")
        expect(socks).toMatchObject({
          id: product("socks").id,
          kind: "goods",
          title: "Вязаные носки",
          price: 900,
          seller: { name: "Мария Вязальщица", handle: "maria-knits" },
          centers: [{ id: market.a.center.id, name: "Соседский центр alpha", handle: "alpha", district: "Хамовники" }],
          next_session_at: null,
          seats_free: null,
          distance_km: null,
        })
        expect(socks.highlight.title).toBe("Вязаные <mark>носки</mark>")
        const klass = res.data.hits.find((h: any) => h.handle === "knit-class")
        expect(klass).toMatchObject({ kind: "class", seats_free: true, price: 0 })
        // the soonest of the future sessions (3 days ahead), not the past one
        expect(Date.parse(klass.next_session_at) - Date.now()).toBeGreaterThan(2.5 * 24 * 3600e3)
        expect(Date.parse(klass.next_session_at) - Date.now()).toBeLessThan(3.5 * 24 * 3600e3)
        const byValue = (list: any[]) => [...list].sort((a, b) => String(a.value).localeCompare(String(b.value)))
        expect(byValue(res.data.facets.kind)).toEqual([
          { value: "class", count: 1 },
          { value: "goods", count: 1 },
        ])
        expect(res.data.facets.center).toEqual([{ value: market.a.center.id, label: "Соседский центр alpha", count: 2 }])
        expect(res.data.facets.price.find((r: any) => r.from === 500)).toEqual({ from: 500, to: 1000, count: 1 })
        expect(res.data.facets.price.find((r: any) => r.from === 0)).toEqual({ from: 0, to: 500, count: 1 })
        expect(res.data).toMatchObject({ count: 2, limit: 20, offset: 0 })
      })

      it("understands word forms and typos", async () => {
        expect(handles(await search(`q=${encodeURIComponent("носок вязанный")}`))).toContain("socks")
        expect(handles(await search(`q=${encodeURIComponent("вязаных носков")}`))).toContain("socks")
        expect(handles(await search(`q=${encodeURIComponent("носкии")}`))).toContain("socks")
        expect(handles(await search(`q=${encodeURIComponent("Вязальщица")}`))).toEqual(["knit-class", "socks"])
        expect(handles(await search(`q=${encodeURIComponent("табуретка")}`))).toEqual([])
      })

      it("never finds drafts, suspended artisans' goods or goods in no center's shop — and events keep it so", async () => {
        const container = getContainer()
        expect(handles(await search(`q=${encodeURIComponent("Черновик")}`))).toEqual([])

        // publishing the draft makes it findable, through product.updated
        await updateProductsWorkflow(container).run({ input: { selector: { id: product("draft").id }, update: { status: "published" } } })
        const published = await settled(() => search(`q=${encodeURIComponent("Черновик")}`), (r) => r.data.count === 1)
        expect(handles(published)).toEqual(["draft"])

        // suspension hides every product of the artisan; lifting it brings them back
        const sellers = container.resolve("seller") as any
        await sellers.updateSellers({ id: market.maker.id, status: "suspended" })
        const hidden = await settled(() => search("q=носки"), (r) => r.data.count === 0)
        expect(hidden.data.hits).toEqual([])
        await sellers.updateSellers({ id: market.maker.id, status: "approved" })
        const back = await settled(() => search("q=носки"), (r) => r.data.count === 2)
        expect(handles(back)).toEqual(["knit-class", "socks"])

        // curation: the manager takes the socks out of the only shop that held them
        const { token } = await createManager(container, api, "m@alpha.test", [market.a.center.id])
        const removed = await api.post(`/manage/centers/${market.a.center.id}/shop`, { remove: [product("socks").id] }, bearer(token))
        expect(removed.status).toBe(200)
        const gone = await settled(() => search("q=носки"), (r) => r.data.count === 1)
        expect(handles(gone)).toEqual(["knit-class"])
        await api.post(`/manage/centers/${market.a.center.id}/shop`, { add: [product("socks").id] }, bearer(token))
        expect(handles(await settled(() => search("q=носки"), (r) => r.data.count === 2))).toEqual(["knit-class", "socks"])

        // membership: suspended at the center → not sold there → not findable
        const member = await api.post(`/manage/centers/${market.a.center.id}/sellers/${market.maker.id}`, { status: "suspended" }, bearer(token))
        expect(member.status).toBe(200)
        expect((await settled(() => search("q=носки"), (r) => r.data.count === 0)).data.count).toBe(0)
      })

      it("forgets a deleted artisan's goods without a reindex, though the links are gone before the event", async () => {
        const container = getContainer()
        expect(handles(await search("q=носки"))).toEqual(["knit-class", "socks"])
        // what a deletion workflow does: links first, then the record, whose event comes last —
        // so the event can no longer lead from the artisan to the products
        await container.resolve(ContainerRegistrationKeys.LINK).delete({ seller: { seller_id: market.maker.id } })
        await (container.resolve("seller") as any).deleteSellers(market.maker.id)
        const gone = await settled(() => search("q=носки"), (r) => r.data.count === 0)
        expect(gone.data.hits).toEqual([])
        const suggested = await api.get(`/store/search/suggest?q=${encodeURIComponent("вязал")}`, headers)
        expect(suggested.data.suggestions.filter((s: any) => ["maria-knits", "socks", "knit-class"].includes(s.handle))).toEqual([])
      })

      it("follows title, price and seat changes without a reindex", async () => {
        const container = getContainer()
        await updateProductsWorkflow(container).run({
          input: { selector: { id: product("socks").id }, update: { title: "Шерстяные гольфы" } },
        })
        const renamed = await settled(() => search(`q=${encodeURIComponent("гольфы")}`), (r) => r.data.count === 1)
        expect(handles(renamed)).toEqual(["socks"])

        const variant = product("socks").variants[0]
        await updateProductVariantsWorkflow(container).run({
          input: { selector: { id: variant.id }, update: { prices: [{ currency_code: "rub", amount: 450 }] } },
        })
        const cheap = await settled(() => search("price_max=500&kind=goods"), (r) => r.data.count === 1)
        expect(cheap.data.hits[0]).toMatchObject({ handle: "socks", price: 450 })

        // every future session sold out → no free seats
        const query = container.resolve(ContainerRegistrationKeys.QUERY)
        const { data: levels } = await query.graph({
          entity: "inventory_level",
          fields: ["id", "inventory_item_id", "location_id", "inventory_item.variants.product_id"],
        })
        const classLevels = levels.filter((l: any) => (l.inventory_item?.variants ?? []).some((v: any) => v.product_id === product("knit-class").id))
        expect(classLevels.length).toBe(3)
        expect(handles(await search("free_seats=true"))).toEqual(["knit-class"])
        await updateInventoryLevelsWorkflow(container).run({
          input: {
            updates: classLevels.map((l: any) => ({ inventory_item_id: l.inventory_item_id, location_id: l.location_id, stocked_quantity: 0 })),
          },
        })
        const full = await settled(() => search("free_seats=true"), (r) => r.data.count === 0)
        expect(full.data.hits).toEqual([])
        expect((await search("kind=class")).data.hits[0].seats_free).toBe(false)
      })

      it("filters, sorts and pages", async () => {
        expect(handles(await search("kind=goods"))).toEqual(["socks"])
        expect(handles(await search("kind=class"))).toEqual(["knit-class"])
        expect(handles(await search(`center_id=${market.b.center.id}`))).toEqual([])
        expect(handles(await search(`center_id=${market.b.center.id},${market.a.center.id}`))).toEqual(["knit-class", "socks"])
        expect(handles(await search("price_min=100&price_max=1000"))).toEqual(["socks"])
        const soon = new Date(Date.now() + 3 * 24 * 3600e3)
        const day = (d: Date) => new Date(d.getTime() + 3 * 3600e3).toISOString().slice(0, 10)
        expect(handles(await search(`date_from=${day(soon)}&date_to=${day(soon)}`))).toEqual(["knit-class"])
        const far = new Date(Date.now() + 20 * 24 * 3600e3)
        expect(handles(await search(`date_from=${day(far)}`))).toEqual([])

        const asc = await search("sort=price_asc")
        expect(asc.data.hits.map((h: any) => h.price)).toEqual([0, 900])
        const desc = await search("sort=price_desc")
        expect(desc.data.hits.map((h: any) => h.handle)).toEqual(["socks", "knit-class"])
        const soonest = await search("sort=soonest&kind=class")
        expect(soonest.data.hits.map((h: any) => h.handle)).toEqual(["knit-class"])

        const page1 = await search("sort=price_asc&limit=1")
        const page2 = await search("sort=price_asc&limit=1&offset=1")
        expect(page1.data).toMatchObject({ count: 2, limit: 1, offset: 0 })
        expect(page1.data.hits.map((h: any) => h.handle)).toEqual(["knit-class"])
        expect(page2.data.hits.map((h: any) => h.handle)).toEqual(["socks"])
      })

      it("ranks by distance and filters by radius from the resident", async () => {
        // the fixture's centers stand at 55.75, 37.61
        const near = await search("lat=55.751&lng=37.611&radius_km=2&sort=nearest")
        expect(handles(near)).toEqual(["knit-class", "socks"])
        expect(near.data.hits[0].distance_km).toBeGreaterThan(0)
        expect(near.data.hits[0].distance_km).toBeLessThan(0.5)
        const spb = await search("lat=59.93&lng=30.31&radius_km=20")
        expect(spb.data).toMatchObject({ count: 0, hits: [] })
        // «рядом» with a position means nearest first, and is not a word to match
        const soap = await search(`q=${encodeURIComponent("носки рядом")}&lat=55.76&lng=37.62`)
        expect(handles(soap)).toEqual(["knit-class", "socks"])
        expect(soap.data.hits.every((h: any) => typeof h.distance_km === "number")).toBe(true)
      })

      it("escapes everything but the <mark> it adds", async () => {
        const container = getContainer()
        await runWorkflow(container, "create-seller-products", {
          seller_id: market.maker.id,
          products: [
            {
              title: "<script>alert(1)</script> Носки & варежки",
              handle: "xss",
              status: "published",
              description: "Тёплые <b>носки</b> \"для\" зимы",
              options: [{ title: "Вариант", values: ["один"] }],
              variants: [{ title: "один", sku: "xss-1", options: { "Вариант": "один" }, prices: [{ currency_code: "rub", amount: 300 }] }],
              sales_channels: [{ id: market.a.sales_channel_id }],
            },
          ],
        })
        const res = await settled(() => search("q=носки"), (r) => r.data.count === 3)
        const hit = res.data.hits.find((h: any) => h.handle === "xss")
        expect(hit.title).toBe("<script>alert(1)</script> Носки & варежки")
        expect(hit.highlight.title).toBe("&lt;script&gt;alert(1)&lt;/script&gt; <mark>Носки</mark> &amp; варежки")
        expect(hit.highlight.description).toBe("Тёплые &lt;b&gt;<mark>носки</mark>&lt;/b&gt; &quot;для&quot; зимы")
      })

      it("suggests goods, classes and artisans as one types", async () => {
        const res = await api.get(`/store/search/suggest?q=${encodeURIComponent("вязал")}`, headers)
        expect(res.status).toBe(200)
        expect(res.data.suggestions).toContainEqual({ kind: "seller", title: "Мария Вязальщица", handle: "maria-knits" })
        const goods = await api.get(`/store/search/suggest?q=${encodeURIComponent("вязаные но")}`, headers)
        expect(goods.data.suggestions[0]).toEqual({ kind: "goods", title: "Вязаные носки", handle: "socks" })
        expect(goods.data.suggestions.length).toBeLessThanOrEqual(8)
        const center = await api.get(`/store/search/suggest?q=${encodeURIComponent("Хамов")}`, headers)
        expect(center.data.suggestions).toContainEqual({ kind: "center", title: "Соседский центр alpha", handle: "alpha" })
      })

      it("answers bad parameters with a 400 naming the field, in Russian", async () => {
        const cases: [string, RegExp][] = [
          ["price_min=-1", /^price_min: цена — число от 0/],
          ["price_min=abc", /^price_min: /],
          ["price_min=500&price_max=100", /^price_max: /],
          ["kind=shoes", /^kind: /],
          ["sort=nearest", /^sort: .*lat/],
          ["radius_km=5", /^radius_km: /],
          ["lat=55.7", /^lng: /],
          ["lat=95&lng=37", /^lat: /],
          ["limit=51", /^limit: /],
          ["limit=0", /^limit: /],
          ["offset=-1", /^offset: /],
          ["date_from=2026-13-40", /^date_from: /],
          ["date_from=2026-12-10&date_to=2026-12-01", /^date_to: /],
          ["free_seats=maybe", /^free_seats: /],
          [`q=${"я".repeat(201)}`, /^q: /],
          ["colour=red", /^colour: /],
        ]
        for (const [qs, message] of cases) {
          const res = await search(qs)
          expect({ qs, status: res.status }).toEqual({ qs, status: 400 })
          expect(res.data.message).toMatch(message)
        }
        const noKey = await api.get("/store/search?q=носки", open)
        expect(noKey.status).toBe(400)
      })

      it("settles the product table after a bulk load: the full-text index's pending list merged", async () => {
        const pg = getContainer().resolve(ContainerRegistrationKeys.PG_CONNECTION) as any
        await pg.raw("create extension if not exists pageinspect")
        const { rows: [catalog] } = await pg.raw(
          `select p.table_name from search_index i join search_index_version v on v.search_index_id = i.id and v.version = i.active_version
             join search_postgres_index p on p.name = v.physical_name where i.name = 'product' and i.deleted_at is null`
        )
        const { rows: [gin] } = await pg.raw(
          `select indexrelid::regclass::text as name from pg_index i join pg_am a on a.oid = (select relam from pg_class where oid = i.indexrelid)
            where indrelid = ?::regclass and a.amname = 'gin' and pg_get_indexdef(indexrelid) ~ 'search_vector|tsvector'
            order by 1 limit 1`,
          [catalog.table_name]
        )
        const pending = async () =>
          Number((await pg.raw(`select n_pending_tuples from gin_metapage_info(get_raw_page(?, 0))`, [gin.name])).rows[0].n_pending_tuples)
        expect(await pending()).toBeGreaterThan(0)
        expect(await settleSearchTables(pg, ["product"])).toEqual(["product"])
        expect(await pending()).toBe(0)
      })
    })
  },
})
