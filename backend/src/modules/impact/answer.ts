import { z } from "@medusajs/framework/zod"

import { ECONOMIC_STATUSES, type EconomicStatus } from "./statuses"

export { ECONOMIC_STATUSES, type EconomicStatus }

/** Days after a session ends during which its attendees may leave or change their feedback. */
export const FEEDBACK_WINDOW_DAYS = 7

/**
 * The optional questionnaire carried on a class line item as `metadata.impact`. Both answers may
 * be missing (the resident skipped the question) but never anything else: a typo in a value would
 * silently fall out of the impact figures.
 */
export const ImpactAnswer = z
  .object({
    economic_status: z
      .enum(ECONOMIC_STATUSES, { message: "economic_status: выберите один из предложенных вариантов или оставьте вопрос без ответа" })
      .nullish(),
    ready_to_teach: z
      .boolean({ message: "ready_to_teach: ответ «да», «нет» или без ответа" })
      .nullish(),
  })
  .strict()
export type ImpactAnswerType = z.infer<typeof ImpactAnswer>

/** The first problem of a zod error as "field: message" (our messages already start with the field). */
export function firstIssue(error: z.ZodError): string {
  const issue = error.issues[0]
  if (!issue) return "impact: анкета заполнена неверно"
  if (issue.code === "unrecognized_keys") return `${(issue as any).keys?.[0] ?? "impact"}: такого вопроса в анкете нет`
  if (/^[a-z_]+: /.test(issue.message)) return issue.message
  const field = issue.path.length ? String(issue.path[issue.path.length - 1]) : "impact"
  return `${field}: ${issue.message}`
}

/** Reads `metadata.impact`: a valid answer, `null` when absent, or the first problem. */
export function parseImpactAnswer(value: unknown): { ok: true; answer: ImpactAnswerType | null } | { ok: false; message: string } {
  if (value === undefined || value === null) return { ok: true, answer: null }
  if (typeof value !== "object" || Array.isArray(value)) return { ok: false, message: "impact: анкета должна быть объектом" }
  const parsed = ImpactAnswer.safeParse(value)
  return parsed.success ? { ok: true, answer: parsed.data } : { ok: false, message: firstIssue(parsed.error) }
}

/** Feedback may be given from the end of the session until FEEDBACK_WINDOW_DAYS later. */
export function feedbackWindow(endsAt: Date, now: Date = new Date()) {
  const closesAt = new Date(endsAt.getTime() + FEEDBACK_WINDOW_DAYS * 24 * 3600_000)
  const state = now.getTime() < endsAt.getTime() ? "not_yet" : now.getTime() > closesAt.getTime() ? "closed" : "open"
  return { state: state as "not_yet" | "open" | "closed", closes_at: closesAt }
}
