import { z } from "@medusajs/framework/zod"

export const GetSellerNotifications = z
  .object({
    limit: z.coerce.number().int("целое число").min(1, "от 1").max(50, "не больше 50").default(10),
    offset: z.coerce.number().int("целое число").min(0, "от 0").default(0),
  })
  .strict()
export type GetSellerNotificationsType = z.infer<typeof GetSellerNotifications>
