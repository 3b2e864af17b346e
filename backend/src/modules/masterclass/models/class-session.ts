import { model } from "@medusajs/framework/utils"
import { Ticket } from "./ticket"
import { WaitlistEntry } from "./waitlist-entry"

/** One dated session of a master class: a product variant whose stock at the center is its seats. */
export const ClassSession = model
  .define("class_session", {
    id: model.id({ prefix: "cls" }).primaryKey(),
    product_id: model.text().index(),
    variant_id: model.text().unique(),
    seller_id: model.text().index(),
    center_id: model.text().index(),
    room_id: model.text().nullable(),
    starts_at: model.dateTime(),
    ends_at: model.dateTime(),
    capacity: model.number(),
    status: model.enum(["scheduled", "cancelled"]).default("scheduled"),
    cancelled_reason: model.text().nullable(),
    tickets: model.hasMany(() => Ticket, { mappedBy: "session" }),
    waitlist: model.hasMany(() => WaitlistEntry, { mappedBy: "session" }),
  })
