import { model } from "@medusajs/framework/utils"

/**
 * A center's scholarship money, ₽. `reserved` is held by codes still usable, `spent` went to
 * redeemed seats; what is left to give is `total - reserved - spent`, never below zero (a check
 * constraint in the migration backs the conditional UPDATE in the service).
 */
export const ScholarshipBudget = model
  .define("scholarship_budget", {
    id: model.id({ prefix: "sbud" }).primaryKey(),
    center_id: model.text(),
    total: model.number().default(0),
    reserved: model.number().default(0),
    spent: model.number().default(0),
    updated_by: model.text().nullable(),
  })
  .indexes([{ name: "IDX_scholarship_budget_center_unique", on: ["center_id"], unique: true, where: "deleted_at IS NULL" }])
