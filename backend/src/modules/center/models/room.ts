import { model } from "@medusajs/framework/utils"
import { Center } from "./center"

export const Room = model.define("room", {
  id: model.id({ prefix: "room" }).primaryKey(),
  name: model.text(),
  capacity: model.number(),
  hourly_price: model.bigNumber(),
  amenities: model.array().default([]),
  center: model.belongsTo(() => Center, { mappedBy: "rooms" }),
})
