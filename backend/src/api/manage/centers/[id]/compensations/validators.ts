import { z } from "@medusajs/framework/zod"

const id = (field: string) => z.string().trim().min(1, "обязательное поле").max(100, "неверный идентификатор").regex(/^[A-Za-z0-9_]+$/, `неверный идентификатор ${field}`)

export const PostCompensation = z
  .object({
    product_id: id("мастер-класса"),
    session_id: id("занятия").nullish(),
    amount: z
      .number({ error: (i) => (i.input === undefined ? "укажите сумму" : "сумма — число в рублях") })
      .positive("сумма должна быть больше нуля")
      .max(1_000_000, "не больше 1 000 000 ₽")
      .refine((n) => Math.abs(Math.round(n * 100) - n * 100) < 1e-6, "не точнее копейки"),
    note: z.string().trim().max(500, "не длиннее 500 символов").optional(),
  })
  .strict()
export type PostCompensationType = z.infer<typeof PostCompensation>

export const PostCompensationCancel = z.object({}).strict()

export const GetCompensations = z
  .object({
    limit: z.coerce.number().int("целое число").min(1, "от 1").max(100, "не больше 100").default(50),
    offset: z.coerce.number().int("целое число").min(0, "от 0").default(0),
  })
  .strict()
export type GetCompensationsType = z.infer<typeof GetCompensations>
