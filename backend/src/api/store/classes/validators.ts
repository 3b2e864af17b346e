import { z } from "@medusajs/framework/zod"

export const StoreGetClassSessionsParams = z.object({
  limit: z.coerce.number().int().min(1).max(50).default(6),
  center_id: z.string().min(1).optional(),
})
export type StoreGetClassSessionsParamsType = z.infer<typeof StoreGetClassSessionsParams>
