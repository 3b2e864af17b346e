import { Modules } from "@medusajs/framework/utils"
import { productIdsOfCenters, productIdsOfSellers, queryOf } from "./_documents"

/** Our own event for changes that Medusa's link workflows do not announce (curation, membership). */
export const SEARCH_REFRESH_EVENT = "sosedi.search.refresh"
export type SearchRefreshData = {
  product_ids?: string[]
  seller_ids?: string[]
  center_ids?: string[]
}

export const PRODUCT_INDEX_EVENTS = [
  "product.created",
  "product.updated",
  "product.deleted",
  "product-variant.created",
  "product-variant.updated",
  "product-variant.deleted",
  "inventory-level.created",
  "inventory-level.updated",
  "inventory-level.deleted",
  "reservation-item.created",
  "reservation-item.updated",
  "reservation-item.deleted",
  "order.placed",
  "order.canceled",
  "product-category.updated",
  // MedusaService of a custom module names its events "<module>.<model>.<action>"
  "seller.seller.updated",
  "seller.seller.deleted",
  "center.center.updated",
  SEARCH_REFRESH_EVENT,
]

const ids = (v: unknown): string[] => (v == null ? [] : (Array.isArray(v) ? v : [v]).map(String))

/** The products an event may have changed the documents of. */
export async function productIdsOfEvent(event: { name: string; data: any }, container: any): Promise<string[]> {
  const query = queryOf(container)
  const data = event.data ?? {}
  const id = ids(data.id)
  const name = event.name
  try {
    if (name.startsWith("product.")) {
      return id
    }
    if (name.startsWith("product-variant.")) {
      if (data.product_id) {
        return ids(data.product_id)
      }
      const { data: rows } = await query.graph({ entity: "product_variant", fields: ["product_id"], filters: { id }, withDeleted: true } as any)
      return rows.map((r: any) => r.product_id)
    }
    if (name.startsWith("inventory-level.")) {
      const { data: rows } = await query.graph({ entity: "inventory_level", fields: ["inventory_item_id"], filters: { id }, withDeleted: true } as any)
      return productsOfInventoryItems(query, [...rows.map((r: any) => r.inventory_item_id), ...ids(data.inventory_item_id)])
    }
    if (name.startsWith("reservation-item.")) {
      const { data: rows } = await query.graph({ entity: "reservation", fields: ["inventory_item_id"], filters: { id }, withDeleted: true } as any)
      return productsOfInventoryItems(query, [...rows.map((r: any) => r.inventory_item_id), ...ids(data.inventory_item_id)])
    }
    if (name.startsWith("order.")) {
      const { data: rows } = await query.graph({ entity: "order", fields: ["items.product_id"], filters: { id } })
      return rows.flatMap((o: any) => (o.items ?? []).map((i: any) => i.product_id)).filter(Boolean)
    }
    if (name === "product-category.updated") {
      const { data: rows } = await query.graph({ entity: "product_category", fields: ["products.id"], filters: { id } })
      return rows.flatMap((c: any) => (c.products ?? []).map((p: any) => p.id))
    }
    if (name.startsWith("seller.seller.")) {
      return [...(await productIdsOfSellers(query, id)), ...(await indexedProductIdsOfSellers(container, id))]
    }
    if (name.startsWith("center.center.")) {
      return productIdsOfCenters(query, id)
    }
    if (name === SEARCH_REFRESH_EVENT) {
      const d = data as SearchRefreshData
      return [
        ...ids(d.product_ids),
        ...(await productIdsOfSellers(query, ids(d.seller_ids))),
        ...(await indexedProductIdsOfSellers(container, ids(d.seller_ids))),
        ...(await productIdsOfCenters(query, ids(d.center_ids))),
      ]
    }
  } catch (e: any) {
    container.logger?.warn?.(`[search] could not map ${name} to products: ${e.message}`)
  }
  return []
}

export const SELLER_INDEX_EVENTS = ["seller.seller.created", "seller.seller.updated", "seller.seller.deleted", SEARCH_REFRESH_EVENT]

export function sellerIdsOfEvent(event: { name: string; data: any }): string[] {
  return event.name === SEARCH_REFRESH_EVENT ? ids(event.data?.seller_ids) : ids(event.data?.id)
}

export const CENTER_INDEX_EVENTS = ["center.center.created", "center.center.updated", "center.center.deleted"]

export function centerIdsOfEvent(event: { name: string; data: any }): string[] {
  return ids(event.data?.id)
}

/**
 * The products the index holds under some artisans. A deleted artisan's links are gone by the
 * time its event arrives (a deletion workflow dismisses them first), so the database no longer
 * leads from the artisan to its products; the index still does. Marked like any other id, each is
 * then read again — no artisan, no document — and deleted by the index's one writer.
 */
async function indexedProductIdsOfSellers(container: any, sellerIds: string[]): Promise<string[]> {
  const search = sellerIds.length ? container.resolve?.(Modules.SEARCH, { allowUnregistered: true }) : undefined
  if (!search?.search) {
    return []
  }
  const out: string[] = []
  const take = 500
  for (let skip = 0; ; skip += take) {
    const page = await search.search({
      entity: "product",
      fields: ["id"],
      filters: { seller_id: { $in: sellerIds } },
      pagination: { skip, take },
      search_options: { count: "none" },
    })
    const hits = page.hits ?? []
    out.push(...hits.map((h: any) => String(h.id ?? h.document?.id)))
    if (hits.length < take) {
      return out
    }
  }
}

async function productsOfInventoryItems(query: any, itemIds: string[]): Promise<string[]> {
  if (!itemIds.length) {
    return []
  }
  const { data } = await query.graph({ entity: "inventory_item", fields: ["variants.product_id"], filters: { id: itemIds } })
  return data.flatMap((i: any) => (i.variants ?? []).map((v: any) => v.product_id)).filter(Boolean)
}

