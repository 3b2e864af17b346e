import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { removeCenterManagerWorkflow } from "../../../../../../workflows/admin/remove-center-manager"
import { retrieveAdminCenter } from "../../../helpers"

/** Takes the center away from the manager (the manager and their login stay). */
export const DELETE = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const { id: centerId, manager_id } = req.params
  await retrieveAdminCenter(req.scope, centerId, ["id"])
  await removeCenterManagerWorkflow(req.scope).run({ input: { manager_id, center_id: centerId } })
  const center = await retrieveAdminCenter(req.scope, centerId)
  res.json({ id: manager_id, object: "center_manager", deleted: true, center })
}
