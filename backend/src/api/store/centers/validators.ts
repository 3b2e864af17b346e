import { z } from "@medusajs/framework/zod"
import { createFindParams, createSelectParams } from "@medusajs/medusa/api/utils/validators"

export const StoreGetCentersParams = createFindParams({ limit: 50, offset: 0 }).merge(
  z.object({
    district: z.string().min(1).optional(),
    sales_channel_id: z.union([z.string(), z.array(z.string())]).optional(),
  })
)
export type StoreGetCentersParamsType = z.infer<typeof StoreGetCentersParams>

export const StoreGetCenterParams = createSelectParams().merge(
  z.object({
    // a page of the center's shop
    limit: z.coerce.number().int().min(1).max(100).default(24),
    offset: z.coerce.number().int().min(0).default(0),
  })
)
export type StoreGetCenterParamsType = z.infer<typeof StoreGetCenterParams>
