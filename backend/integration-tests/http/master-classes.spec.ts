import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import type { MedusaContainer } from "@medusajs/framework/types"
import { runWorkflow, seedMarket } from "../support/fixtures"
import { bearer, createManager, signUpSeller } from "../support/actors"

const HOUR = 3600_000
const DAY = 24 * HOUR
const MSK = 3 * HOUR

/** A Moscow wall-clock time `days` from today, as UTC ISO (00:30 MSK is 21:30 UTC the day before). */
function moscow(days: number, hhmm: string) {
  const local = new Date(Date.now() + MSK)
  const [h, m] = hhmm.split(":").map(Number)
  return new Date(Date.UTC(local.getUTCFullYear(), local.getUTCMonth(), local.getUTCDate() + days, h, m) - MSK).toISOString()
}

const ok = { validateStatus: () => true }

medusaIntegrationTestRunner({
  cwd: process.cwd(),
  testSuite: ({ api, getContainer }) => {
    /** An approved artisan at center A with a class; its room; a manager of A. */
    async function setup(opts: { capacity?: number; hours?: number } = {}) {
      const container = getContainer()
      const query = container.resolve(ContainerRegistrationKeys.QUERY)
      const market = await seedMarket(container)
      const artisan = await signUpSeller(api, "teacher@example.ru", "teacher", [market.a.center.id])
      await runWorkflow(container, "set-membership-status", { center_id: market.a.center.id, seller_id: artisan.seller.id, status: "approved" })
      const { data: rooms } = await query.graph({ entity: "room", fields: ["id", "capacity"], filters: { center_id: market.a.center.id } })
      const { data: [roomB] } = await query.graph({ entity: "room", fields: ["id"], filters: { center_id: market.b.center.id } })
      const createdRes = await api.post(
        "/sellers/me/classes",
        {
          title: "Лепим из глины",
          description: "Для начинающих",
          status: "published",
          level: "beginner",
          age: "12+",
          what_to_bring: "Фартук",
          materials_fee: 400,
          ...(opts.hours !== undefined ? { cancellation_hours: opts.hours } : {}),
          center_ids: [market.a.center.id],
        },
        { ...bearer(artisan.token), ...ok }
      )
      expect(createdRes.status, JSON.stringify(createdRes.data)).toBe(201)
      const created = createdRes.data
      const headers = { headers: { "x-publishable-api-key": market.key.token } }
      return { container, query, market, artisan, room: rooms[0], roomB, klass: created.class, headers, token: artisan.token }
    }

    async function addSession(s: Awaited<ReturnType<typeof setup>>, body: Record<string, unknown>) {
      return api.post(
        `/sellers/me/classes/${s.klass.id}/sessions`,
        { room_id: s.room.id, duration_min: 90, capacity: 5, price: 1500, ...body },
        { ...bearer(s.token), ...ok }
      )
    }

    /** A cart at center A with the given lines, ready to complete. */
    async function cartWith(s: Awaited<ReturnType<typeof setup>>, lines: { variant_id: string; quantity: number; metadata?: any }[], email = "buyer@example.ru") {
      const { data: { cart } } = await api.post(
        "/store/carts",
        { region_id: s.market.region.id, sales_channel_id: s.market.a.sales_channel_id, email },
        s.headers
      )
      for (const line of lines) {
        const added = await api.post(`/store/carts/${cart.id}/line-items`, line, { ...s.headers, ...ok })
        if (added.status !== 200) throw new Error(`adding ${line.variant_id}: ${added.status} ${added.data.message}`)
      }
      const { data: { shipping_options } } = await api.get(`/store/shipping-options?cart_id=${cart.id}`, s.headers)
      await api.post(`/store/carts/${cart.id}/shipping-methods`, { option_id: shipping_options[0].id }, s.headers)
      const { data: { payment_collection } } = await api.post("/store/payment-collections", { cart_id: cart.id }, s.headers)
      await api.post(`/store/payment-collections/${payment_collection.id}/payment-sessions`, { provider_id: "pp_system_default" }, s.headers)
      return { cart, complete: () => api.post(`/store/carts/${cart.id}/complete`, {}, { ...s.headers, ...ok }) }
    }

    async function waitForTickets(orderId: string, headers: any, count: number) {
      for (let i = 0; i < 80; i++) {
        const { data } = await api.get(`/store/orders/${orderId}/tickets`, headers)
        if (data.tickets.length >= count) return data.tickets
        await new Promise((r) => setTimeout(r, 100))
      }
      throw new Error(`no ${count} tickets for ${orderId}`)
    }

    const seatsLeft = async (s: Awaited<ReturnType<typeof setup>>, sessionId: string) => {
      const { data } = await api.get(`/store/classes/${s.klass.handle}`, s.headers)
      return data.class.sessions.find((x: any) => x.id === sessionId)?.seats_left
    }

    const notifications = (container: MedusaContainer, filter: Record<string, unknown>) =>
      (container.resolve(Modules.NOTIFICATION) as any).listNotifications(filter)

    describe("master classes", () => {
      it("schedules a session at 00:30 Moscow time and a weekly series, and refuses a busy room", async () => {
        const s = await setup()
        expect(s.klass).toMatchObject({ title: "Лепим из глины", materials_fee: 400, cancellation_hours: 24, level: "beginner" })

        const night = await addSession(s, { starts_at: moscow(5, "00:30") })
        expect(night.status, JSON.stringify(night.data)).toBe(201)
        const [one] = night.data.sessions
        expect(one.starts_at_moscow.endsWith(" 00:30")).toBe(true)
        // 00:30 in Moscow is the previous UTC day
        expect(new Date(one.starts_at).getUTCHours()).toBe(21)
        expect(one).toMatchObject({ seats_left: 5, price: 1500, capacity: 5, status: "scheduled" })

        const series = await addSession(s, { starts_at: moscow(6, "18:00"), weeks: 3, capacity: 4, price: 0 })
        expect(series.status, JSON.stringify(series.data)).toBe(201)
        expect(series.data.sessions.map((x: any) => x.starts_at_moscow.slice(-5))).toEqual(["18:00", "18:00", "18:00"])
        const gaps = series.data.sessions.slice(1).map((x: any, i: number) => Date.parse(x.starts_at) - Date.parse(series.data.sessions[i].starts_at))
        expect(gaps).toEqual([7 * DAY, 7 * DAY])

        // the same room an hour into the first session: refused, nothing half-written
        const clash = await addSession(s, { starts_at: new Date(Date.parse(one.starts_at) + HOUR).toISOString() })
        expect(clash.status, JSON.stringify(clash.data)).toBe(409)
        expect(clash.data.message).toMatch(/^starts_at: /)
        const clashSeries = await addSession(s, { starts_at: moscow(13, "18:30"), weeks: 2 })
        expect(clashSeries.status, JSON.stringify(clashSeries.data)).toBe(409)
        const { data: listed } = await api.get(`/sellers/me/classes/${s.klass.id}`, bearer(s.token))
        expect(listed.class.sessions).toHaveLength(4)
        const { data: variants } = await s.query.graph({ entity: "product_variant", fields: ["id"], filters: { product_id: s.klass.id } })
        expect(variants).toHaveLength(4)

        // bad input is 4xx with the field first
        const past = await addSession(s, { starts_at: new Date(Date.now() - HOUR).toISOString() })
        expect(past.status, JSON.stringify(past.data)).toBe(400)
        expect(past.data.message).toMatch(/^starts_at: /)
        const big = await addSession(s, { starts_at: moscow(20, "12:00"), capacity: s.room.capacity + 1 })
        expect(big.status, JSON.stringify(big.data)).toBe(400)
        expect(big.data.message).toMatch(/^capacity: /)
        const foreign = await addSession(s, { starts_at: moscow(20, "12:00"), room_id: s.roomB.id })
        expect(foreign.status, JSON.stringify(foreign.data)).toBe(400)
        expect(foreign.data.message).toMatch(/^room_id: /)

        // moving re-occupies the room: into the series' slot is refused, to a free time works
        const moveClash = await api.post(
          `/sellers/me/classes/${s.klass.id}/sessions/${one.id}`,
          { starts_at: series.data.sessions[0].starts_at },
          { ...bearer(s.token), ...ok }
        )
        expect(moveClash.status, JSON.stringify(moveClash.data)).toBe(409)
        const moved = await api.post(`/sellers/me/classes/${s.klass.id}/sessions/${one.id}`, { starts_at: moscow(30, "11:00") }, bearer(s.token))
        expect(moved.data.session.starts_at_moscow.slice(-5)).toBe("11:00")
        const again = await addSession(s, { starts_at: one.starts_at })
        expect(again.status, JSON.stringify(again.data)).toBe(201)

        // the resident's page: details, materials fee apart from the seat price, seats left
        const { data: page } = await api.get(`/store/classes/${s.klass.handle}`, s.headers)
        expect(page.class).toMatchObject({ title: "Лепим из глины", materials_fee: 400, what_to_bring: "Фартук", age: "12+" })
        expect(page.class.sessions).toHaveLength(5)
      })

      it("books seats with attendee names beside a product, issues one ticket per seat once, with .ics and a confirmation", async () => {
        const s = await setup()
        const { data: { sessions: [session] } } = await addSession(s, { starts_at: moscow(4, "00:30"), capacity: 3 })
        const socks = s.market.products.find((p: any) => p.handle === "socks")

        const { data: { cart: probe } } = await api.post(
          "/store/carts",
          { region_id: s.market.region.id, sales_channel_id: s.market.a.sales_channel_id, email: "buyer@example.ru" },
          s.headers
        )
        const wrongNames = await api.post(
          `/store/carts/${probe.id}/line-items`,
          { variant_id: session.variant_id, quantity: 2, metadata: { attendees: ["Аня"] } },
          { ...s.headers, ...ok }
        )
        expect(wrongNames.status).toBe(400)
        expect(wrongNames.data.message).toMatch(/^attendees: /)
        const tooMany = await api.post(
          `/store/carts/${probe.id}/line-items`,
          { variant_id: session.variant_id, quantity: 4, metadata: { attendees: ["А", "Б", "В", "Г"] } },
          { ...s.headers, ...ok }
        )
        expect(tooMany.status).toBe(409)
        expect(tooMany.data.message).toBe("quantity: на занятие осталось мест: 3")

        const purchase = await cartWith(s, [
          { variant_id: session.variant_id, quantity: 2, metadata: { attendees: ["Анна Петрова", "Миша Петров"] } },
          { variant_id: socks.variants[0].id, quantity: 1 },
        ])
        const done = await purchase.complete()
        expect(done.data.type, JSON.stringify(done.data)).toBe("order")
        const order = done.data.order
        const tickets = await waitForTickets(order.id, s.headers, 2)
        expect(tickets).toHaveLength(2)
        expect(tickets.map((t: any) => t.attendee_name).sort()).toEqual(["Анна Петрова", "Миша Петров"])
        for (const t of tickets) {
          expect(t.code).toMatch(/^[ACDEFGHJKMNPQRTUVWXY34679]{8}$/)
          expect(t).toMatchObject({ status: "confirmed", cancellable: true, class: { handle: s.klass.handle } })
        }
        expect(new Set(tickets.map((t: any) => t.code)).size).toBe(2)
        expect(await seatsLeft(s, session.id)).toBe(1)

        // a re-delivered order.placed issues nothing new
        await runWorkflow(s.container, "issue-tickets", { order_id: order.id })
        const { data: again } = await api.get(`/store/orders/${order.id}/tickets`, s.headers)
        expect(again.tickets.map((t: any) => t.code).sort()).toEqual(tickets.map((t: any) => t.code).sort())

        // the calendar file in UTC: 00:30 Moscow = 21:30 UTC the day before
        const ics = await api.get(`/store/tickets/${tickets[0].code.toLowerCase()}/ics`, s.headers)
        expect(ics.headers["content-type"]).toMatch(/text\/calendar/)
        expect(ics.data).toContain(`DTSTART:${session.starts_at.replace(/[-:]/g, "").replace(/\.\d{3}/, "")}`)
        expect(ics.data).toMatch(/DTSTART:\d{8}T213000Z/)
        expect((await api.get(`/store/tickets/XXXXXXXX/ics`, { ...s.headers, ...ok })).status).toBe(404)

        let told: any[] = []
        for (let i = 0; i < 30 && told.length < 2; i++) {
          told = await notifications(s.container, { to: "buyer@example.ru", template: "ticket-confirmed" })
          await new Promise((r) => setTimeout(r, 100))
        }
        expect(told.map((n: any) => n.data.ticket_code).sort()).toEqual(tickets.map((t: any) => t.code).sort())
        expect(told[0].data.ics_url).toMatch(/\/tickets\/[A-Z0-9]{8}\.ics$/)
      })

      it("refuses a sold-out session when adding and at checkout, with a clear message", async () => {
        const s = await setup()
        const { data: { sessions: [session] } } = await addSession(s, { starts_at: moscow(3, "12:00"), capacity: 2 })
        const early = await cartWith(s, [{ variant_id: session.variant_id, quantity: 2 }], "late@example.ru")
        const first = await cartWith(s, [{ variant_id: session.variant_id, quantity: 2 }])
        expect((await first.complete()).data.type).toBe("order")
        expect(await seatsLeft(s, session.id)).toBe(0)

        const { data: { cart } } = await api.post(
          "/store/carts",
          { region_id: s.market.region.id, sales_channel_id: s.market.a.sales_channel_id },
          s.headers
        )
        const add = await api.post(`/store/carts/${cart.id}/line-items`, { variant_id: session.variant_id, quantity: 1 }, { ...s.headers, ...ok })
        expect(add.status).toBe(409)
        expect(add.data.message).toMatch(/^variant_id: все места на это занятие распроданы/)

        const late = await early.complete()
        expect(late.status).toBe(409)
        expect(late.data.message).toMatch(/^items: места на «Лепим из глины» .* закончились/)
        const { data: orders } = await s.query.graph({ entity: "order", fields: ["id"], filters: { email: "late@example.ru" } })
        expect(orders).toHaveLength(0)
      })

      it("lets 60 simultaneous checkouts take a 20-seat session: exactly 20 tickets, the rest a sold-out 409", async () => {
        const s = await setup()
        await (s.container.resolve("center") as any).updateRooms({ id: s.room.id, capacity: 30 })
        const { data: { sessions: [session] } } = await addSession(s, { starts_at: moscow(9, "19:00"), capacity: 20 })
        const carts: Awaited<ReturnType<typeof cartWith>>[] = []
        for (let i = 0; i < 60; i += 4) {
          carts.push(
            ...(await Promise.all(
              [0, 1, 2, 3].map((k) =>
                cartWith(s, [{ variant_id: session.variant_id, quantity: 1, metadata: { attendees: [`Гость ${i + k}`] } }], `rush${i + k}@example.ru`)
              )
            ))
          )
        }
        const started = Date.now()
        const results = await Promise.all(carts.map((c) => c.complete()))
        const elapsed = Date.now() - started
        const orders = results.filter((r) => r.status === 200 && r.data.type === "order")
        const refused = results.filter((r) => r.status === 409)
        expect(orders).toHaveLength(20)
        expect(refused).toHaveLength(40)
        for (const r of refused) expect(r.data.message).toMatch(/^items: места на «Лепим из глины» .* закончились, пока вы оформляли заказ/)
        let count = 0
        for (let i = 0; i < 100 && count < 20; i++) {
          const { data } = await s.query.graph({ entity: "ticket", fields: ["id"], filters: { session_id: session.id } })
          count = data.length
          await new Promise((r) => setTimeout(r, 100))
        }
        const { data: tickets } = await s.query.graph({ entity: "ticket", fields: ["id", "code"], filters: { session_id: session.id } })
        expect(tickets).toHaveLength(20)
        expect(await seatsLeft(s, session.id)).toBe(0)
        console.log(`60 parallel completions at 20 seats: ${orders.length} orders, ${refused.length} refused in ${elapsed} ms`)
      }, 300_000)

      it("cancels one ticket within the policy (seat back on sale), refuses after it, and offers freed seats to the waitlist in turn", async () => {
        const s = await setup()
        const { data: { sessions: [session] } } = await addSession(s, { starts_at: moscow(6, "15:00"), capacity: 2 })
        const purchase = await cartWith(s, [{ variant_id: session.variant_id, quantity: 2, metadata: { attendees: ["Оля", "Коля"] } }])
        const { data: { order } } = await purchase.complete()
        const tickets = await waitForTickets(order.id, s.headers, 2)
        expect(await seatsLeft(s, session.id)).toBe(0)

        // joining the line: only when sold out, once per e-mail
        const join = (email: string, name: string) =>
          api.post(`/store/class-sessions/${session.id}/waitlist`, { email, name }, { ...s.headers, ...ok })
        expect((await join("first@example.ru", "Первая")).data.waitlist_entry.position).toBe(1)
        expect((await join("second@example.ru", "Второй")).data.waitlist_entry.position).toBe(2)
        const twice = await join("first@example.ru", "Первая")
        expect(twice.status).toBe(409)
        expect(twice.data.message).toMatch(/^email: /)

        // a guest cancels one ticket from the order page with the order's e-mail
        const wrongEmail = await api.post(`/store/orders/${order.id}/tickets/${tickets[0].id}/cancel`, { email: "x@example.ru" }, { ...s.headers, ...ok })
        expect(wrongEmail.status).toBe(404)
        const cancelled = await api.post(`/store/orders/${order.id}/tickets/${tickets[0].id}/cancel`, { email: "buyer@example.ru" }, s.headers)
        expect(cancelled.data.ticket.status).toBe("cancelled")
        const { data: after } = await api.get(`/store/orders/${order.id}/tickets`, s.headers)
        expect(after.tickets.map((t: any) => t.status).sort()).toEqual(["cancelled", "confirmed"])
        const again = await api.post(`/store/orders/${order.id}/tickets/${tickets[0].id}/cancel`, { email: "buyer@example.ru" }, { ...s.headers, ...ok })
        expect(again.status).toBe(409)

        // the freed seat is held for the first in line: nobody else can take it
        const { data: [first] } = await s.query.graph({ entity: "waitlist_entry", fields: ["*"], filters: { email: "first@example.ru" } })
        expect(first.status).toBe("offered")
        expect(Date.parse(first.offer_expires_at) - Date.now()).toBeGreaterThan(11.9 * HOUR)
        expect(await seatsLeft(s, session.id)).toBe(0)
        const offers = await notifications(s.container, { to: "first@example.ru", template: "class-waitlist-offer" })
        expect(offers[0].data.url).toContain(`/classes/${s.klass.handle}?session=${session.id}&offer=${first.offer_token}`)

        // the offer expires: passed on to the next
        await runWorkflow(s.container, "expire-waitlist-offers", { now: new Date(Date.now() + 13 * HOUR).toISOString() })
        await runWorkflow(s.container, "offer-waitlist-seats", { session_id: session.id })
        const { data: entries } = await s.query.graph({ entity: "waitlist_entry", fields: ["email", "status", "offer_token"], filters: { session_id: session.id } })
        const byEmail = Object.fromEntries(entries.map((e: any) => [e.email, e]))
        expect(byEmail["first@example.ru"].status).toBe("expired")
        expect(byEmail["second@example.ru"].status).toBe("offered")
        expect(await seatsLeft(s, session.id)).toBe(0)

        // the expired token no longer works; the live offer books through the normal cart
        const { data: { cart: stale } } = await api.post("/store/carts", { region_id: s.market.region.id, sales_channel_id: s.market.a.sales_channel_id }, s.headers)
        const staleAdd = await api.post(
          `/store/carts/${stale.id}/line-items`,
          { variant_id: session.variant_id, quantity: 1, metadata: { offer_token: first.offer_token, attendees: ["Первая"] } },
          { ...s.headers, ...ok }
        )
        expect(staleAdd.status).toBe(400)
        expect(staleAdd.data.message).toMatch(/^offer: /)
        const offered = await cartWith(
          s,
          [{ variant_id: session.variant_id, quantity: 1, metadata: { offer_token: byEmail["second@example.ru"].offer_token, attendees: ["Второй"] } }],
          "second@example.ru"
        )
        // in the cart, before payment, the seat is still held for them: nobody else can add or buy it
        expect(await seatsLeft(s, session.id)).toBe(0)
        const { data: { cart: outsider } } = await api.post("/store/carts", { region_id: s.market.region.id, sales_channel_id: s.market.a.sales_channel_id }, s.headers)
        const snatch = await api.post(
          `/store/carts/${outsider.id}/line-items`,
          { variant_id: session.variant_id, quantity: 1, metadata: { attendees: ["Чужой"] } },
          { ...s.headers, ...ok }
        )
        expect(snatch.status).toBe(409)
        expect(snatch.data.message).toMatch(/^variant_id: все места на это занятие распроданы/)
        const booked = await offered.complete()
        expect(booked.data.type, JSON.stringify(booked.data)).toBe("order")
        await waitForTickets(booked.data.order.id, s.headers, 1)
        // the same order.placed handler that issues the ticket takes them off the line (just after the ticket)
        let second: any = null
        for (let i = 0; i < 50 && second?.status !== "booked"; i++) {
          ;({ data: [second] } = await s.query.graph({ entity: "waitlist_entry", fields: ["status"], filters: { email: "second@example.ru" } }))
          if (second?.status !== "booked") await new Promise((r) => setTimeout(r, 100))
        }
        expect(second.status).toBe("booked")

        // within 24 h of the start the policy refuses (a 2-hour policy class shows the other side)
        const soon = await addSession(s, { starts_at: new Date(Date.now() + 5 * HOUR).toISOString(), capacity: 2 })
        const late = await cartWith(s, [{ variant_id: soon.data.sessions[0].variant_id, quantity: 1 }])
        const { data: { order: lateOrder } } = await late.complete()
        const [lateTicket] = await waitForTickets(lateOrder.id, s.headers, 1)
        expect(lateTicket.cancellable).toBe(false)
        const refused = await api.post(`/store/orders/${lateOrder.id}/tickets/${lateTicket.id}/cancel`, { email: "buyer@example.ru" }, { ...s.headers, ...ok })
        expect(refused.status).toBe(400)
        expect(refused.data.message).toBe("ticket_id: бесплатно отменить можно не позже чем за 24 ч до начала")
        await api.post(`/sellers/me/classes/${s.klass.id}`, { cancellation_hours: 2 }, bearer(s.token))
        const allowed = await api.post(`/store/orders/${lateOrder.id}/tickets/${lateTicket.id}/cancel`, { email: "buyer@example.ru" }, s.headers)
        expect(allowed.data.ticket.status).toBe("cancelled")
      })

      it("lets a manager cancel a session at their center: tickets cancelled, every holder told, room freed", async () => {
        const s = await setup()
        const boss = await createManager(s.container, api, "boss@example.ru", [s.market.a.center.id])
        const other = await createManager(s.container, api, "other@example.ru", [s.market.b.center.id])
        const { data: { sessions: [session] } } = await addSession(s, { starts_at: moscow(8, "10:00"), capacity: 4 })
        const a = await cartWith(s, [{ variant_id: session.variant_id, quantity: 1 }], "one@example.ru")
        const b = await cartWith(s, [{ variant_id: session.variant_id, quantity: 2 }], "two@example.ru")
        const { data: { order: oa } } = await a.complete()
        const { data: { order: ob } } = await b.complete()
        await waitForTickets(oa.id, s.headers, 1)
        await waitForTickets(ob.id, s.headers, 2)

        const foreign = await api.post(`/manage/centers/${s.market.b.center.id}/sessions/${session.id}/cancel`, {}, { ...bearer(other.token), ...ok })
        expect(foreign.status).toBe(404)
        const { data } = await api.post(`/manage/centers/${s.market.a.center.id}/sessions/${session.id}/cancel`, { reason: "Мастер заболел" }, bearer(boss.token))
        expect(data.cancelled_tickets).toBe(3)
        expect(data.session.status).toBe("cancelled")
        const { data: ticketsA } = await api.get(`/store/orders/${oa.id}/tickets`, s.headers)
        expect(ticketsA.tickets.map((t: any) => t.status)).toEqual(["cancelled"])
        const told = [
          ...(await notifications(s.container, { to: "one@example.ru", template: "class-session-cancelled" })),
          ...(await notifications(s.container, { to: "two@example.ru", template: "class-session-cancelled" })),
        ]
        expect(told).toHaveLength(3)
        expect(told[0].data.reason).toBe("Мастер заболел")
        const twice = await api.post(`/sellers/me/classes/${s.klass.id}/sessions/${session.id}/cancel`, {}, { ...bearer(s.token), ...ok })
        expect(twice.status).toBe(409)
        // no longer bookable, and the room's time is free again
        const { data: { cart } } = await api.post("/store/carts", { region_id: s.market.region.id, sales_channel_id: s.market.a.sales_channel_id }, s.headers)
        const add = await api.post(`/store/carts/${cart.id}/line-items`, { variant_id: session.variant_id, quantity: 1 }, { ...s.headers, ...ok })
        expect(add.status).toBe(400)
        expect((await addSession(s, { starts_at: session.starts_at })).status).toBe(201)
        const { data: upcoming } = await api.get("/store/classes?limit=50", s.headers)
        expect(upcoming.sessions.map((x: any) => x.variant_id)).not.toContain(session.variant_id)
        expect(upcoming.sessions.filter((x: any) => x.product_id === s.klass.id)).toHaveLength(1)
      })

      it("checks a ticket in once, tells the second scan when the first was, and marks no-shows only after the end", async () => {
        const s = await setup()
        const boss = await createManager(s.container, api, "boss@example.ru", [s.market.a.center.id])
        const { data: { sessions: [session] } } = await addSession(s, { starts_at: moscow(2, "18:00"), capacity: 4 })
        const purchase = await cartWith(s, [{ variant_id: session.variant_id, quantity: 4, metadata: { attendees: ["А", "Б", "В", "Г"] } }])
        const { data: { order } } = await purchase.complete()
        const [t1, t2, t3] = await waitForTickets(order.id, s.headers, 4)
        const url = `/sellers/me/classes/${s.klass.id}/sessions/${session.id}`

        const first = await api.post(`${url}/check-in`, { code: t1.code.toLowerCase().replace(/(....)/, "$1-") }, bearer(s.token))
        expect(first.data.ticket.status).toBe("attended")
        const second = await api.post(`${url}/check-in`, { code: t1.code }, { ...bearer(s.token), ...ok })
        expect(second.status).toBe(409)
        expect(second.data.message).toMatch(/^code: билет уже отмечен \d{2}\.\d{2}\.\d{4} \d{2}:\d{2} по Москве$/)
        const unknown = await api.post(`${url}/check-in`, { code: "ACDEFGHJ" }, { ...bearer(s.token), ...ok })
        expect(unknown.status).toBe(404)
        const byManager = await api.post(`/manage/centers/${s.market.a.center.id}/sessions/${session.id}/check-in`, { code: t2.code }, bearer(boss.token))
        expect(byManager.data.ticket.status).toBe("attended")

        // two scanners at the same moment: one wins, the other is told
        const race = await Promise.all([1, 2].map(() => api.post(`${url}/check-in`, { code: t3.code }, { ...bearer(s.token), ...ok })))
        expect(race.map((r) => r.status).sort()).toEqual([200, 409])

        const early = await api.post(`${url}/no-show`, {}, { ...bearer(s.token), ...ok })
        expect(early.status).toBe(400)
        // the session is over (moved into the past directly: the API refuses past times)
        await (s.container.resolve("masterclass") as any).updateClassSessions({
          id: session.id,
          starts_at: new Date(Date.now() - 3 * HOUR),
          ends_at: new Date(Date.now() - HOUR),
        })
        const { data: marked } = await api.post(`${url}/no-show`, {}, bearer(s.token))
        expect(marked.no_show).toBe(1)
        const { data: list } = await api.get(`${url}/tickets`, bearer(s.token))
        expect(list.tickets.map((t: any) => t.attendee_name)).toEqual(["А", "Б", "В", "Г"])
        for (const t of list.tickets) {
          expect(t.status).toBe([t1.code, t2.code, t3.code].includes(t.code) ? "attended" : "no_show")
        }
      })

      it("shows a customer their tickets and lets only them cancel one; moving a session tells its holders", async () => {
        const s = await setup()
        const { data: { sessions: [session] } } = await addSession(s, { starts_at: moscow(10, "12:00"), capacity: 4 })
        const customer = async (email: string) => {
          const { data: { token: reg } } = await api.post("/auth/customer/emailpass/register", { email, password: "secret-123" })
          await api.post("/store/customers", { email, first_name: "Житель" }, { headers: { ...s.headers.headers, authorization: `Bearer ${reg}` } })
          const { data: { token } } = await api.post("/auth/customer/emailpass", { email, password: "secret-123" })
          return { headers: { ...s.headers.headers, authorization: `Bearer ${token}` } }
        }
        const me = await customer("me@example.ru")
        const other = await customer("other@example.ru")
        const { data: { cart } } = await api.post(
          "/store/carts",
          { region_id: s.market.region.id, sales_channel_id: s.market.a.sales_channel_id },
          me
        )
        await api.post(`/store/carts/${cart.id}/line-items`, { variant_id: session.variant_id, quantity: 2, metadata: { attendees: ["Я", "Сын"] } }, me)
        const { data: { shipping_options } } = await api.get(`/store/shipping-options?cart_id=${cart.id}`, me)
        await api.post(`/store/carts/${cart.id}/shipping-methods`, { option_id: shipping_options[0].id }, me)
        const { data: { payment_collection } } = await api.post("/store/payment-collections", { cart_id: cart.id }, me)
        await api.post(`/store/payment-collections/${payment_collection.id}/payment-sessions`, { provider_id: "pp_system_default" }, me)
        const { data: done } = await api.post(`/store/carts/${cart.id}/complete`, {}, me)
        await waitForTickets(done.order.id, s.headers, 2)

        const { data: mine } = await api.get("/store/customers/me/tickets", me)
        expect(mine.tickets.map((t: any) => t.attendee_name).sort()).toEqual(["Сын", "Я"])
        expect((await api.get("/store/customers/me/tickets", other)).data.tickets).toEqual([])
        const stolen = await api.post(`/store/customers/me/tickets/${mine.tickets[0].id}/cancel`, {}, { ...other, ...ok })
        expect(stolen.status).toBe(404)
        expect((await api.get("/store/customers/me/tickets", { ...s.headers, ...ok })).status).toBe(401)
        const { data: cancelled } = await api.post(`/store/customers/me/tickets/${mine.tickets[0].id}/cancel`, {}, me)
        expect(cancelled.ticket.status).toBe("cancelled")
        expect(await seatsLeft(s, session.id)).toBe(3)

        const moved = await api.post(
          `/sellers/me/classes/${s.klass.id}/sessions/${session.id}`,
          { starts_at: moscow(11, "00:30") },
          bearer(s.token)
        )
        expect(moved.data.session.starts_at_moscow.slice(-5)).toBe("00:30")
        const told = await notifications(s.container, { to: "me@example.ru", template: "class-session-moved" })
        // only the ticket still valid is told
        expect(told).toHaveLength(1)
        expect(told[0].data.starts_at_moscow.slice(-5)).toBe("00:30")
        const { data: ics } = await api.get(`/store/tickets/${mine.tickets[1].code}/ics`, s.headers)
        expect(ics).toContain(`DTSTART:${moved.data.session.starts_at.replace(/[-:]/g, "").replace(/\.\d{3}/, "")}`)
      })

      it("reminds each ticket holder once, about 24 h before", async () => {
        const s = await setup()
        const { data: { sessions: [soon] } } = await addSession(s, { starts_at: new Date(Date.now() + 20 * HOUR).toISOString(), capacity: 4 })
        const { data: { sessions: [later] } } = await addSession(s, { starts_at: new Date(Date.now() + 3 * DAY).toISOString(), capacity: 4 })
        const purchase = await cartWith(s, [
          { variant_id: soon.variant_id, quantity: 2 },
          { variant_id: later.variant_id, quantity: 1 },
        ], "remind@example.ru")
        const { data: { order } } = await purchase.complete()
        await waitForTickets(order.id, s.headers, 3)
        const first = await runWorkflow(s.container, "send-class-reminders", {})
        expect(first.reminded).toBe(2)
        const second = await runWorkflow(s.container, "send-class-reminders", {})
        expect(second.reminded).toBe(0)
        const sent = await notifications(s.container, { to: "remind@example.ru", template: "class-reminder" })
        expect(sent).toHaveLength(2)
        expect(sent[0].data.starts_at).toBe(soon.starts_at)
      })
    })
  },
})
