import { upcomingSessions } from "./_next-session"
import { moscowWeekday, soundKeys, translit } from "./_text"

/** Pure: a product row (from query.graph) → its search document. No Medusa imports, unit-tested. */

export const MASTERCLASS_TYPE = "masterclass"

export type CenterInfo = {
  id: string
  name: string
  handle: string
  district: string
  lat: number
  lng: number
  sales_channel_id: string | null
  status: string
}

export type ProductDocument = {
  id: string
  handle: string
  title: string
  description: string
  /** the searchable text in Latin spelling (typo matching, see `translit`) */
  translit: string
  /** sound keys of the title, categories and artisan (typo matching, see `soundKey`) */
  sounds: string
  category_names: string[]
  category_ids: string[]
  kind: "goods" | "class"
  seller_name: string
  seller_handle: string
  seller_id: string
  center_ids: string[]
  center_names: string[]
  center_geo: string[]
  price: number | null
  next_session_at: string | null
  /** starts of the upcoming sessions, ms since epoch */
  session_times: number[]
  session_weekdays: string[]
  seats_free: boolean | null
  thumbnail: string | null
}

function rubPrices(variant: any): number[] {
  return (variant.prices ?? [])
    .filter((p: any) => p.currency_code === "rub")
    .map((p: any) => Number(p.amount))
    .filter((n: number) => Number.isFinite(n))
}

function variantAvailable(variant: any): number {
  if (variant.manage_inventory === false) {
    return Infinity
  }
  let sum = 0
  for (const item of variant.inventory_items ?? []) {
    for (const level of item.inventory?.location_levels ?? []) {
      sum += Number(level.available_quantity ?? 0)
    }
  }
  return sum
}

/**
 * A product's search document, or null when it must not be findable: not published, its
 * artisan not approved (pending or suspended), or in no shop of a center where the artisan
 * is an approved member.
 */
export function toProductDocument(
  product: any,
  centersByChannel: Map<string, CenterInfo>,
  memberships: Map<string, string> | undefined,
  now = Date.now()
): ProductDocument | null {
  const seller = product.seller
  if (product.status !== "published" || !seller || seller.status !== "approved") {
    return null
  }
  const centers = (product.sales_channels ?? [])
    .map((sc: any) => centersByChannel.get(sc?.id))
    .filter((c: CenterInfo | undefined): c is CenterInfo => !!c && c.status !== "closed")
    .filter((c: CenterInfo) => memberships?.get(c.id) === "approved")
  if (!centers.length) {
    return null
  }
  const isClass = product.type?.value === MASTERCLASS_TYPE
  const sessions = isClass ? upcomingSessions(product, now) : []
  const variants = product.variants ?? []
  const sessionVariantIds = new Set(sessions.map((s) => s.variant_id))
  const priced = isClass ? variants.filter((v: any) => sessionVariantIds.has(v.id)) : variants
  const prices = (priced.length ? priced : variants).flatMap(rubPrices)
  const free = isClass
    ? variants.some((v: any) => sessionVariantIds.has(v.id) && variantAvailable(v) > 0)
    : null
  return {
    id: product.id,
    handle: product.handle,
    title: product.title ?? "",
    description: [product.subtitle, product.description].filter(Boolean).join(". "),
    translit: translit(
      [product.title, product.subtitle, product.description, ...(product.categories ?? []).map((c: any) => c.name), seller.name]
        .filter(Boolean)
        .join(" ")
    ),
    sounds: soundKeys([product.title, ...(product.categories ?? []).map((c: any) => c.name), seller.name].filter(Boolean).join(" ")),
    category_names: (product.categories ?? []).map((c: any) => c.name),
    category_ids: (product.categories ?? []).map((c: any) => c.id),
    kind: isClass ? "class" : "goods",
    seller_name: seller.name,
    seller_handle: seller.handle,
    seller_id: seller.id,
    center_ids: centers.map((c: CenterInfo) => c.id),
    center_names: centers.map((c: CenterInfo) => `${c.name} ${c.district}`),
    center_geo: centers.map((c: CenterInfo) => `${c.lat},${c.lng}`),
    price: prices.length ? Math.min(...prices) : null,
    next_session_at: sessions[0]?.starts_at ?? null,
    session_times: sessions.map((s) => Date.parse(s.starts_at)),
    session_weekdays: [...new Set(sessions.map((s) => moscowWeekday(s.starts_at)))],
    seats_free: free,
    thumbnail: product.thumbnail ?? null,
  }
}

