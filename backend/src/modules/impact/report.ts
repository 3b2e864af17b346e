import { ECONOMIC_STATUSES, type EconomicStatus } from "./answer"

/**
 * The impact dashboard's period: whole days in Moscow time, `to` included. Months are Moscow
 * months too, so a booking at 00:30 Moscow on the 1st (21:30 UTC the day before) counts in the new month.
 */
export type ImpactPeriod = { from: string; to: string; center_id?: string | null }

export const REPORT_TIME_ZONE = "Europe/Moscow"

export type MonthlyRow = { month: string; participants: number; registrations: number; first_timers: number; returning: number }
export type PeriodTotals = { participants: number; registrations: number; first_timers: number; returning: number }
/** `status` null = the person skipped the question at every registration of the period. */
export type StatusMixRow = { status: EconomicStatus | null; first: number; latest: number }
export type TransitionRow = { from: EconomicStatus; to: EconomicStatus; people: number }
/** `month` null: the whole period. */
export type FeedbackRow = { month: string | null; responses: number; average_rating: number | null; would_recommend: number; would_recommend_share: number | null }
export type ReadyToTeachRow = { customer_id: string | null; email: string | null; center_id: string; answered_at: Date }

/** Every status in the questionnaire's order, then "no answer": the mix always lists them all. */
export const MIX_ORDER: (EconomicStatus | null)[] = [...ECONOMIC_STATUSES, null]

export { STATUS_LABELS_RU } from "./statuses"
