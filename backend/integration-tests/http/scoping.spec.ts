import fs from "fs"
import path from "path"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { runWorkflow, seedMarket } from "../support/fixtures"
import { bearer, buy, createManager, signUpSeller, waitForParts } from "../support/actors"
import { addDays, moscowParts, moscowToUtc, weekdayOf } from "../../src/modules/room-booking/time"

const API = path.resolve(__dirname, "../../src/api")

/** Every scoped route as the file router sees it: a new route file cannot escape this suite. */
function scopedRoutes(prefix: "sellers/me" | "manage/centers") {
  const routes: { method: string; path: string }[] = []
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name)
      if (entry.isDirectory()) {
        walk(full)
      } else if (entry.name === "route.ts") {
        const url = "/" + path.relative(API, dir).split(path.sep).map((s) => s.replace(/^\[(.+)\]$/, ":$1")).join("/")
        for (const [, method] of fs.readFileSync(full, "utf8").matchAll(/export const (GET|POST|PUT|PATCH|DELETE)\b/g)) {
          routes.push({ method, path: url })
        }
      }
    }
  }
  walk(path.join(API, prefix))
  return routes
}

medusaIntegrationTestRunner({
  cwd: process.cwd(),
  testSuite: ({ api, getContainer }) => {
    describe("no one reaches another tenant's data", () => {
      it("finds the scoped routes to walk", () => {
        expect(scopedRoutes("sellers/me").length).toBeGreaterThanOrEqual(5)
        expect(scopedRoutes("manage/centers").length).toBeGreaterThanOrEqual(2)
      })

      it("answers another seller and another center's manager with 403/404 and changes nothing", async () => {
        const container = getContainer()
        const query = container.resolve(ContainerRegistrationKeys.QUERY)
        const market = await seedMarket(container)

        const victim = await signUpSeller(api, "victim@example.ru", "victim-seller", [market.a.center.id])
        const attacker = await signUpSeller(api, "attacker@example.ru", "attacker-seller", [market.b.center.id])
        await runWorkflow(container, "set-membership-status", { center_id: market.a.center.id, seller_id: victim.seller.id, status: "approved" })
        await runWorkflow(container, "set-membership-status", { center_id: market.b.center.id, seller_id: attacker.seller.id, status: "approved" })
        const { data: { product: victimProduct } } = await api.post(
          "/sellers/me/products",
          { title: "Товар жертвы", status: "published", variants: [{ title: "один", price: 500, stock: 3 }], center_ids: [market.a.center.id] },
          bearer(victim.token)
        )
        const purchase = await buy(api, {
          key: market.key.token,
          region_id: market.region.id,
          sales_channel_id: market.a.sales_channel_id,
          variant_ids: [victimProduct.variants[0].id],
        })
        const { data: { order: victimOrder } } = await purchase.complete()
        await waitForParts(api, victimOrder.id, 1, purchase.headers)
        const victimManager = await createManager(container, api, "victim-boss@example.ru", [market.a.center.id])
        const attackerManager = await createManager(container, api, "attacker-boss@example.ru", [market.b.center.id])

        // a victim's exhibit at A with the victim's application (issue 6)
        const victimExhibit = await runWorkflow(container, "create-exhibit", {
          center_id: market.a.center.id,
          title: "Выставка жертвы",
          place: "Зал",
          starts_at: new Date(Date.now() + 7 * 86400_000).toISOString(),
          ends_at: new Date(Date.now() + 8 * 86400_000).toISOString(),
          apply_until: new Date(Date.now() + 6 * 86400_000).toISOString(),
          places: 3,
          status: "open",
        })
        const victimApplication = await runWorkflow(container, "apply-to-exhibit", {
          seller_id: victim.seller.id,
          exhibit_id: victimExhibit.id,
          product_ids: [victimProduct.id],
        })

        const { data: [victimRoom] } = await query.graph({ entity: "room", fields: ["id"], filters: { center_id: market.a.center.id } })
        // rooms (issue 4): a manager's block and a resident's held booking in the victim center's room
        const roomDay = (() => {
          let d = addDays(moscowParts(new Date()).date, 2)
          while (weekdayOf(d) !== "wed") d = addDays(d, 1)
          return d
        })()
        const victimBlock = await runWorkflow(container, "block-room-time", {
          center_id: market.a.center.id,
          room_id: victimRoom.id,
          starts_at: moscowToUtc(roomDay, 600).toISOString(),
          ends_at: moscowToUtc(roomDay, 660).toISOString(),
        })
        const victimRoomBooking = await runWorkflow(container, "hold-room", {
          room_id: victimRoom.id,
          starts_at: moscowToUtc(roomDay, 720).toISOString(),
          ends_at: moscowToUtc(roomDay, 780).toISOString(),
          customer_id: "cus_victim",
          email: "resident@example.ru",
        })
        // master classes (issue 4): the victim's class, a session in the victim center's room 20 days out, a sold ticket
        const { data: { class: victimClass } } = await api.post(
          "/sellers/me/classes",
          { title: "Класс жертвы", status: "published", center_ids: [market.a.center.id] },
          bearer(victim.token)
        )
        const { data: { sessions: [victimSession] } } = await api.post(
          `/sellers/me/classes/${victimClass.id}/sessions`,
          { room_id: victimRoom.id, starts_at: new Date(Date.now() + 20 * 24 * 3600_000).toISOString(), duration_min: 60, capacity: 3, price: 0 },
          bearer(victim.token)
        )
        const classPurchase = await buy(api, {
          key: market.key.token,
          region_id: market.region.id,
          sales_channel_id: market.a.sales_channel_id,
          variant_ids: [victimSession.variant_id],
        })
        const { data: { order: classOrder } } = await classPurchase.complete()
        // the split into parts and the ticket come from order.placed: wait so the snapshot is settled
        await waitForParts(api, classOrder.id, 1, classPurchase.headers)
        for (let i = 0; i < 50; i++) {
          if ((await api.get(`/store/orders/${classOrder.id}/tickets`, classPurchase.headers)).data.tickets.length) break
          await new Promise((r) => setTimeout(r, 100))
        }
        const snapshot = async () => ({
          rooms: (await query.graph({ entity: "room", fields: ["id", "name", "capacity", "hourly_price", "opening_hours"] })).data,
          product: (await query.graph({ entity: "product", fields: ["title", "status", "deleted_at"], filters: { id: victimProduct.id }, withDeleted: true } as any)).data,
          sellers: (await query.graph({ entity: "seller", fields: ["id", "name", "status"] })).data,
          memberships: (await query.graph({ entity: "center_seller", fields: ["center_id", "seller_id", "status"] } as any)).data,
          products: (await query.graph({ entity: "product", fields: ["id"] })).data.length,
          parts: (await query.graph({ entity: "seller_order", fields: ["seller_id", "order_id", "status"] } as any)).data,
          centers: (await query.graph({ entity: "center", fields: ["id", "name", "description", "opening_hours", "featured_product_ids"] })).data,
          shop: (await query.graph({ entity: "product_sales_channel", fields: ["product_id", "sales_channel_id"] } as any)).data,
          class_sessions: (await query.graph({ entity: "class_session", fields: ["id", "status", "starts_at", "room_id"] })).data,
          tickets: (await query.graph({ entity: "ticket", fields: ["id", "status", "checked_in_at"] })).data,
          room_bookings: (await query.graph({ entity: "room_booking", fields: ["id", "status", "starts_at", "ends_at", "door_code"] } as any)).data,
          lock_secrets: (await query.graph({ entity: "room", fields: ["id", "lock_secret_hash"] })).data,
          exhibits: (await query.graph({ entity: "exhibit", fields: ["id", "title", "status", "places", "starts_at", "ends_at", "apply_until"] })).data,
          applications: (await query.graph({ entity: "exhibit_application", fields: ["id", "seller_id", "product_ids", "note", "status", "decision_note"] })).data,
        })
        const before = await snapshot()

        const victimIds = { id: victimProduct.id, seller_id: victim.seller.id }
        const body = {
          ...victimIds,
          title: "взлом",
          status: "approved",
          description: "взлом",
          center_ids: [market.a.center.id],
          variants: [{ title: "x", price: 1, stock: 1 }],
          remove: [victimProduct.id],
          featured_product_ids: [victimProduct.id],
          name: "взлом",
          capacity: 1,
          hourly_price: 1,
          product_ids: [victimProduct.id],
          note: "взлом",
          decision_note: "взлом",
          places: 1,
          opening_hours: { mon: ["00:00", "01:00"], tue: null, wed: null, thu: null, fri: null, sat: null, sun: null },
          code: "AAAA1111",
          reason: "взлом",
        }
        const call = (method: string, url: string, token: string) =>
          api.request({ method, url, data: method === "GET" || method === "DELETE" ? undefined : body, ...bearer(token), validateStatus: () => true })

        const seen: string[] = []
        for (const route of scopedRoutes("sellers/me")) {
          const victimId = route.path.includes("/orders") ? victimOrder.id : route.path.includes("/classes") ? victimClass.id : victimProduct.id
          const url = route.path
            .replace(":id", victimId)
            .replace(":variant_id", victimProduct.variants[0].id)
            .replace(":session_id", victimSession.id)
            .replace(":exhibit_id", victimExhibit.id)
          const res = await call(route.method, `${url}?seller_id=${victim.seller.id}&id=${victimId}`, attacker.token)
          seen.push(`${route.method} ${route.path} → ${res.status}`)
          if (route.path.includes(":")) {
            expect([403, 404], `${route.method} ${route.path}`).toContain(res.status)
          } else {
            expect(res.status, `${route.method} ${route.path}`).not.toBe(500)
          }
          expect(JSON.stringify(res.data), `${route.method} ${route.path} leaks`).not.toContain(victimProduct.id)
          expect(JSON.stringify(res.data), `${route.method} ${route.path} leaks`).not.toContain(victim.seller.id)
          expect(JSON.stringify(res.data), `${route.method} ${route.path} leaks`).not.toContain(victimOrder.id)
          expect(JSON.stringify(res.data), `${route.method} ${route.path} leaks`).not.toContain(victimClass.id)
          expect(JSON.stringify(res.data), `${route.method} ${route.path} leaks`).not.toContain(victimSession.id)
          expect(JSON.stringify(res.data), `${route.method} ${route.path} leaks`).not.toContain(victimExhibit.id)
          expect(JSON.stringify(res.data), `${route.method} ${route.path} leaks`).not.toContain(victimApplication.id)
        }
        for (const route of scopedRoutes("manage/centers")) {
          const url = route.path
            .replace(":id", market.a.center.id)
            .replace(":seller_id", victim.seller.id)
            .replace(":room_id", victimRoom.id)
            .replace(":block_id", victimBlock.id)
            .replace(":booking_id", victimRoomBooking.id)
            .replace(":session_id", victimSession.id)
            .replace(":exhibit_id", victimExhibit.id)
            .replace(":application_id", victimApplication.id)
          const res = await call(route.method, url, attackerManager.token)
          seen.push(`${route.method} ${route.path} → ${res.status}`)
          expect([403, 404], `${route.method} ${route.path}`).toContain(res.status)
          // a seller's token is no manager's
          const asSeller = await call(route.method, url, victim.token)
          expect([401, 403, 404], `${route.method} ${route.path} as a seller`).toContain(asSeller.status)
        }
        // a manager's own center with another center's exhibit: still nothing
        for (const route of scopedRoutes("manage/centers").filter((r) => r.path.includes(":exhibit_id"))) {
          const url = route.path
            .replace(":id", market.b.center.id)
            .replace(":exhibit_id", victimExhibit.id)
            .replace(":application_id", victimApplication.id)
          const res = await call(route.method, url, attackerManager.token)
          seen.push(`${route.method} ${route.path} (own center) → ${res.status}`)
          expect([403, 404], `${route.method} ${route.path} through the attacker's own center`).toContain(res.status)
          expect(JSON.stringify(res.data)).not.toContain(victim.seller.id)
        }
        expect(seen.filter((s) => s.includes(":exhibit_id")).length).toBeGreaterThanOrEqual(6)
        expect(seen.length).toBeGreaterThanOrEqual(7)
        expect(await snapshot()).toEqual(before)

        // and the rightful owners still can
        expect((await api.get(`/sellers/me/products/${victimProduct.id}`, bearer(victim.token))).status).toBe(200)
        expect((await api.get(`/sellers/me/orders/${victimOrder.id}`, bearer(victim.token))).status).toBe(200)
        const ownTickets = await api.get(`/sellers/me/classes/${victimClass.id}/sessions/${victimSession.id}/tickets`, bearer(victim.token))
        expect(ownTickets.data.tickets).toHaveLength(1)
        expect(seen.filter((x) => x.includes("/sessions/:session_id")).length).toBeGreaterThanOrEqual(8)
        expect((await api.get(`/manage/centers/${market.a.center.id}/sellers`, bearer(victimManager.token))).status).toBe(200)
        const { data: victimCalendar } = await api.get(
          `/manage/centers/${market.a.center.id}/rooms/${victimRoom.id}/calendar?week=${roomDay}`,
          bearer(victimManager.token)
        )
        expect(victimCalendar.entries.map((e: any) => e.id)).toEqual([victimBlock.id, victimRoomBooking.id])
        expect((await api.get(`/manage/centers/${market.a.center.id}/exhibits/${victimExhibit.id}`, bearer(victimManager.token))).status).toBe(200)
        expect((await api.get(`/sellers/me/exhibits/${victimExhibit.id}/application`, bearer(victim.token))).data.application.id).toBe(victimApplication.id)
      })
    })
  },
})
