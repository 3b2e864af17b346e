import { z } from "@medusajs/framework/zod"

// ISO date-time with an offset ("2026-12-05T12:00:00.000Z", "2026-12-05T15:00+03:00")
const isoDateTime = z
  .string()
  .refine((s) => /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(s) && !Number.isNaN(Date.parse(s)), "дата и время в формате ISO")

const exhibit = {
  title: z.string().trim().min(2, "от 2 символов").max(120, "до 120 символов"),
  description: z.string().trim().max(4000, "до 4000 символов").optional(),
  place: z.string().trim().min(2, "от 2 символов").max(200, "до 200 символов"),
  starts_at: isoDateTime,
  ends_at: isoDateTime,
  apply_until: isoDateTime,
  places: z.number().int("целое число").min(1, "хотя бы одно место").max(500, "до 500 мест"),
}

export const PostExhibit = z.object({ ...exhibit, status: z.enum(["draft", "open"]).optional() }).strict()
export type PostExhibitType = z.infer<typeof PostExhibit>

export const PostExhibitUpdate = z
  .object({ ...exhibit, status: z.enum(["draft", "open", "closed", "cancelled"]) })
  .partial()
  .strict()
export type PostExhibitUpdateType = z.infer<typeof PostExhibitUpdate>

export const PostExhibitDecision = z
  .object({
    status: z.enum(["approved", "declined"]),
    decision_note: z.string().trim().max(1000, "до 1000 символов").optional(),
  })
  .strict()
export type PostExhibitDecisionType = z.infer<typeof PostExhibitDecision>
