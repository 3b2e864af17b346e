import { z } from "@medusajs/framework/zod"
import { createSelectParams } from "@medusajs/medusa/api/utils/validators"

export const StoreGetSellerParams = createSelectParams()
export type StoreGetSellerParamsType = z.infer<typeof StoreGetSellerParams>
