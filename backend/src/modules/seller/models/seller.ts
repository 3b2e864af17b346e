import { model } from "@medusajs/framework/utils"

export const TAX_STATUSES = ["npd", "ip", "individual", "organization"] as const
export const SELLER_STATUSES = ["pending", "approved", "suspended"] as const

export const Seller = model.define("seller", {
  id: model.id({ prefix: "sel" }).primaryKey(),
  handle: model.text().unique(),
  name: model.text().searchable(),
  bio: model.text().default(""),
  tax_status: model.enum([...TAX_STATUSES]),
  inn: model.text().unique(),
  phone: model.text().nullable(),
  email: model.text().nullable(),
  photo_url: model.text().nullable(),
  status: model.enum([...SELLER_STATUSES]).default("pending"),
})
