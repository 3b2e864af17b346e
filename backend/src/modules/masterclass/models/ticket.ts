import { model } from "@medusajs/framework/utils"
import { ClassSession } from "./class-session"

/** One seat of one order: the code the artisan checks at the door. */
export const Ticket = model
  .define("ticket", {
  id: model.id({ prefix: "tkt" }).primaryKey(),
  session: model.belongsTo(() => ClassSession, { mappedBy: "tickets" }),
  order_id: model.text().index(),
  line_item_id: model.text().index(),
  /** n-th seat of its line item (0-based): with line_item_id it makes re-issuing idempotent */
  seat_index: model.number(),
  customer_id: model.text().nullable(),
  email: model.text(),
  attendee_name: model.text(),
  code: model.text().unique(),
  status: model.enum(["confirmed", "cancelled", "attended", "no_show"]).default("confirmed"),
  checked_in_at: model.dateTime().nullable(),
  cancelled_at: model.dateTime().nullable(),
  reminded_at: model.dateTime().nullable(),
})
  .indexes([{ on: ["line_item_id", "seat_index"], unique: true, where: "deleted_at IS NULL" }])
