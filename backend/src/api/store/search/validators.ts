import { z } from "@medusajs/framework/zod"

const DATE = /^\d{4}-\d{2}-\d{2}$/

/** "a,b" or ["a", "b"] or "a" → ["a", "b"] */
const idList = (message: string) =>
  z
    .union([z.string(), z.array(z.string())])
    .transform((v) => (Array.isArray(v) ? v : [v]).flatMap((s) => s.split(",")).map((s) => s.trim()).filter(Boolean))
    .pipe(z.array(z.string().min(1).max(64)).max(50, { message }))
    .optional()

const day = (field: string) =>
  z
    .string()
    .regex(DATE, { message: "дата в виде ГГГГ-ММ-ДД" })
    .refine((s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s), {
      message: "такой даты нет",
    })
    .optional()
    .describe(field)

const num = (message: string, max = 10_000_000) =>
  z.coerce.number({ message }).finite({ message }).min(0, { message }).max(max, { message }).optional()

const coord = (min: number, max: number, message: string) =>
  z.coerce.number({ message }).finite({ message }).min(min, { message }).max(max, { message }).optional()

export const SORTS = ["relevance", "price_asc", "price_desc", "soonest", "nearest"] as const

export const StoreSearchParams = z
  .object({
    q: z.string().max(200, { message: "не длиннее 200 символов" }).optional().default(""),
    kind: z.enum(["goods", "class"], { message: "goods или class" }).optional(),
    center_id: idList("не больше 50 центров"),
    category_id: idList("не больше 50 категорий"),
    price_min: num("цена — число от 0"),
    price_max: num("цена — число от 0"),
    date_from: day("date_from"),
    date_to: day("date_to"),
    free_seats: z.enum(["true", "false"], { message: "true или false" }).optional().transform((v) => v === "true"),
    sort: z.enum(SORTS, { message: `одно из: ${SORTS.join(", ")}` }).optional().default("relevance"),
    lat: coord(-90, 90, "широта — число от -90 до 90"),
    lng: coord(-180, 180, "долгота — число от -180 до 180"),
    radius_km: z.coerce
      .number({ message: "радиус — число км больше 0" })
      .finite({ message: "радиус — число км больше 0" })
      .gt(0, { message: "радиус — число км больше 0" })
      .max(200, { message: "радиус — не больше 200 км" })
      .optional(),
    limit: z.coerce.number({ message: "число от 1 до 50" }).int({ message: "число от 1 до 50" }).min(1, { message: "число от 1 до 50" }).max(50, { message: "число от 1 до 50" }).optional().default(20),
    offset: z.coerce.number({ message: "целое число от 0" }).int({ message: "целое число от 0" }).min(0, { message: "целое число от 0" }).max(10_000, { message: "не больше 10000" }).optional().default(0),
  })
  .superRefine((v, ctx) => {
    if (v.price_min !== undefined && v.price_max !== undefined && v.price_min > v.price_max) {
      ctx.addIssue({ code: "custom", path: ["price_max"], message: "не меньше price_min" })
    }
    if (v.date_from && v.date_to && v.date_from > v.date_to) {
      ctx.addIssue({ code: "custom", path: ["date_to"], message: "не раньше date_from" })
    }
    if ((v.lat === undefined) !== (v.lng === undefined)) {
      ctx.addIssue({ code: "custom", path: [v.lat === undefined ? "lat" : "lng"], message: "нужны и lat, и lng" })
    }
    if (v.radius_km !== undefined && v.lat === undefined) {
      ctx.addIssue({ code: "custom", path: ["radius_km"], message: "радиус работает только вместе с lat и lng" })
    }
    if (v.sort === "nearest" && v.lat === undefined) {
      ctx.addIssue({ code: "custom", path: ["sort"], message: "сортировка nearest требует lat и lng" })
    }
  })
export type StoreSearchParamsType = z.infer<typeof StoreSearchParams>

export const StoreSuggestParams = z.object({
  q: z.string().max(100, { message: "не длиннее 100 символов" }).optional().default(""),
})
export type StoreSuggestParamsType = z.infer<typeof StoreSuggestParams>
