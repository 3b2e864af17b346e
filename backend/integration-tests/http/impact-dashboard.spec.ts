import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { seedMarket } from "../support/fixtures"
import { bearer, createManager, signInOperator } from "../support/actors"

const ok = { validateStatus: () => true }
/** A Moscow wall-clock time (UTC+3, no DST) as an instant. */
const msk = (local: string) => new Date(`${local}+03:00`)

/*
 * The fixture, counted by hand. Period 2026-01-01 … 2026-03-31 (Moscow days).
 *
 *  #   center person  Moscow time          status             ready_to_teach
 *  R1  A      Анна    2025-12-10 12:00     looking_for_work   false   (before the period)
 *  R2  A      Анна    2026-01-15 12:00     looking_for_work   —
 *  R3  A      Анна    2026-03-05 12:00     self_employed      true
 *  R4  A      Борис   2026-02-01 00:30     unemployed         —       (= 2026-01-31 21:30 UTC: February in Moscow)
 *  R5  A      Борис   2026-02-20 12:00     — (skipped)        —
 *  R6  A      Борис   2026-03-10 12:00     employed           false
 *  R7  A      Вера    2026-02-10 12:00     prefer_not_to_say  true
 *  R8  A      Вера    2026-02-25 12:00     prefer_not_to_say  —
 *  R9  A      Глеб*   2026-03-20 12:00     student            true    (*a guest: no customer, e-mail "Gleb@Example.ru")
 *  R10 A      Глеб*   2026-03-25 12:00     — (skipped)        —       (e-mail "gleb@example.ru": the same person)
 *  R11 A      Дмитрий 2026-04-01 00:30     student            true    (= 2026-03-31 21:30 UTC: April, outside)
 *  R12 B      Анна    2026-01-20 12:00     employed           false
 *  R13 B      Галина  2026-02-05 12:00     retired            true
 *  R14 A      Зоя     2026-01-25 12:00     — (skipped)        —
 *
 * Feedback: F1 A 2026-01-20 ★5 recommends · F2 A 2026-03-01 00:30 MSK ★4 recommends (March) ·
 * F3 A 2026-03-15 ★2 does not · F4 A 2026-03-20 ★3 recommends · F5 B 2026-02-10 ★1 does not ·
 * F6 A 2026-04-02 ★1 does not (outside).
 */
medusaIntegrationTestRunner({
  cwd: process.cwd(),
  testSuite: ({ api, getContainer }) => {
    async function setup() {
      const container = getContainer()
      const market = await seedMarket(container)
      const A = market.a.center.id
      const B = market.b.center.id
      const customers = await container.resolve(Modules.CUSTOMER).createCustomers([
        { email: "anna@example.ru", first_name: 'Анна "Аня"', last_name: "Петрова, мл." },
        { email: "boris@example.ru", first_name: "Борис", last_name: "Смирнов" },
        { email: "vera@example.ru", first_name: "Вера", last_name: "Ким" },
        { email: "dima@example.ru", first_name: "Дмитрий", last_name: "Орлов" },
        { email: "galina@example.ru", first_name: "Галина", last_name: "Зуева" },
        { email: "zoya@example.ru", first_name: "Зоя", last_name: "Белова" },
      ])
      const [anna, boris, vera, dima, galina, zoya] = customers
      const impact = container.resolve("impact") as any
      let n = 0
      const reg = (center_id: string, who: { id?: string; email: string }, local: string, economic_status: string | null, ready_to_teach: boolean | null) => {
        n++
        return {
          customer_id: who.id ?? null,
          email: who.email,
          order_id: `order_${n}`,
          line_item_id: `item_${n}`,
          session_id: `session_${center_id}`,
          product_id: "prod_class",
          center_id,
          economic_status,
          ready_to_teach,
          registered_at: msk(local),
        }
      }
      const gleb = { email: "Gleb@Example.ru" }
      await impact.createRegistrations([
        reg(A, anna, "2025-12-10T12:00", "looking_for_work", false),
        reg(A, anna, "2026-01-15T12:00", "looking_for_work", null),
        reg(A, anna, "2026-03-05T12:00", "self_employed", true),
        reg(A, boris, "2026-02-01T00:30", "unemployed", null),
        reg(A, boris, "2026-02-20T12:00", null, null),
        reg(A, boris, "2026-03-10T12:00", "employed", false),
        reg(A, vera, "2026-02-10T12:00", "prefer_not_to_say", true),
        reg(A, vera, "2026-02-25T12:00", "prefer_not_to_say", null),
        reg(A, gleb, "2026-03-20T12:00", "student", true),
        reg(A, { email: "gleb@example.ru" }, "2026-03-25T12:00", null, null),
        reg(A, dima, "2026-04-01T00:30", "student", true),
        reg(B, anna, "2026-01-20T12:00", "employed", false),
        reg(B, galina, "2026-02-05T12:00", "retired", true),
        reg(A, zoya, "2026-01-25T12:00", null, null),
      ])
      const feedback = [
        [A, "2026-01-20T12:00", 5, true],
        [A, "2026-03-01T00:30", 4, true],
        [A, "2026-03-15T12:00", 2, false],
        [A, "2026-03-20T12:00", 3, true],
        [B, "2026-02-10T12:00", 1, false],
        [A, "2026-04-02T12:00", 1, false],
      ] as const
      const created = await impact.createFeedbacks(
        feedback.map(([center_id, , rating, would_recommend], i) => ({
          ticket_id: `ticket_${i}`,
          session_id: `session_${center_id}`,
          product_id: "prod_class",
          seller_id: "seller_x",
          center_id,
          rating,
          would_recommend,
        }))
      )
      // when feedback was given is set by the database; move it to the fixture's dates
      const pg = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
      for (const [i, f] of created.entries()) {
        await pg.raw(`update impact_feedback set created_at = ? where id = ?`, [msk(feedback[i][1]), f.id])
      }
      const managerA = await createManager(container, api, "manager-a@example.ru", [A])
      const managerB = await createManager(container, api, "manager-b@example.ru", [B])
      return { container, A, B, managerA: bearer(managerA.token), managerB: bearer(managerB.token), anna, people: { anna, boris, vera, dima, zoya }, reg, impact, pg }
    }
    const PERIOD = "from=2026-01-01&to=2026-03-31"

    it("counts the center's figures from the snapshots, in Moscow months, and exports each table as CSV", async () => {
      const s = await setup()
      const res = await api.get(`/manage/centers/${s.A}/impact?${PERIOD}`, { ...s.managerA, ...ok })
      expect(res.status, JSON.stringify(res.data)).toBe(200)
      const r = res.data.impact
      expect(r.period).toMatchObject({ from: "2026-01-01", to: "2026-03-31", center_id: s.A })

      // Jan: R2 Анна (first at A in Dec → returning), R14 Зоя (first-timer)
      // Feb: R4 R5 Борис (first booking Feb 1 00:30 MSK → first-timer), R7 R8 Вера (first-timer)
      // Mar: R3 Анна, R6 Борис (returning), R9 R10 Глеб (one person by e-mail; first-timer); R11 is April
      expect(r.monthly).toEqual([
        { month: "2026-01", participants: 2, registrations: 2, first_timers: 1, returning: 1 },
        { month: "2026-02", participants: 2, registrations: 4, first_timers: 2, returning: 0 },
        { month: "2026-03", participants: 3, registrations: 4, first_timers: 1, returning: 2 },
      ])
      // 10 bookings; Анна, Борис, Вера, Глеб, Зоя; new at A in the period: all but Анна
      expect(r.totals).toEqual({ participants: 5, registrations: 10, first_timers: 4, returning: 1 })

      // first / latest answer in the period: Анна lfw → self_employed, Борис unemployed → employed
      // (the skip in between erases nothing), Вера pnts → pnts, Глеб student → student, Зоя never answered
      const mix = Object.fromEntries(r.status_mix.map((m: any) => [m.status ?? "none", [m.first, m.latest]]))
      expect(mix).toEqual({
        unemployed: [1, 0],
        looking_for_work: [1, 0],
        employed: [0, 1],
        self_employed: [0, 1],
        business_owner: [0, 0],
        retired: [0, 0],
        student: [1, 1],
        prefer_not_to_say: [1, 1],
        none: [1, 1],
      })
      // people with two or more answers in the period: Анна, Борис, Вера (Глеб answered once)
      expect(r.transitions).toEqual([
        { from: "looking_for_work", to: "self_employed", people: 1 },
        { from: "prefer_not_to_say", to: "prefer_not_to_say", people: 1 },
        { from: "unemployed", to: "employed", people: 1 },
      ])

      // Jan: F1 ★5 yes · Feb: none at A (F5 is B's) · Mar: F2 (00:30 MSK on the 1st) ★4 yes, F3 ★2 no, F4 ★3 yes
      // period: (5+4+2+3)/4 = 3.5, 3 of 4 recommend; F6 is April
      expect(r.feedback.months).toEqual([
        { month: "2026-01", responses: 1, average_rating: 5, would_recommend: 1, would_recommend_share: 1 },
        { month: "2026-02", responses: 0, average_rating: null, would_recommend: 0, would_recommend_share: null },
        { month: "2026-03", responses: 3, average_rating: 3, would_recommend: 2, would_recommend_share: 0.667 },
      ])
      expect(r.feedback.total).toEqual({ month: null, responses: 4, average_rating: 3.5, would_recommend: 3, would_recommend_share: 0.75 })

      // latest yes/no in the period: Анна yes (R3), Борис no (R6), Вера yes (R7; R8 skipped), Глеб yes (R9),
      // Дмитрий's yes is in April; newest answer first; names and e-mails from the customer (Глеб: the snapshot)
      expect(r.ready_to_teach.map((p: any) => [p.name, p.email, p.answered_at])).toEqual([
        [null, "gleb@example.ru", msk("2026-03-20T12:00").toISOString()],
        ['Анна "Аня" Петрова, мл.', "anna@example.ru", msk("2026-03-05T12:00").toISOString()],
        ["Вера Ким", "vera@example.ru", msk("2026-02-10T12:00").toISOString()],
      ])

      // CSV: UTF-8 with a BOM, RFC 4180 (CRLF, quotes doubled, a cell with a comma quoted)
      const csv = async (table: string) => {
        const got = await api.get(`/manage/centers/${s.A}/impact?${PERIOD}&format=csv&table=${table}`, { ...s.managerA, ...ok, responseType: "arraybuffer" })
        expect(got.status, Buffer.from(got.data).toString()).toBe(200)
        expect(got.headers["content-type"]).toMatch(/^text\/csv; charset=utf-8/)
        expect(got.headers["content-disposition"]).toBe(`attachment; filename="impact-${table}-2026-01-01-2026-03-31.csv"`)
        const bytes = Buffer.from(got.data)
        expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
        return bytes.subarray(3).toString("utf8")
      }
      expect(await csv("monthly")).toBe(
        "Месяц,Участники,Записи,Впервые,Повторно\r\n2026-01,2,2,1,1\r\n2026-02,2,4,2,0\r\n2026-03,3,4,1,2\r\n"
      )
      expect(await csv("ready_to_teach")).toBe(
        "Имя,E-mail,Телефон,Центр,Дата ответа\r\n" +
          ",gleb@example.ru,,Соседский центр alpha,2026-03-20\r\n" +
          '"Анна ""Аня"" Петрова, мл.",anna@example.ru,,Соседский центр alpha,2026-03-05\r\n' +
          "Вера Ким,vera@example.ru,,Соседский центр alpha,2026-02-10\r\n"
      )
      expect((await csv("transitions")).split("\r\n")[0]).toBe("Было,Стало,Человек")
      expect((await csv("transitions")).split("\r\n")[1]).toBe("Ищет работу,Самозанятый(ая),1")
      expect((await csv("status_mix")).split("\r\n").at(-2)).toBe("Без ответа,1,1")
      expect((await csv("feedback")).split("\r\n").slice(-3)).toEqual(["2026-03,3,3,2,0.667", "Весь период,4,3.5,3,0.75", ""])

      // the history is the snapshot's: a later change of the profile does not move a figure
      await s.container.resolve(Modules.CUSTOMER).updateCustomers(s.anna.id, { email: "anna.new@example.ru" })
      const again = await api.get(`/manage/centers/${s.A}/impact?${PERIOD}`, s.managerA)
      expect(again.data.impact.totals).toEqual(r.totals)
      expect(again.data.impact.transitions).toEqual(r.transitions)
      expect(again.data.impact.ready_to_teach[1].email).toBe("anna.new@example.ru")
    })

    it("shows the operator every center, keeps other managers out and refuses a bad period in Russian", async () => {
      const s = await setup()
      const operator = { headers: await signInOperator(s.container, api) }

      // all centers: first-timer = first booking anywhere. Jan: R2 R12 Анна (returning), R14 Зоя (new);
      // Feb: Борис, Вера, Галина (R13) all new; Mar: as at A
      const all = await api.get(`/admin/impact?${PERIOD}`, { ...operator, ...ok })
      expect(all.status, JSON.stringify(all.data)).toBe(200)
      expect(all.data.impact.monthly).toEqual([
        { month: "2026-01", participants: 2, registrations: 3, first_timers: 1, returning: 1 },
        { month: "2026-02", participants: 3, registrations: 5, first_timers: 3, returning: 0 },
        { month: "2026-03", participants: 3, registrations: 4, first_timers: 1, returning: 2 },
      ])
      expect(all.data.impact.totals).toEqual({ participants: 6, registrations: 12, first_timers: 5, returning: 1 })
      // F1–F5: (5+4+2+3+1)/5 = 3, 3 of 5 recommend
      expect(all.data.impact.feedback.total).toMatchObject({ responses: 5, average_rating: 3, would_recommend: 3, would_recommend_share: 0.6 })
      // Анна's latest yes/no anywhere is R3 (yes); Галина's R13 (yes) at B
      expect(all.data.impact.ready_to_teach.map((p: any) => [p.email, p.center_name])).toEqual([
        ["gleb@example.ru", "Соседский центр alpha"],
        ["anna@example.ru", "Соседский центр alpha"],
        ["vera@example.ru", "Соседский центр alpha"],
        ["galina@example.ru", "Соседский центр beta"],
      ])
      // center B alone: Анна's first booking at B is R12, so she is new there though she came to A in December
      const b = await api.get(`/admin/impact?${PERIOD}&center_id=${s.B}`, operator)
      expect(b.data.impact.monthly).toEqual([
        { month: "2026-01", participants: 1, registrations: 1, first_timers: 1, returning: 0 },
        { month: "2026-02", participants: 1, registrations: 1, first_timers: 1, returning: 0 },
        { month: "2026-03", participants: 0, registrations: 0, first_timers: 0, returning: 0 },
      ])
      // B's manager sees the same for B and nothing of A
      const mine = await api.get(`/manage/centers/${s.B}/impact?${PERIOD}`, s.managerB)
      expect(mine.data.impact.monthly).toEqual(b.data.impact.monthly)
      const foreign = await api.get(`/manage/centers/${s.A}/impact?${PERIOD}`, { ...s.managerB, ...ok })
      expect(foreign.status).toBe(404)
      expect((await api.get(`/manage/centers/${s.A}/impact?${PERIOD}`, ok)).status).toBe(401)
      expect((await api.get(`/admin/impact?${PERIOD}`, { ...s.managerA, ...ok })).status).toBe(401)

      // one Moscow day: only Борис's 00:30 booking on Feb 1 (21:30 UTC the day before)
      const day = await api.get(`/manage/centers/${s.A}/impact?from=2026-02-01&to=2026-02-01`, s.managerA)
      expect(day.data.impact.totals).toEqual({ participants: 1, registrations: 1, first_timers: 1, returning: 0 })
      const jan = await api.get(`/manage/centers/${s.A}/impact?from=2026-01-01&to=2026-01-31`, s.managerA)
      expect(jan.data.impact.totals.registrations).toBe(2)

      const bad = async (qs: string, field: string) => {
        const got = await api.get(`/manage/centers/${s.A}/impact?${qs}`, { ...s.managerA, ...ok })
        expect(got.status, JSON.stringify(got.data)).toBe(400)
        expect(got.data.message).toMatch(new RegExp(`^${field}: [а-яА-ЯёЁ]`))
      }
      await bad("from=2026-02-30&to=2026-03-31", "from")
      await bad("from=01.02.2026", "from")
      await bad("from=2026-03-01&to=2026-02-01", "to")
      await bad("from=2020-01-01&to=2026-12-31", "to")
      await bad(`${PERIOD}&format=csv`, "table")
      await bad(`${PERIOD}&format=csv&table=people`, "table")
      await bad(`${PERIOD}&center_id=${s.B}`, "center_id")
      const adminBad = await api.get(`/admin/impact?from=2026-13-01`, { ...operator, ...ok })
      expect(adminBad.status).toBe(400)
      expect(adminBad.data.message).toMatch(/^from: /)
    })
    it("reports one Moscow month against the one before, small counts hidden, for the manager, the operator and as CSV", async () => {
      const s = await setup()
      const { anna, boris, vera, dima, zoya } = s.people
      // May 2026 at A, for this test only (after every period of the tests above):
      //  M1 Анна unemployed → M2 self_employed (ready yes) · M3 Борис looking_for_work → M4 employed (yes) ·
      //  M5 Вера unemployed → M6 business_owner (no) · M7 Зоя employed → M8 looking_for_work (May 31 23:59 MSK) ·
      //  M9 Дмитрий prefer_not_to_say (yes) · M10 Егор*, a guest new to A, retired (yes) ·
      //  M11 Вера student, June 1 00:30 MSK (= May 31 21:30 UTC): June, outside — else Вера would not count as "became active"
      await s.impact.createRegistrations([
        s.reg(s.A, anna, "2026-05-04T12:00", "unemployed", null),
        s.reg(s.A, anna, "2026-05-18T12:00", "self_employed", true),
        s.reg(s.A, boris, "2026-05-05T12:00", "looking_for_work", null),
        s.reg(s.A, boris, "2026-05-19T12:00", "employed", true),
        s.reg(s.A, vera, "2026-05-06T12:00", "unemployed", null),
        s.reg(s.A, vera, "2026-05-20T12:00", "business_owner", false),
        s.reg(s.A, zoya, "2026-05-07T12:00", "employed", null),
        s.reg(s.A, zoya, "2026-05-31T23:59", "looking_for_work", null),
        s.reg(s.A, dima, "2026-05-12T12:00", "prefer_not_to_say", true),
        s.reg(s.A, { email: "Egor@Example.ru" }, "2026-05-15T12:00", "retired", true),
        s.reg(s.A, vera, "2026-06-01T00:30", "student", false),
      ])
      // feedback in May: F7 A ★5 yes · F8 A ★4 yes · F9 A ★4 no · F10 A ★3 yes (May 31 23:30 MSK) · F11 B ★1 no (other center)
      const mayFeedback = [
        [s.A, "2026-05-03T12:00", 5, true],
        [s.A, "2026-05-10T12:00", 4, true],
        [s.A, "2026-05-20T12:00", 4, false],
        [s.A, "2026-05-31T23:30", 3, true],
        [s.B, "2026-05-10T12:00", 1, false],
      ] as const
      const given = await s.impact.createFeedbacks(
        mayFeedback.map(([center_id, , rating, would_recommend], i) => ({
          ticket_id: `ticket_may_${i}`, session_id: `session_${center_id}`, product_id: "prod_class", seller_id: "seller_x", center_id, rating, would_recommend,
        }))
      )
      for (const [i, f] of given.entries()) await s.pg.raw(`update impact_feedback set created_at = ? where id = ?`, [msk(mayFeedback[i][1]), f.id])

      /** Each indicator as [this month, previous month, change]; "hidden" where the report hides the figure. */
      const table = (report: any) =>
        Object.fromEntries(report.indicators.map((i: any) => [i.key, [i.current, i.previous, i.change].map((f: any) => (f.suppressed ? "hidden" : f.value))]))
      const res = await api.get(`/manage/centers/${s.A}/impact/monthly?month=2026-05`, { ...s.managerA, ...ok })
      expect(res.status, JSON.stringify(res.data)).toBe(200)
      const may = res.data.monthly_report
      expect(may).toMatchObject({ month: "2026-05", previous_month: "2026-04", center_id: s.A, time_zone: "Europe/Moscow", suppression: { min_shown_count: 3 } })
      // May at A — participants: Анна, Борис, Вера, Зоя, Дмитрий, Егор = 6; bookings M1–M10 = 10; new to A: Егор alone
      // (Дмитрий first came in April, R11) = 1 → hidden; returning 5.
      // First answers: unemployed ×2, looking_for_work, employed (Зоя), prefer_not_to_say (Дмитрий: not in the
      // denominator), retired → active 1 of 5 → hidden. Latest: self_employed, employed, business_owner,
      // looking_for_work, pnts, retired → 3 of 5 = 0.6. Became active: Анна, Борис, Вера = 3; back: Зоя = 1 → hidden.
      // Feedback F7–F10: 4, (5+4+4+3)/4 = 4, 3 of 4 = 0.75. Ready: Анна, Борис, Дмитрий, Егор = 4 (Вера said no).
      // April at A — R11 Дмитрий (student, ready yes) and F6 ★1 no: every 1 hidden, returning 0, no movement,
      // the shares over one person hidden. Changes only where both months are shown.
      expect(table(may)).toEqual({
        participants: [6, "hidden", "hidden"],
        registrations: [10, "hidden", "hidden"],
        first_timers: ["hidden", "hidden", "hidden"],
        returning: [5, 0, 5],
        active_first: ["hidden", "hidden", "hidden"],
        active_latest: [0.6, "hidden", "hidden"],
        became_active: [3, 0, 3],
        became_not_active: ["hidden", 0, "hidden"],
        feedback_responses: [4, "hidden", "hidden"],
        average_rating: [4, "hidden", "hidden"],
        would_recommend_share: [0.75, "hidden", "hidden"],
        ready_to_teach: [4, "hidden", "hidden"],
      })
      expect(may.indicators.find((i: any) => i.key === "first_timers").current).toEqual({ value: null, suppressed: true })
      // a count, never who: no e-mail, name or customer id in the shared report
      expect(JSON.stringify(res.data)).not.toMatch(/@|Анна|cus_/)
      // the staff dashboard keeps the exact numbers of the same month
      const april = await api.get(`/manage/centers/${s.A}/impact?from=2026-04-01&to=2026-04-30`, s.managerA)
      expect(april.data.impact.totals).toEqual({ participants: 1, registrations: 1, first_timers: 1, returning: 0 })

      // March vs February at A (the fixture above): Mar 3 people, 4 bookings (R3 R6 R9 R10), Глеб new (1 → hidden),
      // 2 returning → hidden; Feb 2 people (hidden), 4 bookings (R4 R5 R7 R8) → change 0.
      // Feedback Mar F2 F3 F4: 3, average 3, 2 recommend → share hidden; Feb none at A: 0, no average → no change.
      // Ready Mar: Анна R3, Глеб R9 = 2 → hidden; Feb Вера R7 = 1 → hidden. Nobody answered twice within either month.
      const march = await api.get(`/manage/centers/${s.A}/impact/monthly?month=2026-03`, s.managerA)
      expect(table(march.data.monthly_report)).toMatchObject({
        participants: [3, "hidden", "hidden"],
        registrations: [4, 4, 0],
        first_timers: ["hidden", "hidden", "hidden"],
        returning: ["hidden", 0, "hidden"],
        became_active: [0, 0, 0],
        feedback_responses: [3, 0, 3],
        average_rating: [3, null, null],
        would_recommend_share: ["hidden", null, "hidden"],
        ready_to_teach: ["hidden", "hidden", "hidden"],
      })

      // CSV: BOM, CRLF, Russian words for hidden figures
      const csv = await api.get(`/manage/centers/${s.A}/impact/monthly?month=2026-05&format=csv`, { ...s.managerA, ...ok, responseType: "arraybuffer" })
      expect(csv.status, Buffer.from(csv.data).toString()).toBe(200)
      expect(csv.headers["content-type"]).toMatch(/^text\/csv; charset=utf-8/)
      expect(csv.headers["content-disposition"]).toBe(`attachment; filename="impact-monthly-2026-05.csv"`)
      const bytes = Buffer.from(csv.data)
      expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
      expect(bytes.subarray(3).toString("utf8")).toBe(
        [
          "Показатель,Месяц 2026-05,Предыдущий месяц 2026-04,Изменение",
          "Участники (разные люди),6,менее 3,скрыто",
          "Записи на занятия,10,менее 3,скрыто",
          "Пришли впервые,менее 3,менее 3,скрыто",
          "Пришли снова,5,0,5",
          "Доля экономически активных при первом ответе за месяц,скрыто,скрыто,скрыто",
          "Доля экономически активных при последнем ответе за месяц,0.6,скрыто,скрыто",
          "Перешли из неработающих и ищущих работу в экономически активные,3,0,3",
          "Перешли из экономически активных в неработающие и ищущие работу,менее 3,0,скрыто",
          "Отзывы о занятиях,4,менее 3,скрыто",
          "Средняя оценка (из 5),4,скрыто,скрыто",
          "Доля отзывов «порекомендую»,0.75,скрыто,скрыто",
          "Готовы провести занятие (человек),4,менее 3,скрыто",
          "",
        ].join("\r\n")
      )

      // the default month is the last full Moscow month
      const today = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Moscow", year: "numeric", month: "2-digit" }).format(new Date())
      const [ty, tm] = today.split("-").map(Number)
      const lastMonth = tm === 1 ? `${ty - 1}-12` : `${ty}-${String(tm - 1).padStart(2, "0")}`
      const byDefault = await api.get(`/manage/centers/${s.A}/impact/monthly`, s.managerA)
      expect(byDefault.data.monthly_report.month).toBe(lastMonth)

      // the operator: all centers in March vs February — Feb: Борис, Вера, Галина (R13 at B) = 3 people, 5 bookings,
      // all three new; Mar as at A. Changes 0 and -1; F5 (B, Feb) is one response → hidden
      const operator = { headers: await signInOperator(s.container, api) }
      const all = await api.get(`/admin/impact/monthly?month=2026-03`, { ...operator, ...ok })
      expect(all.status, JSON.stringify(all.data)).toBe(200)
      expect(all.data.monthly_report.center_id).toBeNull()
      expect(table(all.data.monthly_report)).toMatchObject({
        participants: [3, 3, 0],
        registrations: [4, 5, -1],
        first_timers: ["hidden", 3, "hidden"],
        feedback_responses: [3, "hidden", "hidden"],
      })
      // center B in May: F11 alone → hidden; no bookings → 0
      const b = await api.get(`/admin/impact/monthly?month=2026-05&center_id=${s.B}`, operator)
      expect(table(b.data.monthly_report)).toMatchObject({ participants: [0, 0, 0], feedback_responses: ["hidden", 0, "hidden"] })
      const allCsv = await api.get(`/admin/impact/monthly?month=2026-03&format=csv`, { ...operator, ...ok })
      expect(allCsv.status).toBe(200)
      expect(String(allCsv.data)).toContain("\r\nЗаписи на занятия,4,5,-1\r\n")

      // scoping: another center's manager, nobody, a manager at the operator's route
      expect((await api.get(`/manage/centers/${s.A}/impact/monthly?month=2026-05`, { ...s.managerB, ...ok })).status).toBe(404)
      expect((await api.get(`/manage/centers/${s.A}/impact/monthly?month=2026-05&format=csv`, { ...s.managerB, ...ok })).status).toBe(404)
      expect((await api.get(`/manage/centers/${s.A}/impact/monthly`, ok)).status).toBe(401)
      expect((await api.get(`/admin/impact/monthly`, { ...s.managerA, ...ok })).status).toBe(401)

      const bad = async (path: string, qs: string, field: string, who: any = s.managerA) => {
        const got = await api.get(`${path}?${qs}`, { ...who, ...ok })
        expect(got.status, JSON.stringify(got.data)).toBe(400)
        expect(got.data.message).toMatch(new RegExp(`^${field}: [а-яА-ЯёЁ]`))
      }
      const mine = `/manage/centers/${s.A}/impact/monthly`
      await bad(mine, "month=2026-13", "month")
      await bad(mine, "month=2026-3", "month")
      await bad(mine, "month=2026-05-01", "month")
      await bad(mine, "month=2026-05&format=xlsx", "format")
      await bad(mine, `month=2026-05&center_id=${s.B}`, "center_id")
      await bad("/admin/impact/monthly", "month=2026-00", "month", operator)
    })
  },
})
