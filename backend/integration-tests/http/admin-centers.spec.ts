import { createRequire } from "module"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createApiKeysWorkflow } from "@medusajs/medusa/core-flows"
import { hours } from "../support/fixtures"
import { signInOperator } from "../support/actors"

// Native require: step definitions must be the copies Medusa already loaded (see seed.spec.ts).
const nativeRequire = createRequire(import.meta.url)
const open = { validateStatus: () => true }

function centerBody(handle: string, overrides: Record<string, unknown> = {}) {
  return {
    handle,
    name: `Центр ${handle}`,
    district: "Сокольники",
    address: "ул. Русаковская, д. 1",
    lat: 55.79,
    lng: 37.67,
    opening_hours: hours,
    phone: "+7 (495) 111-22-33",
    email: `${handle}@sosedi.test`,
    description: "Новый центр",
    ...overrides,
  }
}

function jwtPayload(token: string) {
  return JSON.parse(Buffer.from(token.split(".")[1], "base64url").toString("utf8"))
}

medusaIntegrationTestRunner({
  cwd: process.cwd(),
  testSuite: ({ api, getContainer }) => {
    describe("operator: centers and their managers", () => {
      let headers: Record<string, string>
      const count = async (entity: string, filters: Record<string, unknown> = {}) =>
        (await getContainer().resolve(ContainerRegistrationKeys.QUERY).graph({ entity, fields: ["id"], filters })).data
          .length

      beforeEach(async () => {
        headers = await signInOperator(getContainer(), api)
      })

      it("creates a center whose shop appears in the store with the storefront key at once", async () => {
        // without a storefront key the center is still created
        const lonely = await api.post("/admin/centers", centerBody("lonely"), { headers })
        expect(lonely.status).toBe(200)
        expect(lonely.data.storefront_linked).toBe(false)

        const { result: [key] } = await createApiKeysWorkflow(getContainer()).run({
          input: { api_keys: [{ title: "Sosedi.market storefront", type: "publishable", created_by: "" }] },
        })
        const store = { "x-publishable-api-key": key.token }
        const before = await api.get("/store/centers", { headers: store })
        expect(before.data.centers).toEqual([])

        const res = await api.post("/admin/centers", centerBody("sokolniki"), { headers })
        expect(res.status).toBe(200)
        expect(res.data.storefront_linked).toBe(true)
        expect(res.data.center).toMatchObject({
          handle: "sokolniki",
          district: "Сокольники",
          status: "active",
          sales_channel_id: expect.stringMatching(/^sc_/),
          stock_location_id: expect.stringMatching(/^sloc_/),
          managers: [],
          opening_hours: expect.objectContaining({ mon: null, tue: ["10:00", "21:00"] }),
        })

        const after = await api.get("/store/centers", { headers: store })
        expect(after.data.centers.map((c: any) => c.handle)).toEqual(["sokolniki"])
        const page = await api.get("/store/centers/sokolniki", { headers: store })
        expect(page.status).toBe(200)

        const list = await api.get("/admin/centers", { headers })
        expect(list.data.count).toBe(2)
        expect(list.data.districts).toEqual(["Сокольники"])
        const searched = await api.get("/admin/centers?q=sokol", { headers })
        expect(searched.data.centers.map((c: any) => c.handle)).toEqual(["sokolniki"])
        const byDistrict = await api.get(`/admin/centers?district=${encodeURIComponent("Марьино")}`, { headers })
        expect(byDistrict.data.centers).toEqual([])
        const paged = await api.get("/admin/centers?limit=1&offset=1", { headers })
        expect(paged.data.centers).toHaveLength(1)
        expect(paged.data.count).toBe(2)
        const badLimit = await api.get("/admin/centers?limit=0", { headers, ...open })
        expect(badLimit.status).toBe(400)
        expect(badLimit.data.message).toMatch(/limit/)

        const one = await api.get(`/admin/centers/${res.data.center.id}`, { headers })
        expect(one.data.center).toMatchObject({ id: res.data.center.id, rooms: [] })
        const missing = await api.get("/admin/centers/ctr_missing", { headers, ...open })
        expect(missing.status).toBe(404)
      })

      it("refuses invalid input with a 400 naming each field, and creates nothing", async () => {
        const before = { center: await count("center"), sc: await count("sales_channel"), sl: await count("stock_location") }
        const cases: [Record<string, unknown>, RegExp][] = [
          [centerBody("Плохой адрес"), /^handle: только строчные латинские/],
          [centerBody("far-away", { lat: 59.93 }), /^lat: широта должна быть в пределах Москвы/],
          [centerBody("far-away", { lng: 30.3 }), /^lng: долгота/],
          [centerBody("far-away", { lat: "55.7" }), /^lat: широта — число/],
          [centerBody("far-away", { lng: undefined }), /^lng: укажите долготу/],
          [centerBody("night", { opening_hours: { ...hours, tue: ["21:00", "10:00"] } }), /^opening_hours\.tue: время открытия должно быть раньше закрытия/],
          [centerBody("night", { opening_hours: { ...hours, wed: ["9", "18:00"] } }), /^opening_hours\.wed: время в формате ЧЧ:ММ/],
          [centerBody("night", { opening_hours: { ...hours, sun: undefined } }), /^opening_hours\.sun: /],
          [centerBody("no-name", { name: "  " }), /^name: укажите название/],
          [centerBody("bad-mail", { email: "нет" }), /^email: неверный адрес почты/],
          [centerBody("extra", { colour: "red" }), /^colour: неизвестное поле/],
        ]
        for (const [body, message] of cases) {
          const res = await api.post("/admin/centers", body, { headers, ...open })
          expect(res.status, JSON.stringify(body)).toBe(400)
          expect(res.data.message).toMatch(message)
        }
        // several wrong fields are all named, one per field
        const { name, ...noName } = centerBody("Плохой", { lat: 1, email: null })
        const several = await api.post("/admin/centers", noName, { headers, ...open })
        expect(several.data.message.split("; ").map((m: string) => m.split(":")[0]).sort()).toEqual(["handle", "lat", "name"])

        expect({ center: await count("center"), sc: await count("sales_channel"), sl: await count("stock_location") }).toEqual(before)

        // a taken handle is refused before anything is made
        await api.post("/admin/centers", centerBody("taken"), { headers })
        const mid = { sc: await count("sales_channel"), sl: await count("stock_location"), so: await count("shipping_option") }
        const dup = await api.post("/admin/centers", centerBody("taken", { name: "Другой" }), { headers, ...open })
        expect(dup.status).toBe(422)
        expect(dup.data.message).toMatch(/^handle: /)
        expect({ sc: await count("sales_channel"), sl: await count("stock_location"), so: await count("shipping_option") }).toEqual(mid)
        expect(await count("center")).toBe(1)
      })

      it("edits a center, keeping its shop and pickup point in step; a closed center leaves the store", async () => {
        const { result: [key] } = await createApiKeysWorkflow(getContainer()).run({
          input: { api_keys: [{ title: "Sosedi.market storefront", type: "publishable", created_by: "" }] },
        })
        const store = { "x-publishable-api-key": key.token }
        const { data: created } = await api.post("/admin/centers", centerBody("edit-me"), { headers })
        const id = created.center.id

        const res = await api.post(
          `/admin/centers/${id}`,
          {
            name: "Центр «Сокол»",
            address: "ул. Новая, д. 5",
            lat: 55.8,
            lng: 37.5,
            opening_hours: { ...hours, mon: ["09:00", "20:00"] },
            phone: "",
            description: "Обновлено",
            fee_rate: 0.1,
          },
          { headers }
        )
        expect(res.status).toBe(200)
        expect(res.data.center).toMatchObject({
          fee_rate: expect.closeTo(0.1, 5),
          handle: "edit-me",
          name: "Центр «Сокол»",
          address: "ул. Новая, д. 5",
          lat: 55.8,
          lng: 37.5,
          phone: null,
          email: "edit-me@sosedi.test",
          description: "Обновлено",
          opening_hours: expect.objectContaining({ mon: ["09:00", "20:00"] }),
        })
        const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
        const { data: [channel] } = await query.graph({
          entity: "sales_channel",
          fields: ["name", "is_disabled"],
          filters: { id: created.center.sales_channel_id },
        })
        expect(channel).toMatchObject({ name: "Магазин: Центр «Сокол»", is_disabled: false })
        const { data: [location] } = await query.graph({
          entity: "stock_location",
          fields: ["name", "address.address_1"],
          filters: { id: created.center.stock_location_id },
        })
        expect(location).toMatchObject({ name: "Центр «Сокол»", address: { address_1: "ул. Новая, д. 5" } })

        const bad = await api.post(`/admin/centers/${id}`, { lat: 40, opening_hours: { ...hours, fri: ["22:00", "08:00"] } }, { headers, ...open })
        expect(bad.status).toBe(400)
        expect(bad.data.message).toMatch(/^lat: .*; opening_hours\.fri: /)
        const handleChange = await api.post(`/admin/centers/${id}`, { handle: "other" }, { headers, ...open })
        expect(handleChange.status).toBe(400)
        expect(handleChange.data.message).toMatch(/^handle: неизвестное поле/)
        expect((await api.get(`/admin/centers/${id}`, { headers })).data.center.lat).toBe(55.8)

        expect((await api.get("/store/centers", { headers: store })).data.centers).toHaveLength(1)
        const closed = await api.post(`/admin/centers/${id}`, { status: "closed" }, { headers })
        expect(closed.data.center.status).toBe("closed")
        expect((await api.get("/store/centers", { headers: store })).data.centers).toEqual([])
        const { data: [disabled] } = await query.graph({
          entity: "sales_channel",
          fields: ["is_disabled"],
          filters: { id: created.center.sales_channel_id },
        })
        expect(disabled.is_disabled).toBe(true)
        const badStatus = await api.post(`/admin/centers/${id}`, { status: "gone" }, { headers, ...open })
        expect(badStatus.data.message).toMatch(/^status: /)

        const missing = await api.post("/admin/centers/ctr_missing", { name: "X" }, { headers, ...open })
        expect(missing.status).toBe(404)
      })

      it("keeps the center's share of sales between 0 and 50 %", async () => {
        const { data: created } = await api.post("/admin/centers", centerBody("fee-center"), { headers })
        const bad = await api.post(`/admin/centers/${created.center.id}`, { fee_rate: 0.9 }, { headers, validateStatus: () => true })
        expect(bad.status).toBe(400)
        expect(bad.data.message).toMatch(/^fee_rate: /)
      })

      it("puts back the previous values when a later step of an edit fails", async () => {
        const container = getContainer()
        const { data: created } = await api.post("/admin/centers", centerBody("rollback"), { headers })
        const { createWorkflow, createStep } = nativeRequire("@medusajs/framework/workflows-sdk")
        const { updateCenterRecordStep } = nativeRequire("../../src/workflows/admin/steps/update-center.ts")
        const fail = createStep("admin-test-fail-after-center-update", async () => {
          throw new Error("boom")
        })
        const flow = createWorkflow("admin-test-update-center-then-fail", (input: any) => {
          updateCenterRecordStep(input)
          fail()
        })
        const { errors } = await flow(container).run({
          input: { id: created.center.id, update: { name: "Сломано", lat: 55.1, phone: null } },
          throwOnError: false,
        })
        expect(errors[0].error.message).toBe("boom")
        const { data } = await api.get(`/admin/centers/${created.center.id}`, { headers })
        expect(data.center).toMatchObject({ name: "Центр rollback", lat: 55.79, phone: "+7 (495) 111-22-33" })
      })

      it("assigns new and existing managers, who can then sign in as managers", async () => {
        const { data: { center: a } } = await api.post("/admin/centers", centerBody("mgr-a"), { headers })
        const { data: { center: b } } = await api.post("/admin/centers", centerBody("mgr-b", { district: "Митино" }), { headers })

        // a new person without a login and without a password cannot be made a manager
        const noPassword = await api.post(
          `/admin/centers/${a.id}/managers`,
          { email: "anna@sosedi.test", first_name: "Анна" },
          { headers, ...open }
        )
        expect(noPassword.status).toBe(400)
        expect(noPassword.data.message).toMatch(/^password: /)
        expect(await count("manager")).toBe(0)

        const bad = await api.post(`/admin/centers/${a.id}/managers`, { email: "anna", first_name: "", password: "short" }, { headers, ...open })
        expect(bad.status).toBe(400)
        expect(bad.data.message.split("; ").map((m: string) => m.split(":")[0]).sort()).toEqual(["email", "first_name", "password"])

        const created = await api.post(
          `/admin/centers/${a.id}/managers`,
          { email: "Anna@Sosedi.test", first_name: "Анна", last_name: "Петрова", phone: "+7 900 000-00-00", password: "anna-secret" },
          { headers }
        )
        expect(created.status).toBe(200)
        expect(created.data.created).toBe(true)
        expect(created.data.manager).toMatchObject({ email: "anna@sosedi.test", name: "Анна Петрова" })
        expect(created.data.center.managers.map((m: any) => m.email)).toEqual(["anna@sosedi.test"])

        const login = await api.post("/auth/manager/emailpass", { email: "anna@sosedi.test", password: "anna-secret" })
        expect(login.status).toBe(200)
        expect(jwtPayload(login.data.token)).toMatchObject({ actor_type: "manager", actor_id: created.data.manager.id })

        // the same person for a second center: the existing manager takes it on, no second record
        const again = await api.post(`/admin/centers/${b.id}/managers`, { email: "anna@sosedi.test", first_name: "Анна" }, { headers })
        expect(again.data.created).toBe(false)
        expect(again.data.manager.id).toBe(created.data.manager.id)
        expect(await count("manager")).toBe(1)
        const twice = await api.post(`/admin/centers/${b.id}/managers`, { email: "anna@sosedi.test", first_name: "Анна" }, { headers })
        expect(twice.data.center.managers).toHaveLength(1)
        const list = await api.get("/admin/centers", { headers })
        for (const c of list.data.centers) {
          expect(c.managers.map((m: any) => m.name)).toEqual(["Анна Петрова"])
        }

        // someone who already has an e-mail login (say, a resident) keeps it and becomes a manager too
        await getContainer().resolve(Modules.AUTH).register("emailpass", {
          body: { email: "boris@sosedi.test", password: "boris-secret" },
        } as any)
        const boris = await api.post(`/admin/centers/${b.id}/managers`, { email: "boris@sosedi.test", first_name: "Борис" }, { headers })
        expect(boris.data.created).toBe(true)
        const borisLogin = await api.post("/auth/manager/emailpass", { email: "boris@sosedi.test", password: "boris-secret" })
        expect(jwtPayload(borisLogin.data.token).actor_id).toBe(boris.data.manager.id)

        // taking a center away leaves the manager their other center
        const removed = await api.delete(`/admin/centers/${a.id}/managers/${created.data.manager.id}`, { headers })
        expect(removed.data).toMatchObject({ id: created.data.manager.id, deleted: true })
        expect(removed.data.center.managers).toEqual([])
        const { data: { center: stillB } } = await api.get(`/admin/centers/${b.id}`, { headers })
        expect(stillB.managers.map((m: any) => m.email).sort()).toEqual(["anna@sosedi.test", "boris@sosedi.test"])
        const gone = await api.delete(`/admin/centers/${a.id}/managers/${created.data.manager.id}`, { headers, ...open })
        expect(gone.status).toBe(404)
        expect(gone.data.message).toMatch(/^manager_id: /)
        const toMissingCenter = await api.post(
          "/admin/centers/ctr_missing/managers",
          { email: "anna@sosedi.test", first_name: "Анна" },
          { headers, ...open }
        )
        expect(toMissingCenter.status).toBe(404)
      })

      it("restores a manager's centers when a later step fails", async () => {
        const container = getContainer()
        const { data: { center: a } } = await api.post("/admin/centers", centerBody("comp-a"), { headers })
        const { data: { center: b } } = await api.post("/admin/centers", centerBody("comp-b"), { headers })
        const { data: { manager } } = await api.post(
          `/admin/centers/${a.id}/managers`,
          { email: "vera@sosedi.test", first_name: "Вера", password: "vera-secret" },
          { headers }
        )
        const { createWorkflow, createStep } = nativeRequire("@medusajs/framework/workflows-sdk")
        const { changeManagerCentersStep } = nativeRequire("../../src/workflows/admin/steps/change-manager-centers.ts")
        const fail = createStep("admin-test-fail-after-manager-change", async () => {
          throw new Error("boom")
        })
        const flow = createWorkflow("admin-test-change-manager-then-fail", (input: any) => {
          changeManagerCentersStep(input)
          fail()
        })
        await flow(container).run({ input: { manager_id: manager.id, add: b.id, remove: a.id }, throwOnError: false })
        const managersOf = async (id: string) =>
          (await api.get(`/admin/centers/${id}`, { headers })).data.center.managers.map((m: any) => m.id)
        expect(await managersOf(a.id)).toEqual([manager.id])
        expect(await managersOf(b.id)).toEqual([])
      })
    })
  },
})
