import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { seedMarket } from "../support/fixtures"
import { buy } from "../support/actors"

const open = { validateStatus: () => true }

medusaIntegrationTestRunner({
  cwd: process.cwd(),
  testSuite: ({ api, getContainer }) => {
    describe("a suspended artisan's goods", () => {
      it("vanish from every store surface and cannot be bought, and come back when the suspension is lifted", async () => {
        const container = getContainer()
        const market = await seedMarket(container)
        const headers = { headers: { "x-publishable-api-key": market.key.token } }
        const socks = market.products.find((p: any) => p.handle === "socks")
        const klass = market.products.find((p: any) => p.handle === "knit-class")
        // a cart filled while the artisan still sold
        const early = await buy(api, {
          key: market.key.token,
          region_id: market.region.id,
          sales_channel_id: market.a.sales_channel_id,
          variant_ids: [socks.variants[0].id],
        })

        const sellers = container.resolve("seller") as any
        await sellers.updateSellers({ id: market.maker.id, status: "suspended" })

        const list = await api.get(`/store/products?sales_channel_id=${market.a.sales_channel_id}`, headers)
        expect(list.data.products.map((p: any) => p.handle)).toEqual([])
        const byId = await api.get(`/store/products?id[]=${socks.id}`, headers)
        expect(byId.data.products).toEqual([])
        expect((await api.get(`/store/products/${socks.id}`, { ...headers, ...open })).status).toBe(404)
        expect((await api.get(`/store/products/${socks.id}/origin`, { ...headers, ...open })).status).toBe(404)
        const center = await api.get("/store/centers/alpha", headers)
        expect(center.data.center.products).toEqual([])
        expect(center.data.center.sellers).toEqual([])
        expect((await api.get("/store/classes", headers)).data.sessions).toEqual([])

        const { data: { cart } } = await api.post(
          "/store/carts",
          { region_id: market.region.id, sales_channel_id: market.a.sales_channel_id },
          headers
        )
        const add = await api.post(`/store/carts/${cart.id}/line-items`, { variant_id: socks.variants[0].id, quantity: 1 }, { ...headers, ...open })
        expect(add.status).toBeGreaterThanOrEqual(400)
        expect(add.status).toBeLessThan(500)
        expect(add.data.message).toMatch(/^items: /)

        const late = await early.complete().catch((e: any) => e.response)
        expect(late.status).toBeGreaterThanOrEqual(400)
        expect(late.status).toBeLessThan(500)
        expect(JSON.stringify(late.data)).toMatch(/items: /)

        await sellers.updateSellers({ id: market.maker.id, status: "approved" })
        const back = await api.get(`/store/products?sales_channel_id=${market.a.sales_channel_id}`, headers)
        expect(back.data.products.map((p: any) => p.handle).sort()).toEqual([klass.handle, "socks"].sort())
        const done = await early.complete()
        expect(done.data.type).toBe("order")
      })
    })
  },
})
