import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { seedMarket } from "../support/fixtures"
import { bearer, createManager, signUpSeller } from "../support/actors"

const open = { validateStatus: () => true }

medusaIntegrationTestRunner({
  cwd: process.cwd(),
  testSuite: ({ api, getContainer }) => {
    describe("artisans sign up, managers decide, artisans list goods", () => {
      let market: Awaited<ReturnType<typeof seedMarket>>
      beforeEach(async () => {
        market = await seedMarket(getContainer())
      })

      it("refuses a sign-up with a bad ИНН or without the НПД declaration, naming the field", async () => {
        const { data: { token } } = await api.post("/auth/seller/emailpass/register", { email: "x@example.ru", password: "secret-123" })
        const base = { handle: "new-one", name: "Новый мастер", tax_status: "npd", center_ids: [market.a.center.id] }
        const badInn = await api.post("/sellers", { ...base, inn: "500100732258", own_work_declaration: true }, { ...bearer(token), ...open })
        expect(badInn.status).toBe(400)
        expect(badInn.data.message).toMatch(/inn/)
        const noDeclaration = await api.post("/sellers", { ...base, inn: "500100732259" }, { ...bearer(token), ...open })
        expect(noDeclaration.status).toBe(400)
        expect(noDeclaration.data.message).toMatch(/own_work_declaration/)
        const orgInn = await api.post("/sellers", { ...base, tax_status: "organization", inn: "500100732259" }, { ...bearer(token), ...open })
        expect(orgInn.status).toBe(400)
        expect(orgInn.data.message).toMatch(/inn/)
        const anonymous = await api.post("/sellers", { ...base, inn: "500100732259", own_work_declaration: true }, open)
        expect(anonymous.status).toBe(401)
      })

      it("takes a pending artisan through approval to a listed product at the center", async () => {
        const { token } = await signUpSeller(api, "anna@example.ru", "anna-pottery", [market.a.center.id])
        const me = await api.get("/sellers/me", bearer(token))
        expect(me.data.seller).toMatchObject({ handle: "anna-pottery", status: "pending" })
        const renamed = await api.post("/sellers/me", { name: "Анна Гончар", bio: "Леплю из глины" }, bearer(token))
        expect(renamed.data.seller).toMatchObject({ name: "Анна Гончар", bio: "Леплю из глины", handle: "anna-pottery" })
        const selfApproval = await api.post("/sellers/me", { status: "approved", inn: "500100732259" }, { ...bearer(token), ...open })
        expect(selfApproval.status).toBe(400)
        const badPhone = await api.post("/sellers/me", { phone: "позвоните" }, { ...bearer(token), ...open })
        expect(badPhone.data.message).toMatch(/phone/)
        expect(me.data.seller.memberships).toEqual([
          { status: "pending", center: expect.objectContaining({ id: market.a.center.id }) },
        ])

        const product = {
          title: "Кружка с глазурью",
          status: "published",
          variants: [{ title: "300 мл", price: 1200, stock: 4 }],
          center_ids: [market.a.center.id],
        }
        const early = await api.post("/sellers/me/products", product, { ...bearer(token), ...open })
        expect(early.status).toBe(400)
        expect(early.data.message).toMatch(/center_ids/)

        const { token: managerToken } = await createManager(getContainer(), api, "boss@example.ru", [market.a.center.id])
        const pending = await api.get(`/manage/centers/${market.a.center.id}/sellers?status=pending`, bearer(managerToken))
        expect(pending.data.memberships.map((m: any) => m.seller.handle)).toEqual(["anna-pottery"])
        const sellerId = pending.data.memberships[0].seller.id
        const approved = await api.post(
          `/manage/centers/${market.a.center.id}/sellers/${sellerId}`,
          { status: "approved" },
          bearer(managerToken)
        )
        expect(approved.data.membership.status).toBe("approved")

        const template = await api.get("/sellers/me/product-imports/template", bearer(token))
        expect(template.headers["content-type"]).toMatch(/text\/csv/)
        expect(template.data).toContain("title,description,category,price,stock,variant,centers,status")

        const broken = await api.post(
          "/sellers/me/product-imports",
          { csv: "title,price,stock,centers\nВаза,1500,2,alpha\nЧашка,дорого,1,alpha\nБлюдо,800,1,beta\n" },
          { ...bearer(token), ...open }
        )
        expect(broken.status).toBe(400)
        expect(broken.data.message).toMatch(/^csv: /)
        expect(broken.data.errors.map((e: any) => [e.row, e.field])).toEqual([
          [3, "price"],
          [4, "centers"],
        ])
        expect((await api.get("/sellers/me/products", bearer(token))).data.count).toBe(0)

        const imported = await api.post(
          "/sellers/me/product-imports",
          { csv: "\uFEFFtitle;description;price;stock;centers;status\nВаза;\"Синяя; высокая\";1500;2;alpha;published\nБлюдо;;800;1;alpha;\n" },
          bearer(token)
        )
        expect(imported.data.imported).toBe(2)
        const afterImport = await api.get("/sellers/me/products", bearer(token))
        expect(afterImport.data.products.map((p: any) => [p.title, p.status]).sort()).toEqual([
          ["Блюдо", "draft"],
          ["Ваза", "published"],
        ])

        const created = await api.post("/sellers/me/products", product, bearer(token))
        expect(created.status).toBe(201)
        const mine = await api.get("/sellers/me/products", bearer(token))
        expect(mine.data.products.map((p: any) => p.title)).toContain("Кружка с глазурью")

        const headers = { headers: { "x-publishable-api-key": market.key.token } }
        const shop = await api.get("/store/centers/alpha", headers)
        expect(shop.data.center.sellers.map((s: any) => s.handle)).toContain("anna-pottery")
        const stock = await api.get(`/store/products/${created.data.product.id}/origin`, headers)
        expect(Object.values(stock.data.centers[0].stock)).toEqual([4])

        const variantId = created.data.product.variants[0].id
        await api.post(`/sellers/me/products/${created.data.product.id}/variants/${variantId}`, { price: 1500, stock: 7 }, bearer(token))
        const restocked = await api.get(`/store/products/${created.data.product.id}/origin`, headers)
        expect(Object.values(restocked.data.centers[0].stock)).toEqual([7])
        const priced = await api.get(
          `/store/products?id[]=${created.data.product.id}&region_id=${market.region.id}&fields=*variants.calculated_price`,
          headers
        )
        expect(priced.data.products[0].variants[0].calculated_price.calculated_amount).toBe(1500)
        const otherVariant = await api.post(
          `/sellers/me/products/${created.data.product.id}/variants/${market.products[0].variants[0].id}`,
          { price: 1 },
          { ...bearer(token), ...open }
        )
        expect(otherVariant.status).toBe(404)

        const photo = new FormData()
        photo.append("files", new Blob([Buffer.from("89504e470d0a1a0a", "hex")], { type: "image/png" }), "mug.png")
        const uploaded = await api.post("/sellers/me/uploads", photo, bearer(token))
        expect(uploaded.status).toBe(201)
        const url = uploaded.data.files[0].url
        expect((await api.get(new URL(url).pathname)).status).toBe(200)
        await api.post(`/sellers/me/products/${created.data.product.id}`, { images: [url] }, bearer(token))
        const withPhoto = await api.get(`/store/products?id[]=${created.data.product.id}&fields=thumbnail`, headers)
        expect(withPhoto.data.products[0].thumbnail).toBe(url)
        const text = new FormData()
        text.append("files", new Blob(["hello"], { type: "text/plain" }), "note.txt")
        const refused = await api.post("/sellers/me/uploads", text, { ...bearer(token), ...open })
        expect(refused.status).toBe(400)
        expect(refused.data.message).toMatch(/^files: /)

        const hidden = await api.post(`/sellers/me/products/${created.data.product.id}`, { status: "draft" }, bearer(token))
        expect(hidden.data.product.status).toBe("draft")
        const gone = await api.get(`/store/products/${created.data.product.id}/origin`, { ...headers, ...open })
        expect(gone.status).toBe(404)
      })

      it("lets the manager curate the shop and keep the center's profile", async () => {
        const { token } = await createManager(getContainer(), api, "boss@example.ru", [market.a.center.id])
        const store = { headers: { "x-publishable-api-key": market.key.token } }
        const socks = market.products.find((p: any) => p.handle === "socks")
        const klass = market.products.find((p: any) => p.handle === "knit-class")

        const shop = await api.get(`/manage/centers/${market.a.center.id}/shop`, bearer(token))
        expect(shop.data.products.find((p: any) => p.id === socks.id)).toMatchObject({ in_shop: true, featured_rank: null })

        await api.post(`/manage/centers/${market.a.center.id}/shop`, { featured_product_ids: [klass.id, socks.id] }, bearer(token))
        let page = await api.get("/store/centers/alpha", store)
        expect(page.data.center.featured_products.map((p: any) => p.handle)).toEqual(["knit-class", "socks"])
        expect(page.data.center).not.toHaveProperty("featured_product_ids")

        await api.post(`/manage/centers/${market.a.center.id}/shop`, { remove: [socks.id] }, bearer(token))
        page = await api.get("/store/centers/alpha", store)
        expect(page.data.center.products.map((p: any) => p.handle)).toEqual(["knit-class"])
        expect(page.data.center.featured_products.map((p: any) => p.handle)).toEqual(["knit-class"])
        const gone = await api.get(`/store/products?handle=socks&sales_channel_id=${market.a.sales_channel_id}`, store)
        expect(gone.data.products).toEqual([])

        await api.post(`/manage/centers/${market.a.center.id}/shop`, { add: [socks.id] }, bearer(token))
        page = await api.get("/store/centers/alpha", store)
        expect(page.data.center.products.map((p: any) => p.handle).sort()).toEqual(["knit-class", "socks"])

        // goods of an artisan the center has not approved cannot enter its shop
        const foreign = await api.post(
          `/manage/centers/${market.a.center.id}/shop`,
          { add: ["prod_not_ours"] },
          { ...bearer(token), ...open }
        )
        expect(foreign.status).toBe(400)
        expect(foreign.data.message).toMatch(/product_id/)
        const empty = await api.post(`/manage/centers/${market.a.center.id}/shop`, {}, { ...bearer(token), ...open })
        expect(empty.status).toBe(400)

        const hours = { ...page.data.center.opening_hours, mon: ["09:00", "20:00"] }
        const edited = await api.post(
          `/manage/centers/${market.a.center.id}`,
          { description: "Новое описание", opening_hours: hours },
          bearer(token)
        )
        expect(edited.data.center).toMatchObject({ description: "Новое описание", opening_hours: { mon: ["09:00", "20:00"] } })
        const badHours = await api.post(
          `/manage/centers/${market.a.center.id}`,
          { opening_hours: { ...hours, tue: ["21:00", "10:00"] } },
          { ...bearer(token), ...open }
        )
        expect(badHours.status).toBe(400)
        expect(badHours.data.message).toMatch(/opening_hours/)
        const noFee = await api.post(`/manage/centers/${market.a.center.id}`, { fee_rate: 0.3 }, { ...bearer(token), ...open })
        expect(noFee.status).toBe(400)
        expect((await api.get("/store/centers/alpha", store)).data.center.description).toBe("Новое описание")

        const base = `/manage/centers/${market.a.center.id}/rooms`
        const { data: { room } } = await api.post(base, { name: "Кухня", capacity: 12, hourly_price: 800, amenities: ["плита"] }, bearer(token))
        await api.post(`${base}/${room.id}`, { hourly_price: 900 }, bearer(token))
        const badRoom = await api.post(base, { name: "Зал", capacity: 0, hourly_price: 100 }, { ...bearer(token), ...open })
        expect(badRoom.status).toBe(400)
        expect(badRoom.data.message).toMatch(/capacity/)
        let rooms = (await api.get("/store/centers/alpha", store)).data.center.rooms
        expect(rooms.map((r: any) => [r.name, r.hourly_price]).sort()).toEqual([["Кухня", 900], ["Мастерская", 500]])
        // a room of another center cannot be reached through this one
        const betaRoom = (await api.get("/store/centers/beta", store)).data.center.rooms[0]
        const across = await api.post(`${base}/${betaRoom.id}`, { hourly_price: 1 }, { ...bearer(token), ...open })
        expect(across.status).toBe(404)
        await api.delete(`${base}/${room.id}`, bearer(token))
        rooms = (await api.get("/store/centers/alpha", store)).data.center.rooms
        expect(rooms.map((r: any) => r.name)).toEqual(["Мастерская"])
        expect((await api.get("/store/centers/beta", store)).data.center.rooms[0].hourly_price).toBe(betaRoom.hourly_price)
      })

      it("rejects bad membership decisions and unknown sellers", async () => {
        const { token } = await createManager(getContainer(), api, "boss@example.ru", [market.b.center.id])
        const bad = await api.post(
          `/manage/centers/${market.b.center.id}/sellers/${market.newcomer.id}`,
          { status: "maybe" },
          { ...bearer(token), ...open }
        )
        expect(bad.status).toBe(400)
        expect(bad.data.message).toMatch(/status/)
        const stranger = await api.post(
          `/manage/centers/${market.b.center.id}/sellers/${market.maker.id}`,
          { status: "approved" },
          { ...bearer(token), ...open }
        )
        expect(stranger.status).toBe(404)
        expect(stranger.data.message).toMatch(/seller_id/)
      })
    })
  },
})
