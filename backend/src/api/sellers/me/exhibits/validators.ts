import { z } from "@medusajs/framework/zod"

export const PostExhibitApplication = z
  .object({
    product_ids: z.array(z.string().trim().min(1)).min(1, "выберите хотя бы один товар").max(30, "до 30 товаров"),
    note: z.string().trim().max(1000, "до 1000 символов").optional(),
  })
  .strict()
export type PostExhibitApplicationType = z.infer<typeof PostExhibitApplication>
