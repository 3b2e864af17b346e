import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { runWorkflow, seedMarket } from "../support/fixtures"
import { bearer, createManager, signUpSeller } from "../support/actors"

const ok = { validateStatus: () => true }

medusaIntegrationTestRunner({
  cwd: process.cwd(),
  testSuite: ({ api, getContainer }) => {
    describe("materials compensations (issue 6)", () => {
      it("a manager records one for a class held at the center; it shows in the artisan's earnings until cancelled", async () => {
        const container = getContainer()
        const query = container.resolve(ContainerRegistrationKeys.QUERY)
        const market = await seedMarket(container)
        const A = market.a.center.id
        const B = market.b.center.id

        // an artisan of each center, each with a class and a session there
        async function artisanWithClass(email: string, handle: string, centerId: string, title: string) {
          const artisan = await signUpSeller(api, email, handle, [centerId])
          await runWorkflow(container, "set-membership-status", { center_id: centerId, seller_id: artisan.seller.id, status: "approved" })
          const { data: [room] } = await query.graph({ entity: "room", fields: ["id"], filters: { center_id: centerId } })
          const { data: { class: klass } } = await api.post(
            "/sellers/me/classes",
            { title, status: "published", center_ids: [centerId] },
            bearer(artisan.token)
          )
          const { data: { sessions: [session] } } = await api.post(
            `/sellers/me/classes/${klass.id}/sessions`,
            { room_id: room.id, starts_at: new Date(Date.now() + 5 * 86400_000).toISOString(), duration_min: 90, capacity: 6, price: 500 },
            bearer(artisan.token)
          )
          return { ...artisan, klass, session }
        }
        const potter = await artisanWithClass("potter-comp@example.ru", "potter-comp", A, "Лепим из глины")
        const weaver = await artisanWithClass("weaver-comp@example.ru", "weaver-comp", B, "Ткачество")
        const { token } = await createManager(container, api, "comp-boss@example.ru", [A])
        const boss = bearer(token)
        const base = `/manage/centers/${A}/compensations`

        // the form's choices: only classes held here by the center's artisans
        const { data: empty } = await api.get(base, boss)
        expect(empty.compensations).toEqual([])
        expect(empty.classes.map((c: any) => c.id)).toEqual([potter.klass.id])
        expect(empty.classes[0]).toMatchObject({ title: "Лепим из глины", artisan: { id: potter.seller.id }, sessions: [{ id: potter.session.id }] })

        const entries = async () => (await query.graph({ entity: "ledger_entry", fields: ["id"] })).data
        // bad input: 400 naming the field, nothing written
        const refused: [unknown, RegExp][] = [
          [{ product_id: potter.klass.id }, /^amount: укажите сумму$/],
          [{ product_id: potter.klass.id, amount: -5 }, /^amount: сумма должна быть больше нуля$/],
          [{ product_id: potter.klass.id, amount: 10.123 }, /^amount: не точнее копейки$/],
          [{ product_id: potter.klass.id, amount: "много" }, /^amount: сумма — число в рублях$/],
          [{ amount: 100 }, /^product_id: обязательное поле$/],
          [{ product_id: potter.klass.id, amount: 100, note: "x".repeat(501) }, /^note: не длиннее 500 символов$/],
          [{ product_id: potter.klass.id, amount: 100, seller_id: weaver.seller.id }, /^seller_id: неизвестное поле$/],
        ]
        for (const [body, message] of refused) {
          const res = await api.post(base, body, { ...boss, ...ok })
          expect(res.status, JSON.stringify(body)).toBe(400)
          expect(res.data.message).toMatch(message)
        }
        // another center's class or session, a goods product, another center's URL: not found
        const notFound: [string, unknown, RegExp][] = [
          [base, { product_id: weaver.klass.id, amount: 100 }, /^product_id: /],
          [base, { product_id: market.products.find((p: any) => p.handle === "socks").id, amount: 100 }, /^product_id: /],
          [base, { product_id: potter.klass.id, session_id: weaver.session.id, amount: 100 }, /^session_id: /],
          [`/manage/centers/${B}/compensations`, { product_id: weaver.klass.id, amount: 100 }, /Центр не найден/],
        ]
        for (const [url, body, message] of notFound) {
          const res = await api.post(url, body, { ...boss, ...ok })
          expect(res.status, JSON.stringify(body)).toBe(404)
          expect(res.data.message).toMatch(message)
        }
        expect((await api.get(`/manage/centers/${B}/compensations`, { ...boss, ...ok })).status).toBe(404)
        expect(await entries()).toEqual([])

        // a later step fails (the message cannot be sent): the entry is undone, nothing half-written
        const notifier = container.resolve(Modules.NOTIFICATION) as any
        const send = notifier.createNotifications
        notifier.createNotifications = async () => {
          throw new Error("уведомления недоступны")
        }
        try {
          const failed = await api.post(base, { product_id: potter.klass.id, amount: 300 }, { ...boss, ...ok })
          expect(failed.status).toBeGreaterThanOrEqual(500)
        } finally {
          notifier.createNotifications = send
        }
        expect(await entries()).toEqual([])

        // recorded: in the center's list, in the artisan's earnings (own column, no fee), and told to the artisan
        const { status, data: created } = await api.post(
          base,
          { product_id: potter.klass.id, session_id: potter.session.id, amount: 1250.5, note: "Глина и глазурь" },
          { ...boss, ...ok }
        )
        expect(status).toBe(201)
        expect(created.compensation).toMatchObject({ seller_id: potter.seller.id, center_id: A, amount: 1250.5, kind: "materials_compensation", cancelled_at: null })
        const { data: listed } = await api.get(base, boss)
        expect(listed.compensations).toEqual([
          expect.objectContaining({
            id: created.compensation.id,
            amount: 1250.5,
            note: "Глина и глазурь",
            class: { id: potter.klass.id, title: "Лепим из глины" },
            artisan: { id: potter.seller.id, name: "Мастер potter-comp" },
            session_id: potter.session.id,
            cancelled_at: null,
          }),
        ])
        const earnings = async (t: string) => (await api.get("/sellers/me/earnings", bearer(t))).data.earnings
        const mine = await earnings(potter.token)
        expect(mine.months).toEqual([expect.objectContaining({ gross: 0, fee: 0, net: 0, orders: 0, compensation: 1250.5, received: 1250.5 })])
        expect(mine.totals).toMatchObject({ compensation: 1250.5, received: 1250.5 })
        expect(mine.compensations).toEqual([expect.objectContaining({ amount: 1250.5, note: "Глина и глазурь", class_title: "Лепим из глины" })])
        expect(mine.npd).toMatchObject({ income: 1250.5 })
        expect((await earnings(weaver.token)).compensations).toEqual([])
        const sent = await container.resolve(Modules.NOTIFICATION).listNotifications({ template: "materials-compensation" })
        expect(sent).toEqual([
          expect.objectContaining({
            to: "potter-comp@example.ru",
            receiver_id: potter.seller.id,
            channel: "feed",
            data: expect.objectContaining({ amount: 1250.5, class_title: "Лепим из глины", note: "Глина и глазурь" }),
          }),
        ])

        // and it is on the artisan's own «Уведомления» (found by the seller id)
        const { data: feed } = await api.get("/sellers/me/notifications", bearer(potter.token))
        expect(feed.notifications.map((n: any) => n.template)).toEqual(["materials-compensation", "seller-membership-status"])

        // a second manager of another center cannot cancel it
        const other = await createManager(container, api, "comp-other@example.ru", [B])
        const foreign = await api.post(`/manage/centers/${B}/compensations/${created.compensation.id}/cancel`, {}, { ...bearer(other.token), ...ok })
        expect(foreign.status).toBe(404)
        expect(foreign.data.message).toMatch(/^entry_id: /)

        // cancelled by mistake: stays listed as cancelled, leaves the earnings; a second cancel is refused
        const cancelled = await api.post(`${base}/${created.compensation.id}/cancel`, {}, boss)
        expect(cancelled.data.compensation.cancelled_at).toBeTruthy()
        const again = await api.post(`${base}/${created.compensation.id}/cancel`, {}, { ...boss, ...ok })
        expect(again.status).toBe(400)
        expect(again.data.message).toBe("entry_id: эта компенсация уже отменена")
        expect((await api.get(base, boss)).data.compensations[0].cancelled_at).toBeTruthy()
        const after = await earnings(potter.token)
        expect(after.compensations).toEqual([])
        expect(after.months).toEqual([])
      })
    })
  },
})
