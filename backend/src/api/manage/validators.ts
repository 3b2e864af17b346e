import { z } from "@medusajs/framework/zod"

export const PostMembershipStatus = z
  .object({ status: z.enum(["approved", "declined", "suspended"]) })
  .strict()
export type PostMembershipStatusType = z.infer<typeof PostMembershipStatus>

export const GetCenterSellers = z.object({
  status: z.enum(["pending", "approved", "declined", "suspended"]).optional(),
})
export type GetCenterSellersType = z.infer<typeof GetCenterSellers>
