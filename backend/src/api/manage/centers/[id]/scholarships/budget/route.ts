import type { MedusaResponse } from "@medusajs/framework/http"
import { setScholarshipBudgetWorkflow } from "../../../../../../workflows/scholarships"
import type { ScopedRequest } from "../../../../../utils/actors"
import { centerBudget } from "../present"
import type { PostScholarshipBudgetType } from "../validators"

export const GET = async (req: ScopedRequest, res: MedusaResponse) => {
  res.json({ budget: await centerBudget(req.scope, req.params.id) })
}

/**
 * The center's manager sets the total (the center runs its own money); the operator can too,
 * through /admin/centers/:id/scholarship-budget. Never under what is already held or given.
 */
export const POST = async (req: ScopedRequest<PostScholarshipBudgetType>, res: MedusaResponse) => {
  const { result } = await setScholarshipBudgetWorkflow(req.scope).run({
    input: { center_id: req.params.id, total: req.validatedBody.total, by: req.manager!.id },
  })
  res.json({ budget: result })
}
