import { defineSearchIndex, graphSeed, search } from "@medusajs/framework/utils"
import { CENTER_SOURCE_FIELDS, centerTransform } from "./_feeds"

/** Open neighborhood centers: name, district, address. Events: _feeds.ts. */
export default defineSearchIndex({
  name: "center",
  entity: "center",
  fields: search.define({
    id: search.keyword().filterable(),
    handle: search.keyword(),
    name: search.text().searchable({ weight: 3 }),
    district: search.text().searchable({ weight: 2 }).filterable().facetable(),
    address: search.text().searchable({ weight: 1 }),
    description: search.text().searchable({ weight: 1 }),
    translit: search.text().searchable({ weight: 1 }).retrievable(false),
  }),
  seed: graphSeed({ fields: CENTER_SOURCE_FIELDS, transform: centerTransform }),
})
