import type { EconomicStatus } from "./answer"
import type { FeedbackRow, PeriodTotals, StatusMixRow, TransitionRow } from "./report"

// issue 6: the monthly indicators report. Its figures are the dashboard's own SQL run with one
// Moscow month as the period (no second set of numbers); this file derives the indicators from
// them and hides small counts. Pure: no database, no Medusa, so it is unit-tested directly.

/** Working for someone, for themselves, or running a business. */
export const ACTIVE_STATUSES: readonly EconomicStatus[] = ["employed", "self_employed", "business_owner"]
/** Out of work: the people the program most hopes to see become active. */
export const NOT_ACTIVE_STATUSES: readonly EconomicStatus[] = ["unemployed", "looking_for_work"]

/**
 * The report goes beyond the center (program, funders), so a count of 1 or 2 people could point at
 * someone: such counts read «менее 3», and shares, averages and changes made from them are hidden.
 * Zero is shown (it points at nobody). The staff dashboard keeps exact numbers.
 */
export const MIN_SHOWN_COUNT = 3
export const SUPPRESSION_RULE_RU =
  "Числа 1 и 2 показаны как «менее 3», а доли, средние и изменения, посчитанные из таких чисел, скрыты: отчёт передаётся за пределы центра, и малое число может указать на конкретного человека."

/** One month's figures, as the impact module's report methods return them for that month. */
export type MonthFigures = {
  totals: PeriodTotals
  status_mix: StatusMixRow[]
  transitions: TransitionRow[]
  /** the whole-period row of `reportFeedback` (month null) */
  feedback: FeedbackRow
  /** how many people `reportReadyToTeach` found (the report carries no names) */
  ready_to_teach: number
}

export type IndicatorKind = "count" | "share" | "average"

/** The indicators in the report's order, with their Russian wording (the CSV's; the storefront has ru + en). */
export const MONTHLY_INDICATORS = [
  { key: "participants", kind: "count", label_ru: "Участники (разные люди)" },
  { key: "registrations", kind: "count", label_ru: "Записи на занятия" },
  { key: "first_timers", kind: "count", label_ru: "Пришли впервые" },
  { key: "returning", kind: "count", label_ru: "Пришли снова" },
  { key: "active_first", kind: "share", label_ru: "Доля экономически активных при первом ответе за месяц" },
  { key: "active_latest", kind: "share", label_ru: "Доля экономически активных при последнем ответе за месяц" },
  { key: "became_active", kind: "count", label_ru: "Перешли из неработающих и ищущих работу в экономически активные" },
  { key: "became_not_active", kind: "count", label_ru: "Перешли из экономически активных в неработающие и ищущие работу" },
  { key: "feedback_responses", kind: "count", label_ru: "Отзывы о занятиях" },
  { key: "average_rating", kind: "average", label_ru: "Средняя оценка (из 5)" },
  { key: "would_recommend_share", kind: "share", label_ru: "Доля отзывов «порекомендую»" },
  { key: "ready_to_teach", kind: "count", label_ru: "Готовы провести занятие (человек)" },
] as const satisfies readonly { key: string; kind: IndicatorKind; label_ru: string }[]

export type IndicatorKey = (typeof MONTHLY_INDICATORS)[number]["key"]

/** An exact figure before suppression: a count, a share as numerator/denominator, an average over `n`. */
export type RawFigure =
  | { kind: "count"; count: number }
  | { kind: "share"; numerator: number; denominator: number }
  | { kind: "average"; value: number | null; n: number }

/** What the report shows: `value` null with `suppressed` false means "nothing to show" (e.g. no feedback). */
export type Figure = { value: number | null; suppressed: boolean }
export type Indicator = { key: IndicatorKey; kind: IndicatorKind; current: Figure; previous: Figure; change: Figure }

const sum = (rows: StatusMixRow[], pick: "first" | "latest", statuses: readonly (EconomicStatus | null)[]) =>
  rows.filter((r) => statuses.includes(r.status)).reduce((total, r) => total + r[pick], 0)

/** People who told their situation: an answer other than «предпочли не отвечать» (skippers are the `null` row). */
const STATED: readonly EconomicStatus[] = [...ACTIVE_STATUSES, ...NOT_ACTIVE_STATUSES, "retired", "student"]

/** Every indicator of one month, exact. */
export function monthIndicators(f: MonthFigures): Record<IndicatorKey, RawFigure> {
  const count = (n: number): RawFigure => ({ kind: "count", count: n })
  const share = (pick: "first" | "latest"): RawFigure => ({
    kind: "share",
    numerator: sum(f.status_mix, pick, ACTIVE_STATUSES),
    denominator: sum(f.status_mix, pick, STATED),
  })
  const moved = (from: readonly EconomicStatus[], to: readonly EconomicStatus[]) =>
    f.transitions.filter((t) => from.includes(t.from) && to.includes(t.to)).reduce((total, t) => total + t.people, 0)
  return {
    participants: count(f.totals.participants),
    registrations: count(f.totals.registrations),
    first_timers: count(f.totals.first_timers),
    returning: count(f.totals.returning),
    active_first: share("first"),
    active_latest: share("latest"),
    became_active: count(moved(NOT_ACTIVE_STATUSES, ACTIVE_STATUSES)),
    became_not_active: count(moved(ACTIVE_STATUSES, NOT_ACTIVE_STATUSES)),
    feedback_responses: count(f.feedback.responses),
    average_rating: { kind: "average", value: f.feedback.average_rating, n: f.feedback.responses },
    would_recommend_share: { kind: "share", numerator: f.feedback.would_recommend, denominator: f.feedback.responses },
    ready_to_teach: count(f.ready_to_teach),
  }
}

/** 1 and 2 are too small to show; 0 is not. */
export const isSmall = (n: number) => n > 0 && n < MIN_SHOWN_COUNT

const round = (n: number, digits: number) => Math.round(n * 10 ** digits) / 10 ** digits
const HIDDEN: Figure = { value: null, suppressed: true }
const NOTHING: Figure = { value: null, suppressed: false }

/** The figure as the shared report may show it. Shares are fractions (0.667), averages two decimals. */
export function publish(raw: RawFigure): Figure {
  switch (raw.kind) {
    case "count":
      return isSmall(raw.count) ? HIDDEN : { value: raw.count, suppressed: false }
    case "share":
      if (isSmall(raw.numerator) || isSmall(raw.denominator)) return HIDDEN
      return raw.denominator === 0 ? NOTHING : { value: round(raw.numerator / raw.denominator, 3), suppressed: false }
    case "average":
      if (isSmall(raw.n)) return HIDDEN
      return raw.n === 0 || raw.value === null ? NOTHING : { value: round(raw.value, 2), suppressed: false }
  }
}

/** This month minus the previous one (shares in fractions, so 0.1 = 10 percentage points); hidden when either side is. */
export function change(current: Figure, previous: Figure, kind: IndicatorKind): Figure {
  if (current.suppressed || previous.suppressed) return HIDDEN
  if (current.value === null || previous.value === null) return NOTHING
  return { value: round(current.value - previous.value, kind === "count" ? 0 : kind === "share" ? 3 : 2), suppressed: false }
}

/** The report's rows: every indicator for this month and the previous one, suppressed, with the change. */
export function monthlyIndicators(current: MonthFigures, previous: MonthFigures): Indicator[] {
  const now = monthIndicators(current)
  const before = monthIndicators(previous)
  return MONTHLY_INDICATORS.map(({ key, kind }) => {
    const c = publish(now[key])
    const p = publish(before[key])
    return { key, kind, current: c, previous: p, change: change(c, p, kind) }
  })
}

// ---- months ----

const MONTH = /^(\d{4})-(\d{2})$/

/** `YYYY-MM` with a real month (01–12) of a sensible year. */
export function isMonth(value: string): boolean {
  const m = MONTH.exec(value)
  if (!m) return false
  const [y, mo] = [Number(m[1]), Number(m[2])]
  return y >= 2000 && y <= 2100 && mo >= 1 && mo <= 12
}

/** The month `delta` months away: shiftMonth("2026-01", -1) = "2025-12". */
export function shiftMonth(month: string, delta: number): string {
  const [y, m] = month.split("-").map(Number)
  const d = new Date(Date.UTC(y, m - 1 + delta, 1))
  return `${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, "0")}`
}

/** First and last day of a month (the dashboard's period, both days included). */
export function monthPeriod(month: string): { from: string; to: string } {
  const [y, m] = month.split("-").map(Number)
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate()
  return { from: `${month}-01`, to: `${month}-${String(last).padStart(2, "0")}` }
}

/** The default month: the last full one before today's (a Moscow date, YYYY-MM-DD). */
export function defaultMonth(today: string): string {
  return shiftMonth(today.slice(0, 7), -1)
}
