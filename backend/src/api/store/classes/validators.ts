import { z } from "@medusajs/framework/zod"

export const StoreGetClassSessionsParams = z.object({
  limit: z.coerce.number().int().min(1).max(50).default(6),
  center_id: z.string().min(1).optional(),
})
export type StoreGetClassSessionsParamsType = z.infer<typeof StoreGetClassSessionsParams>

export const StorePostWaitlist = z
  .object({
    email: z.string().trim().email("email: укажите e-mail, на него придёт предложение места"),
    name: z.string().trim().min(1, "name: как к вам обращаться?").max(100),
  })
  .strict()

export const StorePostGuestTicketCancel = z
  .object({ email: z.string().trim().email("email: укажите e-mail заказа") })
  .strict()
