import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { suspendedSellerProductIds } from "../../../utils/suspended-sellers"

/** Runs after Medusa's own query validation of /store/products: narrows the filter it built. */
export async function hideSuspendedFromList(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  const hidden = await suspendedSellerProductIds(req.scope)
  if (hidden.length) {
    const filters = (req.filterableFields ??= {}) as Record<string, any>
    const requested = filters.id
    filters.id = requested
      ? [requested].flat().filter((id: string) => !hidden.includes(id))
      : { $nin: hidden }
  }
  next()
}

export async function hideSuspendedProduct(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  const hidden = await suspendedSellerProductIds(req.scope)
  if (hidden.includes(req.params.id)) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, "Товар не найден")
  }
  next()
}
