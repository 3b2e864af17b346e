import { defineSearchIndex, graphConsume, graphSeed, search } from "@medusajs/framework/utils"
import { SEARCH_REFRESH_EVENT } from "./_events"
import { translit } from "./_text"

/** Approved artisans, by name and handle (suggestions, «Мария» → her page). */
const fields = ["id", "handle", "name", "bio", "status"]

const transform = (rows: any[]) =>
  rows
    .filter((s) => s.status === "approved")
    .map((s) => ({ id: s.id, handle: s.handle, name: s.name, bio: s.bio ?? "", translit: translit(s.name) }))

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
  events: ["seller.seller.created", "seller.seller.updated", "seller.seller.deleted", SEARCH_REFRESH_EVENT],
  seed: graphSeed({ fields, transform }),
  consume: graphConsume({
    fields,
    transform,
    is_delete: (event) => event.name.endsWith(".deleted"),
    resolve_ids: (event: any) => (event.name === SEARCH_REFRESH_EVENT ? event.data?.seller_ids ?? [] : event.data?.id),
  }),
})
