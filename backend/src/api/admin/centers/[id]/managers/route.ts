import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createManagerWorkflow } from "../../../../../workflows/create-manager"
import { assignCenterManagerWorkflow } from "../../../../../workflows/admin/assign-center-manager"
import { retrieveAdminCenter } from "../../helpers"
import type { AdminAssignCenterManagerType } from "../../validators"

/**
 * Gives the center a manager: an existing manager (by e-mail) takes on this center too; anyone else
 * becomes a manager, with the login they already have for that e-mail or a new one (password).
 */
export const POST = async (req: AuthenticatedMedusaRequest<AdminAssignCenterManagerType>, res: MedusaResponse) => {
  const centerId = req.params.id
  await retrieveAdminCenter(req.scope, centerId, ["id"])
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { email, password, ...person } = req.validatedBody

  const { data: [existing] } = await query.graph({ entity: "manager", fields: ["id"], filters: { email } })
  let managerId: string
  if (existing) {
    await assignCenterManagerWorkflow(req.scope).run({ input: { manager_id: existing.id, center_id: centerId } })
    managerId = existing.id
  } else {
    const { result } = await createManagerWorkflow(req.scope).run({
      input: { ...person, email, password, center_ids: [centerId] },
    })
    managerId = result.id
  }

  const center = await retrieveAdminCenter(req.scope, centerId)
  res.json({
    manager: center.managers.find((m: any) => m.id === managerId),
    created: !existing,
    center,
  })
}
