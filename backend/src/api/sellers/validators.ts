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

const variant = z.object({
  title: z.string().trim().min(1).max(60),
  price: z.number().min(0).max(1_000_000),
  stock: z.number().int().min(0).max(100_000),
})

export const PostSellerProduct = z
  .object({
    title: z.string().trim().min(2).max(200),
    handle: handle.optional(),
    description: z.string().max(5000).optional(),
    category_id: z.string().optional(),
    status: z.enum(["draft", "published"]).default("draft"),
    images: z.array(z.string().url()).max(10).optional(),
    option_title: z.string().trim().min(1).max(40).optional(),
    variants: z.array(variant).min(1).max(20),
    center_ids: z.array(z.string().min(1)).min(1).max(10),
  })
  .strict()
export type PostSellerProductType = z.infer<typeof PostSellerProduct>

export const PostSellerProductUpdate = z
  .object({
    title: z.string().trim().min(2).max(200).optional(),
    description: z.string().max(5000).optional(),
    status: z.enum(["draft", "published"]).optional(),
    images: z.array(z.string().url()).max(10).optional(),
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
