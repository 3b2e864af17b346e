import { z } from "@medusajs/framework/zod"

export const PostClassFeedback = z
  .object({
    rating: z.coerce.number().int("целое число от 1 до 5").min(1, "оценка от 1 до 5").max(5, "оценка от 1 до 5"),
    useful: z.string().trim().max(2000, "не длиннее 2000 символов").optional(),
    would_recommend: z.boolean(),
    ready_to_teach: z.boolean().nullish(),
  })
  .strict()
export type PostClassFeedbackType = z.infer<typeof PostClassFeedback>

const ids = z
  .union([z.string(), z.array(z.string())])
  .transform((v) => (Array.isArray(v) ? v : v.split(",")).map((s) => s.trim()).filter(Boolean))
  .pipe(z.array(z.string().max(100)).max(100, "не больше 100 за раз"))

export const GetRatings = z
  .object({
    product_id: ids.optional(),
    seller_id: ids.optional(),
  })
  .strict()
export type GetRatingsType = z.infer<typeof GetRatings>

/** The pre-fill takes no parameters: whose answer it is comes from the token only. */
export const GetLastAnswer = z.object({}).strict()
