import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { runWorkflow, seedMarket } from "../support/fixtures"
import { bearer, signUpSeller } from "../support/actors"

const HOUR = 3600_000
const DAY = 24 * HOUR
const ok = { validateStatus: () => true }

medusaIntegrationTestRunner({
  cwd: process.cwd(),
  testSuite: ({ api, getContainer }) => {
    /** An approved artisan at center A with a class of two sessions (a paid one and a free one). */
    async function setup() {
      const container = getContainer()
      const market = await seedMarket(container)
      const artisan = await signUpSeller(api, "teacher@example.ru", "teacher", [market.a.center.id])
      await runWorkflow(container, "set-membership-status", { center_id: market.a.center.id, seller_id: artisan.seller.id, status: "approved" })
      const query = container.resolve(ContainerRegistrationKeys.QUERY)
      const { data: [room] } = await query.graph({ entity: "room", fields: ["id"], filters: { center_id: market.a.center.id } })
      const created = await api.post(
        "/sellers/me/classes",
        { title: "Лепим из глины", description: "Для начинающих", status: "published", center_ids: [market.a.center.id] },
        { ...bearer(artisan.token), ...ok }
      )
      expect(created.status, JSON.stringify(created.data)).toBe(201)
      const klass = created.data.class
      const sessions: any[] = []
      for (const [days, price] of [[3, 1500], [5, 0]] as const) {
        const res = await api.post(
          `/sellers/me/classes/${klass.id}/sessions`,
          { room_id: room.id, duration_min: 90, capacity: 5, price, starts_at: new Date(Date.now() + days * DAY).toISOString() },
          { ...bearer(artisan.token), ...ok }
        )
        expect(res.status, JSON.stringify(res.data)).toBe(201)
        sessions.push(res.data.sessions[0])
      }
      const key = market.key.token
      return { container, query, market, artisan, klass, sessions, key, guest: { headers: { "x-publishable-api-key": key } } }
    }
    type S = Awaited<ReturnType<typeof setup>>

    async function resident(s: S, email: string) {
      const { data: { token: registration } } = await api.post("/auth/customer/emailpass/register", { email, password: "secret-123" })
      await api.post("/store/customers", { email, first_name: "Жительница" }, { headers: { ...bearer(registration).headers, "x-publishable-api-key": s.key } })
      const { data: { token } } = await api.post("/auth/customer/emailpass", { email, password: "secret-123" })
      return { headers: { ...bearer(token).headers, "x-publishable-api-key": s.key } }
    }

    /** Books seats through the normal cart (as the class page does) and completes the order. */
    async function book(s: S, who: any, sessionIndex: number, metadata: any, email = "buyer@example.ru") {
      const { data: { cart } } = await api.post(
        "/store/carts",
        { region_id: s.market.region.id, sales_channel_id: s.market.a.sales_channel_id, email },
        who
      )
      const added = await api.post(
        `/store/carts/${cart.id}/line-items`,
        { variant_id: s.sessions[sessionIndex].variant_id, quantity: metadata.attendees.length, metadata },
        { ...who, ...ok }
      )
      expect(added.status, JSON.stringify(added.data)).toBe(200)
      const { data: { shipping_options } } = await api.get(`/store/shipping-options?cart_id=${cart.id}`, who)
      await api.post(`/store/carts/${cart.id}/shipping-methods`, { option_id: shipping_options[0].id }, who)
      const { data: { payment_collection } } = await api.post("/store/payment-collections", { cart_id: cart.id }, who)
      await api.post(`/store/payment-collections/${payment_collection.id}/payment-sessions`, { provider_id: "pp_system_default" }, who)
      const done = await api.post(`/store/carts/${cart.id}/complete`, {}, { ...who, ...ok })
      expect(done.data.type, JSON.stringify(done.data)).toBe("order")
      return done.data.order
    }

    const registrations = (s: S, filter: Record<string, unknown>) =>
      (s.container.resolve("impact") as any).listRegistrations(filter, { order: { registered_at: "ASC" } })

    async function waitForRegistrations(s: S, orderId: string, count = 1) {
      for (let i = 0; i < 100; i++) {
        const found = await registrations(s, { order_id: orderId })
        if (found.length >= count) return found
        await new Promise((r) => setTimeout(r, 100))
      }
      throw new Error(`no registration for ${orderId}`)
    }

    describe("registration questionnaire", () => {
      it("keeps one snapshot per booking, pre-fills the latest answer and never rewrites history", async () => {
        const s = await setup()
        const anna = await resident(s, "anna@example.ru")

        const none = await api.get("/store/impact/last-answer", anna)
        expect(none.data).toEqual({ answer: null })

        const first = await book(s, anna, 0, { attendees: ["Анна", "Оля"], impact: { economic_status: "looking_for_work", ready_to_teach: false } }, "anna@example.ru")
        const [one] = await waitForRegistrations(s, first.id)
        const { data: { customer } } = await api.get("/store/customers/me", anna)
        expect(one).toMatchObject({
          order_id: first.id,
          customer_id: customer.id,
          email: "anna@example.ru",
          session_id: s.sessions[0].id,
          product_id: s.klass.id,
          seller_id: s.artisan.seller.id,
          center_id: s.market.a.center.id,
          seats: 2,
          economic_status: "looking_for_work",
          ready_to_teach: false,
        })
        const { data: tickets } = await s.query.graph({ entity: "ticket", fields: ["id", "seat_index", "line_item_id"], filters: { order_id: first.id } })
        expect(tickets).toHaveLength(2)
        expect(one.ticket_id).toBe(tickets.find((t: any) => t.seat_index === 0)!.id)

        // the read-only link reaches the resident's current contact details from a snapshot
        const { data: [linked] } = await s.query.graph({ entity: "registration", fields: ["id", "customer.email"], filters: { id: one.id } })
        expect((linked as any).customer.email).toBe("anna@example.ru")

        const prefill = await api.get("/store/impact/last-answer", anna)
        expect(prefill.data.answer).toMatchObject({ economic_status: "looking_for_work", ready_to_teach: false })

        // the free session, a new answer: a second snapshot; the first stays as it was
        const second = await book(s, anna, 1, { attendees: ["Анна"], impact: { economic_status: "self_employed", ready_to_teach: true } }, "anna@example.ru")
        await waitForRegistrations(s, second.id)
        const all = await registrations(s, { customer_id: customer.id })
        expect(all.map((r: any) => [r.order_id, r.economic_status, r.ready_to_teach])).toEqual([
          [first.id, "looking_for_work", false],
          [second.id, "self_employed", true],
        ])
        expect(all[0].updated_at).toEqual(one.updated_at)
        const latest = await api.get("/store/impact/last-answer", anna)
        expect(latest.data.answer).toMatchObject({ economic_status: "self_employed", ready_to_teach: true })

        // the dashboard's transition table is plain SQL over the snapshots (see the module's README)
        const pg = s.container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
        const { rows: transitions } = await pg.raw(
          `with answered as (
             select coalesce(customer_id, email) as person, economic_status,
                    row_number() over (partition by coalesce(customer_id, email) order by registered_at, created_at) as first_n,
                    row_number() over (partition by coalesce(customer_id, email) order by registered_at desc, created_at desc) as last_n
               from impact_registration where deleted_at is null and economic_status is not null and center_id = ?)
           select f.economic_status as "from", l.economic_status as "to", count(*)::int as people
             from answered f join answered l on l.person = f.person and l.last_n = 1
            where f.first_n = 1 and (select count(*) from answered a where a.person = f.person) > 1
            group by 1, 2`,
          [s.market.a.center.id]
        )
        expect(transitions).toEqual([{ from: "looking_for_work", to: "self_employed", people: 1 }])

        // a replayed order.placed (and the workflow run again by hand) adds nothing
        await s.container.resolve(Modules.EVENT_BUS).emit({ name: "order.placed", data: { id: first.id } })
        const again = await runWorkflow(s.container, "record-registrations", { order_id: first.id })
        expect(again).toEqual([])
        await new Promise((r) => setTimeout(r, 1000))
        expect(await registrations(s, { customer_id: customer.id })).toHaveLength(2)
        const { data: ticketsAfter } = await s.query.graph({ entity: "ticket", fields: ["id"], filters: { order_id: first.id } })
        expect(ticketsAfter).toHaveLength(2)

        // another resident, and a guest, see no answer of Anna's
        const boris = await resident(s, "boris@example.ru")
        expect((await api.get("/store/impact/last-answer", boris)).data).toEqual({ answer: null })
        expect((await api.get("/store/impact/last-answer", { ...s.guest, ...ok })).status).toBe(401)
        // whose answer it is comes from the token only: asking for someone else's is refused
        const sneaky = await api.get(`/store/impact/last-answer?customer_id=${customer.id}`, { ...boris, ...ok })
        expect(sneaky.status).toBe(400)
      })

      it("records a skipped question as no answer and keeps the last real answer for the pre-fill", async () => {
        const s = await setup()
        const anna = await resident(s, "anna@example.ru")
        const first = await book(s, anna, 0, { attendees: ["Анна"], impact: { economic_status: "retired", ready_to_teach: null } }, "anna@example.ru")
        await waitForRegistrations(s, first.id)
        const skipped = await book(s, anna, 1, { attendees: ["Анна"], impact: { economic_status: null, ready_to_teach: null } }, "anna@example.ru")
        const [r] = await waitForRegistrations(s, skipped.id)
        expect(r).toMatchObject({ economic_status: null, ready_to_teach: null })
        expect((await api.get("/store/impact/last-answer", anna)).data.answer).toMatchObject({ economic_status: "retired", ready_to_teach: null })
        // a guest's booking is recorded by e-mail (Medusa's guest customer) too
        const guestOrder = await book(s, s.guest, 1, { attendees: ["Гость"] }, "Guest@Example.ru")
        const [g] = await waitForRegistrations(s, guestOrder.id)
        expect(g).toMatchObject({ email: "guest@example.ru", economic_status: null })
      })

      it("refuses a wrong answer value with a 400 naming the field, and adds nothing to the cart", async () => {
        const s = await setup()
        const { data: { cart } } = await api.post("/store/carts", { region_id: s.market.region.id, sales_channel_id: s.market.a.sales_channel_id }, s.guest)
        const add = (impact: unknown) =>
          api.post(
            `/store/carts/${cart.id}/line-items`,
            { variant_id: s.sessions[0].variant_id, quantity: 1, metadata: { attendees: ["Анна"], impact } },
            { ...s.guest, ...ok }
          )
        const bad = await add({ economic_status: "rich" })
        expect(bad.status).toBe(400)
        expect(bad.data.message).toMatch(/^economic_status: /)
        const badTeach = await add({ economic_status: "student", ready_to_teach: "да" })
        expect(badTeach.status).toBe(400)
        expect(badTeach.data.message).toMatch(/^ready_to_teach: /)
        const extra = await add({ income: 100000 })
        expect(extra.status).toBe(400)
        expect(extra.data.message).toMatch(/^income: /)
        const { data: after } = await api.get(`/store/carts/${cart.id}`, s.guest)
        expect(after.cart.items).toHaveLength(0)
        const good = await add({ economic_status: "student" })
        expect(good.status, JSON.stringify(good.data)).toBe(200)
        expect(good.data.cart.items[0].metadata.impact).toEqual({ economic_status: "student" })
      })
    })

    describe("class feedback", () => {
      /** Anna's (and Boris's) tickets of session 0, whose times are then moved `endedAgo` into the past. */
      async function attended(s: S, endedAgo: number) {
        const anna = await resident(s, "anna@example.ru")
        const boris = await resident(s, "boris@example.ru")
        const order = await book(s, anna, 0, { attendees: ["Анна", "Оля"] }, "anna@example.ru")
        const borisOrder = await book(s, boris, 0, { attendees: ["Борис"] }, "boris@example.ru")
        await waitForRegistrations(s, order.id)
        await waitForRegistrations(s, borisOrder.id)
        const { data: tickets } = await s.query.graph({ entity: "ticket", fields: ["id", "seat_index", "order_id"], filters: { order_id: [order.id, borisOrder.id] } })
        const ends = new Date(Date.now() - endedAgo)
        await (s.container.resolve("masterclass") as any).updateClassSessions({
          id: s.sessions[0].id,
          starts_at: new Date(ends.getTime() - 90 * 60_000),
          ends_at: ends,
        })
        const annas = tickets.filter((t: any) => t.order_id === order.id).sort((a: any, b: any) => a.seat_index - b.seat_index)
        return { anna, boris, annas, borisTicket: tickets.find((t: any) => t.order_id === borisOrder.id) }
      }
      const body = { rating: 5, useful: "Научилась центровать глину", would_recommend: true, ready_to_teach: true }

      it("takes one feedback per ticket from its holder, editable for 7 days, and shows averages", async () => {
        const s = await setup()
        const a = await attended(s, HOUR)

        const list = await api.get("/store/impact/feedback", { ...a.anna, ...ok })
        expect(list.status, JSON.stringify(list.data)).toBe(200)
        expect(list.data.tickets.map((t: any) => t.id).sort()).toEqual(a.annas.map((t: any) => t.id).sort())
        expect(list.data.tickets[0]).toMatchObject({ window: { state: "open" }, feedback: null, class: { title: "Лепим из глины" } })

        const first = await api.post(`/store/impact/feedback/${a.annas[0].id}`, body, { ...a.anna, ...ok })
        expect(first.status, JSON.stringify(first.data)).toBe(200)
        expect(first.data.ticket.feedback).toMatchObject({ rating: 5, would_recommend: true, ready_to_teach: true })
        // changing it keeps one feedback per ticket
        const changed = await api.post(`/store/impact/feedback/${a.annas[0].id}`, { ...body, rating: 4 }, { ...a.anna, ...ok })
        expect(changed.status, JSON.stringify(changed.data)).toBe(200)
        const impact = s.container.resolve("impact") as any
        expect(await impact.listFeedbacks({ ticket_id: a.annas[0].id })).toHaveLength(1)
        const { data: [withTicket] } = await s.query.graph({ entity: "feedback", fields: ["rating", "ticket.attendee_name"], filters: { ticket_id: a.annas[0].id } })
        expect(withTicket).toMatchObject({ rating: 4, ticket: { attendee_name: "Анна" } })
        const second = await api.post(`/store/impact/feedback/${a.annas[1].id}`, { ...body, rating: 2, would_recommend: false, ready_to_teach: null }, { ...a.anna, ...ok })
        expect(second.status, JSON.stringify(second.data)).toBe(200)

        // someone else's ticket does not exist for Anna; bad values are 400 naming the field
        const foreign = await api.post(`/store/impact/feedback/${a.borisTicket.id}`, body, { ...a.anna, ...ok })
        expect(foreign.status).toBe(404)
        expect((await api.get(`/store/impact/feedback/${a.borisTicket.id}`, { ...a.anna, ...ok })).status).toBe(404)
        expect((await api.get(`/store/impact/feedback/${a.annas[0].id}`, { ...s.guest, ...ok })).status).toBe(401)
        const bad = await api.post(`/store/impact/feedback/${a.annas[0].id}`, { ...body, rating: 6 }, { ...a.anna, ...ok })
        expect(bad.status).toBe(400)
        expect(bad.data.message).toMatch(/^rating: /)
        const missing = await api.post(`/store/impact/feedback/${a.annas[0].id}`, { rating: 3 }, { ...a.anna, ...ok })
        expect(missing.status).toBe(400)
        expect(missing.data.message).toMatch(/would_recommend: /)

        // averages for the class page and the artisan's page; the artisan's list, another artisan's 404
        const ratings = await api.get(`/store/impact/ratings?product_id=${s.klass.id}&seller_id=${s.artisan.seller.id}`, { ...s.guest, ...ok })
        expect(ratings.status, JSON.stringify(ratings.data)).toBe(200)
        expect(ratings.data.products[s.klass.id]).toEqual({ average: 3, count: 2 })
        expect(ratings.data.sellers[s.artisan.seller.id]).toEqual({ average: 3, count: 2 })
        const mine = await api.get(`/sellers/me/classes/${s.klass.id}/feedback`, { ...bearer(s.artisan.token), ...ok })
        expect(mine.status, JSON.stringify(mine.data)).toBe(200)
        expect(mine.data.summary).toMatchObject({ average: 3, count: 2, would_recommend: 1 })
        expect(mine.data.feedback.map((f: any) => f.rating).sort()).toEqual([2, 4])
        expect(JSON.stringify(mine.data)).not.toContain("Оля")
        const other = await signUpSeller(api, "other@example.ru", "other", [s.market.a.center.id])
        expect((await api.get(`/sellers/me/classes/${s.klass.id}/feedback`, { ...bearer(other.token), ...ok })).status).toBe(404)
      })

      it("opens only after the session and closes 7 days later, in Russian; cancelled tickets cannot rate", async () => {
        const s = await setup()
        // before the session ends
        const anna = await resident(s, "anna@example.ru")
        const order = await book(s, anna, 0, { attendees: ["Анна"] }, "anna@example.ru")
        await waitForRegistrations(s, order.id)
        const { data: [ticket] } = await s.query.graph({ entity: "ticket", fields: ["id"], filters: { order_id: order.id } })
        const early = await api.post(`/store/impact/feedback/${ticket.id}`, body, { ...anna, ...ok })
        expect(early.status).toBe(400)
        expect(early.data.message).toMatch(/^ticket_id: отзыв можно оставить после окончания занятия/)

        const masterclass = s.container.resolve("masterclass") as any
        const endedAt = new Date(Date.now() - 7 * DAY - HOUR)
        await masterclass.updateClassSessions({ id: s.sessions[0].id, starts_at: new Date(endedAt.getTime() - HOUR), ends_at: endedAt })
        const late = await api.post(`/store/impact/feedback/${ticket.id}`, body, { ...anna, ...ok })
        expect(late.status).toBe(400)
        expect(late.data.message).toMatch(/^ticket_id: .*7 дней/)
        expect(await (s.container.resolve("impact") as any).listFeedbacks({ ticket_id: ticket.id })).toHaveLength(0)

        // inside the window, but the ticket was cancelled
        await masterclass.updateClassSessions({ id: s.sessions[0].id, starts_at: new Date(Date.now() - 3 * HOUR), ends_at: new Date(Date.now() - HOUR) })
        await masterclass.updateTickets({ id: ticket.id, status: "cancelled" })
        const cancelled = await api.post(`/store/impact/feedback/${ticket.id}`, body, { ...anna, ...ok })
        expect(cancelled.status).toBe(400)
        expect(cancelled.data.message).toMatch(/^ticket_id: билет отменён/)
      })

      it("asks each attendee once, through the notification module", async () => {
        const s = await setup()
        const a = await attended(s, 2 * HOUR)
        await (s.container.resolve("masterclass") as any).updateTickets({ id: a.annas[1].id, status: "cancelled" })
        const first = await runWorkflow(s.container, "request-class-feedback", {})
        expect(first).toEqual({ requested: 2 })
        await runWorkflow(s.container, "request-class-feedback", {})
        const sent = await (s.container.resolve(Modules.NOTIFICATION) as any).listNotifications({ template: "class-feedback-request" })
        expect(sent.map((n: any) => n.data.ticket_id).sort()).toEqual([a.annas[0].id, a.borisTicket.id].sort())
        expect(sent.find((n: any) => n.data.ticket_id === a.annas[0].id)).toMatchObject({
          to: "anna@example.ru",
          channel: "feed",
          data: { title: "Лепим из глины", feedback_url: expect.stringMatching(new RegExp(`/account/feedback/${a.annas[0].id}$`)) },
        })
        // it shows on Anna's «Уведомления»
        const mine = await api.get("/store/customers/me/notifications", a.anna)
        expect(mine.data.notifications.map((n: any) => n.template)).toContain("class-feedback-request")
      })
    })
  },
})
