import type { MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import CenterSellerLink from "../../../links/center-seller"
import type { ScopedRequest } from "../../utils/actors"
import { updateSellerProfileWorkflow } from "../../../workflows/update-seller-profile"
import { sellerProfileFields } from "../query-config"
import type { PostSellerProfileType } from "../validators"

async function profile(req: ScopedRequest) {
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
  return { ...seller, memberships: memberships.map((m: any) => ({ status: m.status, center: m.center })) }
}

export const GET = async (req: ScopedRequest, res: MedusaResponse) => {
  res.json({ seller: await profile(req) })
}

export const POST = async (req: ScopedRequest<PostSellerProfileType>, res: MedusaResponse) => {
  await updateSellerProfileWorkflow(req.scope).run({ input: { id: req.seller!.id, update: req.validatedBody } })
  res.json({ seller: await profile(req) })
}
