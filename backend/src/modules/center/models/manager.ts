import { model } from "@medusajs/framework/utils"
import { Center } from "./center"

/** A center's manager: curates its shop, approves its artisans. Logs in as actor `manager`. */
export const Manager = model.define("manager", {
  id: model.id({ prefix: "mgr" }).primaryKey(),
  email: model.text().unique(),
  first_name: model.text(),
  last_name: model.text().default(""),
  phone: model.text().nullable(),
  centers: model.manyToMany(() => Center, { mappedBy: "managers", pivotTable: "center_manager" }),
})
