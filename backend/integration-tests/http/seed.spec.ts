import { createRequire } from "module"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"

// Native require: the seed's workflows must be the copies Medusa already registered.
const nativeRequire = createRequire(import.meta.url)

medusaIntegrationTestRunner({
  cwd: process.cwd(),
  testSuite: ({ api, getContainer }) => {
    describe("Moscow demo data", () => {
      it("loads a whole marketplace once, and nothing on a second run", async () => {
        const container = getContainer()
        const { default: seed, DEMO_OPERATOR, STOREFRONT_KEY_TITLE } = nativeRequire("../../src/scripts/seed.ts")
        await seed({ container, args: [] })

        const query = container.resolve(ContainerRegistrationKeys.QUERY)
        const count = async (entity: string, filters = {}) =>
          (await query.graph({ entity, fields: ["id"], filters })).data.length

        const centers = await count("center")
        expect(centers).toBeGreaterThanOrEqual(6)
        expect(await count("seller", { status: "approved" })).toBeGreaterThanOrEqual(24)
        const { data: types } = await query.graph({ entity: "product_type", fields: ["id", "value"] })
        const typeId = (v: string) => types.find((t: any) => t.value === v).id
        expect(await count("product", { type_id: typeId("goods") })).toBeGreaterThanOrEqual(150)
        expect(await count("product", { type_id: typeId("masterclass") })).toBeGreaterThanOrEqual(15)
        expect(await count("product_category")).toBeGreaterThanOrEqual(8)

        const { data: [region] } = await query.graph({
          entity: "region",
          fields: ["name", "currency_code", "countries.iso_2", "payment_providers.id"],
        })
        expect(region).toMatchObject({ name: "Россия", currency_code: "rub" })
        expect(region.countries.map((c: any) => c.iso_2)).toEqual(["ru"])
        expect(region.payment_providers.map((p: any) => p.id)).toEqual(["pp_system_default"])

        const { data: [key] } = await query.graph({
          entity: "api_key",
          fields: ["token", "sales_channels.id"],
          filters: { title: STOREFRONT_KEY_TITLE },
        })
        expect(key.sales_channels).toHaveLength(centers)

        // every seller is a member of a center, and every center offers goods
        const headers = { "x-publishable-api-key": key.token }
        const { data: list } = await api.get("/store/centers", { headers })
        expect(new Set(list.centers.map((c: any) => c.district)).size).toBe(centers)
        for (const c of list.centers) {
          const { data } = await api.get(`/store/centers/${c.handle}?limit=1`, { headers })
          expect(data.center.sellers.length).toBeGreaterThanOrEqual(3)
          expect(data.center.products_count).toBeGreaterThan(0)
        }
        const { data: classes } = await api.get("/store/classes?limit=50", { headers })
        expect(classes.sessions.length).toBeGreaterThanOrEqual(15)
        expect(classes.sessions.every((s: any) => s.seats_left > 0 && Date.parse(s.starts_at) > Date.now())).toBe(true)

        const thumb = (await query.graph({ entity: "product", fields: ["thumbnail"], pagination: { take: 1 } })).data[0].thumbnail
        const image = await api.get(new URL(thumb).pathname)
        expect(image.status).toBe(200)
        expect(String(image.data)).toContain("<svg")

        const login = await api.post("/auth/user/emailpass", DEMO_OPERATOR)
        expect(login.data.token).toEqual(expect.any(String))

        const { logins } = nativeRequire("../../src/scripts/demo-logins.json")
        const as = async (actor: string, role: string) => {
          const { email, password } = logins.find((l: any) => l.role === role)
          const { data } = await api.post(`/auth/${actor}/emailpass`, { email, password })
          return { headers: { authorization: `Bearer ${data.token}` } }
        }
        const artisan = await api.get("/sellers/me", await as("seller", "artisan"))
        expect(artisan.data.seller.status).toBe("approved")
        expect(artisan.data.seller.memberships.every((m: any) => m.status === "approved")).toBe(true)
        const artisanGoods = await api.get("/sellers/me/products", await as("seller", "artisan"))
        expect(artisanGoods.data.count).toBeGreaterThanOrEqual(3)
        const manager = await api.get("/manage/me", await as("manager", "manager"))
        expect(manager.data.manager.centers).toHaveLength(2)

        await seed({ container, args: [] })
        expect(await count("center")).toBe(centers)
        expect(await count("api_key", { title: STOREFRONT_KEY_TITLE })).toBe(1)
      })
    })
  },
})
