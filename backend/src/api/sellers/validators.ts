import { z } from "@medusajs/framework/zod"
import { checkInn, innLengthFor } from "../../modules/seller/utils/inn"

const handle = z
  .string()
  .min(3)
  .max(60)
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "handle: латинские буквы, цифры и дефисы")

export const PostSellerSignUp = z
  .object({
    handle,
    name: z.string().trim().min(2).max(120),
    bio: z.string().max(2000).optional(),
    phone: z.string().regex(/^\+?[0-9 ()-]{10,20}$/).optional(),
    email: z.string().email().optional(),
    photo_url: z.string().url().optional(),
    tax_status: z.enum(["npd", "ip", "individual", "organization"]),
    inn: z.string().trim(),
    center_ids: z.array(z.string().min(1)).min(1).max(10),
    // НПД allows selling only what one makes oneself
    own_work_declaration: z.boolean().optional(),
  })
  .strict()
  .superRefine((body, ctx) => {
    const check = checkInn(body.inn)
    if (!check.valid) {
      ctx.addIssue({ code: "custom", path: ["inn"], message: "inn: неверный ИНН (проверьте цифры)" })
    } else if (body.inn.length !== innLengthFor(body.tax_status)) {
      ctx.addIssue({ code: "custom", path: ["inn"], message: `inn: для этого статуса нужен ИНН из ${innLengthFor(body.tax_status)} цифр` })
    }
    if (body.tax_status === "npd" && body.own_work_declaration !== true) {
      ctx.addIssue({
        code: "custom",
        path: ["own_work_declaration"],
        message: "own_work_declaration: самозанятые продают только то, что делают сами — подтвердите это",
      })
    }
  })
export type PostSellerSignUpType = z.infer<typeof PostSellerSignUp>

const optionValue = z.string().trim().min(1).max(60)

const variant = z.object({
  title: z.string().trim().min(1).max(60).optional(),
  price: z.number().min(0).max(1_000_000),
  stock: z.number().int().min(0).max(100_000),
  /** option title → value, e.g. { "Размер": "M", "Цвет": "синий" }; with `options` only */
  options: z.record(z.string(), optionValue).optional(),
})

const option = z.object({
  title: z.string().trim().min(1).max(40),
  values: z.array(optionValue).min(1).max(30),
})

export const PostSellerProduct = z
  .object({
    title: z.string().trim().min(2).max(200),
    handle: handle.optional(),
    description: z.string().max(5000).optional(),
    category_id: z.string().min(1).max(100).optional(),
    status: z.enum(["draft", "published"]).default("draft"),
    images: z.array(z.string().url()).max(10).optional(),
    /** one kind of choice (the variant titles are its values); or `options` for several */
    option_title: z.string().trim().min(1).max(40).optional(),
    options: z.array(option).min(1).max(3).optional(),
    variants: z.array(variant).min(1).max(50),
    center_ids: z.array(z.string().min(1)).min(1).max(10),
  })
  .strict()
  .superRefine((body, ctx) => {
    const issue = (path: (string | number)[], message: string) => ctx.addIssue({ code: "custom", path, message })
    if (body.options && body.option_title) {
      issue(["option_title"], "option_title: укажите либо option_title, либо options")
      return
    }
    if (!body.options) {
      const seen = new Set<string>()
      body.variants.forEach((v, i) => {
        if (!v.title) {
          issue(["variants", i, "title"], "variants: у каждого варианта нужно название")
        } else if (seen.has(v.title.toLowerCase())) {
          issue(["variants", i, "title"], `variants: вариант «${v.title}» повторяется`)
        }
        if (v.options) {
          issue(["variants", i, "options"], "variants: значения опций задаются вместе с options")
        }
        seen.add((v.title ?? "").toLowerCase())
      })
      return
    }
    const titles = body.options.map((o) => o.title.toLowerCase())
    if (new Set(titles).size !== titles.length) {
      issue(["options"], "options: названия опций повторяются")
      return
    }
    body.options.forEach((o, i) => {
      if (new Set(o.values.map((v) => v.toLowerCase())).size !== o.values.length) {
        issue(["options", i, "values"], `options: значения опции «${o.title}» повторяются`)
      }
    })
    const combos = new Set<string>()
    body.variants.forEach((v, i) => {
      const given = v.options ?? {}
      const unknown = Object.keys(given).filter((k) => !body.options!.some((o) => o.title === k))
      if (unknown.length) {
        issue(["variants", i, "options"], `variants: нет опции «${unknown[0]}»`)
        return
      }
      for (const o of body.options!) {
        if (!given[o.title]) {
          issue(["variants", i, "options"], `variants: укажите «${o.title}» для каждого варианта`)
          return
        }
        if (!o.values.includes(given[o.title])) {
          issue(["variants", i, "options"], `variants: у опции «${o.title}» нет значения «${given[o.title]}»`)
          return
        }
      }
      const key = body.options!.map((o) => given[o.title].toLowerCase()).join("\u0000")
      if (combos.has(key)) {
        issue(["variants", i, "options"], "variants: такое сочетание опций уже есть")
      }
      combos.add(key)
    })
  })
export type PostSellerProductType = z.infer<typeof PostSellerProduct>

export const PostSellerProductUpdate = z
  .object({
    title: z.string().trim().min(2).max(200).optional(),
    description: z.string().max(5000).optional(),
    status: z.enum(["draft", "published"]).optional(),
    images: z.array(z.string().url()).max(10).optional(),
    /** null: no category */
    category_id: z.string().min(1).max(100).nullable().optional(),
    /** the artisan's approved centers that offer it (replaces the previous choice) */
    center_ids: z.array(z.string().min(1)).min(1, "center_ids: выберите хотя бы один центр").max(10).optional(),
  })
  .strict()
export type PostSellerProductUpdateType = z.infer<typeof PostSellerProductUpdate>

export const GetSellerProducts = z.object({
  limit: z.coerce.number().int().min(1).max(100).default(20),
  offset: z.coerce.number().int().min(0).default(0),
})
export type GetSellerProductsType = z.infer<typeof GetSellerProducts>

export const PostSellerOrderStatus = z
  .object({ status: z.enum(["ready_for_pickup", "handed_over"]) })
  .strict()
export type PostSellerOrderStatusType = z.infer<typeof PostSellerOrderStatus>

export const PostReceipt = z
  .object({ receipt_number: z.string().trim().min(3).max(40).regex(/^[0-9A-Za-zА-Яа-я-]+$/, "receipt_number: номер чека из «Мой налог»") })
  .strict()
export type PostReceiptType = z.infer<typeof PostReceipt>

export const GetEarnings = z.object({
  year: z.coerce.number().int().min(2020).max(2100).optional(),
})
export type GetEarningsType = z.infer<typeof GetEarnings>

export const PostProductImport = z
  .object({ csv: z.string().min(1, "csv: файл пустой").max(1_000_000, "csv: файл больше 1 МБ") })
  .strict()
export type PostProductImportType = z.infer<typeof PostProductImport>

export const PostSellerVariant = z
  .object({
    title: z.string().trim().min(1).max(60).optional(),
    price: z.number().min(0).max(1_000_000).optional(),
    stock: z.number().int().min(0).max(100_000).optional(),
  })
  .strict()
  .refine((b) => b.title !== undefined || b.price !== undefined || b.stock !== undefined, {
    message: "price: укажите цену, остаток или название",
  })
export type PostSellerVariantType = z.infer<typeof PostSellerVariant>

export const PostSellerProfile = z
  .object({
    name: z.string().trim().min(2).max(120).optional(),
    bio: z.string().max(2000).optional(),
    phone: z.string().regex(/^\+?[0-9 ()-]{10,20}$/, "phone: номер телефона, например +7 916 123-45-67").nullable().optional(),
    email: z.string().email().nullable().optional(),
    photo_url: z.string().url().nullable().optional(),
  })
  .strict()
export type PostSellerProfileType = z.infer<typeof PostSellerProfile>
