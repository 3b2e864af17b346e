import type { MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { updateCenterWorkflow } from "../../../../workflows/admin/update-center"
import type { ScopedRequest } from "../../../utils/actors"
import type { PostManagedCenterType } from "../../validators"

const fields = ["id", "handle", "name", "district", "address", "lat", "lng", "opening_hours", "phone", "email", "description", "featured_product_ids"]

async function load(req: ScopedRequest) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: [center] } = await query.graph({ entity: "center", fields, filters: { id: req.params.id } })
  return center
}

export const GET = async (req: ScopedRequest, res: MedusaResponse) => {
  res.json({ center: await load(req) })
}

/** The manager keeps the center's public profile and opening hours current. */
export const POST = async (req: ScopedRequest<PostManagedCenterType>, res: MedusaResponse) => {
  await updateCenterWorkflow(req.scope).run({ input: { id: req.params.id, update: req.validatedBody as any } })
  res.json({ center: await load(req) })
}
