import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { runWorkflow, seedMarket } from "../support/fixtures"
import { bearer, createManager, signUpSeller } from "../support/actors"

const open = { validateStatus: () => true }
const hour = 3600_000
const at = (ms: number) => new Date(Date.now() + ms).toISOString()

/** An exhibit a week ahead, applications until the day before. */
const exhibitBody = (over: Record<string, unknown> = {}) => ({
  title: "Зимняя ярмарка мастеров",
  description: "Вязание, керамика и свечи к Новому году",
  place: "Большой зал, 2 этаж",
  starts_at: at(7 * 24 * hour),
  ends_at: at(7 * 24 * hour + 6 * hour),
  apply_until: at(6 * 24 * hour),
  places: 2,
  status: "open",
  ...over,
})

medusaIntegrationTestRunner({
  cwd: process.cwd(),
  testSuite: ({ api, getContainer }) => {
    describe("pop-up exhibits", () => {
      let market: Awaited<ReturnType<typeof seedMarket>>
      let manager: { token: string }
      let potter: { seller: any; token: string; mug: any; vase: any }
      let maker: { socks: any; draft: any }
      const exhibits = () => `/manage/centers/${market.a.center.id}/exhibits`

      beforeEach(async () => {
        const container = getContainer()
        market = await seedMarket(container)
        manager = await createManager(container, api, "boss@example.ru", [market.a.center.id])
        // a potter approved at both centers, with a mug in A's shop and a vase only in B's
        const signed = await signUpSeller(api, "potter@example.ru", "potter", [market.a.center.id, market.b.center.id])
        for (const center of [market.a, market.b]) {
          await runWorkflow(container, "set-membership-status", { center_id: center.center.id, seller_id: signed.seller.id, status: "approved" })
        }
        const product = (title: string, centerId: string) =>
          api.post(
            "/sellers/me/products",
            { title, status: "published", variants: [{ title: "один", price: 700, stock: 3 }], center_ids: [centerId] },
            bearer(signed.token)
          )
        const { data: { product: mug } } = await product("Кружка", market.a.center.id)
        const { data: { product: vase } } = await product("Ваза", market.b.center.id)
        potter = { ...signed, mug, vase }
        // the seeded knitter (approved at A) acts through the workflows: it has no login
        maker = {
          socks: market.products.find((p: any) => p.handle === "socks"),
          draft: market.products.find((p: any) => p.handle === "draft"),
        }
      })

      it("lets a manager create and edit an exhibit, refusing bad input by field and writing nothing", async () => {
        const bad = [
          [{ ends_at: at(7 * 24 * hour - hour) }, /ends_at/],
          [{ apply_until: at(8 * 24 * hour) }, /apply_until/],
          [{ places: 0 }, /places/],
          [{ title: "" }, /title/],
          [{ starts_at: "завтра" }, /starts_at/],
          [{ status: "closed" }, /status/],
        ] as const
        for (const [over, field] of bad) {
          const res = await api.post(exhibits(), exhibitBody(over), { ...bearer(manager.token), ...open })
          expect(res.status, JSON.stringify(over)).toBe(400)
          expect(res.data.message).toMatch(field)
        }
        expect((await api.get(exhibits(), bearer(manager.token))).data.exhibits).toEqual([])

        const { data: { exhibit: draft } } = await api.post(exhibits(), exhibitBody({ status: "draft" }), bearer(manager.token))
        expect(draft).toMatchObject({ id: expect.stringMatching(/^exh_/), status: "draft", places: 2, free_places: 2, center_id: market.a.center.id })
        // a draft is not public, and no artisan sees it
        const headers = { headers: { "x-publishable-api-key": market.key.token } }
        expect((await api.get(`/store/exhibits/${draft.id}`, { ...headers, ...open })).status).toBe(404)
        expect((await api.get(`/store/centers/alpha/exhibits`, headers)).data.exhibits).toEqual([])
        expect((await api.get("/sellers/me/exhibits", bearer(potter.token))).data.exhibits).toEqual([])

        const edited = await api.post(`${exhibits()}/${draft.id}`, { title: "Новогодняя ярмарка", status: "open" }, bearer(manager.token))
        expect(edited.data.exhibit).toMatchObject({ title: "Новогодняя ярмарка", status: "open", applications: [] })
        const badEdit = await api.post(`${exhibits()}/${draft.id}`, { ends_at: at(hour) }, { ...bearer(manager.token), ...open })
        expect(badEdit.status).toBe(400)
        expect(badEdit.data.message).toMatch(/ends_at/)
        expect((await api.get(`${exhibits()}/${draft.id}`, bearer(manager.token))).data.exhibit.ends_at).toBe(draft.ends_at)
        const listed = await api.get(`/store/centers/alpha/exhibits`, headers)
        expect(listed.data.exhibits.map((e: any) => [e.title, e.accepting])).toEqual([["Новогодняя ярмарка", true]])

        // cancelled is final
        await api.post(`${exhibits()}/${draft.id}`, { status: "cancelled" }, bearer(manager.token))
        const reopen = await api.post(`${exhibits()}/${draft.id}`, { status: "open" }, { ...bearer(manager.token), ...open })
        expect(reopen.status).toBe(400)
        expect(reopen.data.message).toMatch(/^status: /)
        expect((await api.get(`/store/exhibits/${draft.id}`, { ...headers, ...open })).status).toBe(404)
      })

      it("takes an artisan's application under the rules: own published goods of the center's shop, edit and withdraw while pending", async () => {
        const container = getContainer()
        const { data: { exhibit } } = await api.post(exhibits(), exhibitBody(), bearer(manager.token))
        const apply = (token: string, body: any) =>
          api.post(`/sellers/me/exhibits/${exhibit.id}/application`, body, { ...bearer(token), ...open })

        // only the goods they may show are offered: published, theirs, in A's shop
        const { data: { exhibits: mine } } = await api.get("/sellers/me/exhibits", bearer(potter.token))
        expect(mine).toHaveLength(1)
        expect(mine[0]).toMatchObject({ id: exhibit.id, application: null, accepting: true, center: { handle: "alpha" } })
        expect(mine[0].eligible_products.map((p: any) => p.title)).toEqual(["Кружка"])

        for (const [product_ids, why] of [
          [[potter.vase.id], /магазине этого центра/],
          [[maker.socks.id], /свои товары/],
          [["prod_missing"], /свои товары/],
        ] as const) {
          const res = await apply(potter.token, { product_ids })
          expect(res.status).toBe(400)
          expect(res.data.message).toMatch(/^product_ids: /)
          expect(res.data.message).toMatch(why)
        }
        const none = await apply(potter.token, { product_ids: [] })
        expect(none.status).toBe(400)
        expect(none.data.message).toMatch(/product_ids/)

        // an artisan not approved at the center cannot see the exhibit, nor apply by the workflow
        const stranger = await signUpSeller(api, "stranger@example.ru", "stranger", [market.a.center.id])
        expect((await apply(stranger.token, { product_ids: [potter.mug.id] })).status).toBe(404)
        await expect(
          runWorkflow(container, "apply-to-exhibit", { seller_id: stranger.seller.id, exhibit_id: exhibit.id, product_ids: [potter.mug.id] })
        ).rejects.toThrow(/^seller_id: /)
        // the seeded knitter's draft is refused as unpublished
        await expect(
          runWorkflow(container, "apply-to-exhibit", { seller_id: market.maker.id, exhibit_id: exhibit.id, product_ids: [maker.draft.id] })
        ).rejects.toThrow(/^product_ids: .*не опубликован/)
        expect((await api.get(`${exhibits()}/${exhibit.id}`, bearer(manager.token))).data.exhibit.applications).toEqual([])

        const applied = await apply(potter.token, { product_ids: [potter.mug.id], note: "Привезу 10 кружек" })
        expect(applied.status).toBe(200)
        expect(applied.data.application).toMatchObject({ status: "pending", note: "Привезу 10 кружек", products: [expect.objectContaining({ title: "Кружка" })] })
        const edited = await apply(potter.token, { product_ids: [potter.mug.id], note: "Привезу 12 кружек" })
        expect(edited.data.application).toMatchObject({ id: applied.data.application.id, status: "pending", note: "Привезу 12 кружек" })

        const withdrawn = await api.delete(`/sellers/me/exhibits/${exhibit.id}/application`, bearer(potter.token))
        expect(withdrawn.data.application.status).toBe("withdrawn")
        const again = await apply(potter.token, { product_ids: [potter.mug.id] })
        expect(again.data.application).toMatchObject({ id: applied.data.application.id, status: "pending" })

        const detail = await api.get(`${exhibits()}/${exhibit.id}`, bearer(manager.token))
        expect(detail.data.exhibit.applications).toEqual([
          expect.objectContaining({
            status: "pending",
            seller: expect.objectContaining({ name: "Мастер potter", handle: "potter" }),
            products: [expect.objectContaining({ id: potter.mug.id, title: "Кружка", price: 700 })],
          }),
        ])
      })

      it("closes applications at the deadline and when approved artisans fill the places; decisions notify the artisan", async () => {
        const container = getContainer()
        const notifications = container.resolve("notification") as any

        // the deadline
        const { data: { exhibit: late } } = await api.post(exhibits(), exhibitBody({ apply_until: at(-hour) }), bearer(manager.token))
        const tooLate = await api.post(`/sellers/me/exhibits/${late.id}/application`, { product_ids: [potter.mug.id] }, { ...bearer(potter.token), ...open })
        expect(tooLate.status).toBe(400)
        expect(tooLate.data.message).toMatch(/^apply_until: приём заявок закончился/)

        // one place
        const { data: { exhibit } } = await api.post(exhibits(), exhibitBody({ places: 1 }), bearer(manager.token))
        await api.post(`/sellers/me/exhibits/${exhibit.id}/application`, { product_ids: [potter.mug.id] }, bearer(potter.token))
        const knitter = await runWorkflow(container, "apply-to-exhibit", { seller_id: market.maker.id, exhibit_id: exhibit.id, product_ids: [maker.socks.id] })
        const { data: { exhibit: before } } = await api.get(`${exhibits()}/${exhibit.id}`, bearer(manager.token))
        const potterApp = before.applications.find((a: any) => a.seller.handle === "potter")

        const decide = (id: string, body: any) =>
          api.post(`${exhibits()}/${exhibit.id}/applications/${id}`, body, { ...bearer(manager.token), ...open })
        expect((await decide(potterApp.id, { status: "maybe" })).status).toBe(400)
        const approved = await decide(potterApp.id, { status: "approved", decision_note: "Ждём вас к 10:00" })
        expect(approved.status).toBe(200)
        expect(approved.data.application).toMatchObject({ status: "approved", decision_note: "Ждём вас к 10:00", decided_at: expect.any(String) })

        // the artisan is told, in Russian, at the e-mail they sign in with
        let told: any[] = []
        for (let i = 0; i < 30 && !told.length; i++) {
          told = await notifications.listNotifications({ to: "potter@example.ru", template: "exhibit-decision" })
          if (!told.length) await new Promise((r) => setTimeout(r, 100))
        }
        expect(told).toHaveLength(1)
        // addressed to the seller too: it shows on the artisan's own «Уведомления» (/sellers/me/notifications)
        expect(told[0]).toMatchObject({ channel: "feed", receiver_id: potter.seller.id })
        expect(told[0].data).toMatchObject({
          exhibit_id: exhibit.id,
          status: "approved",
          decision_note: "Ждём вас к 10:00",
          title: "Ваша заявка на выставку «Зимняя ярмарка мастеров» одобрена",
        })

        // the only place is taken: no second approval, no new application, no edit of a decided one
        const second = await decide(knitter.id, { status: "approved" })
        expect(second.status).toBe(400)
        expect(second.data.message).toMatch(/^places: /)
        const stranger = await signUpSeller(api, "late@example.ru", "late-one", [market.a.center.id])
        await runWorkflow(container, "set-membership-status", { center_id: market.a.center.id, seller_id: stranger.seller.id, status: "approved" })
        const { data: { product: candle } } = await api.post(
          "/sellers/me/products",
          { title: "Свеча", status: "published", variants: [{ title: "одна", price: 300, stock: 3 }], center_ids: [market.a.center.id] },
          bearer(stranger.token)
        )
        const full = await api.post(`/sellers/me/exhibits/${exhibit.id}/application`, { product_ids: [candle.id] }, { ...bearer(stranger.token), ...open })
        expect(full.status).toBe(400)
        expect(full.data.message).toMatch(/^places: /)
        const editDecided = await api.post(`/sellers/me/exhibits/${exhibit.id}/application`, { product_ids: [potter.mug.id] }, { ...bearer(potter.token), ...open })
        expect(editDecided.status).toBe(400)
        const withdrawDecided = await api.delete(`/sellers/me/exhibits/${exhibit.id}/application`, { ...bearer(potter.token), ...open })
        expect(withdrawDecided.status).toBe(400)
        expect(withdrawDecided.data.message).toMatch(/^status: /)

        // declining still works, once
        const declined = await decide(knitter.id, { status: "declined", decision_note: "Нет места" })
        expect(declined.data.application).toMatchObject({ status: "declined", decision_note: "Нет места" })
        expect((await decide(knitter.id, { status: "approved" })).status).toBe(400)
        // an application of another exhibit is not reachable through this one
        const { data: { exhibit: other } } = await api.post(exhibits(), exhibitBody(), bearer(manager.token))
        const crossed = await api.post(`${exhibits()}/${other.id}/applications/${knitter.id}`, { status: "approved" }, { ...bearer(manager.token), ...open })
        expect(crossed.status).toBe(404)

        // a decline is told too, with the manager's note
        const { data: { exhibit: spring } } = await api.post(exhibits(), exhibitBody({ title: "Весенняя ярмарка" }), bearer(manager.token))
        const springApp = await runWorkflow(container, "apply-to-exhibit", { seller_id: potter.seller.id, exhibit_id: spring.id, product_ids: [potter.mug.id] })
        await api.post(`${exhibits()}/${spring.id}/applications/${springApp.id}`, { status: "declined", decision_note: "Только текстиль" }, bearer(manager.token))
        let declinedTold: any[] = []
        for (let i = 0; i < 30 && !declinedTold.length; i++) {
          declinedTold = (await notifications.listNotifications({ to: "potter@example.ru", template: "exhibit-decision" })).filter(
            (n: any) => n.data.exhibit_id === spring.id
          )
          if (!declinedTold.length) await new Promise((r) => setTimeout(r, 100))
        }
        expect(declinedTold.map((n: any) => n.data)).toEqual([
          expect.objectContaining({ status: "declined", decision_note: "Только текстиль", title: "Ваша заявка на выставку «Весенняя ярмарка» отклонена" }),
        ])

        // residents see the approved artisan and their goods, linking by handle
        const headers = { headers: { "x-publishable-api-key": market.key.token } }
        const { data: { exhibit: shown } } = await api.get(`/store/exhibits/${exhibit.id}`, headers)
        expect(shown).toMatchObject({
          title: "Зимняя ярмарка мастеров",
          place: "Большой зал, 2 этаж",
          free_places: 0,
          accepting: false,
          center: { handle: "alpha" },
        })
        expect(shown.artisans).toEqual([
          { seller: { name: "Мастер potter", handle: "potter" }, products: [expect.objectContaining({ title: "Кружка", handle: potter.mug.handle, price: 700 })] },
        ])
        expect(JSON.stringify(shown)).not.toContain(market.maker.id)
      })

      it("lets only one of two managers approving the last place at once succeed", async () => {
        const container = getContainer()
        const second = await createManager(container, api, "boss2@example.ru", [market.a.center.id])
        for (let round = 0; round < 3; round++) {
          const { data: { exhibit } } = await api.post(exhibits(), exhibitBody({ places: 1 }), bearer(manager.token))
          const a = await runWorkflow(container, "apply-to-exhibit", { seller_id: potter.seller.id, exhibit_id: exhibit.id, product_ids: [potter.mug.id] })
          const b = await runWorkflow(container, "apply-to-exhibit", { seller_id: market.maker.id, exhibit_id: exhibit.id, product_ids: [maker.socks.id] })
          const results = await Promise.all([
            api.post(`${exhibits()}/${exhibit.id}/applications/${a.id}`, { status: "approved" }, { ...bearer(manager.token), ...open }),
            api.post(`${exhibits()}/${exhibit.id}/applications/${b.id}`, { status: "approved" }, { ...bearer(second.token), ...open }),
          ])
          expect(results.map((r) => r.status).sort()).toEqual([200, 400])
          const { data: { exhibit: after } } = await api.get(`${exhibits()}/${exhibit.id}`, bearer(manager.token))
          expect(after.applications.filter((x: any) => x.status === "approved")).toHaveLength(1)
          expect(after.free_places).toBe(0)
        }
      })
    })
  },
})
