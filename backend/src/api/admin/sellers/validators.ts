import { z } from "@medusajs/framework/zod"

export const AdminGetSellersParams = z.object({
  fields: z.string().optional(),
  q: z.string().trim().optional(),
  status: z.enum(["pending", "approved", "suspended"]).optional(),
  center_id: z.string().trim().min(1).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(20),
  offset: z.coerce.number().int().min(0).default(0),
})
export type AdminGetSellersParamsType = z.infer<typeof AdminGetSellersParams>

export const AdminUpdateSellerStatus = z.object({
  status: z.enum(["approved", "suspended"], "статус: approved (одобрен) или suspended (приостановлен)"),
})
export type AdminUpdateSellerStatusType = z.infer<typeof AdminUpdateSellerStatus>
