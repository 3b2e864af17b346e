import { SCHOLARSHIP_MODULE } from "../../modules/scholarship"
import type ScholarshipModuleService from "../../modules/scholarship/service"

/** Discount per promotion code on the cart's lines, ₽ (rounded up to whole roubles, as holds are). */
export function discountsByCode(cart: any): Map<string, number> {
  const sums = new Map<string, number>()
  for (const item of cart?.items ?? []) {
    for (const adj of item?.adjustments ?? []) {
      if (!adj?.code) continue
      sums.set(adj.code, (sums.get(adj.code) ?? 0) + Number(adj.amount ?? 0))
    }
  }
  for (const [code, sum] of sums) sums.set(code, Math.ceil(sum - 1e-9))
  return sums
}

/**
 * At cart completion, before the order exists: every scholarship code on the cart is claimed
 * (redeemed for this cart, its money moved from held to spent) or the checkout is refused in
 * Russian. Returns the claimed ids, which the hook's compensation gives back if the order then
 * fails to be placed. Codes that are no scholarship are Medusa's business alone.
 */
export async function claimCartScholarships(container: any, cart: any): Promise<string[]> {
  const service = container.resolve(SCHOLARSHIP_MODULE) as ScholarshipModuleService
  const claimed: string[] = []
  try {
    for (const [code, discount] of discountsByCode(cart)) {
      const hit = await service.claim({ code, cart_id: cart.id, discount })
      if (hit) claimed.push(hit.id)
    }
  } catch (e) {
    await releaseCartScholarships(container, claimed)
    throw e
  }
  return claimed
}

export async function releaseCartScholarships(container: any, ids: string[] | undefined) {
  const service = container.resolve(SCHOLARSHIP_MODULE) as ScholarshipModuleService
  for (const id of ids ?? []) {
    await service.unclaim(id)
  }
}
