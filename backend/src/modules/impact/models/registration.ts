import { model } from "@medusajs/framework/utils"
import { ECONOMIC_STATUSES } from "../answer"

/**
 * One booking (a class line item of an order) with the resident's answer as it was at that
 * moment: a snapshot, never updated. The impact figures are SQL over these rows; the person is
 * `customer_id` (Medusa gives guests a customer too) with `email` as the fallback key.
 */
export const Registration = model
  .define({ name: "registration", tableName: "impact_registration" }, {
    id: model.id({ prefix: "ireg" }).primaryKey(),
    customer_id: model.text().nullable(),
    email: model.text().nullable(),
    order_id: model.text(),
    line_item_id: model.text(),
    /** the first seat's ticket; the booking may hold several seats */
    ticket_id: model.text().nullable(),
    seats: model.number().default(1),
    session_id: model.text(),
    product_id: model.text(),
    seller_id: model.text().nullable(),
    center_id: model.text(),
    /** null = the resident skipped the question (not the same as "prefer_not_to_say") */
    economic_status: model.enum([...ECONOMIC_STATUSES]).nullable(),
    ready_to_teach: model.boolean().nullable(),
    /** when the booking was placed (the order), the date reports group by */
    registered_at: model.dateTime(),
  })
  .indexes([
    { name: "IDX_impact_registration_line_item_unique", on: ["line_item_id"], unique: true, where: "deleted_at IS NULL" },
    { name: "IDX_impact_registration_customer", on: ["customer_id", "registered_at"], where: "deleted_at IS NULL" },
    { name: "IDX_impact_registration_center", on: ["center_id", "registered_at"], where: "deleted_at IS NULL" },
    { name: "IDX_impact_registration_email", on: ["email"], where: "deleted_at IS NULL" },
  ])
