import { model } from "@medusajs/framework/utils"
import { Manager } from "./manager"
import { Room } from "./room"

export const Center = model
  .define("center", {
    id: model.id({ prefix: "ctr" }).primaryKey(),
    handle: model.text().unique(),
    name: model.text().searchable(),
    district: model.text().searchable(),
    address: model.text(),
    lat: model.float(),
    lng: model.float(),
    // { mon: ["10:00", "21:00"] | null, ... } in Moscow time
    opening_hours: model.json(),
    phone: model.text().nullable(),
    email: model.text().nullable(),
    description: model.text().default(""),
    status: model.enum(["active", "closed"]).default("active"),
    // share of each sale the center keeps, 0–1 (0 by default: the program's centers take nothing)
    fee_rate: model.float().default(0),
    // products the manager puts first on the center page, in this order
    featured_product_ids: model.array().default([]),
    rooms: model.hasMany(() => Room, { mappedBy: "center" }),
    managers: model.manyToMany(() => Manager, { mappedBy: "centers" }),
  })
  .cascades({ delete: ["rooms"] })
