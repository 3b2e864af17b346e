import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { runWorkflow, seedMarket } from "../support/fixtures"
import { bearer, createManager, signUpSeller } from "../support/actors"

const HOUR = 3600_000
const DAY = 24 * HOUR
const ok = { validateStatus: () => true }
const inDays = (d: number) => new Date(Date.now() + d * DAY).toISOString()

medusaIntegrationTestRunner({
  cwd: process.cwd(),
  testSuite: ({ api, getContainer }) => {
    /** Center A with a 1500 ₽ class session, two managers of A, one of B, a resident with an account. */
    async function setup() {
      const container = getContainer()
      const query = container.resolve(ContainerRegistrationKeys.QUERY)
      const market = await seedMarket(container)
      const A = market.a.center.id
      const B = market.b.center.id
      const artisan = await signUpSeller(api, "teacher@example.ru", "teacher", [A])
      await runWorkflow(container, "set-membership-status", { center_id: A, seller_id: artisan.seller.id, status: "approved" })
      const { data: [room] } = await query.graph({ entity: "room", fields: ["id"], filters: { center_id: A } })
      const klass = (
        await api.post(
          "/sellers/me/classes",
          { title: "Лепим из глины", description: "Для начинающих", status: "published", level: "beginner", age: "12+", center_ids: [A] },
          bearer(artisan.token)
        )
      ).data.class
      const { data: { sessions: [session] } } = await api.post(
        `/sellers/me/classes/${klass.id}/sessions`,
        { room_id: room.id, starts_at: inDays(5), duration_min: 90, capacity: 5, price: 1500 },
        bearer(artisan.token)
      )
      const one = await createManager(container, api, "one@a.ru", [A])
      const two = await createManager(container, api, "two@a.ru", [A])
      const other = await createManager(container, api, "other@b.ru", [B])
      const key = market.key.token
      const store = { headers: { "x-publishable-api-key": key } }
      return { container, query, market, A, B, session, one: bearer(one.token), two: bearer(two.token), other: bearer(other.token), store, key }
    }
    type S = Awaited<ReturnType<typeof setup>>

    const setBudget = (s: S, total: number) => api.post(`/manage/centers/${s.A}/scholarships/budget`, { total }, s.one)
    const issue = (s: S, body: Record<string, unknown>, who = s.one) =>
      api.post(
        `/manage/centers/${s.A}/scholarships`,
        { recipient_email: "anna@example.ru", coverage: "full", max_seat_price: 1500, expires_at: inDays(7).slice(0, 10), ...body },
        { ...who, ...ok }
      )
    const budget = async (s: S) => (await api.get(`/manage/centers/${s.A}/scholarships/budget`, s.one)).data.budget

    async function resident(s: S, email: string) {
      const { data: { token: registration } } = await api.post("/auth/customer/emailpass/register", { email, password: "secret-123" })
      await api.post("/store/customers", { email, first_name: "Анна" }, { headers: { ...bearer(registration).headers, "x-publishable-api-key": s.key } })
      const { data: { token } } = await api.post("/auth/customer/emailpass", { email, password: "secret-123" })
      return { headers: { ...bearer(token).headers, "x-publishable-api-key": s.key } }
    }

    /** A guest cart at a center, with the given lines, pickup and pay-at-the-center chosen. */
    async function cart(s: S, lines: { variant_id: string; quantity: number; metadata?: any }[], salesChannel = s.market.a.sales_channel_id) {
      const { data: { cart } } = await api.post(
        "/store/carts",
        { region_id: s.market.region.id, sales_channel_id: salesChannel, email: "anna@example.ru" },
        s.store
      )
      for (const line of lines) {
        const added = await api.post(`/store/carts/${cart.id}/line-items`, line, { ...s.store, ...ok })
        if (added.status !== 200) throw new Error(`adding ${line.variant_id}: ${added.status} ${added.data.message}`)
      }
      const { data: { shipping_options } } = await api.get(`/store/shipping-options?cart_id=${cart.id}`, s.store)
      await api.post(`/store/carts/${cart.id}/shipping-methods`, { option_id: shipping_options[0].id }, s.store)
      const { data: { payment_collection } } = await api.post("/store/payment-collections", { cart_id: cart.id }, s.store)
      await api.post(`/store/payment-collections/${payment_collection.id}/payment-sessions`, { provider_id: "pp_system_default" }, s.store)
      return {
        id: cart.id as string,
        apply: (code: string) => api.post(`/store/carts/${cart.id}/scholarship`, { code }, { ...s.store, ...ok }),
        complete: () => api.post(`/store/carts/${cart.id}/complete`, {}, { ...s.store, ...ok }),
      }
    }
    const seat = (s: S) => ({ variant_id: s.session.variant_id, quantity: 1, metadata: { attendees: ["Анна Петрова"] } })

    async function until<T>(read: () => Promise<T>, done: (v: T) => boolean): Promise<T> {
      let v = await read()
      for (let i = 0; i < 60 && !done(v); i++) {
        await new Promise((r) => setTimeout(r, 100))
        v = await read()
      }
      return v
    }

    describe("scholarships", () => {
      it("keeps the budget per center: set by its manager or the operator, never under what is given; others get 404", async () => {
        const s = await setup()
        expect(await budget(s)).toMatchObject({ total: 0, reserved: 0, spent: 0, available: 0 })
        expect((await setBudget(s, 5000)).data.budget).toMatchObject({ total: 5000, available: 5000 })

        const bad = await api.post(`/manage/centers/${s.A}/scholarships/budget`, { total: -5 }, { ...s.one, ...ok })
        expect(bad.status).toBe(400)
        expect(bad.data.message).toMatch(/^total: не меньше 0/)
        // an empty field is no amount, not a budget of 0
        for (const total of ["", "  ", null, "много"]) {
          const empty = await api.post(`/manage/centers/${s.A}/scholarships/budget`, { total }, { ...s.one, ...ok })
          expect({ total, status: empty.status }).toEqual({ total, status: 400 })
          expect(empty.data.message).toMatch(/^total: /)
        }
        expect(await budget(s)).toMatchObject({ total: 5000 })

        // another center's manager: the center does not exist for them, nor do its codes
        expect((await api.get(`/manage/centers/${s.A}/scholarships`, { ...s.other, ...ok })).status).toBe(404)
        expect((await api.post(`/manage/centers/${s.A}/scholarships/budget`, { total: 9 }, { ...s.other, ...ok })).status).toBe(404)
        expect((await issue(s, {}, s.other)).status).toBe(404)
        const mine = await issue(s, {})
        expect(mine.status, JSON.stringify(mine.data)).toBe(201)
        const foreign = await api.post(`/manage/centers/${s.B}/scholarships/${mine.data.scholarship.id}/revoke`, {}, { ...s.other, ...ok })
        expect(foreign.status).toBe(404)
        expect((await api.post(`/manage/centers/${s.A}/scholarships/${mine.data.scholarship.id}/revoke`, {}, { ...s.other, ...ok })).status).toBe(404)

        // 1500 is held: the total may not go under it
        const under = await api.post(`/manage/centers/${s.A}/scholarships/budget`, { total: 1000 }, { ...s.one, ...ok })
        expect(under.status).toBe(400)
        expect(under.data.message).toBe("total: не меньше уже выданного: 1500 ₽")
        expect(await budget(s)).toMatchObject({ total: 5000, reserved: 1500, available: 3500 })

        // the operator, through the admin API
        const { signInOperator } = await import("../support/actors")
        const admin = { headers: await signInOperator(s.container, api) }
        const set = await api.post(`/admin/centers/${s.A}/scholarship-budget`, { total: 8000 }, admin)
        expect(set.data.budget).toMatchObject({ total: 8000, reserved: 1500, available: 6500 })
      })

      it("refuses bad input naming the field in Russian, and a code the budget cannot cover, leaving nothing behind", async () => {
        const s = await setup()
        await setBudget(s, 2000)
        const cases: [Record<string, unknown>, RegExp][] = [
          [{ recipient_email: "", recipient_phone: "" }, /^recipient_email: укажите почту или телефон/],
          [{ recipient_email: "не почта" }, /^recipient_email: неверный адрес почты/],
          [{ recipient_phone: "12345" }, /recipient_phone: телефон в формате/],
          [{ coverage: "half" }, /^coverage: /],
          [{ coverage: "percent" }, /^percent: укажите процент/],
          [{ coverage: "percent", percent: 150 }, /^percent: от 1 до 99/],
          [{ max_seat_price: 0 }, /^max_seat_price: не меньше 1 ₽/],
          [{ expires_at: "завтра" }, /^expires_at: дата/],
          [{ expires_at: "2020-01-01" }, /^expires_at: срок действия должен закончиться в будущем/],
          [{ extra: 1 }, /^extra: неизвестное поле/],
        ]
        for (const [body, message] of cases) {
          const res = await issue(s, body)
          expect(res.status, JSON.stringify(body)).toBe(400)
          expect(res.data.message, JSON.stringify(body)).toMatch(message)
        }
        const tooDear = await issue(s, { max_seat_price: 2500 })
        expect(tooDear.status).toBeGreaterThanOrEqual(400)
        expect(tooDear.status).toBeLessThan(500)
        expect(tooDear.data.message).toBe("max_seat_price: в бюджете стипендий центра осталось 2000 ₽, а код может стоить 2500 ₽")
        expect(await budget(s)).toMatchObject({ reserved: 0, available: 2000 })
        const promotions = await s.container.resolve(Modules.PROMOTION).listPromotions({})
        expect(promotions).toHaveLength(0)
        expect((await api.get(`/manage/centers/${s.A}/scholarships`, s.one)).data.scholarships).toHaveLength(0)

        // a phone alone is enough; 8-prefixed numbers are stored as +7
        const byPhone = await issue(s, { recipient_email: "", recipient_phone: "8 (916) 123-45-67", coverage: "percent", percent: 50, max_seat_price: 2000 })
        expect(byPhone.status, JSON.stringify(byPhone.data)).toBe(201)
        expect(byPhone.data.scholarship).toMatchObject({ recipient_phone: "+79161234567", percent: 50, reserved_amount: 1000, status: "issued" })
      })

      it("never overspends the budget when two managers issue ten codes at once", async () => {
        const s = await setup()
        await setBudget(s, 5000)
        // each code can cost 1000 ₽: the budget fits exactly five
        const attempts = await Promise.all(
          Array.from({ length: 10 }, (_, i) => issue(s, { recipient_email: `r${i}@example.ru`, max_seat_price: 1000 }, i % 2 ? s.two : s.one))
        )
        const won = attempts.filter((r) => r.status === 201)
        const refused = attempts.filter((r) => r.status !== 201)
        expect(won).toHaveLength(5)
        for (const r of refused) {
          expect(r.status).toBeLessThan(500)
          expect(r.data.message).toMatch(/^max_seat_price: в бюджете стипендий центра осталось 0 ₽/)
        }
        expect(await budget(s)).toMatchObject({ total: 5000, reserved: 5000, spent: 0, available: 0 })
        const { data } = await api.get(`/manage/centers/${s.A}/scholarships`, s.one)
        expect(data.scholarships).toHaveLength(5)
        expect(new Set(data.scholarships.map((x: any) => x.issued_by)).size).toBe(2)
        // one Medusa promotion per code, none left behind by the refused ones
        const promotions = await s.container.resolve(Modules.PROMOTION).listPromotions({})
        expect(promotions.map((p: any) => p.code).sort()).toEqual(data.scholarships.map((x: any) => x.code).sort())
        // and a second round finds nothing left
        const more = await issue(s, { max_seat_price: 1 })
        expect(more.status).toBeGreaterThanOrEqual(400)
      })

      it("pays a class seat in full at checkout through the order split, issues the ticket, tells the resident, and refuses a second use", async () => {
        const s = await setup()
        await setBudget(s, 3000)
        const anna = await resident(s, "anna@example.ru")
        const issued = await issue(s, { recipient_name: "Анна" })
        expect(issued.status, JSON.stringify(issued.data)).toBe(201)
        const { code } = issued.data.scholarship
        expect(code).toMatch(/^SOS-[A-Z2-9]{4}-[A-Z2-9]{4}$/)

        // «Уведомления»: the resident's account with that e-mail sees it, in Russian
        const { data: feed } = await api.get("/store/customers/me/notifications", anna)
        const told = feed.notifications.find((n: any) => n.template === "scholarship-issued")
        expect(told.data).toMatchObject({ code, center_name: s.market.a.center.name, percent: 100 })
        expect(told.data.title).toMatch(/^Вам выдана стипендия на мастер-класс/)
        expect(told.data.text).toContain(code)

        const socks = s.market.products.find((p: any) => p.handle === "socks")
        const buy = await cart(s, [seat(s), { variant_id: socks.variants[0].id, quantity: 1 }])
        const applied = await buy.apply(code.toLowerCase())
        expect(applied.status, JSON.stringify(applied.data)).toBe(200)
        expect(applied.data.discount).toBe(1500)
        const done = await buy.complete()
        expect(done.data.type, JSON.stringify(done.data)).toBe("order")
        const order = done.data.order
        // the seat costs 0; the socks are paid
        expect(order.total).toBe(900)
        expect(order.discount_total).toBe(1500)

        // our split and ticket issuing still run
        const parts = await until(async () => (await api.get(`/store/orders/${order.id}/parts`, s.store)).data.parts, (p: any[]) => p.length >= 2)
        expect(parts).toHaveLength(2)
        const tickets = await until(async () => (await api.get(`/store/orders/${order.id}/tickets`, s.store)).data.tickets, (t: any[]) => t.length >= 1)
        expect(tickets).toHaveLength(1)
        expect(tickets[0]).toMatchObject({ status: "confirmed", attendee_name: "Анна Петрова" })

        const list = await until(
          async () => (await api.get(`/manage/centers/${s.A}/scholarships`, s.one)).data.scholarships,
          (l: any[]) => !!l[0]?.order_id
        )
        expect(list[0]).toMatchObject({ code, status: "redeemed", spent_amount: 1500, order_id: order.id })
        expect(await budget(s)).toMatchObject({ total: 3000, reserved: 0, spent: 1500, available: 1500 })

        // a second use: refused in the cart, and a cart that carried it already is refused at checkout
        const again = await cart(s, [seat(s)])
        const refused = await again.apply(code)
        expect(refused.status).toBe(400)
        expect(refused.data.message).toBe("code: код уже использован")
        const cannotRevoke = await api.post(`/manage/centers/${s.A}/scholarships/${list[0].id}/revoke`, {}, { ...s.one, ...ok })
        expect(cannotRevoke.status).toBeGreaterThanOrEqual(400)
        expect(cannotRevoke.data.message).toBe("status: нельзя отозвать — код уже использован")
      })

      it("lets only one of two simultaneous checkouts with the same code through", async () => {
        const s = await setup()
        await setBudget(s, 3000)
        const { data: { scholarship } } = await issue(s, {})
        const carts = [await cart(s, [seat(s)]), await cart(s, [seat(s)])]
        for (const c of carts) expect((await c.apply(scholarship.code)).status).toBe(200)
        const results = await Promise.all(carts.map((c) => c.complete()))
        const orders = results.filter((r) => r.data.type === "order")
        expect(orders).toHaveLength(1)
        const loser = results.find((r) => r.data.type !== "order")!
        expect(JSON.stringify(loser.data)).toMatch(/код уже использован|exceeds the limit/)
        expect(await budget(s)).toMatchObject({ reserved: 0, spent: 1500, available: 1500 })
      })

      it("covers a percentage of one seat, holding only that share and giving back what was not used", async () => {
        const s = await setup()
        await setBudget(s, 3000)
        const issued = await issue(s, { coverage: "percent", percent: 50, max_seat_price: 2000 })
        expect(issued.data.scholarship).toMatchObject({ coverage: "percent", percent: 50, reserved_amount: 1000 })
        expect(issued.data.budget).toMatchObject({ reserved: 1000, available: 2000 })
        // two seats in the cart: the code pays half of one
        const buy = await cart(s, [{ variant_id: s.session.variant_id, quantity: 2, metadata: { attendees: ["Анна", "Миша"] } }])
        const applied = await buy.apply(issued.data.scholarship.code)
        expect(applied.data.discount).toBe(750)
        const done = await buy.complete()
        expect(done.data.order.total).toBe(2250)
        expect(await budget(s)).toMatchObject({ reserved: 0, spent: 750, available: 2250 })

        // a seat dearer than the cap: half of 1500 is more than the 500 ₽ a 1000 ₽ cap holds
        const small = (await issue(s, { coverage: "percent", percent: 50, max_seat_price: 1000 })).data.scholarship
        expect(small.reserved_amount).toBe(500)
        const dear = await cart(s, [seat(s)])
        const refused = await dear.apply(small.code)
        expect(refused.status).toBe(400)
        expect(refused.data.message).toBe("code: место дороже, чем покрывает стипендия (до 500 ₽)")
        const { data: { cart: left } } = await api.get(`/store/carts/${dear.id}`, s.store)
        expect(left.promotions ?? []).toHaveLength(0)
      })

      it("works only for master classes at its center, and not after it expires or is revoked", async () => {
        const s = await setup()
        await setBudget(s, 5000)
        const first = (await issue(s, {})).data.scholarship
        const second = (await issue(s, {})).data.scholarship
        const third = (await issue(s, {})).data.scholarship
        expect(await budget(s)).toMatchObject({ reserved: 4500 })

        const unknown = await (await cart(s, [seat(s)])).apply("SOS-AAAA-BBBB")
        expect(unknown.data.message).toBe("code: код не подходит")

        // goods only: nothing for the code to pay
        const socks = s.market.products.find((p: any) => p.handle === "socks")
        const goods = await cart(s, [{ variant_id: socks.variants[0].id, quantity: 1 }])
        const noSeat = await goods.apply(first.code)
        expect(noSeat.status).toBe(400)
        expect(noSeat.data.message).toBe(`code: в корзине нет места на мастер-класс центра «${s.market.a.center.name}»`)

        // another center's cart
        const elsewhere = await (await cart(s, [], s.market.b.sales_channel_id)).apply(first.code)
        expect(elsewhere.data.message).toBe(`code: код действует только на мастер-классы центра «${s.market.a.center.name}»`)

        // revoked: the hold goes back, the code stops working, a second revoke is refused
        const revoked = await api.post(`/manage/centers/${s.A}/scholarships/${second.id}/revoke`, {}, s.two)
        expect(revoked.data).toMatchObject({ status: "revoked", budget: { reserved: 3000 } })
        expect((await (await cart(s, [seat(s)])).apply(second.code)).data.message).toBe("code: код отозван менеджером центра")
        const twice = await api.post(`/manage/centers/${s.A}/scholarships/${second.id}/revoke`, {}, { ...s.one, ...ok })
        expect(twice.data.message).toBe("status: нельзя отозвать — код уже отозван")

        // a code put in a cart in time but checked out after its end is refused at checkout
        const late = await cart(s, [seat(s)])
        expect((await late.apply(third.code)).status).toBe(200)
        const service = s.container.resolve("scholarship") as any
        await service.updateScholarships({ id: third.id, expires_at: new Date(Date.now() - 60_000) })
        const lateDone = await late.complete()
        expect(lateDone.data.type).not.toBe("order")
        expect(JSON.stringify(lateDone.data)).toContain("срок действия кода истёк")
        expect((await (await cart(s, [seat(s)])).apply(third.code)).data.message).toBe("code: срок действия кода истёк")
        const listed = (await api.get(`/manage/centers/${s.A}/scholarships`, s.one)).data.scholarships
        expect(listed.find((x: any) => x.id === third.id).status).toBe("expired")

        // the expiry job: past the grace hour the hold goes back and the promotion is switched off
        await runWorkflow(s.container, "expire-scholarships", { now: new Date(Date.now() + 2 * HOUR).toISOString() })
        expect(await budget(s)).toMatchObject({ reserved: 1500, spent: 0, available: 3500 })
        const [promo] = await s.container.resolve(Modules.PROMOTION).listPromotions({ code: third.code })
        expect(promo.status).toBe("inactive")
      })
    })
  },
})
