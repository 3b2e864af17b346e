import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import CenterSellerLink from "../../../../links/center-seller"
import { visibleCenterChannels } from "../../../utils/centers"

export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: [seller] } = await query.graph({
    entity: "seller",
    fields: req.queryConfig.fields,
    filters: { handle: req.params.handle, status: "approved" },
  })
  if (!seller) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Мастер «${req.params.handle}» не найден`)
  }

  const visible = await visibleCenterChannels(req)
  const { data: memberships } = await query.graph({
    entity: CenterSellerLink.entryPoint,
    fields: ["center.id", "center.handle", "center.name", "center.district"],
    filters: { seller_id: seller.id, status: "approved" },
  })
  const centers = memberships.map((m: any) => m.center).filter((c: any) => c && visible.has(c.id))

  const { products = [], status, ...summary } = seller as any
  res.json({
    seller: {
      ...summary,
      centers,
      product_ids: products.filter((p: any) => p?.status === "published").map((p: any) => p.id),
    },
  })
}
