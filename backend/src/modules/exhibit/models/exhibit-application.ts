import { model } from "@medusajs/framework/utils"
import { Exhibit } from "./exhibit"

export const APPLICATION_STATUSES = ["pending", "approved", "declined", "withdrawn"] as const

/** An artisan's wish to show chosen goods at an exhibit; one per artisan per exhibit. */
export const ExhibitApplication = model
  .define("exhibit_application", {
    id: model.id({ prefix: "exa" }).primaryKey(),
    seller_id: model.text(),
    product_ids: model.array().default([]),
    // from the artisan to the manager
    note: model.text().default(""),
    status: model.enum([...APPLICATION_STATUSES]).default("pending"),
    // from the manager to the artisan
    decision_note: model.text().nullable(),
    decided_at: model.dateTime().nullable(),
    exhibit: model.belongsTo(() => Exhibit, { mappedBy: "applications" }),
  })
  .indexes([
    {
      name: "IDX_exhibit_application_exhibit_seller_unique",
      on: ["exhibit_id", "seller_id"],
      unique: true,
      where: "deleted_at IS NULL",
    },
    { name: "IDX_exhibit_application_seller_id", on: ["seller_id"], where: "deleted_at IS NULL" },
  ])
