import { z } from "@medusajs/framework/zod"

export const AdminGetProductOriginParams = z.object({ fields: z.string().optional() })
export type AdminGetProductOriginParamsType = z.infer<typeof AdminGetProductOriginParams>
