import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { runWorkflow, seedMarket } from "../support/fixtures"
import { addDays, moscowParts, moscowToUtc, parseHm, weekdayOf } from "../../src/modules/room-booking/time"


function nextDay(weekday: string, minDays = 2) {
  let date = addDays(moscowParts(new Date()).date, minDays)
  while (weekdayOf(date) !== weekday) date = addDays(date, 1)
  return date
}
const at = (date: string, hm: string) => moscowToUtc(date, parseHm(hm)).toISOString()
const ruDate = (date: string) => date.split("-").reverse().join(".")

medusaIntegrationTestRunner({
  cwd: process.cwd(),
  testSuite: ({ api, getContainer }) => {
    const call = (method: string, url: string, config: any = {}, data?: unknown) =>
      api.request({ method, url, data, ...config, validateStatus: () => true })

    async function setup() {
      const container = getContainer()
      const market = await seedMarket(container)
      const key = { "x-publishable-api-key": market.key.token }
      const query = container.resolve(ContainerRegistrationKeys.QUERY)
      const pg = container.resolve(ContainerRegistrationKeys.PG_CONNECTION) as any
      const { data: [room] } = await query.graph({ entity: "room", fields: ["id"], filters: { center_id: market.a.center.id } })
      const customer = async (email: string) => {
        const { data: { token: registration } } = await api.post("/auth/customer/emailpass/register", { email, password: "secret-123" })
        await api.post("/store/customers", { email, first_name: "Анна", last_name: "Соседова" }, { headers: { ...key, authorization: `Bearer ${registration}` } })
        const { data: { token } } = await api.post("/auth/customer/emailpass", { email, password: "secret-123" })
        return { headers: { ...key, authorization: `Bearer ${token}` } }
      }
      const booking = async (id: string) => (await query.graph({ entity: "room_booking", fields: ["*"], filters: { id } } as any)).data[0] as any
      const hold = async (who: { headers: any }, starts_at: string, ends_at: string) => {
        const res = await call("POST", "/store/room-bookings", { headers: who.headers }, { room_id: room.id, starts_at, ends_at })
        expect(res.status).toBe(201)
        return res.data.room_booking
      }
      const toCart = (who: { headers: any }, id: string, body: Record<string, unknown> = {}) =>
        call("POST", `/store/room-bookings/${id}/cart`, { headers: who.headers }, body)
      const count = async (table: string) => Number((await pg.raw(`select count(*)::int as n from ${table}`)).rows[0].n)
      /** pickup at the center + pay at the center + complete, as the storefront's checkout does */
      const checkout = async (cartId: string) => {
        const { data: { shipping_options } } = await api.get(`/store/shipping-options?cart_id=${cartId}`, { headers: key })
        await api.post(`/store/carts/${cartId}/shipping-methods`, { option_id: shipping_options[0].id }, { headers: key })
        const { data: { payment_collection } } = await api.post("/store/payment-collections", { cart_id: cartId }, { headers: key })
        await api.post(`/store/payment-collections/${payment_collection.id}/payment-sessions`, { provider_id: "pp_system_default" }, { headers: key })
        return call("POST", `/store/carts/${cartId}/complete`, { headers: key })
      }
      const waitConfirmed = async (id: string) => {
        for (let i = 0; i < 100; i++) {
          const b = await booking(id)
          if (b.status === "confirmed") return b
          await new Promise((r) => setTimeout(r, 100))
        }
        return booking(id)
      }
      return { container, market, key, query, pg, room, customer, booking, hold, toCart, count, checkout, waitConfirmed }
    }

    describe("paid room bookings through the cart", () => {
      it("hold → cart → checkout confirms the booking with the order and a door code; the artisan split ignores the room", async () => {
        const s = await setup()
        const anna = await s.customer("anna@example.ru")
        const boris = await s.customer("boris@example.ru")
        const wed = nextDay("wed")
        const held = await s.hold(anna, at(wed, "10:00"), at(wed, "11:30"))
        expect(held).toMatchObject({ status: "held", price: 750 })

        // someone else's booking does not exist for Boris, and nothing is written
        const carts = await s.count("cart")
        const foreign = await s.toCart(boris, held.id)
        expect(foreign.status).toBe(404)
        expect(await s.count("cart")).toBe(carts)
        expect((await s.booking(held.id)).cart_id).toBeNull()
        expect((await call("POST", `/store/room-bookings/${held.id}/cart`, { headers: s.key }, {})).status).toBe(401)
        expect((await s.toCart(anna, held.id, { cart_id: 42 })).status).toBe(400)

        const added = await s.toCart(anna, held.id)
        expect(added.status).toBe(200)
        const cart = added.data.cart
        expect(cart.sales_channel_id).toBe(s.market.a.sales_channel_id)
        expect(cart.currency_code).toBe("rub")
        expect(cart.items).toEqual([
          expect.objectContaining({
            title: `Аренда: Мастерская, ${ruDate(wed)} 10:00–11:30`,
            unit_price: 750,
            quantity: 1,
            metadata: expect.objectContaining({ room_booking_id: held.id }),
          }),
        ])
        expect((await s.booking(held.id)).cart_id).toBe(cart.id)
        // again into the same cart: still one line
        const again = await s.toCart(anna, held.id, { cart_id: cart.id })
        expect(again.status).toBe(200)
        expect(again.data.cart.items).toHaveLength(1)
        // Boris cannot put his booking into Anna's cart (a cart of another customer does not exist for him)
        const borisHeld = await s.hold(boris, at(wed, "14:00"), at(wed, "15:00"))
        expect((await s.toCart(boris, borisHeld.id, { cart_id: cart.id })).status).toBe(404)

        // goods of the same center in the same cart
        const socks = s.market.products.find((p: any) => p.handle === "socks")
        await api.post(`/store/carts/${cart.id}/line-items`, { variant_id: socks.variants[0].id, quantity: 1 }, { headers: s.key })
        const done = await s.checkout(cart.id)
        expect(done.status).toBe(200)
        expect(done.data.type).toBe("order")
        const order = done.data.order
        expect(order.total).toBe(750 + 900)

        const confirmed = await s.waitConfirmed(held.id)
        expect(confirmed).toMatchObject({ status: "confirmed", order_id: order.id, cart_id: cart.id, hold_expires_at: null })
        expect(confirmed.door_code).toMatch(/^\d{6}$/)
        const { data: mine } = await api.get(`/store/customers/me/room-bookings/${held.id}`, { headers: anna.headers })
        expect(mine.room_booking).toMatchObject({ status: "confirmed", door_code: confirmed.door_code })

        // the order's split by artisan: only the socks' maker gets a part, the room line is left alone
        const parts = await runWorkflow(s.container, "split-order-by-seller", { order_id: order.id })
        expect(parts).toEqual([s.market.maker.id])
        const { data: [placed] } = await s.query.graph({ entity: "order", fields: ["items.title", "items.metadata"], filters: { id: order.id } })
        expect((placed as any).items.map((i: any) => i.title).sort()).toEqual([`Аренда: Мастерская, ${ruDate(wed)} 10:00–11:30`, "Вязаные носки"])

        // a re-delivered order.placed changes nothing
        await runWorkflow(s.container, "confirm-paid-room-bookings", { order_id: order.id })
        expect((await s.booking(held.id)).door_code).toBe(confirmed.door_code)
        // paid and confirmed: it cannot be paid again
        const twice = await s.toCart(anna, held.id)
        expect(twice.status).toBe(400)
        expect(twice.data.message).toMatch(/^status: бронь уже подтверждена/)
      })

      it("a room-only order has no artisan part; the expiry job leaves a booking whose order was placed", async () => {
        const s = await setup()
        const anna = await s.customer("anna@example.ru")
        const thu = nextDay("thu")
        const held = await s.hold(anna, at(thu, "12:00"), at(thu, "13:00"))
        const { data: { cart } } = await s.toCart(anna, held.id)
        const done = await s.checkout(cart.id)
        expect(done.data.type).toBe("order")
        expect(await runWorkflow(s.container, "split-order-by-seller", { order_id: done.data.order.id })).toEqual([])
        expect((await s.waitConfirmed(held.id)).order_id).toBe(done.data.order.id)

        // an order placed but not yet confirmed (the event still on its way) when the 15 minutes ran out
        const late = await s.hold(anna, at(thu, "15:00"), at(thu, "16:00"))
        const { data: { cart: lateCart } } = await s.toCart(anna, late.id)
        await s.pg.raw(`update cart set completed_at = now() where id = ?`, [lateCart.id])
        await s.pg.raw(`update room_booking set hold_expires_at = now() - interval '10 minutes' where id = ?`, [late.id])
        await runWorkflow(s.container, "release-expired-room-holds", {})
        expect((await s.booking(late.id)).status).toBe("held")
        // an abandoned cart's hold is released as before
        const gone = await s.hold(anna, at(thu, "17:00"), at(thu, "18:00"))
        await s.toCart(anna, gone.id)
        await s.pg.raw(`update room_booking set hold_expires_at = now() - interval '10 minutes' where id = ?`, [gone.id])
        await runWorkflow(s.container, "release-expired-room-holds", {})
        expect((await s.booking(gone.id)).status).toBe("cancelled")
      })

      it("refuses an expired hold when adding and at checkout (409 in Russian), writing nothing", async () => {
        const s = await setup()
        const anna = await s.customer("anna@example.ru")
        const fri = nextDay("fri")

        const stale = await s.hold(anna, at(fri, "10:00"), at(fri, "11:00"))
        await s.pg.raw(`update room_booking set hold_expires_at = now() - interval '1 second' where id = ?`, [stale.id])
        const carts = await s.count("cart")
        const refused = await s.toCart(anna, stale.id)
        expect(refused.status).toBe(400)
        expect(refused.data.message).toMatch(/^hold_expires_at: время удержания истекло/)
        expect(await s.count("cart")).toBe(carts)
        expect((await s.booking(stale.id)).cart_id).toBeNull()

        const held = await s.hold(anna, at(fri, "12:00"), at(fri, "13:00"))
        const { data: { cart } } = await s.toCart(anna, held.id)
        await s.pg.raw(`update room_booking set hold_expires_at = now() - interval '1 second' where id = ?`, [held.id])
        const orders = await s.count(`"order"`)
        const late = await s.checkout(cart.id)
        expect(late.status).toBe(409)
        expect(late.data.message).toMatch(/^items: время удержания помещения «Мастерская, .*» истекло/)
        expect(await s.count(`"order"`)).toBe(orders)
        expect((await s.booking(held.id))).toMatchObject({ status: "held", door_code: null, order_id: null })
        const { data: { cart: after } } = await api.get(`/store/carts/${cart.id}`, { headers: s.key })
        expect(after.completed_at).toBeFalsy()

        // a changed line (two of one booking) is refused too
        const other = await s.hold(anna, at(fri, "15:00"), at(fri, "16:00"))
        const { data: { cart: c2 } } = await s.toCart(anna, other.id)
        await api.post(`/store/carts/${c2.id}/line-items/${c2.items[0].id}`, { quantity: 2 }, { headers: s.key })
        const changed = await s.checkout(c2.id)
        expect(changed.status).toBe(409)
        expect(changed.data.message).toMatch(/^items: бронь помещения «.*» в корзине изменена/)

        // a cart of another center is refused with the field named
        const { data: { cart: betaCart } } = await api.post("/store/carts", { region_id: s.market.region.id, sales_channel_id: s.market.b.sales_channel_id }, { headers: anna.headers })
        const third = await s.hold(anna, at(fri, "17:00"), at(fri, "18:00"))
        const wrong = await s.toCart(anna, third.id, { cart_id: betaCart.id })
        expect(wrong.status).toBe(400)
        expect(wrong.data.message).toMatch(/^cart_id: /)
      })

      it("a free room is still confirmed at once and needs no cart", async () => {
        const s = await setup()
        const anna = await s.customer("anna@example.ru")
        await (s.container.resolve("center") as any).updateRooms({ id: s.room.id, hourly_price: 0 })
        const wed = nextDay("wed")
        const res = await call("POST", "/store/room-bookings", { headers: anna.headers }, { room_id: s.room.id, starts_at: at(wed, "16:00"), ends_at: at(wed, "17:00") })
        expect(res.status).toBe(201)
        expect(res.data.room_booking).toMatchObject({ status: "confirmed", price: 0 })
        expect(res.data.room_booking.door_code).toMatch(/^\d{6}$/)
        const refused = await s.toCart(anna, res.data.room_booking.id)
        expect(refused.status).toBe(400)
        expect(refused.data.message).toMatch(/^status: /)
      })
    })
  },
})
