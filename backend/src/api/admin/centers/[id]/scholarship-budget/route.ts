import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { setScholarshipBudgetWorkflow } from "../../../../../workflows/scholarships"
import { centerBudget } from "../../../../manage/centers/[id]/scholarships/present"
import type { PostScholarshipBudgetType } from "../../../../manage/centers/[id]/scholarships/validators"
import { retrieveAdminCenter } from "../../helpers"

/** The operator sees and sets any center's scholarship budget (as its manager can). */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  await retrieveAdminCenter(req.scope, req.params.id, ["id"])
  res.json({ budget: await centerBudget(req.scope, req.params.id) })
}

export const POST = async (req: AuthenticatedMedusaRequest<PostScholarshipBudgetType>, res: MedusaResponse) => {
  await retrieveAdminCenter(req.scope, req.params.id, ["id"])
  const { result } = await setScholarshipBudgetWorkflow(req.scope).run({
    input: { center_id: req.params.id, total: req.validatedBody.total, by: req.auth_context.actor_id },
  })
  res.json({ budget: result })
}
