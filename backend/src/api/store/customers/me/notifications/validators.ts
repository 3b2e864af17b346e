import { z } from "@medusajs/framework/zod"

export const StoreGetMyNotifications = z
  .object({
    limit: z.coerce.number().int().min(1, "limit: от 1").max(50, "limit: не больше 50").default(20),
    offset: z.coerce.number().int().min(0, "offset: от 0").default(0),
  })
  .strict()
export type StoreGetMyNotificationsType = z.infer<typeof StoreGetMyNotifications>
