import type { MedusaContainer } from "@medusajs/framework/types"
import { z } from "@medusajs/framework/zod"
import { IMPACT_MODULE } from "../../modules/impact"
import {
  defaultMonth,
  isMonth,
  MIN_SHOWN_COUNT,
  monthlyIndicators,
  MONTHLY_INDICATORS,
  monthPeriod,
  shiftMonth,
  SUPPRESSION_RULE_RU,
  type Figure,
  type MonthFigures,
} from "../../modules/impact/monthly"
import { REPORT_TIME_ZONE } from "../../modules/impact/report"
import type ImpactModuleService from "../../modules/impact/service"
import { toCsv, type CsvCell } from "./csv"
import { moscowToday } from "./impact-dashboard"

// issue 6: the monthly indicators report, shared by the manager's route (one center) and the
// operator's (all centers, or one). The figures are the dashboard's SQL methods with one Moscow
// month as the period; modules/impact/monthly.ts derives the indicators and hides small counts.

const MonthFields = z.object({
  month: z.string().trim().refine(isMonth, "месяц в формате ГГГГ-ММ, например 2026-03").optional(),
  format: z.enum(["json", "csv"], "допустимо json или csv").default("json"),
})

/** The default is the last full Moscow month. */
const settleMonth = <T extends { month?: string }>(q: T) => ({ ...q, month: q.month ?? defaultMonth(moscowToday()) })

/** `?month=YYYY-MM` (the previous full month by default), `format=csv` for a download. */
export const MonthlyQuery = MonthFields.strict().transform(settleMonth)
export const AdminMonthlyQuery = MonthFields.extend({
  center_id: z.string().trim().min(1, "укажите центр или уберите параметр").max(100, "слишком длинный идентификатор").optional(),
})
  .strict()
  .transform(settleMonth)
export type MonthlyQueryType = z.infer<typeof MonthlyQuery>
export type AdminMonthlyQueryType = z.infer<typeof AdminMonthlyQuery>

/** One month's figures, from the same methods (and so the same numbers) as the dashboard. */
async function monthFigures(impact: ImpactModuleService, month: string, centerId: string | null): Promise<MonthFigures> {
  const period = { ...monthPeriod(month), center_id: centerId }
  const [totals, status_mix, transitions, feedback, ready] = await Promise.all([
    impact.reportTotals(period),
    impact.reportStatusMix(period),
    impact.reportTransitions(period),
    impact.reportFeedback(period),
    impact.reportReadyToTeach(period),
  ])
  // only how many: the shared report carries no names or contacts
  return { totals, status_mix, transitions, feedback: feedback.find((f) => f.month === null)!, ready_to_teach: ready.length }
}

export type MonthlyReport = Awaited<ReturnType<typeof buildMonthlyReport>>

export async function buildMonthlyReport(scope: MedusaContainer, month: string, centerId: string | null) {
  const impact = scope.resolve<ImpactModuleService>(IMPACT_MODULE)
  const previous = shiftMonth(month, -1)
  const [now, before] = await Promise.all([monthFigures(impact, month, centerId), monthFigures(impact, previous, centerId)])
  return {
    month,
    previous_month: previous,
    center_id: centerId,
    time_zone: REPORT_TIME_ZONE,
    suppression: { min_shown_count: MIN_SHOWN_COUNT, rule: SUPPRESSION_RULE_RU },
    indicators: monthlyIndicators(now, before),
  }
}

/** A cell of the CSV: numbers as numbers; a hidden small count reads «менее 3», any other hidden figure «скрыто». */
function cell(f: Figure, kind: string, isChange = false): CsvCell {
  if (f.suppressed) return kind === "count" && !isChange ? `менее ${MIN_SHOWN_COUNT}` : "скрыто"
  return f.value
}

export function monthlyCsv(report: MonthlyReport): { filename: string; body: string } {
  const label = (key: string) => MONTHLY_INDICATORS.find((i) => i.key === key)!.label_ru
  const body = toCsv(
    ["Показатель", `Месяц ${report.month}`, `Предыдущий месяц ${report.previous_month}`, "Изменение"],
    report.indicators.map((i) => [label(i.key), cell(i.current, i.kind), cell(i.previous, i.kind), cell(i.change, i.kind, true)])
  )
  return { filename: `impact-monthly-${report.month}.csv`, body }
}

/** Answers JSON, or the report as a CSV download. */
export async function respondMonthly(scope: MedusaContainer, q: MonthlyQueryType, centerId: string | null, res: any) {
  const report = await buildMonthlyReport(scope, q.month, centerId)
  if (q.format === "csv") {
    const { filename, body } = monthlyCsv(report)
    res.setHeader("Content-Type", "text/csv; charset=utf-8")
    res.setHeader("Content-Disposition", `attachment; filename="${filename}"`)
    return res.status(200).send(body)
  }
  return res.json({ monthly_report: report })
}
