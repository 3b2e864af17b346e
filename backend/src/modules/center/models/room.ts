import { model } from "@medusajs/framework/utils"
import { Center } from "./center"

export const Room = model.define("room", {
  id: model.id({ prefix: "room" }).primaryKey(),
  name: model.text(),
  capacity: model.number(),
  hourly_price: model.bigNumber(),
  amenities: model.array().default([]),
  // { mon: ["10:00", "21:00"] | null, ... } in Moscow time; null: the center's hours
  opening_hours: model.json().nullable(),
  // sha256 (hex) of the secret the room's door lock sends; the secret itself is shown once, on rotation
  lock_secret_hash: model.text().nullable(),
  center: model.belongsTo(() => Center, { mappedBy: "rooms" }),
})
