import { createRequire } from "module"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { runWorkflow, seedMarket } from "../support/fixtures"
import { signInOperator } from "../support/actors"

// Native require: step definitions must be the copies Medusa already loaded (see seed.spec.ts).
const nativeRequire = createRequire(import.meta.url)
const open = { validateStatus: () => true }

medusaIntegrationTestRunner({
  cwd: process.cwd(),
  testSuite: ({ api, getContainer }) => {
    describe("operator: sellers and product origin", () => {
      let market: Awaited<ReturnType<typeof seedMarket>>
      let headers: Record<string, string>

      beforeEach(async () => {
        market = await seedMarket(getContainer())
        headers = await signInOperator(getContainer(), api)
      })

      it("lists sellers with tax data and memberships, filtered by status, center and text", async () => {
        const all = await api.get("/admin/sellers", { headers })
        expect(all.status).toBe(200)
        expect(all.data.count).toBe(2)
        const maria = all.data.sellers.find((s: any) => s.handle === "maria-knits")
        expect(maria).toMatchObject({
          status: "approved",
          tax_status: "npd",
          inn: market.maker.inn,
          memberships: [{ center_id: market.a.center.id, center_name: "Соседский центр alpha", status: "approved" }],
        })

        const pending = await api.get("/admin/sellers?status=pending", { headers })
        expect(pending.data.sellers.map((s: any) => s.handle)).toEqual(["new-potter"])
        expect(pending.data.sellers[0].memberships).toEqual([
          expect.objectContaining({ center_id: market.b.center.id, status: "pending" }),
        ])
        const atA = await api.get(`/admin/sellers?center_id=${market.a.center.id}`, { headers })
        expect(atA.data.sellers.map((s: any) => s.handle)).toEqual(["maria-knits"])
        const atAPending = await api.get(`/admin/sellers?center_id=${market.a.center.id}&status=pending`, { headers })
        expect(atAPending.data.sellers).toEqual([])
        const byName = await api.get(`/admin/sellers?q=${encodeURIComponent("гончар")}`, { headers })
        expect(byName.data.sellers.map((s: any) => s.handle)).toEqual(["new-potter"])
        const byInn = await api.get(`/admin/sellers?q=${market.maker.inn}`, { headers })
        expect(byInn.data.sellers.map((s: any) => s.handle)).toEqual(["maria-knits"])
        const paged = await api.get("/admin/sellers?limit=1", { headers })
        expect(paged.data).toMatchObject({ count: 2, limit: 1 })
        expect(paged.data.sellers).toHaveLength(1)

        const badStatus = await api.get("/admin/sellers?status=banned", { headers, ...open })
        expect(badStatus.status).toBe(400)
        expect(badStatus.data.message).toMatch(/status/)
      })

      it("suspends a seller (gone from the store) and approves them again", async () => {
        const store = { "x-publishable-api-key": market.key.token }
        expect((await api.get("/store/sellers/maria-knits", { headers: store })).status).toBe(200)

        const suspended = await api.post(`/admin/sellers/${market.maker.id}/status`, { status: "suspended" }, { headers })
        expect(suspended.status).toBe(200)
        expect(suspended.data.seller).toMatchObject({ id: market.maker.id, status: "suspended" })
        expect((await api.get("/store/sellers/maria-knits", { headers: store, ...open })).status).toBe(404)
        const alpha = await api.get("/store/centers/alpha", { headers: store })
        expect(alpha.data.center.sellers).toEqual([])
        const listed = await api.get("/admin/sellers?status=suspended", { headers })
        expect(listed.data.sellers.map((s: any) => s.handle)).toEqual(["maria-knits"])

        const approved = await api.post(`/admin/sellers/${market.maker.id}/status`, { status: "approved" }, { headers })
        expect(approved.data.seller.status).toBe("approved")
        expect((await api.get("/store/sellers/maria-knits", { headers: store })).status).toBe(200)

        const newcomer = await api.post(`/admin/sellers/${market.newcomer.id}/status`, { status: "approved" }, { headers })
        expect(newcomer.data.seller).toMatchObject({ status: "approved", memberships: [expect.objectContaining({ status: "pending" })] })

        const bad = await api.post(`/admin/sellers/${market.maker.id}/status`, { status: "pending" }, { headers, ...open })
        expect(bad.status).toBe(400)
        expect(bad.data.message).toMatch(/^status: /)
        const missing = await api.post("/admin/sellers/sel_missing/status", { status: "approved" }, { headers, ...open })
        expect(missing.status).toBe(404)
      })

      it("puts a seller's status back when a later step fails", async () => {
        const { createWorkflow, createStep } = nativeRequire("@medusajs/framework/workflows-sdk")
        const { updateSellerStatusStep } = nativeRequire("../../src/workflows/admin/steps/update-seller-status.ts")
        const fail = createStep("admin-test-fail-after-seller-status", async () => {
          throw new Error("boom")
        })
        const flow = createWorkflow("admin-test-seller-status-then-fail", (input: any) => {
          updateSellerStatusStep(input)
          fail()
        })
        await flow(getContainer()).run({ input: { id: market.maker.id, status: "suspended" }, throwOnError: false })
        const { data } = await api.get("/admin/sellers?q=maria", { headers })
        expect(data.sellers[0].status).toBe("approved")

        // and the real workflow, run by id, changes it
        await runWorkflow(getContainer(), "update-seller-status", { id: market.maker.id, status: "suspended" })
        expect((await api.get("/admin/sellers?q=maria", { headers })).data.sellers[0].status).toBe("suspended")
      })

      it("tells the product page whose product it is and which centers offer it", async () => {
        const socks = market.products.find((p: any) => p.handle === "socks")
        const res = await api.get(`/admin/products/${socks.id}/origin`, { headers })
        expect(res.status).toBe(200)
        expect(res.data.seller).toMatchObject({ id: market.maker.id, handle: "maria-knits", status: "approved", inn: market.maker.inn })
        expect(res.data.centers).toEqual([
          expect.objectContaining({
            id: market.a.center.id,
            handle: "alpha",
            status: "active",
            sales_channel_id: market.a.sales_channel_id,
            membership_status: "approved",
          }),
        ])
        // drafts too, unlike the store
        const draft = market.products.find((p: any) => p.handle === "draft")
        const draftOrigin = await api.get(`/admin/products/${draft.id}/origin`, { headers })
        expect(draftOrigin.data.product.status).toBe("draft")
        expect(draftOrigin.data.centers.map((c: any) => c.handle)).toEqual(["alpha"])

        const missing = await api.get("/admin/products/prod_missing/origin", { headers, ...open })
        expect(missing.status).toBe(404)
      })

      it("answers 401 on every operator route without an operator token", async () => {
        const center = market.a.center.id
        const routes: [string, string][] = [
          ["get", "/admin/centers"],
          ["post", "/admin/centers"],
          ["get", `/admin/centers/${center}`],
          ["post", `/admin/centers/${center}`],
          ["post", `/admin/centers/${center}/managers`],
          ["delete", `/admin/centers/${center}/managers/mgr_1`],
          ["get", "/admin/sellers"],
          ["post", `/admin/sellers/${market.maker.id}/status`],
          ["get", `/admin/products/${market.products[0].id}/origin`],
        ]
        // a customer's token is not an operator's
        await api.post("/auth/customer/emailpass/register", { email: "buyer@sosedi.test", password: "buyer-secret" })
        const customer = await api.post("/auth/customer/emailpass", { email: "buyer@sosedi.test", password: "buyer-secret" })
        for (const auth of [{}, { authorization: `Bearer ${customer.data.token}` }]) {
          for (const [method, url] of routes) {
            const res = await (api as any).request({ method, url, data: { status: "suspended" }, headers: auth, ...open })
            expect(res.status, `${method} ${url}`).toBe(401)
          }
        }
        expect((await api.get("/admin/sellers?status=suspended", { headers })).data.sellers).toEqual([])
      })
    })
  },
})
