import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createProductCategoriesWorkflow } from "@medusajs/medusa/core-flows"
import { centerInput, runWorkflow, seedMarket } from "../support/fixtures"
import { bearer, createManager, signUpSeller } from "../support/actors"

const open = { validateStatus: () => true }

medusaIntegrationTestRunner({
  cwd: process.cwd(),
  testSuite: ({ api, getContainer }) => {
    describe("artisans' goods with several options, offered at the centers they choose", () => {
      let market: Awaited<ReturnType<typeof seedMarket>>
      let token: string
      beforeEach(async () => {
        const container = getContainer()
        market = await seedMarket(container)
        const artisan = await signUpSeller(api, "olga@example.ru", "olga-sews", [market.a.center.id, market.b.center.id])
        token = artisan.token
        for (const center of [market.a.center, market.b.center]) {
          await runWorkflow(container, "set-membership-status", { center_id: center.id, seller_id: artisan.seller.id, status: "approved" })
        }
      })

      const shirt = (variants: any[], extra: Record<string, unknown> = {}) => ({
        title: "Льняная рубашка",
        status: "published",
        options: [
          { title: "Размер", values: ["S", "M"] },
          { title: "Цвет", values: ["белый", "синий"] },
        ],
        variants,
        center_ids: [] as string[],
        ...extra,
      })

      it("creates one variant per size × colour, each with its own price and stock", async () => {
        const body = shirt(
          [
            { price: 3000, stock: 2, options: { "Размер": "S", "Цвет": "белый" } },
            { price: 3100, stock: 0, options: { "Размер": "S", "Цвет": "синий" } },
            { price: 3200, stock: 5, options: { "Размер": "M", "Цвет": "синий" } },
          ],
          { center_ids: [market.a.center.id] }
        )
        const created = await api.post("/sellers/me/products", body, { ...bearer(token), ...open })
        expect(created.status, JSON.stringify(created.data)).toBe(201)

        const headers = { headers: { "x-publishable-api-key": market.key.token } }
        const got = await api.get(
          `/store/products/${created.data.product.id}?fields=%2Bvariants.inventory_quantity&region_id=${market.region.id}&sales_channel_id=${market.a.sales_channel_id}`,
          { ...headers, ...open }
        )
        expect(got.status, JSON.stringify(got.data)).toBe(200)
        const { product } = got.data
        expect(product.options.map((o: any) => [o.title, o.values.map((v: any) => v.value).sort()])).toEqual(
          expect.arrayContaining([
            ["Размер", ["M", "S"]],
            ["Цвет", ["белый", "синий"]],
          ])
        )
        const byTitle = Object.fromEntries(product.variants.map((v: any) => [v.title, v]))
        expect(Object.keys(byTitle).sort()).toEqual(["M / синий", "S / белый", "S / синий"])
        expect(byTitle["M / синий"].calculated_price.calculated_amount).toBe(3200)
        expect(byTitle["M / синий"].inventory_quantity).toBe(5)
        expect(byTitle["S / синий"].inventory_quantity).toBe(0)
        const valuesOf = (v: any) => v.options.map((o: any) => o.value).sort()
        expect(valuesOf(byTitle["S / белый"])).toEqual(["S", "белый"])
      })

      it("refuses variants that miss an option, use an unknown value or repeat a combination, creating nothing", async () => {
        const container = getContainer()
        const query = container.resolve(ContainerRegistrationKeys.QUERY)
        const count = async () => (await query.graph({ entity: "product", fields: ["id"] })).data.length
        const before = await count()
        const cases: [any, RegExp][] = [
          [shirt([{ price: 1, stock: 1, options: { "Размер": "S" } }]), /variants: укажите «Цвет»/],
          [shirt([{ price: 1, stock: 1, options: { "Размер": "XL", "Цвет": "белый" } }]), /нет значения «XL»/],
          [
            shirt([
              { price: 1, stock: 1, options: { "Размер": "S", "Цвет": "белый" } },
              { price: 2, stock: 1, options: { "Размер": "S", "Цвет": "белый" } },
            ]),
            /сочетание опций уже есть/,
          ],
          [shirt([{ price: 1, stock: 1, options: { "Размер": "S", "Цвет": "белый", "Вес": "1" } }]), /нет опции «Вес»/],
          [{ ...shirt([{ price: 1, stock: 1, options: { "Размер": "S", "Цвет": "белый" } }]), options: [{ title: "Размер", values: ["S"] }, { title: "размер", values: ["M"] }] }, /options: названия опций повторяются/],
          [{ title: "Варежки", variants: [{ title: "Красные", price: 1, stock: 1 }, { title: "красные", price: 1, stock: 1 }], center_ids: [] }, /вариант «красные» повторяется/],
        ]
        for (const [body, message] of cases) {
          const res = await api.post("/sellers/me/products", { ...body, center_ids: [market.a.center.id] }, { ...bearer(token), ...open })
          expect(res.status, JSON.stringify(body)).toBe(400)
          expect(res.data.message).toMatch(message)
        }
        expect(await count()).toBe(before)
      })

      it("files goods under a catalog category, changes or clears it, and refuses unknown or internal ones", async () => {
        const container = getContainer()
        const { result: [ceramics, hidden] } = await createProductCategoriesWorkflow(container).run({
          input: {
            product_categories: [
              { name: "Керамика", handle: "ceramics", is_active: true },
              { name: "Служебная", handle: "staff-only", is_active: true, is_internal: true },
            ],
          },
        })
        const body = { title: "Пиала", status: "published", variants: [{ title: "Одна", price: 700, stock: 2 }], center_ids: [market.a.center.id] }
        const query = container.resolve(ContainerRegistrationKeys.QUERY)
        const count = async () => (await query.graph({ entity: "product", fields: ["id"] })).data.length
        const before = await count()
        for (const category_id of ["pcat_missing", hidden.id]) {
          const refused = await api.post("/sellers/me/products", { ...body, category_id }, { ...bearer(token), ...open })
          expect(refused.status).toBe(400)
          expect(refused.data.message).toMatch(/category_id: такой категории нет/)
        }
        expect(await count()).toBe(before)

        const created = await api.post("/sellers/me/products", { ...body, category_id: ceramics.id }, bearer(token))
        const id = created.data.product.id
        const categoriesOf = async () => (await api.get(`/sellers/me/products/${id}`, bearer(token))).data.product.categories.map((c: any) => c.name)
        expect(await categoriesOf()).toEqual(["Керамика"])
        const wrong = await api.post(`/sellers/me/products/${id}`, { title: "Пиала большая", category_id: hidden.id }, { ...bearer(token), ...open })
        expect(wrong.status).toBe(400)
        expect((await api.get(`/sellers/me/products/${id}`, bearer(token))).data.product.title).toBe("Пиала")
        await api.post(`/sellers/me/products/${id}`, { category_id: null }, bearer(token))
        expect(await categoriesOf()).toEqual([])
      })

      it("a center's suspension takes the artisan's goods out of that center's shop only; approval brings them back", async () => {
        const container = getContainer()
        const created = await api.post(
          "/sellers/me/products",
          { title: "Салфетка", status: "published", variants: [{ title: "Одна", price: 250, stock: 5 }], center_ids: [market.a.center.id, market.b.center.id] },
          bearer(token)
        )
        const id = created.data.product.id
        const { token: betaManager } = await createManager(container, api, "beta-boss@example.ru", [market.b.center.id])
        await api.post(`/manage/centers/${market.b.center.id}/shop`, { featured_product_ids: [id] }, bearer(betaManager))
        const channelsOf = async () =>
          (await api.get(`/sellers/me/products/${id}`, bearer(token))).data.product.sales_channels.map((s: any) => s.id).sort()
        const featuredAtBeta = async () =>
          (await container.resolve("center").retrieveCenter(market.b.center.id)).featured_product_ids
        const sellerId = (await api.get("/sellers/me", bearer(token))).data.seller.id
        expect(await featuredAtBeta()).toEqual([id])

        const suspended = await api.post(`/manage/centers/${market.b.center.id}/sellers/${sellerId}`, { status: "suspended" }, bearer(betaManager))
        expect(suspended.status).toBe(200)
        expect(await channelsOf()).toEqual([market.a.sales_channel_id])
        expect(await featuredAtBeta()).toEqual([])
        // the artisan cannot put it back themselves
        const sneak = await api.post(`/sellers/me/products/${id}`, { center_ids: [market.a.center.id, market.b.center.id] }, { ...bearer(token), ...open })
        expect(sneak.status).toBe(400)
        expect(await channelsOf()).toEqual([market.a.sales_channel_id])

        await api.post(`/manage/centers/${market.b.center.id}/sellers/${sellerId}`, { status: "approved" }, bearer(betaManager))
        expect(await channelsOf()).toEqual([market.a.sales_channel_id, market.b.sales_channel_id].sort())
      })

      it("moves a product between the artisan's centers, keeping a manager's curation and refusing foreign centers", async () => {
        const container = getContainer()
        const created = await api.post(
          "/sellers/me/products",
          { title: "Прихватка", status: "published", variants: [{ title: "Одна", price: 300, stock: 3 }], center_ids: [market.a.center.id] },
          bearer(token)
        )
        const id = created.data.product.id
        const originStock = async () => {
          const { data } = await api.get(`/store/products/${id}/origin`, { headers: { "x-publishable-api-key": market.key.token } })
          return Object.fromEntries(data.centers.map((c: any) => [c.id, Object.values(c.stock ?? {})]))
        }
        expect((await api.get(`/sellers/me/products/${id}`, bearer(token))).data.product.center_ids).toEqual([market.a.center.id])

        // offered at both: the new center gets the same stock
        const both = await api.post(`/sellers/me/products/${id}`, { center_ids: [market.a.center.id, market.b.center.id] }, bearer(token))
        expect(both.status).toBe(200)
        expect(both.data.product.center_ids).toEqual([market.a.center.id, market.b.center.id])
        expect(both.data.product.sales_channels.map((s: any) => s.id).sort()).toEqual([market.a.sales_channel_id, market.b.sales_channel_id].sort())
        expect(await originStock()).toEqual({ [market.a.center.id]: [3], [market.b.center.id]: [3] })

        // the manager of beta takes it out of the shop; an unrelated edit by the artisan keeps it out
        const { token: betaManager } = await createManager(container, api, "beta@example.ru", [market.b.center.id])
        const removed = await api.post(`/manage/centers/${market.b.center.id}/shop`, { remove: [id] }, bearer(betaManager))
        expect(removed.status).toBe(200)
        await api.post(`/sellers/me/products/${id}`, { title: "Прихватка льняная", center_ids: [market.a.center.id, market.b.center.id] }, bearer(token))
        const after = (await api.get(`/sellers/me/products/${id}`, bearer(token))).data.product
        expect(after.title).toBe("Прихватка льняная")
        expect(after.sales_channels.map((s: any) => s.id)).toEqual([market.a.sales_channel_id])

        // dropping alpha takes it out of alpha's shop
        const onlyBeta = await api.post(`/sellers/me/products/${id}`, { center_ids: [market.b.center.id] }, bearer(token))
        expect(onlyBeta.data.product.center_ids).toEqual([market.b.center.id])
        expect(onlyBeta.data.product.sales_channels).toEqual([])

        // a center that did not approve them, or none at all: 400, nothing changes
        const other = await runWorkflow(container, "create-center", centerInput("gamma", "Лефортово"))
        for (const center_ids of [[other.center.id], []]) {
          const refused = await api.post(`/sellers/me/products/${id}`, { title: "Не сохранится", center_ids }, { ...bearer(token), ...open })
          expect(refused.status).toBe(400)
          expect(refused.data.message).toMatch(/center_ids/)
        }
        const unchanged = (await api.get(`/sellers/me/products/${id}`, bearer(token))).data.product
        expect(unchanged).toMatchObject({ title: "Прихватка льняная", center_ids: [market.b.center.id] })
      })
    })
  },
})
