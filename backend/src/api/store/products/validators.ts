import { z } from "@medusajs/framework/zod"
import { createSelectParams } from "@medusajs/medusa/api/utils/validators"

export const StoreGetProductOriginParams = createSelectParams()
export type StoreGetProductOriginParamsType = z.infer<typeof StoreGetProductOriginParams>
