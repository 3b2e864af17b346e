import { z } from "@medusajs/framework/zod"

export const WEEKDAYS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"] as const

/** Moscow and its nearest surroundings: a center outside this box is a typo (swapped lat/lng, a comma). */
export const MOSCOW_BOUNDS = { lat: [55, 56.2], lng: [36.8, 38.2] } as const

const emptyToNull = (value: unknown) => (typeof value === "string" && value.trim() === "" ? null : value)

/** One message when the field is missing, another when it holds something else. */
const missingOr = (missing: string, wrong: string) => ({
  error: (issue: { input?: unknown }) => (issue.input === undefined ? missing : wrong),
})

const time = z
  .string("время в формате ЧЧ:ММ")
  .regex(/^(?:[01]\d|2[0-3]):[0-5]\d$|^24:00$/, "время в формате ЧЧ:ММ, например 10:00")

const day = z
  .tuple([time, time], "укажите время открытия и закрытия или отметьте выходной")
  .nullable()
  .refine((v) => !v || v[0] < v[1], "время открытия должно быть раньше закрытия")

export const OpeningHoursSchema = z
  .object(Object.fromEntries(WEEKDAYS.map((d) => [d, day])) as Record<(typeof WEEKDAYS)[number], typeof day>)
  .strict()

const fields = {
  name: z.string().trim().min(1, "укажите название").max(120, "не длиннее 120 символов"),
  district: z.string().trim().min(1, "укажите район").max(80, "не длиннее 80 символов"),
  address: z.string().trim().min(1, "укажите адрес").max(200, "не длиннее 200 символов"),
  lat: z
    .number(missingOr("укажите широту", "широта — число, например 55.75"))
    .min(MOSCOW_BOUNDS.lat[0], "широта должна быть в пределах Москвы: от 55 до 56,2")
    .max(MOSCOW_BOUNDS.lat[1], "широта должна быть в пределах Москвы: от 55 до 56,2"),
  lng: z
    .number(missingOr("укажите долготу", "долгота — число, например 37.61"))
    .min(MOSCOW_BOUNDS.lng[0], "долгота должна быть в пределах Москвы: от 36,8 до 38,2")
    .max(MOSCOW_BOUNDS.lng[1], "долгота должна быть в пределах Москвы: от 36,8 до 38,2"),
  opening_hours: OpeningHoursSchema,
  phone: z.preprocess(
    emptyToNull,
    z
      .string()
      .trim()
      .regex(/^\+?[\d\s()-]{6,30}$/, "телефон: цифры, пробелы, скобки и дефисы, например +7 (495) 123-45-67")
      .nullable()
      .optional()
  ),
  email: z.preprocess(
    emptyToNull,
    z.string().trim().toLowerCase().pipe(z.email("неверный адрес почты")).nullable().optional()
  ),
  description: z.string().trim().max(2000, "не длиннее 2000 символов").optional(),
  fee_rate: z.number("доля от 0 до 0.5").min(0, "доля от 0 до 0.5").max(0.5, "доля от 0 до 0.5").optional(),
}

export const AdminCreateCenter = z.object({
  handle: z
    .string("укажите адрес страницы")
    .trim()
    .min(1, "укажите адрес страницы")
    .max(64, "не длиннее 64 символов")
    .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "только строчные латинские буквы, цифры и дефисы, например sokolniki"),
  ...fields,
})
export type AdminCreateCenterType = z.infer<typeof AdminCreateCenter>

export const AdminUpdateCenter = z
  .object({
    ...fields,
    status: z.enum(["active", "closed"], "статус: active (работает) или closed (закрыт)"),
  })
  .partial()
export type AdminUpdateCenterType = z.infer<typeof AdminUpdateCenter>

export const AdminGetCentersParams = z.object({
  fields: z.string().optional(),
  q: z.string().trim().optional(),
  district: z.string().trim().min(1).optional(),
  status: z.enum(["active", "closed"]).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(20),
  offset: z.coerce.number().int().min(0).default(0),
})
export type AdminGetCentersParamsType = z.infer<typeof AdminGetCentersParams>

export const AdminGetCenterParams = z.object({ fields: z.string().optional() })

export const AdminAssignCenterManager = z.object({
  email: z.string("укажите почту").trim().toLowerCase().pipe(z.email("неверный адрес почты")),
  first_name: z.string("укажите имя").trim().min(1, "укажите имя").max(80, "не длиннее 80 символов"),
  last_name: z.string().trim().max(80, "не длиннее 80 символов").optional(),
  phone: z.preprocess(
    emptyToNull,
    z
      .string()
      .trim()
      .regex(/^\+?[\d\s()-]{6,30}$/, "телефон: цифры, пробелы, скобки и дефисы")
      .nullable()
      .optional()
  ),
  password: z.preprocess(
    (v) => (v === "" ? undefined : v),
    z.string().min(8, "пароль не короче 8 символов").max(128, "не длиннее 128 символов").optional()
  ),
})
export type AdminAssignCenterManagerType = z.infer<typeof AdminAssignCenterManager>
