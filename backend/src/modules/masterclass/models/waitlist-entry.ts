import { model } from "@medusajs/framework/utils"
import { ClassSession } from "./class-session"

/** A resident in line for a sold-out session; an offer holds a freed seat for them until it expires. */
export const WaitlistEntry = model.define("waitlist_entry", {
  id: model.id({ prefix: "wle" }).primaryKey(),
  session: model.belongsTo(() => ClassSession, { mappedBy: "waitlist" }),
  email: model.text(),
  name: model.text(),
  customer_id: model.text().nullable(),
  status: model.enum(["waiting", "offered", "booked", "expired", "left"]).default("waiting"),
  offer_token: model.text().nullable(),
  offer_expires_at: model.dateTime().nullable(),
  /** the Medusa reservation that holds the offered seat */
  hold_reservation_id: model.text().nullable(),
})
