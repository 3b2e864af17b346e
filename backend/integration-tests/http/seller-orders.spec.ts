import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { runWorkflow, seedMarket } from "../support/fixtures"
import { bearer, buy, signUpSeller, waitForParts } from "../support/actors"

const open = { validateStatus: () => true }

medusaIntegrationTestRunner({
  cwd: process.cwd(),
  testSuite: ({ api, getContainer }) => {
    describe("one purchase, one part per artisan", () => {
      it("splits a two-artisan cart once, however often it is completed, and each artisan sees only their part", async () => {
        const container = getContainer()
        const market = await seedMarket(container)
        const potter = await signUpSeller(api, "potter@example.ru", "potter", [market.a.center.id])
        await runWorkflow(container, "set-membership-status", { center_id: market.a.center.id, seller_id: potter.seller.id, status: "approved" })
        const { data: { product: mug } } = await api.post(
          "/sellers/me/products",
          { title: "Кружка", status: "published", variants: [{ title: "300 мл", price: 700, stock: 2 }], center_ids: [market.a.center.id] },
          bearer(potter.token)
        )
        const socks = market.products.find((p: any) => p.handle === "socks")

        const { complete, headers } = await buy(api, {
          key: market.key.token,
          region_id: market.region.id,
          sales_channel_id: market.a.sales_channel_id,
          variant_ids: [socks.variants[0].id, mug.variants[0].id],
        })
        // two tabs at once, then a third click
        const [first, second] = await Promise.all([complete(), complete()])
        const third = await complete()
        const orderId = first.data.order.id
        expect([second.data.order.id, third.data.order.id]).toEqual([orderId, orderId])
        expect(first.data.order.total).toBe(1600)

        const parts = await waitForParts(api, orderId, 2, headers)
        await new Promise((r) => setTimeout(r, 300))
        const { data: again } = await api.get(`/store/orders/${orderId}/parts`, headers)
        expect(again.parts).toHaveLength(2)
        expect(parts.map((p: any) => [p.seller.handle, p.status, p.total]).sort()).toEqual([
          ["maria-knits", "new", 900],
          ["potter", "new", 700],
        ])
        expect(parts[0]).not.toHaveProperty("buyer")

        const mine = await api.get("/sellers/me/orders", bearer(potter.token))
        expect(mine.data.orders).toHaveLength(1)
        expect(mine.data.orders[0].items.map((i: any) => i.title)).toEqual(["Кружка"])
        expect(mine.data.orders[0]).toMatchObject({
          order_id: orderId,
          pickup_center: { handle: "alpha" },
          buyer: { email: "buyer@example.ru" },
        })

        const skip = await api.post(`/sellers/me/orders/${orderId}`, { status: "handed_over" }, { ...bearer(potter.token), ...open })
        expect(skip.status).toBe(400)
        expect(skip.data.message).toMatch(/status/)
        const ready = await api.post(`/sellers/me/orders/${orderId}`, { status: "ready_for_pickup" }, bearer(potter.token))
        expect(ready.data.order.status).toBe("ready_for_pickup")
        // the buyer is told (Medusa's notification module; the local "feed" provider here)
        const notifications = container.resolve("notification") as any
        let told: any[] = []
        for (let i = 0; i < 50 && !told.length; i++) {
          told = await notifications.listNotifications({ to: "buyer@example.ru", template: "seller-order-status" })
          await new Promise((r) => setTimeout(r, 100))
        }
        expect(told.map((n: any) => n.data)).toEqual([
          expect.objectContaining({ order_id: orderId, status: "ready_for_pickup", seller_name: "Мастер potter" }),
        ])
        const bad = await api.post(`/sellers/me/orders/${orderId}`, { status: "lost" }, { ...bearer(potter.token), ...open })
        expect(bad.status).toBe(400)

        const tooEarly = await api.post(`/sellers/me/orders/${orderId}/receipt`, { receipt_number: "20abc123" }, { ...bearer(potter.token), ...open })
        expect(tooEarly.status).toBe(400)
        expect(tooEarly.data.message).toMatch(/receipt_number/)
        await api.post(`/sellers/me/orders/${orderId}`, { status: "handed_over" }, bearer(potter.token))

        const { data: { earnings } } = await api.get("/sellers/me/earnings", bearer(potter.token))
        expect(earnings.months).toEqual([expect.objectContaining({ gross: 700, fee: 0, net: 700, orders: 1 })])
        expect(earnings.npd).toMatchObject({ cap: 2400000, income: 700, level: "ok" })
        expect(earnings.missing_receipts).toEqual([expect.objectContaining({ order_id: orderId, total: 700 })])
        const badReceipt = await api.post(`/sellers/me/orders/${orderId}/receipt`, { receipt_number: "<>" }, { ...bearer(potter.token), ...open })
        expect(badReceipt.status).toBe(400)
        await api.post(`/sellers/me/orders/${orderId}/receipt`, { receipt_number: "20abc123" }, bearer(potter.token))
        const after = await api.get("/sellers/me/earnings", bearer(potter.token))
        expect(after.data.earnings.missing_receipts).toEqual([])
        const detail = await api.get(`/sellers/me/orders/${orderId}`, bearer(potter.token))
        expect(detail.data.order).toMatchObject({ status: "handed_over", receipt_number: "20abc123" })

        const { data: seen } = await api.get(`/store/orders/${orderId}/parts`, headers)
        const statuses = Object.fromEntries(seen.parts.map((p: any) => [p.seller.handle, p.status]))
        expect(statuses).toEqual({ "maria-knits": "new", potter: "handed_over" })
      })
    })
  },
})
