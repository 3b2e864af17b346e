import { model } from "@medusajs/framework/utils"

export const SCHOLARSHIP_STATUSES = ["issued", "redeemed", "expired", "revoked"] as const
export const SCHOLARSHIP_COVERAGES = ["full", "percent"] as const

/**
 * A single-use code a center's manager gives a resident for a master-class seat at that center.
 * A Medusa promotion (`promotion_id`, same `code`) does the discount at checkout; this row carries
 * what the promotion cannot: who it is for, who gave it, and the money held for it in the budget.
 */
export const Scholarship = model
  .define("scholarship", {
    id: model.id({ prefix: "schol" }).primaryKey(),
    center_id: model.text(),
    recipient_email: model.text().nullable(),
    recipient_phone: model.text().nullable(),
    recipient_name: model.text().nullable(),
    code: model.text(),
    promotion_id: model.text().nullable(),
    coverage: model.enum([...SCHOLARSHIP_COVERAGES]),
    // 1–100 for `percent`; 100 for `full`
    percent: model.number(),
    // the most one seat may cost, ₽: the manager's cap that the reservation is computed from
    max_seat_price: model.number(),
    // held in the budget while the code is usable: what the code can cost at most
    reserved_amount: model.number(),
    // the discount the resident actually got (once redeemed)
    spent_amount: model.number().default(0),
    expires_at: model.dateTime(),
    status: model.enum([...SCHOLARSHIP_STATUSES]).default("issued"),
    issued_by: model.text(),
    note: model.text().default(""),
    // the checkout that took the code, then the order it became
    cart_id: model.text().nullable(),
    order_id: model.text().nullable(),
    redeemed_at: model.dateTime().nullable(),
    revoked_at: model.dateTime().nullable(),
    revoked_by: model.text().nullable(),
  })
  .indexes([
    { name: "IDX_scholarship_code_unique", on: ["code"], unique: true, where: "deleted_at IS NULL" },
    { name: "IDX_scholarship_center_id", on: ["center_id"], where: "deleted_at IS NULL" },
    { name: "IDX_scholarship_status_expires", on: ["status", "expires_at"], where: "deleted_at IS NULL" },
  ])
