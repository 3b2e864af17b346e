import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { Modules } from "@medusajs/framework/utils"
import { seedMarket } from "../support/fixtures"
import { bearer } from "../support/actors"

const open = { validateStatus: () => true }

medusaIntegrationTestRunner({
  cwd: process.cwd(),
  testSuite: ({ api, getContainer }) => {
    describe("a resident's notifications", () => {
      let key: string
      beforeEach(async () => {
        key = (await seedMarket(getContainer())).key.token
      })

      async function resident(email: string) {
        const { data: { token: registration } } = await api.post("/auth/customer/emailpass/register", { email, password: "secret-123" })
        await api.post("/store/customers", { email, first_name: "Жительница" }, { headers: { ...bearer(registration).headers, "x-publishable-api-key": key } })
        const { data: { token } } = await api.post("/auth/customer/emailpass", { email, password: "secret-123" })
        return { headers: { ...bearer(token).headers, "x-publishable-api-key": key } }
      }

      it("lists only the caller's own messages, newest first, with a page size", async () => {
        const anna = await resident("anna@example.ru")
        const boris = await resident("boris@example.ru")
        const notifications = getContainer().resolve(Modules.NOTIFICATION)
        for (const [i, status] of ["ready_for_pickup", "handed_over"].entries()) {
          await notifications.createNotifications({
            to: "anna@example.ru",
            channel: "feed",
            template: "seller-order-status",
            data: { order_id: "order_1", display_id: 7, seller_name: "Мария", status },
            idempotency_key: `test-${i}`,
          })
          await new Promise((r) => setTimeout(r, 20))
        }

        const mine = await api.get("/store/customers/me/notifications", anna)
        expect(mine.data.count).toBe(2)
        expect(mine.data.notifications.map((n: any) => n.data.status)).toEqual(["handed_over", "ready_for_pickup"])
        const page = await api.get("/store/customers/me/notifications?limit=1&offset=1", anna)
        expect(page.data.notifications.map((n: any) => n.data.status)).toEqual(["ready_for_pickup"])

        const theirs = await api.get("/store/customers/me/notifications", boris)
        expect(theirs.data).toMatchObject({ notifications: [], count: 0 })

        const guest = await api.get("/store/customers/me/notifications", { headers: { "x-publishable-api-key": key }, ...open })
        expect(guest.status).toBe(401)
        const bad = await api.get("/store/customers/me/notifications?limit=500", { ...anna, ...open })
        expect(bad.status).toBe(400)
        expect(bad.data.message).toMatch(/limit/)
      })
    })
  },
})
