import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { runWorkflow, seedMarket } from "../support/fixtures"
import { bearer, createManager } from "../support/actors"
import { addDays, moscowParts, moscowToUtc, parseHm, weekdayOf } from "../../src/modules/room-booking/time"

const MIN = 60_000
/** The next Moscow date that is `weekday`, at least `minDays` ahead. */
function nextDay(weekday: string, minDays = 2) {
  let date = addDays(moscowParts(new Date()).date, minDays)
  while (weekdayOf(date) !== weekday) date = addDays(date, 1)
  return date
}
const at = (date: string, hm: string) => moscowToUtc(date, parseHm(hm)).toISOString()
const allDay = Object.fromEntries(["mon", "tue", "wed", "thu", "fri", "sat", "sun"].map((d) => [d, ["00:00", "24:00"]]))

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
      const { data: [otherRoom] } = await query.graph({ entity: "room", fields: ["id"], filters: { center_id: market.b.center.id } })
      const centerService = container.resolve("center") as any
      const customer = async (email: string) => {
        const { data: { token: registration } } = await api.post("/auth/customer/emailpass/register", { email, password: "secret-123" })
        await api.post("/store/customers", { email, first_name: "Анна", last_name: "Соседова" }, { headers: { ...key, authorization: `Bearer ${registration}` } })
        const { data: { token } } = await api.post("/auth/customer/emailpass", { email, password: "secret-123" })
        return { headers: { ...key, authorization: `Bearer ${token}` } }
      }
      const rows = async (filters: Record<string, unknown> = {}) =>
        (await query.graph({ entity: "room_booking", fields: ["*"], filters } as any)).data as any[]
      const book = (who: { headers: any }, room_id: string, starts_at: string, ends_at: string, extra = {}) =>
        call("POST", "/store/room-bookings", { headers: who.headers }, { room_id, starts_at, ends_at, ...extra })
      return { container, market, key, query, pg, room, otherRoom, centerService, customer, rows, book }
    }

    describe("room bookings", () => {
      it("holds a slot on the 30-minute grid inside opening hours, for logged-in residents only", async () => {
        const ctx = await setup()
        const { market, key, room, customer, rows, book } = ctx
        const anna = await customer("anna@example.ru")
        const boris = await customer("boris@example.ru")
        const wed = nextDay("wed")

        const { centerService } = ctx
        await centerService.updateRooms({ id: room.id, lock_secret_hash: "ab".repeat(32) })
        const { data: list } = await api.get(`/store/centers/alpha/rooms`, { headers: key })
        expect(list.rooms).toEqual([
          expect.objectContaining({ id: room.id, name: "Мастерская", capacity: 10, hourly_price: 500, opening_hours: expect.objectContaining({ wed: ["10:00", "21:00"] }) }),
        ])
        expect(JSON.stringify(list)).not.toContain("lock_secret")
        for (const url of ["/store/centers/alpha?fields=%2Brooms.lock_secret_hash", "/store/centers?fields=rooms.lock_secret_hash", "/store/centers/alpha/rooms?fields=rooms.lock_secret_hash"]) {
          const res = await call("GET", url, { headers: key })
          expect(res.status, url).toBe(400)
          expect(JSON.stringify(res.data)).not.toMatch(/[0-9a-f]{64}/)
        }
        expect((await call("GET", `/store/centers/alpha/rooms`)).status).toBe(400) // no publishable key

        const { data: grid } = await api.get(`/store/rooms/${room.id}/availability?date=${wed}`, { headers: key })
        expect(grid.days[0].open).toEqual({ from: "10:00", to: "21:00" })
        expect(grid.days[0].slots).toHaveLength(22)
        expect(grid.days[0].slots[0]).toEqual({ starts_at: at(wed, "10:00"), ends_at: at(wed, "10:30"), time: "10:00", free: true })
        expect((await call("GET", `/store/rooms/${room.id}/availability?date=31.12.2026`, { headers: key })).status).toBe(400)
        expect((await call("GET", `/store/rooms/room_missing/availability?date=${wed}`, { headers: key })).status).toBe(404)
        const { data: week } = await api.get(`/store/rooms/${room.id}/availability?date=${wed}&days=7`, { headers: key })
        expect(week.days.map((d: any) => d.date)).toEqual(Array.from({ length: 7 }, (_, i) => addDays(wed, i)))
        // Wednesday 10–21, Saturday 11–18, Sunday and Monday closed (the center's hours)
        expect(week.days.map((d: any) => d.slots.length)).toEqual([22, 22, 22, 14, 0, 0, 22])

        expect((await call("POST", "/store/room-bookings", { headers: key }, { room_id: room.id, starts_at: at(wed, "10:00"), ends_at: at(wed, "11:00") })).status).toBe(401)
        const refused: [string, string, RegExp][] = [
          [at(wed, "10:15"), at(wed, "11:15"), /^starts_at: бронь начинается в :00 или :30/],
          [at(wed, "10:00"), at(wed, "10:30"), /^ends_at: бронь не короче часа/],
          [at(wed, "09:30"), at(wed, "10:30"), /^starts_at: помещение открыто с 10:00 до 21:00/],
          [at(wed, "20:30"), at(wed, "21:30"), /^starts_at: помещение открыто с 10:00 до 21:00/],
          [at(nextDay("mon"), "10:00"), at(nextDay("mon"), "11:00"), /^starts_at: в этот день помещение закрыто/],
          [at(addDays(moscowParts(new Date()).date, -7), "12:00"), at(addDays(moscowParts(new Date()).date, -7), "13:00"), /^starts_at: это время уже прошло/],
          ["завтра", at(wed, "11:00"), /^starts_at: неверное время/],
        ]
        for (const [starts_at, ends_at, message] of refused) {
          const res = await book(anna, room.id, starts_at, ends_at)
          expect(res.status, `${starts_at}–${ends_at}`).toBe(400)
          expect(res.data.message).toMatch(message)
        }
        expect((await book(anna, "room_nope", at(wed, "10:00"), at(wed, "11:00"))).status).toBe(404)
        expect(await rows()).toEqual([])

        const before = Date.now()
        const held = await book(anna, room.id, at(wed, "10:00"), at(wed, "11:30"), { purpose: "Репетиция хора" })
        expect(held.status).toBe(201)
        expect(held.data.room_booking).toMatchObject({ status: "held", price: 750, door_code: null, purpose: "Репетиция хора", starts_at: at(wed, "10:00") })
        const expires = Date.parse(held.data.room_booking.hold_expires_at)
        expect(expires).toBeGreaterThanOrEqual(before + 15 * MIN - 1000)
        expect(expires).toBeLessThanOrEqual(Date.now() + 15 * MIN + 1000)

        const { data: after } = await api.get(`/store/rooms/${room.id}/availability?date=${wed}`, { headers: key })
        expect(after.days[0].slots.filter((s: any) => !s.free).map((s: any) => s.time)).toEqual(["10:00", "10:30", "11:00"])

        const clash = await book(boris, room.id, at(wed, "11:00"), at(wed, "12:00"))
        expect(clash.status).toBe(409)
        expect(clash.data.message).toBe("starts_at: это время уже занято")
        expect((await book(boris, room.id, at(wed, "11:30"), at(wed, "12:30"))).status).toBe(201)

        // someone else's booking does not exist for Boris
        const id = held.data.room_booking.id
        for (const [method, path] of [["GET", ""], ["POST", "/confirm"], ["POST", "/cancel"]]) {
          const res = await call(method, `/store/customers/me/room-bookings/${id}${path}`, { headers: boris.headers })
          expect(res.status, `${method} ${path}`).toBe(404)
        }
        expect((await call("GET", "/store/customers/me/room-bookings", { headers: key })).status).toBe(401)
        expect((await rows({ id }))[0].status).toBe("held")

        // a paid booking is not confirmed by the resident: it is paid through the cart (room-bookings-checkout.spec)
        const unpaid = await call("POST", `/store/customers/me/room-bookings/${id}/confirm`, { headers: anna.headers })
        expect(unpaid.status).toBe(400)
        expect(unpaid.data.message).toMatch(/^price: платную бронь подтверждает оплата/)
        expect((await rows({ id }))[0]).toMatchObject({ status: "held", door_code: null })
        await runWorkflow(ctx.container, "confirm-room-booking", { id, order_id: "order_paid_elsewhere" })
        const confirmed = await api.get(`/store/customers/me/room-bookings/${id}`, { headers: anna.headers })
        expect(confirmed.data.room_booking).toMatchObject({ status: "confirmed", room: { name: "Мастерская" }, center: { handle: "alpha" } })
        expect(confirmed.data.room_booking.door_code).toMatch(/^\d{6}$/)
        expect(confirmed.data.room_booking.code_valid_from).toBe(at(wed, "09:45"))
        const { data: mine } = await api.get("/store/customers/me/room-bookings", { headers: anna.headers })
        expect(mine.room_bookings.map((b: any) => [b.id, b.status, b.door_code])).toEqual([[id, "confirmed", confirmed.data.room_booking.door_code]])
        const { data: borisList } = await api.get("/store/customers/me/room-bookings", { headers: boris.headers })
        expect(borisList.room_bookings.map((b: any) => b.door_code)).toEqual([null])

        // cancelling revokes the code and frees the slot
        const cancelled = await api.post(`/store/customers/me/room-bookings/${id}/cancel`, {}, { headers: anna.headers })
        expect(cancelled.data.room_booking).toMatchObject({ status: "cancelled", door_code: null })
        expect((await rows({ id }))[0]).toMatchObject({ status: "cancelled", door_code: null, code_valid_from: null })
        expect((await call("POST", `/store/customers/me/room-bookings/${id}/cancel`, { headers: anna.headers })).status).toBe(400)
        expect((await book(boris, room.id, at(wed, "10:00"), at(wed, "11:00"))).status).toBe(201)
        expect(market.a.center.id).toBeTruthy()
      })

      it("releases a hold after its 15 minutes: in the next hold, in the job, and refuses to confirm it", async () => {
        const { container, room, customer, rows, book, pg } = await setup()
        const anna = await customer("anna@example.ru")
        const boris = await customer("boris@example.ru")
        const thu = nextDay("thu")
        const held = (await book(anna, room.id, at(thu, "12:00"), at(thu, "13:00"))).data.room_booking
        expect((await book(boris, room.id, at(thu, "12:00"), at(thu, "13:00"))).status).toBe(409)

        await pg.raw(`update room_booking set hold_expires_at = now() - interval '1 second' where id = ?`, [held.id])
        const late = await call("POST", `/store/customers/me/room-bookings/${held.id}/confirm`, { headers: anna.headers })
        expect(late.status).toBe(400)
        expect(late.data.message).toMatch(/^hold_expires_at: /)
        const { data: grid } = await api.get(`/store/rooms/${room.id}/availability?date=${thu}`, { headers: anna.headers })
        expect(grid.days[0].slots.find((s: any) => s.time === "12:00").free).toBe(true)
        const { data: annaList } = await api.get("/store/customers/me/room-bookings", { headers: anna.headers })
        expect(annaList.room_bookings[0].status).toBe("expired")

        const taken = await book(boris, room.id, at(thu, "12:00"), at(thu, "13:00"))
        expect(taken.status).toBe(201)
        expect((await rows({ id: held.id }))[0].status).toBe("cancelled")
        // released or not, Anna's lapsed hold reads "expired", never as if she had cancelled it
        const { data: annaAfter } = await api.get("/store/customers/me/room-bookings", { headers: anna.headers })
        expect(annaAfter.room_bookings[0].status).toBe("expired")

        // the every-minute job releases expired holds of any room
        await pg.raw(`update room_booking set hold_expires_at = now() - interval '1 second' where id = ?`, [taken.data.room_booking.id])
        const released = await runWorkflow(container, "release-expired-room-holds", {})
        expect(released).toEqual([taken.data.room_booking.id])
        expect((await rows({ id: taken.data.room_booking.id }))[0]).toMatchObject({ status: "cancelled", door_code: null })
      })

      it("is refused by the database itself: overlapping rows, sessions in the room, clashing door codes", async () => {
        const { room, customer, rows, book, pg, centerService } = await setup()
        const anna = await customer("anna@example.ru")
        const fri = nextDay("fri")
        await centerService.updateRooms({ id: room.id, hourly_price: 0 })
        const a = (await book(anna, room.id, at(fri, "10:00"), at(fri, "11:00"))).data.room_booking
        expect(a.status).toBe("confirmed") // a free room needs no payment

        const insert = (id: string, startsAt: string, endsAt: string, kind = "booking", status = "confirmed") =>
          pg.raw(
            `insert into room_booking (id, room_id, center_id, kind, status, starts_at, ends_at, price, raw_price) values (?, ?, 'ctr_x', ?, ?, ?, ?, 0, '{"value":"0","precision":20}')`,
            [id, room.id, kind, status, startsAt, endsAt]
          )
        await expect(insert("rbk_sql_1", at(fri, "10:30"), at(fri, "11:30"))).rejects.toMatchObject({ code: "23P01" })
        await expect(insert("rbk_sql_2", at(fri, "09:00"), at(fri, "12:00"), "session")).rejects.toMatchObject({ code: "23P01" })
        // touching ends and cancelled rows do not overlap
        await insert("rbk_sql_3", at(fri, "10:00"), at(fri, "11:00"), "booking", "cancelled")
        // a class session in the room (as the classes' occupyRoomStep records it) stops bookings
        await insert("rbk_sql_4", at(fri, "11:00"), at(fri, "13:00"), "session")
        const clash = await book(anna, room.id, at(fri, "12:00"), at(fri, "14:00"))
        expect(clash.status).toBe(409)
        expect(clash.data.message).toBe("starts_at: это время уже занято")

        // door codes: one code per room in overlapping windows [start − 15 min, end)
        const b = (await book(anna, room.id, at(fri, "13:00"), at(fri, "14:00"))).data.room_booking
        const c = (await book(anna, room.id, at(fri, "16:00"), at(fri, "17:00"))).data.room_booking
        expect(new Set([a.door_code, b.door_code, c.door_code]).size).toBe(3)
        // b's window opens 12:45, inside the session 11:00–13:00 — but the session has no code; give one to a row ending 13:00
        await pg.raw(`update room_booking set door_code = ?, code_valid_from = starts_at - interval '15 minutes' where id = 'rbk_sql_4'`, [c.door_code])
        await expect(
          pg.raw(`update room_booking set door_code = ? where id = 'rbk_sql_4'`, [b.door_code])
        ).rejects.toMatchObject({ code: "23P01" })
        expect((await rows({ id: "rbk_sql_4" }))[0].door_code).toBe(c.door_code)
        // the code constraint also covers a booking inserted beside b
        await expect(
          pg.raw(
            `insert into room_booking (id, room_id, center_id, kind, status, starts_at, ends_at, door_code, code_valid_from, price, raw_price) values ('rbk_sql_5', ?, 'ctr_x', 'booking', 'confirmed', ?, ?, ?, ?, 0, '{"value":"0","precision":20}')`,
            [room.id, at(fri, "14:00"), at(fri, "15:00"), b.door_code, at(fri, "13:45")]
          )
        ).rejects.toMatchObject({ code: "23P01" })
        // ...but not one whose window does not overlap
        await pg.raw(
          `insert into room_booking (id, room_id, center_id, kind, status, starts_at, ends_at, door_code, code_valid_from, price, raw_price) values ('rbk_sql_6', ?, 'ctr_x', 'booking', 'confirmed', ?, ?, ?, ?, 0, '{"value":"0","precision":20}')`,
          [room.id, at(fri, "14:30"), at(fri, "15:30"), b.door_code, at(fri, "14:15")]
        )
      })

      it("lets exactly one of 100 simultaneous attempts at one slot through", async () => {
        const { room, customer, rows, book } = await setup()
        const people = await Promise.all(Array.from({ length: 4 }, (_, i) => customer(`n${i}@example.ru`)))
        const tue = nextDay("tue")
        const started = Date.now()
        const results = await Promise.all(
          Array.from({ length: 100 }, (_, i) => book(people[i % 4], room.id, at(tue, "14:00"), at(tue, "15:00")))
        )
        const ms = Date.now() - started
        const statuses = results.map((r) => r.status)
        expect(statuses.filter((s) => s === 201)).toHaveLength(1)
        expect(statuses.filter((s) => s === 409)).toHaveLength(99)
        expect((await rows({ room_id: room.id })).filter((r) => r.status !== "cancelled")).toHaveLength(1)
        // eslint-disable-next-line no-console
        console.log(`rooms: 100 concurrent holds of one slot → 1 booking, 99 × 409 in ${ms} ms`)
      })

      it("issues a door code for 00:30 Moscow time that the room's lock accepts only inside its window", async () => {
        const { market, container, room, otherRoom, customer, rows, book, pg, centerService } = await setup()
        await centerService.updateRooms({ id: room.id, hourly_price: 0, opening_hours: allDay })
        const anna = await customer("anna@example.ru")
        const manager = await createManager(container, api, "boss@example.ru", [market.a.center.id])
        const date = nextDay("sat")
        const night = await book(anna, room.id, at(date, "00:30"), at(date, "01:30"))
        expect(night.status).toBe(201)
        const booking = night.data.room_booking
        // 00:30 in Moscow is 21:30 UTC the day before
        expect(booking.starts_at).toBe(`${addDays(date, -1)}T21:30:00.000Z`)
        expect(booking.code_valid_from).toBe(`${addDays(date, -1)}T21:15:00.000Z`)
        expect(booking.door_code).toMatch(/^\d{6}$/)
        const { data: grid } = await api.get(`/store/rooms/${room.id}/availability?date=${date}`, { headers: anna.headers })
        expect(grid.days[0].slots.slice(0, 4).map((s: any) => [s.time, s.free])).toEqual([["00:00", true], ["00:30", false], ["01:00", false], ["01:30", true]])

        const verify = (roomId: string, code: unknown, secret?: string) =>
          call("POST", `/hooks/locks/${roomId}/verify`, secret === undefined ? {} : { headers: { "x-lock-secret": secret } }, { code })
        // no secret set yet: no lock can ask
        expect((await verify(room.id, booking.door_code, "anything")).status).toBe(401)
        const { data: rotated } = await api.post(`/manage/centers/${market.a.center.id}/rooms/${room.id}/lock-secret`, {}, bearer(manager.token))
        const secret = rotated.lock_secret
        expect(secret.length).toBeGreaterThanOrEqual(24)
        const stored = (await pg.raw(`select lock_secret_hash from room where id = ?`, [room.id])).rows[0].lock_secret_hash
        expect(stored).not.toContain(secret)

        expect((await verify(room.id, booking.door_code)).status).toBe(401)
        expect((await verify(room.id, booking.door_code, "wrong")).status).toBe(401)
        expect((await verify(otherRoom.id, booking.door_code, secret)).status).toBe(401)
        expect((await verify("room_missing", booking.door_code, secret)).status).toBe(404)
        expect((await verify(room.id, "12ab", secret)).status).toBe(400)
        // the booking is days ahead: not now
        expect((await verify(room.id, booking.door_code, secret)).data).toEqual({ result: "deny" })

        // move the booking around the present moment: the window is [start − 15 min, end)
        const place = (startOffsetMin: number) =>
          pg.raw(
            `update room_booking set starts_at = now() + make_interval(mins => ?), ends_at = now() + make_interval(mins => ? + 60), code_valid_from = now() + make_interval(mins => ? - 15) where id = ?`,
            [startOffsetMin, startOffsetMin, startOffsetMin, booking.id]
          )
        await place(-10)
        expect((await verify(room.id, booking.door_code, secret)).data).toEqual({ result: "open" })
        await place(10) // starts in 10 minutes: opens 15 minutes before
        expect((await verify(room.id, booking.door_code, secret)).data).toEqual({ result: "open" })
        await place(20)
        expect((await verify(room.id, booking.door_code, secret)).data).toEqual({ result: "deny" })
        await place(-61) // ended a minute ago
        expect((await verify(room.id, booking.door_code, secret)).data).toEqual({ result: "deny" })
        await place(-10)
        const wrongCode = booking.door_code === "000000" ? "000001" : "000000"
        expect((await verify(room.id, wrongCode, secret)).data).toEqual({ result: "deny" })
        expect((await verify(room.id, booking.door_code, secret)).data).toEqual({ result: "open" })

        // the manager cancels it: the code is revoked at once
        const cancel = await api.post(`/manage/centers/${market.a.center.id}/rooms/${room.id}/bookings/${booking.id}/cancel`, {}, bearer(manager.token))
        expect(cancel.data.room_booking.status).toBe("cancelled")
        expect((await verify(room.id, booking.door_code, secret)).data).toEqual({ result: "deny" })
        expect((await rows({ id: booking.id }))[0].door_code).toBeNull()

        // rotating again retires the old secret
        await api.post(`/manage/centers/${market.a.center.id}/rooms/${room.id}/lock-secret`, {}, bearer(manager.token))
        expect((await verify(room.id, booking.door_code, secret)).status).toBe(401)
      })

      it("lets the center's manager block time and see the week; other managers and customers reach nothing", async () => {
        const { market, container, room, otherRoom, customer, rows, book, query } = await setup()
        const anna = await customer("anna@example.ru")
        const boss = await createManager(container, api, "boss@example.ru", [market.a.center.id])
        const stranger = await createManager(container, api, "stranger@example.ru", [market.b.center.id])
        const wed = nextDay("wed", 3)
        const base = `/manage/centers/${market.a.center.id}/rooms/${room.id}`

        const annaBooking = (await book(anna, room.id, at(wed, "15:00"), at(wed, "16:00"))).data.room_booking
        const block = await api.post(`${base}/blocks`, { starts_at: at(wed, "10:00"), ends_at: at(wed, "12:00"), purpose: "Ремонт" }, bearer(boss.token))
        expect(block.status).toBe(201)
        expect(block.data.block).toMatchObject({ kind: "block", status: "confirmed", purpose: "Ремонт" })
        const overBooking = await call("POST", `${base}/blocks`, bearer(boss.token), { starts_at: at(wed, "15:30"), ends_at: at(wed, "17:00") })
        expect(overBooking.status).toBe(409)
        expect((await call("POST", `${base}/blocks`, bearer(boss.token), { starts_at: at(wed, "12:00"), ends_at: at(wed, "11:00") })).data.message).toMatch(/^ends_at: /)
        expect((await book(anna, room.id, at(wed, "11:00"), at(wed, "12:00"))).status).toBe(409)

        const { data: cal } = await api.get(`${base}/calendar?week=${wed}`, bearer(boss.token))
        expect(cal.week <= wed && addDays(cal.week, 7) > wed).toBe(true)
        expect(weekdayOf(cal.week)).toBe("mon")
        expect(cal.days).toHaveLength(7)
        expect(cal.room).toMatchObject({ id: room.id, name: "Мастерская", has_lock_secret: false })
        expect(JSON.stringify(cal)).not.toContain("lock_secret_hash")
        expect(cal.entries.map((e: any) => [e.kind, e.status, e.starts_at])).toEqual([
          ["block", "confirmed", at(wed, "10:00")],
          ["booking", "held", at(wed, "15:00")],
        ])
        expect(cal.entries[1]).toMatchObject({ name: "Анна Соседова", email: "anna@example.ru" })
        expect((await call("GET", `${base}/calendar?week=2026-13-01`, bearer(boss.token))).status).toBe(400)
        const { data: nextWeek } = await api.get(`${base}/calendar?week=${cal.next_week}`, bearer(boss.token))
        expect(nextWeek.entries).toEqual([])

        const snapshot = async () => (await query.graph({ entity: "room_booking", fields: ["id", "status", "door_code", "starts_at"] } as any)).data
        const before = await snapshot()
        const attempts: [string, string, any?][] = [
          ["GET", `${base}/calendar`],
          ["POST", `${base}/blocks`, { starts_at: at(wed, "18:00"), ends_at: at(wed, "19:00") }],
          ["DELETE", `${base}/blocks/${block.data.block.id}`],
          ["POST", `${base}/bookings/${annaBooking.id}/cancel`],
          ["POST", `${base}/lock-secret`],
        ]
        for (const [method, url, data] of attempts) {
          expect((await call(method, url, bearer(stranger.token), data)).status, `${method} ${url} by another center's manager`).toBe(404)
          expect([401, 403, 404], `${method} ${url} by a customer`).toContain((await call(method, url, { headers: anna.headers }, data)).status)
        }
        // the right manager, but another center's room or another room's block
        const foreign = `/manage/centers/${market.a.center.id}/rooms/${otherRoom.id}`
        expect((await call("GET", `${foreign}/calendar`, bearer(boss.token))).status).toBe(404)
        expect((await call("POST", `${foreign}/blocks`, bearer(boss.token), { starts_at: at(wed, "18:00"), ends_at: at(wed, "19:00") })).status).toBe(404)
        const strangerBlock = await api.post(
          `/manage/centers/${market.b.center.id}/rooms/${otherRoom.id}/blocks`,
          { starts_at: at(wed, "18:00"), ends_at: at(wed, "19:00") },
          bearer(stranger.token)
        )
        expect((await call("DELETE", `${base}/blocks/${strangerBlock.data.block.id}`, bearer(boss.token))).status).toBe(404)
        expect((await call("POST", `${base}/bookings/${block.data.block.id}/cancel`, bearer(boss.token))).status).toBe(404)
        expect((await snapshot()).filter((r: any) => r.id !== strangerBlock.data.block.id)).toEqual(before)

        expect((await api.delete(`${base}/blocks/${block.data.block.id}`, bearer(boss.token))).status).toBe(200)
        expect((await rows({ id: block.data.block.id }))[0].status).toBe("cancelled")
        const { data: after } = await api.get(`${base}/calendar?week=${wed}`, bearer(boss.token))
        expect(after.entries.map((e: any) => e.kind)).toEqual(["booking"])
        expect((await book(anna, room.id, at(wed, "11:00"), at(wed, "12:00"))).status).toBe(201)
      })
    })
  },
})
