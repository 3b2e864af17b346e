import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { seedMarket } from "../support/fixtures"

medusaIntegrationTestRunner({
  cwd: process.cwd(),
  testSuite: ({ api, getContainer }) => {
    describe("buying for pickup at a center", () => {
      it("completes a cart with the center's free pickup and pay-at-the-center, taking stock", async () => {
        const market = await seedMarket(getContainer())
        const headers = { "x-publishable-api-key": market.key.token }
        const socks = market.products.find((p: any) => p.handle === "socks")
        const variantId = socks.variants[0].id

        const { data: { cart } } = await api.post(
          "/store/carts",
          { region_id: market.region.id, sales_channel_id: market.a.sales_channel_id, email: "buyer@example.ru" },
          { headers }
        )
        await api.post(`/store/carts/${cart.id}/line-items`, { variant_id: variantId, quantity: 2 }, { headers })

        const { data: { shipping_options } } = await api.get(`/store/shipping-options?cart_id=${cart.id}`, { headers })
        expect(shipping_options.map((o: any) => [o.name, o.amount])).toEqual([["Самовывоз из центра", 0]])
        await api.post(`/store/carts/${cart.id}/shipping-methods`, { option_id: shipping_options[0].id }, { headers })

        const { data: { payment_collection } } = await api.post(
          "/store/payment-collections",
          { cart_id: cart.id },
          { headers }
        )
        await api.post(
          `/store/payment-collections/${payment_collection.id}/payment-sessions`,
          { provider_id: "pp_system_default" },
          { headers }
        )
        const { data: done } = await api.post(`/store/carts/${cart.id}/complete`, {}, { headers })
        expect(done.type).toBe("order")
        expect(done.order.total).toBe(1800)
        expect(done.order.items.map((i: any) => [i.variant_id, i.quantity])).toEqual([[variantId, 2]])

        const { data: after } = await api.get(
          `/store/products?handle=socks&sales_channel_id=${market.a.sales_channel_id}&fields=%2Bvariants.inventory_quantity`,
          { headers }
        )
        expect(after.products[0].variants[0].inventory_quantity).toBe(3)
      })

      it("does not offer one center's goods in another center's cart", async () => {
        const market = await seedMarket(getContainer())
        const headers = { "x-publishable-api-key": market.key.token }
        const socks = market.products.find((p: any) => p.handle === "socks")
        const { data: { cart } } = await api.post(
          "/store/carts",
          { region_id: market.region.id, sales_channel_id: market.b.sales_channel_id },
          { headers }
        )
        const res = await api.post(
          `/store/carts/${cart.id}/line-items`,
          { variant_id: socks.variants[0].id, quantity: 1 },
          { headers, validateStatus: () => true }
        )
        expect(res.status).toBe(400)
      })
    })
  },
})
