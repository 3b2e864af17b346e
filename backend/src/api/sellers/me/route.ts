import type { MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import CenterSellerLink from "../../../links/center-seller"
import type { ScopedRequest } from "../../utils/actors"
import { sellerProfileFields } from "../query-config"

export const GET = async (req: ScopedRequest, res: MedusaResponse) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: [seller] } = await query.graph({
    entity: "seller",
    fields: sellerProfileFields,
    filters: { id: req.seller!.id },
  })
  const { data: memberships } = await query.graph({
    entity: CenterSellerLink.entryPoint,
    fields: ["status", "center.id", "center.handle", "center.name"],
    filters: { seller_id: req.seller!.id },
  })
  res.json({
    seller: {
      ...seller,
      memberships: memberships.map((m: any) => ({ status: m.status, center: m.center })),
    },
  })
}
