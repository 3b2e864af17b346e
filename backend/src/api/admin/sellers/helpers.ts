import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import CenterSellerLink from "../../../links/center-seller"

export type Membership = { center_id: string; center_name: string | null; status: string }

/** seller id → the centers they (want to) sell at, with the membership status each manager set. */
export async function membershipsBySeller(scope: MedusaContainer, sellerIds: string[]) {
  const bySeller = new Map<string, Membership[]>()
  if (!sellerIds.length) {
    return bySeller
  }
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: CenterSellerLink.entryPoint,
    fields: ["seller_id", "center_id", "status", "center.name"],
    filters: { seller_id: sellerIds },
  })
  for (const row of data as any[]) {
    const list = bySeller.get(row.seller_id) ?? []
    list.push({ center_id: row.center_id, center_name: row.center?.name ?? null, status: row.status })
    bySeller.set(row.seller_id, list)
  }
  for (const list of bySeller.values()) {
    list.sort((a, b) => (a.center_name ?? "").localeCompare(b.center_name ?? "", "ru"))
  }
  return bySeller
}
