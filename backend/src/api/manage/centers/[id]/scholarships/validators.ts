import { z } from "@medusajs/framework/zod"

// a date ("2026-12-31": to the end of that Moscow day) or an ISO date-time with an offset
const expiry = z
  .string()
  .trim()
  .refine((s) => (/^\d{4}-\d{2}-\d{2}$/.test(s) || /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(s)) && !Number.isNaN(Date.parse(s)), "дата в формате ГГГГ-ММ-ДД")
  .transform((s) => (/^\d{4}-\d{2}-\d{2}$/.test(s) ? new Date(`${s}T23:59:59+03:00`).toISOString() : new Date(s).toISOString()))

// an empty field or null is "no amount", not 0 (z.coerce alone turns "" and null into 0)
const money = (max: number) =>
  z.preprocess(
    (v) => (v === null ? undefined : typeof v === "string" ? (v.trim() === "" ? undefined : v.trim().replace(",", ".")) : v),
    z.coerce.number({ error: "укажите сумму в рублях" }).int("целое число рублей").min(0, "не меньше 0").max(max, `не больше ${max} ₽`)
  )

export const PostScholarship = z
  .object({
    recipient_email: z.string().trim().toLowerCase().email("неверный адрес почты").max(200).optional().or(z.literal("")),
    // +7 and ten digits, as Russian phones are written; spaces, brackets and dashes are dropped
    recipient_phone: z
      .string()
      .transform((s) => s.replace(/[\s()-]/g, "").replace(/^8(?=\d{10}$)/, "+7"))
      .refine((s) => s === "" || /^\+7\d{10}$/.test(s), "телефон в формате +7 999 123-45-67")
      .optional(),
    recipient_name: z.string().trim().max(120, "до 120 символов").optional(),
    coverage: z.enum(["full", "percent"], { error: "допустимые значения: full, percent" }),
    percent: z.coerce.number().int("целое число").min(1, "от 1 до 99").max(99, "от 1 до 99").optional(),
    max_seat_price: money(100_000).refine((n) => n >= 1, "не меньше 1 ₽"),
    expires_at: expiry,
    note: z.string().trim().max(500, "до 500 символов").optional(),
  })
  .strict()
export type PostScholarshipType = z.infer<typeof PostScholarship>

export const PostScholarshipBudget = z.object({ total: money(10_000_000) }).strict()
export type PostScholarshipBudgetType = z.infer<typeof PostScholarshipBudget>
