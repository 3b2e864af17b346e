import { model } from "@medusajs/framework/utils"

/**
 * Money owed to an artisan besides their sales. The architecture's LedgerEntry also carries sales
 * (order line, gross, fee, net); for now only what a center pays by hand is recorded here — sales
 * are still read from the orders themselves (utils/earnings.ts).
 */
export const LEDGER_ENTRY_KINDS = ["materials_compensation"] as const

export const LedgerEntry = model
  .define("ledger_entry", {
    id: model.id({ prefix: "led" }).primaryKey(),
    seller_id: model.text(),
    center_id: model.text(),
    kind: model.enum([...LEDGER_ENTRY_KINDS]),
    // RUB, kopecks allowed
    amount: model.bigNumber(),
    // the master class (a product of type masterclass) and, when known, the session it was for
    product_id: model.text(),
    session_id: model.text().nullable(),
    // a sale's line, once sales are recorded here too
    order_line_id: model.text().nullable(),
    note: model.text().default(""),
    recorded_by: model.text(),
    recorded_at: model.dateTime(),
    // a mistaken entry is cancelled, never deleted: the artisan may already have seen it
    cancelled_at: model.dateTime().nullable(),
    cancelled_by: model.text().nullable(),
  })
  .indexes([
    { name: "IDX_ledger_entry_seller_recorded", on: ["seller_id", "recorded_at"], where: "deleted_at IS NULL" },
    { name: "IDX_ledger_entry_center_recorded", on: ["center_id", "recorded_at"], where: "deleted_at IS NULL" },
  ])
