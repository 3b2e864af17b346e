import { defineSearchIndex, graphConsume, graphSeed, search } from "@medusajs/framework/utils"
import { translit } from "./_text"

/** Open neighborhood centers: name, district, address. */
const fields = ["id", "handle", "name", "district", "address", "description", "status"]

const transform = (rows: any[]) =>
  rows
    .filter((c) => c.status !== "closed")
    .map((c) => ({
      id: c.id,
      handle: c.handle,
      name: c.name,
      district: c.district,
      address: c.address ?? "",
      description: c.description ?? "",
      translit: translit(`${c.name} ${c.district}`),
    }))

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
  events: ["center.center.created", "center.center.updated", "center.center.deleted"],
  seed: graphSeed({ fields, transform }),
  consume: graphConsume({ fields, transform }),
})
