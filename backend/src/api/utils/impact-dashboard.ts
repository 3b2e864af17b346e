import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { z } from "@medusajs/framework/zod"
import { IMPACT_MODULE } from "../../modules/impact"
import { REPORT_TIME_ZONE, STATUS_LABELS_RU, type ImpactPeriod } from "../../modules/impact/report"
import type ImpactModuleService from "../../modules/impact/service"
import { toCsv, type CsvCell } from "./csv"

// issue 6: the impact dashboard, shared by the manager's route (one center) and the operator's (all
// centers). The figures are the impact module's SQL; this file only picks the period, adds the
// contact details people agreed to share, and writes CSV.

export const IMPACT_TABLES = ["monthly", "status_mix", "transitions", "feedback", "ready_to_teach"] as const
export type ImpactTable = (typeof IMPACT_TABLES)[number]

/** Longest period one request may ask for (the monthly series is generated in SQL). */
const MAX_MONTHS = 60

const DAY = /^\d{4}-\d{2}-\d{2}$/
function isRealDay(value: string): boolean {
  if (!DAY.test(value)) return false
  const [y, m, d] = value.split("-").map(Number)
  const date = new Date(Date.UTC(y, m - 1, d))
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d && y >= 2000 && y <= 2100
}

/** Today's date in Moscow as YYYY-MM-DD. */
export function moscowToday(now: Date = new Date()): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone: REPORT_TIME_ZONE, year: "numeric", month: "2-digit", day: "2-digit" }).format(now)
}

/** The default period: the last 12 Moscow months, the current one included, up to `to`. */
export function defaultFrom(to: string): string {
  const [y, m] = to.split("-").map(Number)
  const start = new Date(Date.UTC(y, m - 1 - 11, 1))
  return start.toISOString().slice(0, 10)
}

const day = () =>
  z.string().trim().refine(isRealDay, "дата в формате ГГГГ-ММ-ДД, например 2026-03-01")

const PeriodFields = z.object({
  from: day().optional(),
  to: day().optional(),
  format: z.enum(["json", "csv"], "json или csv").default("json"),
  table: z.enum(IMPACT_TABLES, `одна из таблиц: ${IMPACT_TABLES.join(", ")}`).optional(),
})
type PeriodFieldsType = z.infer<typeof PeriodFields>

/** Fills the default period and checks the rules that span fields. */
function settlePeriod<T extends PeriodFieldsType>(q: T, ctx: z.RefinementCtx): T & { from: string; to: string } {
  const to = q.to ?? moscowToday()
  const from = q.from ?? defaultFrom(to)
  if (from > to) {
    ctx.addIssue({ code: "custom", path: ["to"], message: "конец периода раньше его начала" })
    return z.NEVER
  }
  const [fy, fm] = from.split("-").map(Number)
  const [ty, tm] = to.split("-").map(Number)
  if ((ty - fy) * 12 + (tm - fm) + 1 > MAX_MONTHS) {
    ctx.addIssue({ code: "custom", path: ["to"], message: `период не длиннее ${MAX_MONTHS} месяцев` })
    return z.NEVER
  }
  if (q.format === "csv" && !q.table) {
    ctx.addIssue({ code: "custom", path: ["table"], message: `укажите, какую таблицу выгрузить (${IMPACT_TABLES.join(", ")})` })
    return z.NEVER
  }
  return { ...q, from, to }
}

/**
 * `?from=YYYY-MM-DD&to=YYYY-MM-DD` (Moscow days, both included; the last 12 months by default),
 * `format=csv&table=…` for a download.
 */
export const ImpactQuery = PeriodFields.strict().transform(settlePeriod)
export const AdminImpactQuery = PeriodFields.extend({
  center_id: z.string().trim().min(1, "укажите центр или уберите параметр").max(100, "слишком длинный идентификатор").optional(),
})
  .strict()
  .transform(settlePeriod)
export type ImpactQueryType = z.infer<typeof ImpactQuery>
export type AdminImpactQueryType = z.infer<typeof AdminImpactQuery>

export type ImpactReport = Awaited<ReturnType<typeof buildImpactReport>>

/** Every figure of the dashboard for one center (`center_id`) or all of them. */
export async function buildImpactReport(scope: MedusaContainer, period: ImpactPeriod) {
  const impact = scope.resolve<ImpactModuleService>(IMPACT_MODULE)
  const [totals, monthly, status_mix, transitions, feedback, ready] = await Promise.all([
    impact.reportTotals(period),
    impact.reportMonthly(period),
    impact.reportStatusMix(period),
    impact.reportTransitions(period),
    impact.reportFeedback(period),
    impact.reportReadyToTeach(period),
  ])
  // names and e-mails as they are now (from the linked customer), only for people whose latest
  // answer was "ready to teach"; the snapshot's e-mail when the customer is gone
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const customerIds = [...new Set(ready.map((r) => r.customer_id).filter((id): id is string => !!id))]
  const centerIds = [...new Set(ready.map((r) => r.center_id))]
  const [{ data: customers }, { data: centers }] = await Promise.all([
    customerIds.length
      ? query.graph({ entity: "customer", fields: ["id", "first_name", "last_name", "email", "phone"], filters: { id: customerIds } })
      : { data: [] as any[] },
    centerIds.length ? query.graph({ entity: "center", fields: ["id", "name"], filters: { id: centerIds } }) : { data: [] as any[] },
  ])
  const ready_to_teach = ready.map((r) => {
    const customer: any = customers.find((c: any) => c.id === r.customer_id)
    const name = customer ? [customer.first_name, customer.last_name].filter(Boolean).join(" ").trim() : ""
    return {
      customer_id: r.customer_id,
      name: name || null,
      email: customer?.email ?? r.email,
      phone: customer?.phone ?? null,
      center_id: r.center_id,
      center_name: (centers.find((c: any) => c.id === r.center_id) as any)?.name ?? null,
      answered_at: r.answered_at.toISOString(),
    }
  })
  return {
    period: { from: period.from, to: period.to, center_id: period.center_id ?? null, time_zone: REPORT_TIME_ZONE },
    totals,
    monthly,
    status_mix,
    transitions,
    feedback: { months: feedback.filter((f) => f.month !== null), total: feedback.find((f) => f.month === null)! },
    ready_to_teach,
  }
}

const label = (status: string | null) => STATUS_LABELS_RU[(status ?? "none") as keyof typeof STATUS_LABELS_RU] ?? status
const moscowDay = (iso: string) => moscowToday(new Date(iso))

/** One table of the report as a CSV file (Russian headers, figures as numbers, statuses in words). */
export function impactCsv(report: ImpactReport, table: ImpactTable): { filename: string; body: string } {
  const tables: Record<ImpactTable, () => [string[], CsvCell[][]]> = {
    monthly: () => [
      ["Месяц", "Участники", "Записи", "Впервые", "Повторно"],
      report.monthly.map((m) => [m.month, m.participants, m.registrations, m.first_timers, m.returning]),
    ],
    status_mix: () => [
      ["Положение", "При первой записи", "При последней записи"],
      report.status_mix.map((s) => [label(s.status), s.first, s.latest]),
    ],
    transitions: () => [
      ["Было", "Стало", "Человек"],
      report.transitions.map((t) => [label(t.from), label(t.to), t.people]),
    ],
    feedback: () => [
      ["Месяц", "Отзывы", "Средняя оценка", "Порекомендуют", "Доля порекомендовавших"],
      [...report.feedback.months, report.feedback.total].map((f) => [
        f.month ?? "Весь период",
        f.responses,
        f.average_rating,
        f.would_recommend,
        f.would_recommend_share,
      ]),
    ],
    ready_to_teach: () => [
      ["Имя", "E-mail", "Телефон", "Центр", "Дата ответа"],
      report.ready_to_teach.map((p) => [p.name, p.email, p.phone, p.center_name, moscowDay(p.answered_at)]),
    ],
  }
  const [header, rows] = tables[table]()
  return { filename: `impact-${table}-${report.period.from}-${report.period.to}.csv`, body: toCsv(header, rows) }
}

/** Answers JSON, or the chosen table as a CSV download. */
export async function respondImpact(scope: MedusaContainer, q: ImpactQueryType, centerId: string | null, res: any) {
  const report = await buildImpactReport(scope, { from: q.from, to: q.to, center_id: centerId })
  if (q.format === "csv" && q.table) {
    const { filename, body } = impactCsv(report, q.table)
    res.setHeader("Content-Type", "text/csv; charset=utf-8")
    res.setHeader("Content-Disposition", `attachment; filename="${filename}"`)
    return res.status(200).send(body)
  }
  return res.json({ impact: report })
}
