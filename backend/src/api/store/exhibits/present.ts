import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, QueryContext } from "@medusajs/framework/utils"
import { acceptsApplications } from "../../../modules/exhibit/rules"

/** What every surface shows of an exhibit (manager, artisan, resident). */
export const EXHIBIT_FIELDS = [
  "id",
  "center_id",
  "title",
  "description",
  "place",
  "starts_at",
  "ends_at",
  "apply_until",
  "places",
  "status",
  "created_at",
]

export const APPLICATION_FIELDS = ["id", "exhibit_id", "seller_id", "product_ids", "note", "status", "decision_note", "decided_at", "created_at"]

/** The exhibit with its free places and whether it takes applications right now. */
export function withPlaces(exhibit: any, applications: { status: string }[]) {
  const approved = applications.filter((a) => a.status === "approved").length
  return {
    ...exhibit,
    approved_count: approved,
    free_places: Math.max(0, exhibit.places - approved),
    accepting: acceptsApplications(exhibit, approved),
  }
}

/** Goods by id: title, handle, thumbnail, status, the cheapest price in RUB and the seller's id. */
export async function productsById(scope: MedusaContainer, ids: string[]) {
  if (!ids.length) {
    return new Map<string, any>()
  }
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "product",
    fields: ["id", "title", "handle", "thumbnail", "status", "seller.id", "seller.status", "variants.calculated_price.calculated_amount"],
    filters: { id: [...new Set(ids)] },
    context: { variants: { calculated_price: QueryContext({ currency_code: "rub" }) } },
  })
  return new Map(
    data.map(({ variants = [], seller, ...p }: any) => {
      const prices = variants
        .map((v: any) => v?.calculated_price?.calculated_amount)
        .filter((a: unknown): a is number => typeof a === "number")
      return [p.id, { ...p, seller_id: seller?.id ?? null, seller_status: seller?.status ?? null, price: prices.length ? Math.min(...prices) : null }]
    })
  )
}

/** Applications with the artisan (name, handle) and the chosen goods, in the order chosen. */
export async function applicationsWithGoods(scope: MedusaContainer, applications: any[]) {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const sellerIds = [...new Set(applications.map((a) => a.seller_id))]
  const { data: sellers } = sellerIds.length
    ? await query.graph({ entity: "seller", fields: ["id", "name", "handle", "status"], filters: { id: sellerIds } })
    : { data: [] as any[] }
  const products = await productsById(scope, applications.flatMap((a) => a.product_ids ?? []))
  return applications.map((a) => {
    const seller = sellers.find((s: any) => s.id === a.seller_id) as any
    return {
      ...a,
      seller: seller ? { id: seller.id, name: seller.name, handle: seller.handle, status: seller.status } : null,
      products: (a.product_ids ?? [])
        .map((id: string) => products.get(id))
        .filter((p: any) => p && p.seller_id === a.seller_id)
        .map(({ seller_id, seller_status, ...p }: any) => p),
    }
  })
}
