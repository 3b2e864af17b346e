import type { MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { updateMasterClassWorkflow } from "../../../../../workflows/update-master-class"
import type { ScopedRequest } from "../../../../utils/actors"
import { describeSessions } from "../../../../store/classes/helpers"
import { classFields, formatClass } from "../route"
import type { PostSellerClassUpdateType } from "../validators"

async function loadClass(req: ScopedRequest) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: [product] } = await query.graph({ entity: "product", fields: classFields, filters: { id: req.params.id } })
  return formatClass(product, await describeSessions(req.scope, { product_id: req.params.id }))
}

export const GET = async (req: ScopedRequest, res: MedusaResponse) => {
  res.json({ class: await loadClass(req) })
}

export const POST = async (req: ScopedRequest<PostSellerClassUpdateType>, res: MedusaResponse) => {
  await updateMasterClassWorkflow(req.scope).run({ input: { ...req.validatedBody, id: req.params.id } })
  res.json({ class: await loadClass(req) })
}
