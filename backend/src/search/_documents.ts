import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import CenterSalesChannelLink from "../links/center-sales-channel"
import CenterSellerLink from "../links/center-seller"
import { SESSION_FIELDS } from "./_next-session"
import { type CenterInfo, toProductDocument, type ProductDocument } from "./_product-document"

export * from "./_product-document"

type Query = { graph: (args: any) => Promise<{ data: any[] }> }

export function queryOf(container: any): Query {
  return container.query ?? container.resolve?.(ContainerRegistrationKeys.QUERY)
}

export const PRODUCT_SOURCE_FIELDS = [
  "id",
  "handle",
  "title",
  "description",
  "subtitle",
  "status",
  "thumbnail",
  "type.value",
  "categories.id",
  "categories.name",
  "sales_channels.id",
  "seller.id",
  "seller.name",
  "seller.handle",
  "seller.status",
  "variants.prices.amount",
  "variants.prices.currency_code",
  "variants.manage_inventory",
  "variants.inventory_items.inventory.location_levels.available_quantity",
  ...SESSION_FIELDS,
]

/** Every center with its shop's sales channel: there are only a few dozen. */
export async function loadCenters(query: Query): Promise<CenterInfo[]> {
  const { data } = await query.graph({
    entity: "center",
    fields: ["id", "name", "handle", "district", "lat", "lng", "status", "sales_channel.id"],
  })
  return data.map((c: any) => ({
    id: c.id,
    name: c.name,
    handle: c.handle,
    district: c.district,
    lat: c.lat,
    lng: c.lng,
    status: c.status,
    sales_channel_id: c.sales_channel?.id ?? null,
  }))
}

/** center id → membership status, per seller id. */
async function loadMemberships(query: Query, sellerIds: string[]): Promise<Map<string, Map<string, string>>> {
  const out = new Map<string, Map<string, string>>()
  if (!sellerIds.length) {
    return out
  }
  const { data } = await query.graph({
    entity: CenterSellerLink.entryPoint,
    fields: ["center_id", "seller_id", "status"],
    filters: { seller_id: sellerIds },
  })
  for (const row of data) {
    const m = out.get(row.seller_id) ?? new Map()
    m.set(row.center_id, row.status)
    out.set(row.seller_id, m)
  }
  return out
}

/** Builds the documents of a page of product rows (reads centers and memberships once). */
export async function productDocuments(query: Query, rows: any[]): Promise<ProductDocument[]> {
  const centers = await loadCenters(query)
  const byChannel = new Map(centers.filter((c) => c.sales_channel_id).map((c) => [c.sales_channel_id!, c]))
  const sellerIds = [...new Set(rows.map((r) => r.seller?.id).filter(Boolean))] as string[]
  const memberships = await loadMemberships(query, sellerIds)
  const now = Date.now()
  return rows
    .map((r) => toProductDocument(r, byChannel, memberships.get(r.seller?.id), now))
    .filter((d): d is ProductDocument => !!d)
}

/** The products (ids) of some sellers — for events about an artisan or their membership. */
export async function productIdsOfSellers(query: Query, sellerIds: string[]): Promise<string[]> {
  if (!sellerIds.length) {
    return []
  }
  const { data } = await query.graph({ entity: "seller", fields: ["products.id"], filters: { id: sellerIds } })
  return data.flatMap((s: any) => (s.products ?? []).map((p: any) => p.id))
}

/** The products a center's shop holds. */
export async function productIdsOfCenters(query: Query, centerIds: string[]): Promise<string[]> {
  if (!centerIds.length) {
    return []
  }
  const { data: links } = await query.graph({
    entity: CenterSalesChannelLink.entryPoint,
    fields: ["sales_channel_id"],
    filters: { center_id: centerIds },
  })
  const channels = links.map((l: any) => l.sales_channel_id)
  if (!channels.length) {
    return []
  }
  const { data } = await query.graph({ entity: "sales_channel", fields: ["products_link.product_id"], filters: { id: channels } })
  return data.flatMap((s: any) => (s.products_link ?? []).map((p: any) => p.product_id))
}
