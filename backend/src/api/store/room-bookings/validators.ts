import { z } from "@medusajs/framework/zod"
import { isDate } from "../../../modules/room-booking/time"

const instant = (_field: string) =>
  z.string().refine((v) => /^\d{4}-\d{2}-\d{2}T/.test(v) && !Number.isNaN(Date.parse(v)), "неверное время")
const date = (_field: string) => z.string().refine(isDate, "дата в виде ГГГГ-ММ-ДД")

export const StoreGetRoomAvailability = z.object({
  date: date("date").optional(),
  days: z.coerce.number().int().min(1).max(7).default(1),
})
export type StoreGetRoomAvailabilityType = z.infer<typeof StoreGetRoomAvailability>

export const StorePostRoomBooking = z.object({
  room_id: z.string().min(1, "выберите помещение"),
  starts_at: instant("starts_at"),
  ends_at: instant("ends_at"),
  purpose: z.string().trim().max(300, "до 300 символов").optional(),
  phone: z.string().trim().max(40).optional(),
})
export type StorePostRoomBookingType = z.infer<typeof StorePostRoomBooking>

/** Pay a held booking through checkout: into this cart, or a new one of the room's center. */
export const StorePostRoomBookingCart = z.object({
  cart_id: z.string().trim().max(100, "неверная корзина").optional(),
})
export type StorePostRoomBookingCartType = z.infer<typeof StorePostRoomBookingCart>

export const ManageGetRoomCalendar = z.object({ week: date("week").optional() })
export type ManageGetRoomCalendarType = z.infer<typeof ManageGetRoomCalendar>

export const ManagePostRoomBlock = z.object({
  starts_at: instant("starts_at"),
  ends_at: instant("ends_at"),
  purpose: z.string().trim().max(300, "до 300 символов").optional(),
})
export type ManagePostRoomBlockType = z.infer<typeof ManagePostRoomBlock>

export const HookPostLockVerify = z.object({
  code: z.string().regex(/^\d{6}$/, "шесть цифр"),
})
export type HookPostLockVerifyType = z.infer<typeof HookPostLockVerify>
