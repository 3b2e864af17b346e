import { defineSearchIndex, graphSeed, search } from "@medusajs/framework/utils"
import { SELLER_SOURCE_FIELDS, sellerTransform } from "./_feeds"

/** Approved artisans, by name and handle (suggestions, «Мария» → her page). Events: _feeds.ts. */
export default defineSearchIndex({
  name: "seller",
  entity: "seller",
  fields: search.define({
    id: search.keyword().filterable(),
    handle: search.keyword().searchable({ weight: 2 }),
    name: search.text().searchable({ weight: 3 }),
    bio: search.text().searchable({ weight: 1 }),
    translit: search.text().searchable({ weight: 1 }).retrievable(false),
  }),
  seed: graphSeed({ fields: SELLER_SOURCE_FIELDS, transform: sellerTransform }),
})
