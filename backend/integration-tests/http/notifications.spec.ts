import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { Modules } from "@medusajs/framework/utils"
import { runWorkflow, seedMarket } from "../support/fixtures"
import { bearer, buy, signUpSeller, waitForParts } from "../support/actors"

const ok = { validateStatus: () => true }

medusaIntegrationTestRunner({
  cwd: process.cwd(),
  testSuite: ({ api, getContainer }) => {
    describe("messages of issue 6: order placed, an artisan approved / declined", () => {
      async function told(filters: Record<string, unknown>, count = 1) {
        const notifications = getContainer().resolve(Modules.NOTIFICATION)
        let found: any[] = []
        for (let i = 0; i < 50 && found.length < count; i++) {
          found = await notifications.listNotifications(filters, { order: { created_at: "ASC" } })
          if (found.length < count) await new Promise((r) => setTimeout(r, 100))
        }
        return found
      }

      it("tells the buyer their order was placed, once, and lists it on their «Уведомления» once they sign up", async () => {
        const container = getContainer()
        const market = await seedMarket(container)
        const socks = market.products.find((p: any) => p.handle === "socks")
        const purchase = await buy(api, { key: market.key.token, region_id: market.region.id, sales_channel_id: market.a.sales_channel_id, variant_ids: [socks.variants[0].id] })
        const { data: { order } } = await purchase.complete()
        await waitForParts(api, order.id, 1, purchase.headers)
        const [placed] = await told({ template: "order-placed", to: "buyer@example.ru" })
        expect(placed).toMatchObject({ channel: "feed", resource_id: order.id, resource_type: "order" })
        expect(placed.data).toMatchObject({
          order_id: order.id,
          display_id: order.display_id,
          total: 900,
          item_count: 1,
          items: ["Вязаные носки"],
          order_url: expect.stringMatching(new RegExp(`/orders/${order.id}$`)),
        })
        // a re-delivered order.placed tells nothing new
        await runWorkflow(container, "notify-order-placed", { order_id: order.id })
        expect(await told({ template: "order-placed", to: "buyer@example.ru" })).toHaveLength(1)

        // the guest signs up with the same e-mail: the message is on their page
        const key = { "x-publishable-api-key": market.key.token }
        const { data: { token: registration } } = await api.post("/auth/customer/emailpass/register", { email: "buyer@example.ru", password: "secret-123" })
        await api.post("/store/customers", { email: "buyer@example.ru", first_name: "Покупатель" }, { headers: { ...key, authorization: `Bearer ${registration}` } })
        const { data: { token } } = await api.post("/auth/customer/emailpass", { email: "buyer@example.ru", password: "secret-123" })
        const { data: mine } = await api.get("/store/customers/me/notifications", { headers: { ...key, authorization: `Bearer ${token}` } })
        expect(mine.notifications.map((n: any) => n.template)).toContain("order-placed")
      })

      it("tells an artisan a center's decision on their own «Уведомления» (by seller id), once per change", async () => {
        const container = getContainer()
        const market = await seedMarket(container)
        const A = market.a.center.id
        const B = market.b.center.id
        const artisan = await signUpSeller(api, "decided@example.ru", "decided", [A, B])
        const other = await signUpSeller(api, "other@example.ru", "other-one", [A])

        await runWorkflow(container, "set-membership-status", { center_id: A, seller_id: artisan.seller.id, status: "approved" })
        await runWorkflow(container, "set-membership-status", { center_id: B, seller_id: artisan.seller.id, status: "declined" })
        // the same status again is no news
        await runWorkflow(container, "set-membership-status", { center_id: A, seller_id: artisan.seller.id, status: "approved" })
        // suspension is not one of the decisions the artisan is told of here
        await runWorkflow(container, "set-membership-status", { center_id: A, seller_id: other.seller.id, status: "suspended" })

        const sent = await told({ template: "seller-membership-status" }, 2)
        expect(sent).toHaveLength(2)
        expect(sent.map((n) => [n.to, n.receiver_id, n.data.center_id, n.data.status, n.data.previous_status])).toEqual([
          ["decided@example.ru", artisan.seller.id, A, "approved", "pending"],
          ["decided@example.ru", artisan.seller.id, B, "declined", "pending"],
        ])
        expect(sent[0].data).toMatchObject({ center_name: expect.any(String), center_handle: "alpha", seller_name: "Мастер decided" })

        const { data: feed } = await api.get("/sellers/me/notifications", bearer(artisan.token))
        expect(feed.count).toBe(2)
        expect(feed.notifications.map((n: any) => [n.template, n.data.status])).toEqual([
          ["seller-membership-status", "declined"],
          ["seller-membership-status", "approved"],
        ])
        expect((await api.get("/sellers/me/notifications", bearer(other.token))).data).toMatchObject({ notifications: [], count: 0 })
        const bad = await api.get("/sellers/me/notifications?limit=500", { ...bearer(artisan.token), ...ok })
        expect(bad.status).toBe(400)
        expect(bad.data.message).toBe("limit: не больше 50")
        expect((await api.get("/sellers/me/notifications", ok)).status).toBe(401)
      })
    })
  },
})
