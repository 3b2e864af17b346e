import { z } from "@medusajs/framework/zod"

const details = {
  level: z.enum(["beginner", "intermediate", "advanced"]).optional(),
  age: z.string().trim().max(40).optional(),
  what_to_bring: z.string().trim().max(1000).optional(),
  materials_fee: z.number().min(0, "materials_fee: сбор не может быть отрицательным").max(100_000).optional(),
  cancellation_hours: z.number().int().min(0).max(24 * 14).optional(),
}

export const PostSellerClass = z
  .object({
    title: z.string().trim().min(2, "title: не короче 2 символов").max(200),
    handle: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "handle: латинские буквы, цифры и дефисы").min(3).max(80).optional(),
    description: z.string().max(5000).optional(),
    status: z.enum(["draft", "published"]).default("draft"),
    images: z.array(z.string().url()).max(10).optional(),
    center_ids: z.array(z.string().min(1)).min(1, "center_ids: выберите хотя бы один центр").max(10),
    ...details,
  })
  .strict()
export type PostSellerClassType = z.infer<typeof PostSellerClass>

export const PostSellerClassUpdate = z
  .object({
    title: z.string().trim().min(2).max(200).optional(),
    description: z.string().max(5000).optional(),
    status: z.enum(["draft", "published"]).optional(),
    images: z.array(z.string().url()).max(10).optional(),
    ...details,
  })
  .strict()
export type PostSellerClassUpdateType = z.infer<typeof PostSellerClassUpdate>

const isoInstant = z
  .string()
  .refine((s) => /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(s) && !Number.isNaN(Date.parse(s)), "starts_at: дата и время в формате ISO")
  .transform((s) => new Date(s).toISOString())

export const PostClassSessions = z
  .object({
    room_id: z.string().min(1, "room_id: выберите зал"),
    starts_at: isoInstant,
    duration_min: z.number().int().min(15, "duration_min: не меньше 15 минут").max(12 * 60, "duration_min: не больше 12 часов"),
    capacity: z.number().int().min(1, "capacity: хотя бы одно место").max(500),
    price: z.number().min(0, "price: цена не может быть отрицательной").max(1_000_000),
    weeks: z.number().int().min(1).max(26, "weeks: серия не длиннее 26 недель").default(1),
  })
  .strict()
export type PostClassSessionsType = z.infer<typeof PostClassSessions>

export const PostMoveSession = z
  .object({
    room_id: z.string().min(1).optional(),
    starts_at: isoInstant.optional(),
    duration_min: z.number().int().min(15).max(12 * 60).optional(),
  })
  .strict()
  .refine((b) => b.room_id || b.starts_at || b.duration_min, "starts_at: укажите новое время или зал")
export type PostMoveSessionType = z.infer<typeof PostMoveSession>

export const PostCancelSession = z.object({ reason: z.string().trim().max(500).optional() }).strict()
export type PostCancelSessionType = z.infer<typeof PostCancelSession>

export const PostCheckIn = z.object({ code: z.string().trim().min(1, "code: введите код билета").max(40) }).strict()
export type PostCheckInType = z.infer<typeof PostCheckIn>
