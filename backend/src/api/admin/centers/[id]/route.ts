import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { updateCenterWorkflow } from "../../../../workflows/admin/update-center"
import { retrieveAdminCenter } from "../helpers"
import type { AdminUpdateCenterType } from "../validators"

export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const center = await retrieveAdminCenter(req.scope, req.params.id, req.queryConfig.fields)
  res.json({ center })
}

export const POST = async (req: AuthenticatedMedusaRequest<AdminUpdateCenterType>, res: MedusaResponse) => {
  await retrieveAdminCenter(req.scope, req.params.id, ["id"])
  await updateCenterWorkflow(req.scope).run({
    input: { id: req.params.id, update: req.validatedBody as any },
  })
  const center = await retrieveAdminCenter(req.scope, req.params.id)
  res.json({ center })
}
