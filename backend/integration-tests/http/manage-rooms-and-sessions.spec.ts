import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { hours as centerHours, runWorkflow, seedMarket } from "../support/fixtures"
import { bearer, buy, createManager, signUpSeller, waitForParts } from "../support/actors"
import { addDays, moscowParts, moscowToUtc, parseHm, weekdayOf } from "../../src/modules/room-booking/time"

const ok = { validateStatus: () => true }
const at = (date: string, hm: string) => moscowToUtc(date, parseHm(hm)).toISOString()
function nextDay(weekday: string, minDays = 2) {
  let date = addDays(moscowParts(new Date()).date, minDays)
  while (weekdayOf(date) !== weekday) date = addDays(date, 1)
  return date
}

medusaIntegrationTestRunner({
  cwd: process.cwd(),
  testSuite: ({ api, getContainer }) => {
    describe("a manager's rooms: opening hours (issue 4)", () => {
      it("refuses bad hours naming the weekday, writes nothing, and the resident's grid follows good hours", async () => {
        const container = getContainer()
        const query = container.resolve(ContainerRegistrationKeys.QUERY)
        const market = await seedMarket(container)
        const key = { headers: { "x-publishable-api-key": market.key.token } }
        const { token } = await createManager(container, api, "rooms-boss@example.ru", [market.a.center.id])
        const base = `/manage/centers/${market.a.center.id}/rooms`
        const { data: { rooms: [room] } } = await api.get(base, bearer(token))
        expect(room.opening_hours).toBeNull()
        const rows = async () =>
          (await query.graph({ entity: "room", fields: ["id", "name", "opening_hours"], filters: { center_id: market.a.center.id } })).data

        const before = await rows()
        const good = { ...centerHours, wed: ["12:00", "15:00"], thu: null }
        const refused: [unknown, RegExp][] = [
          [{ ...good, tue: ["21:00", "10:00"] }, /^opening_hours\.tue: время открытия должно быть раньше закрытия$/],
          [{ ...good, fri: ["9:00", "18:00"] }, /^opening_hours\.fri: время в формате ЧЧ:ММ/],
          [{ ...good, sat: ["10:00"] }, /^opening_hours\.sat: /],
          [{ ...good, sun: undefined }, /^opening_hours\.sun: укажите время открытия и закрытия или отметьте выходной$/],
          [{ ...good, holiday: null }, /^opening_hours\.holiday: неизвестное поле$/],
          ["круглосуточно", /^opening_hours: /],
        ]
        for (const [opening_hours, message] of refused) {
          const update = await api.post(`${base}/${room.id}`, { opening_hours }, { ...bearer(token), ...ok })
          expect(update.status, JSON.stringify(opening_hours)).toBe(400)
          expect(update.data.message).toMatch(message)
          const create = await api.post(base, { name: "Студия", capacity: 6, hourly_price: 0, opening_hours }, { ...bearer(token), ...ok })
          expect(create.status, JSON.stringify(opening_hours)).toBe(400)
          expect(create.data.message).toMatch(message)
        }
        // the other fields are named the same way, once
        const badName = await api.post(base, { name: "Я", capacity: 0, hourly_price: 0 }, { ...bearer(token), ...ok })
        expect(badName.status).toBe(400)
        expect(badName.data.message).toBe("name: от 2 символов; capacity: хотя бы 1 человек")
        expect(await rows()).toEqual(before)

        // good hours: the room's own, Wednesday 12–15 and Thursday closed (the center is open 10–21 both)
        const { data: saved } = await api.post(`${base}/${room.id}`, { opening_hours: good }, bearer(token))
        expect(saved.room.opening_hours).toEqual(good)
        expect((await api.get(base, bearer(token))).data.rooms[0].opening_hours).toEqual(good)
        const wed = nextDay("wed")
        const { data: grid } = await api.get(`/store/rooms/${room.id}/availability?date=${wed}&days=2`, key)
        expect(grid.days[0].open).toEqual({ from: "12:00", to: "15:00" })
        expect(grid.days[0].slots.map((s: any) => s.time)).toEqual(["12:00", "12:30", "13:00", "13:30", "14:00", "14:30"])
        expect(grid.days[1].slots).toEqual([])
        const { data: { rooms: listed } } = await api.get(`/store/centers/alpha/rooms`, key)
        expect(listed[0].opening_hours).toEqual(good)

        // a resident cannot book outside them
        const email = "anna-rooms@example.ru"
        const { data: { token: registration } } = await api.post("/auth/customer/emailpass/register", { email, password: "secret-123" })
        await api.post("/store/customers", { email, first_name: "Анна" }, { headers: { ...key.headers, authorization: `Bearer ${registration}` } })
        const { data: { token: customer } } = await api.post("/auth/customer/emailpass", { email, password: "secret-123" })
        const resident = { headers: { ...key.headers, authorization: `Bearer ${customer}` } }
        const early = await api.post("/store/room-bookings", { room_id: room.id, starts_at: at(wed, "10:00"), ends_at: at(wed, "11:00") }, { ...resident, ...ok })
        expect(early.status).toBe(400)
        expect(early.data.message).toMatch(/^starts_at: помещение открыто с 12:00 до 15:00/)
        expect((await api.post("/store/room-bookings", { room_id: room.id, starts_at: at(wed, "13:00"), ends_at: at(wed, "14:00") }, resident)).status).toBe(201)

        // null: back to the center's hours
        await api.post(`${base}/${room.id}`, { opening_hours: null }, bearer(token))
        const { data: again } = await api.get(`/store/rooms/${room.id}/availability?date=${wed}`, key)
        expect(again.days[0].open).toEqual({ from: "10:00", to: "21:00" })

        // a new room with its own hours from the start
        const { data: created } = await api.post(base, { name: "Студия", capacity: 6, hourly_price: 0, opening_hours: good }, bearer(token))
        expect(created.room.opening_hours).toEqual(good)
      })
    })

    describe("a manager's sessions (issue 4)", () => {
      it("lists upcoming and past sessions with artisan, room and seats sold; check-in and no-shows", async () => {
        const container = getContainer()
        const query = container.resolve(ContainerRegistrationKeys.QUERY)
        const market = await seedMarket(container)
        const artisan = await signUpSeller(api, "door@example.ru", "door-teacher", [market.a.center.id])
        await runWorkflow(container, "set-membership-status", { center_id: market.a.center.id, seller_id: artisan.seller.id, status: "approved" })
        const { data: [room] } = await query.graph({ entity: "room", fields: ["id", "name"], filters: { center_id: market.a.center.id } })
        const { data: { class: klass } } = await api.post(
          "/sellers/me/classes",
          { title: "Витражи", status: "published", center_ids: [market.a.center.id] },
          bearer(artisan.token)
        )
        const { data: { sessions: [session] } } = await api.post(
          `/sellers/me/classes/${klass.id}/sessions`,
          { room_id: room.id, starts_at: new Date(Date.now() + 10 * 86400_000).toISOString(), duration_min: 60, capacity: 4, price: 0 },
          bearer(artisan.token)
        )
        const codes: string[] = []
        for (let i = 0; i < 2; i++) {
          const purchase = await buy(api, { key: market.key.token, region_id: market.region.id, sales_channel_id: market.a.sales_channel_id, variant_ids: [session.variant_id] })
          const { data: { order } } = await purchase.complete()
          await waitForParts(api, order.id, 1, purchase.headers)
          for (let n = 0; n < 50; n++) {
            const { data } = await api.get(`/store/orders/${order.id}/tickets`, purchase.headers)
            if (data.tickets.length) {
              codes.push(data.tickets[0].code)
              break
            }
            await new Promise((r) => setTimeout(r, 100))
          }
        }
        expect(codes).toHaveLength(2)

        const { token } = await createManager(container, api, "sessions-boss@example.ru", [market.a.center.id])
        const base = `/manage/centers/${market.a.center.id}/sessions`
        const { data: upcoming } = await api.get(base, bearer(token))
        const listed = upcoming.sessions.find((s: any) => s.id === session.id)
        expect(listed).toMatchObject({
          class: { id: klass.id, title: "Витражи" },
          artisan: { id: artisan.seller.id, name: "Мастер door-teacher" },
          room: { id: room.id, name: room.name },
          capacity: 4,
          seats_sold: 2,
          checked_in: 0,
          status: "scheduled",
        })
        expect((await api.get(`${base}?when=past`, bearer(token))).data.sessions.map((s: any) => s.id)).not.toContain(session.id)
        expect((await api.get(`${base}?when=yesterday`, { ...bearer(token), ...ok })).status).toBe(400)

        const first = await api.post(`${base}/${session.id}/check-in`, { code: codes[0] }, bearer(token))
        expect(first.data.ticket.status).toBe("attended")
        const second = await api.post(`${base}/${session.id}/check-in`, { code: codes[0] }, { ...bearer(token), ...ok })
        expect(second.status).toBe(409)
        expect(second.data.message).toMatch(/^code: билет уже отмечен \d{2}\.\d{2}\.\d{4},? \d{2}:\d{2} по Москве/)
        expect((await api.post(`${base}/${session.id}/no-show`, {}, { ...bearer(token), ...ok })).status).toBe(400)

        // the session is over: it moves to the past list, and the other ticket becomes a no-show
        const pg = container.resolve(ContainerRegistrationKeys.PG_CONNECTION) as any
        await pg.raw(`update class_session set starts_at = now() - interval '3 hours', ends_at = now() - interval '2 hours' where id = ?`, [session.id])
        expect((await api.get(base, bearer(token))).data.sessions.map((s: any) => s.id)).not.toContain(session.id)
        const { data: noShow } = await api.post(`${base}/${session.id}/no-show`, {}, bearer(token))
        expect(noShow.no_show).toBe(1)
        const { data: past } = await api.get(`${base}?when=past`, bearer(token))
        expect(past.sessions.find((s: any) => s.id === session.id)).toMatchObject({ seats_sold: 2, checked_in: 1, no_shows: 1 })
      })
    })
  },
})
