import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { linkSalesChannelsToApiKeyWorkflow } from "@medusajs/medusa/core-flows"
import { seedMarket } from "../support/fixtures"

const open = { validateStatus: () => true }

medusaIntegrationTestRunner({
  cwd: process.cwd(),
  testSuite: ({ api, getContainer }) => {
    describe("store catalog routes", () => {
      let market: Awaited<ReturnType<typeof seedMarket>>
      let headers: Record<string, string>

      beforeEach(async () => {
        market = await seedMarket(getContainer())
        headers = { "x-publishable-api-key": market.key.token }
      })

      it("lists the centers visible to the key, with their shop and pickup point", async () => {
        const res = await api.get("/store/centers", { headers })
        expect(res.status).toBe(200)
        expect(res.data.count).toBe(2)
        const alpha = res.data.centers.find((c: any) => c.handle === "alpha")
        expect(alpha).toMatchObject({
          district: "Хамовники",
          sales_channel_id: market.a.sales_channel_id,
          stock_location_id: market.a.stock_location_id,
          opening_hours: expect.objectContaining({ mon: null, tue: ["10:00", "21:00"] }),
        })

        const byDistrict = await api.get("/store/centers?district=Марьино", { headers })
        expect(byDistrict.data.centers.map((c: any) => c.handle)).toEqual(["beta"])

        const byChannel = await api.get(`/store/centers?sales_channel_id=${market.a.sales_channel_id}`, { headers })
        expect(byChannel.data.centers.map((c: any) => c.handle)).toEqual(["alpha"])
      })

      it("hides centers whose shop the key does not cover", async () => {
        await linkSalesChannelsToApiKeyWorkflow(getContainer()).run({
          input: { id: market.key.id, remove: [market.b.sales_channel_id] },
        })
        const res = await api.get("/store/centers", { headers })
        expect(res.data.centers.map((c: any) => c.handle)).toEqual(["alpha"])
        const beta = await api.get("/store/centers/beta", { headers, ...open })
        expect(beta.status).toBe(404)
      })

      it("rejects bad input with a 400 naming the field, and requests without a key", async () => {
        const bad = await api.get("/store/centers?limit=abc", { headers, ...open })
        expect(bad.status).toBe(400)
        expect(bad.data.message).toMatch(/limit/)
        const noKey = await api.get("/store/centers", open)
        expect(noKey.status).toBe(400)
        const badClasses = await api.get("/store/classes?limit=0", { headers, ...open })
        expect(badClasses.status).toBe(400)
        expect(badClasses.data.message).toMatch(/limit/)
      })

      it("shows one center with its rooms and only its approved sellers", async () => {
        const res = await api.get("/store/centers/alpha", { headers })
        expect(res.status).toBe(200)
        expect(res.data.center.rooms).toEqual([
          expect.objectContaining({ name: "Мастерская", capacity: 10, hourly_price: 500, amenities: ["раковина"] }),
        ])
        expect(res.data.center.sellers.map((s: any) => s.handle)).toEqual(["maria-knits"])
        expect(res.data.center.sellers[0]).not.toHaveProperty("inn")

        expect(res.data.center.products_count).toBe(2)
        expect(res.data.center.products.map((p: any) => p.handle).sort()).toEqual(["knit-class", "socks"])
        const socks = res.data.center.products.find((p: any) => p.handle === "socks")
        expect(socks).toMatchObject({ price: 900, seller: { handle: "maria-knits", name: "Мария Вязальщица" } })
        const paged = await api.get("/store/centers/alpha?limit=1&offset=1", { headers })
        // ordered by title, so pages neither repeat nor skip
        expect(paged.data.center.products.map((p: any) => p.handle)).toEqual(["socks"])
        expect(paged.data.center.products_count).toBe(2)
        const tooMany = await api.get("/store/centers/alpha?limit=1000", { headers, ...open })
        expect(tooMany.status).toBe(400)
        expect(tooMany.data.message).toMatch(/limit/)

        const beta = await api.get("/store/centers/beta", { headers })
        expect(beta.data.center.sellers).toEqual([])
        expect(beta.data.center.products).toEqual([])

        const missing = await api.get("/store/centers/nowhere", { headers, ...open })
        expect(missing.status).toBe(404)
        expect(missing.data.message).toContain("nowhere")
      })

      it("shows an approved seller with centers and published products only", async () => {
        const res = await api.get("/store/sellers/maria-knits", { headers })
        expect(res.status).toBe(200)
        const published = market.products.filter((p) => p.status === "published").map((p) => p.id)
        expect(res.data.seller.product_ids.sort()).toEqual(published.sort())
        expect(res.data.seller.centers.map((c: any) => c.handle)).toEqual(["alpha"])
        expect(res.data.seller).not.toHaveProperty("inn")

        const pending = await api.get("/store/sellers/new-potter", { headers, ...open })
        expect(pending.status).toBe(404)
      })

      it("tells where a product comes from and where to pick it up", async () => {
        const socks = market.products.find((p) => p.handle === "socks")!
        const res = await api.get(`/store/products/${socks.id}/origin`, { headers })
        expect(res.status).toBe(200)
        expect(res.data.seller.handle).toBe("maria-knits")
        expect(res.data.centers).toEqual([
          expect.objectContaining({
            handle: "alpha",
            address: expect.any(String),
            sales_channel_id: market.a.sales_channel_id,
            stock: { [socks.variants[0].id]: 5 },
          }),
        ])

        const draft = market.products.find((p) => p.handle === "draft")!
        const hidden = await api.get(`/store/products/${draft.id}/origin`, { headers, ...open })
        expect(hidden.status).toBe(404)
      })

      it("lists upcoming class sessions soonest first with seats left", async () => {
        const res = await api.get("/store/classes", { headers })
        expect(res.status).toBe(200)
        const sessions = res.data.sessions
        expect(sessions).toHaveLength(2)
        expect(sessions.map((s: any) => s.price)).toEqual([0, 1200])
        expect(sessions[0]).toMatchObject({ product_handle: "knit-class", seats_left: 6, center: { handle: "alpha" } })
        expect(Date.parse(sessions[0].starts_at)).toBeLessThan(Date.parse(sessions[1].starts_at))

        const limited = await api.get("/store/classes?limit=1", { headers })
        expect(limited.data.sessions).toHaveLength(1)
        const elsewhere = await api.get(`/store/classes?center_id=${market.b.center.id}`, { headers })
        expect(elsewhere.data.sessions).toEqual([])
      })

      it("stocks goods at the centers that offer them", async () => {
        const res = await api.get(
          `/store/products?handle=socks&sales_channel_id=${market.a.sales_channel_id}&fields=%2Bvariants.inventory_quantity`,
          { headers }
        )
        expect(res.status).toBe(200)
        expect(res.data.products[0].variants[0].inventory_quantity).toBe(5)
      })
    })
  },
})
