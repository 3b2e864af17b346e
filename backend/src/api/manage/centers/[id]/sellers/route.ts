import type { MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import CenterSellerLink from "../../../../../links/center-seller"
import type { ScopedRequest } from "../../../../utils/actors"
import { membershipSellerFields } from "../../../query-config"
import type { GetCenterSellersType } from "../../../validators"

/** The artisans who sell at, or asked to sell at, this center. */
export const GET = async (req: ScopedRequest<unknown, GetCenterSellersType>, res: MedusaResponse) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const filters: Record<string, unknown> = { center_id: req.params.id }
  if (req.validatedQuery.status) {
    filters.status = req.validatedQuery.status
  }
  const { data } = await query.graph({
    entity: CenterSellerLink.entryPoint,
    fields: ["status", "created_at", ...membershipSellerFields.map((f) => `seller.${f}`)],
    filters,
  })
  res.json({
    memberships: data.map((m: any) => ({ status: m.status, requested_at: m.created_at, seller: m.seller })),
  })
}
