import { z } from "@medusajs/framework/zod"

export const StorePostCartScholarship = z
  .object({ code: z.string().trim().min(1, "введите код").max(40, "код не подходит") })
  .strict()
export type StorePostCartScholarshipType = z.infer<typeof StorePostCartScholarship>
