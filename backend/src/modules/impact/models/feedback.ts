import { model } from "@medusajs/framework/utils"

/** An attendee's word on one session: one per ticket, editable for a week after the session. */
export const Feedback = model
  .define({ name: "feedback", tableName: "impact_feedback" }, {
    id: model.id({ prefix: "ifb" }).primaryKey(),
    ticket_id: model.text(),
    customer_id: model.text().nullable(),
    session_id: model.text(),
    product_id: model.text(),
    seller_id: model.text(),
    center_id: model.text(),
    rating: model.number(),
    useful: model.text().default(""),
    would_recommend: model.boolean(),
    ready_to_teach: model.boolean().nullable(),
  })
  .indexes([
    { name: "IDX_impact_feedback_ticket_unique", on: ["ticket_id"], unique: true, where: "deleted_at IS NULL" },
    { name: "IDX_impact_feedback_product", on: ["product_id"], where: "deleted_at IS NULL" },
    { name: "IDX_impact_feedback_seller", on: ["seller_id"], where: "deleted_at IS NULL" },
    { name: "IDX_impact_feedback_center", on: ["center_id", "created_at"], where: "deleted_at IS NULL" },
  ])
