import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"

/**
 * Products of sellers the operator suspended: hidden from every store surface and refused
 * in carts, without touching the products themselves, so lifting the suspension restores all.
 */
export async function suspendedSellerProductIds(scope: MedusaContainer): Promise<string[]> {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "seller",
    fields: ["products.id"],
    filters: { status: "suspended" },
  })
  return data.flatMap((s: any) => (s.products ?? []).map((p: any) => p.id))
}

/** Variant ids among `variantIds` whose product belongs to a suspended seller. */
export async function variantsOfSuspendedSellers(scope: MedusaContainer, variantIds: string[]): Promise<string[]> {
  if (!variantIds.length) {
    return []
  }
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "product_variant",
    fields: ["id", "product.seller.status"],
    filters: { id: variantIds },
  })
  return data.filter((v: any) => v.product?.seller?.status === "suspended").map((v: any) => v.id)
}
