import { model } from "@medusajs/framework/utils"
import { ExhibitApplication } from "./exhibit-application"

export const EXHIBIT_STATUSES = ["draft", "open", "closed", "cancelled"] as const

/** A pop-up exhibit at a center: artisans apply with their goods, the center's manager picks who shows. */
export const Exhibit = model
  .define("exhibit", {
    id: model.id({ prefix: "exh" }).primaryKey(),
    center_id: model.text().index("IDX_exhibit_center_id"),
    title: model.text(),
    description: model.text().default(""),
    // where in (or near) the center: «Большой зал, 2 этаж»
    place: model.text(),
    // Moscow wall-clock times, stored UTC
    starts_at: model.dateTime(),
    ends_at: model.dateTime(),
    apply_until: model.dateTime(),
    // how many artisans can show (approved applications)
    places: model.number(),
    status: model.enum([...EXHIBIT_STATUSES]).default("draft"),
    applications: model.hasMany(() => ExhibitApplication, { mappedBy: "exhibit" }),
  })
  .cascades({ delete: ["applications"] })
