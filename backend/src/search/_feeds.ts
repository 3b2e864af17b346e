import { graphConsume } from "@medusajs/framework/utils"
import { PRODUCT_SOURCE_FIELDS, productDocuments, queryOf } from "./_documents"
import {
  CENTER_INDEX_EVENTS,
  centerIdsOfEvent,
  PRODUCT_INDEX_EVENTS,
  productIdsOfEvent,
  SELLER_INDEX_EVENTS,
  sellerIdsOfEvent,
} from "./_events"
import { translit } from "./_text"

/**
 * How each index follows the database: which events touch it, which of its documents an event
 * touches, and how to read documents by id. The index definitions (product.ts, …) declare no
 * `events`: our serial indexer (see _indexer.ts, subscribers/search-index.ts) consumes them instead
 * of the Search Module's concurrent ingestion.
 */
export type SearchFeed = {
  events: string[]
  ids: (event: { name: string; data: any }, container: any) => Promise<string[]> | string[]
  /** graphConsume: reads the ids in `data.id`; upserts what has a document, deletes the rest */
  read: (event: { name: string; data: any }, context: any) => Promise<any[]>
}

const byId = (event: any) => event.data?.id

const productTransform = async (rows: any[], context: any) => productDocuments(queryOf(context.container), rows) as any

export const SELLER_SOURCE_FIELDS = ["id", "handle", "name", "bio", "status"]
export const sellerTransform = (rows: any[]) =>
  rows
    .filter((s) => s.status === "approved")
    .map((s) => ({ id: s.id, handle: s.handle, name: s.name, bio: s.bio ?? "", translit: translit(s.name) }))

export const CENTER_SOURCE_FIELDS = ["id", "handle", "name", "district", "address", "description", "status"]
export const centerTransform = (rows: any[]) =>
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

export { productTransform }

export const SEARCH_FEEDS: Record<string, SearchFeed> = {
  product: {
    events: PRODUCT_INDEX_EVENTS,
    ids: productIdsOfEvent,
    read: graphConsume({ fields: PRODUCT_SOURCE_FIELDS, transform: productTransform, resolve_ids: byId, is_delete: () => false }) as any,
  },
  seller: {
    events: SELLER_INDEX_EVENTS,
    ids: sellerIdsOfEvent,
    read: graphConsume({ fields: SELLER_SOURCE_FIELDS, transform: sellerTransform, resolve_ids: byId, is_delete: () => false }) as any,
  },
  center: {
    events: CENTER_INDEX_EVENTS,
    ids: centerIdsOfEvent,
    read: graphConsume({ fields: CENTER_SOURCE_FIELDS, transform: centerTransform, resolve_ids: byId, is_delete: () => false }) as any,
  },
}

export const SEARCH_FEED_EVENTS = [...new Set(Object.values(SEARCH_FEEDS).flatMap((f) => f.events))]
