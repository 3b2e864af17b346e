import { defineSearchIndex, graphSeed, search } from "@medusajs/framework/utils"
import { PRODUCT_SOURCE_FIELDS } from "./_documents"
import { productTransform } from "./_feeds"

/**
 * Goods and master classes a resident can find: published, of an approved artisan, in at least
 * one shop of a center where that artisan is an approved member. Anything else has no document.
 * Events reach it through _feeds.ts (no `events` here: see _indexer.ts for why).
 */
export const productFields = search.define({
  id: search.keyword().filterable(),
  handle: search.keyword(),
  title: search.text().searchable({ weight: 3 }).sortable(),
  description: search.text().searchable({ weight: 1 }),
  translit: search.text().searchable({ weight: 1 }).retrievable(false),
  sounds: search.text().searchable({ weight: 1 }).retrievable(false),
  category_names: search.text().searchable({ weight: 2 }).array(),
  category_ids: search.keyword().filterable().facetable().array(),
  kind: search.keyword().filterable().facetable(),
  seller_name: search.text().searchable({ weight: 2 }),
  seller_handle: search.keyword(),
  seller_id: search.keyword().filterable(),
  center_ids: search.keyword().filterable().facetable().array(),
  center_names: search.text().searchable({ weight: 1 }).array(),
  center_geo: search.keyword().array(),
  price: search.float().filterable().sortable().facetable(),
  next_session_at: search.date().filterable().sortable(),
  /** the upcoming sessions' starts (ms since epoch): a date range is one range test on them */
  session_times: search.float().filterable().array(),
  session_weekdays: search.keyword().filterable().array(),
  seats_free: search.boolean().filterable(),
  thumbnail: search.keyword(),
})

export default defineSearchIndex({
  name: "product",
  entity: "product",
  fields: productFields,
  settings: { typo_tolerance: { enabled: true } },
  seed: graphSeed({ fields: PRODUCT_SOURCE_FIELDS, transform: productTransform, batch_size: 200 }),
})
