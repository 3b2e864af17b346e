import { z } from "@medusajs/framework/zod"
import { AdminUpdateCenter, OpeningHoursSchema } from "../admin/centers/validators"

export const PostMembershipStatus = z
  .object({ status: z.enum(["approved", "declined", "suspended"]) })
  .strict()
export type PostMembershipStatusType = z.infer<typeof PostMembershipStatus>

export const GetCenterSellers = z.object({
  status: z.enum(["pending", "approved", "declined", "suspended"]).optional(),
})
export type GetCenterSellersType = z.infer<typeof GetCenterSellers>

export const PostShopCuration = z
  .object({
    add: z.array(z.string().min(1)).max(200).optional(),
    remove: z.array(z.string().min(1)).max(200).optional(),
    featured_product_ids: z.array(z.string().min(1)).max(24).optional(),
  })
  .strict()
  .refine((b) => b.add?.length || b.remove?.length || b.featured_product_ids, {
    message: "add: укажите, что добавить, убрать или поставить первым",
  })
export type PostShopCurationType = z.infer<typeof PostShopCuration>

// a manager edits the public profile; status and the center's fee stay with the operator
export const PostManagedCenter = AdminUpdateCenter.omit({ status: true, fee_rate: true }).strict()
export type PostManagedCenterType = z.infer<typeof PostManagedCenter>

// Messages without the field name: validateBodyWithFieldErrors puts «field: » in front of each.
const room = {
  name: z.string().trim().min(2, "от 2 символов").max(80, "до 80 символов"),
  capacity: z.number().int("целое число").min(1, "хотя бы 1 человек").max(500, "до 500"),
  hourly_price: z.number().min(0, "от 0 ₽").max(100_000, "до 100 000 ₽"),
  amenities: z.array(z.string().trim().min(1).max(80)).max(30).optional(),
  // every weekday named (null: closed that day); null as a whole: the center's own hours
  opening_hours: OpeningHoursSchema.nullable().optional(),
}
export const PostRoom = z.object(room).strict()
export type PostRoomType = z.infer<typeof PostRoom>
export const PostRoomUpdate = z.object(room).partial().strict()
export type PostRoomUpdateType = z.infer<typeof PostRoomUpdate>

// issue 4: the manager's list of sessions held at the center
export const GetManagedSessions = z.object({
  when: z.enum(["upcoming", "past"], "when: upcoming или past").default("upcoming"),
})
export type GetManagedSessionsType = z.infer<typeof GetManagedSessions>
