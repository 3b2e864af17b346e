import type { MedusaResponse } from "@medusajs/framework/http"
import { revokeScholarshipWorkflow } from "../../../../../../../workflows/scholarships"
import type { ScopedRequest } from "../../../../../../utils/actors"
import { centerBudget } from "../../present"

/** Undo of a mistake: an unused code is taken back and its hold returns to the budget. */
export const POST = async (req: ScopedRequest, res: MedusaResponse) => {
  await revokeScholarshipWorkflow(req.scope).run({
    input: { id: req.params.scholarship_id, center_id: req.params.id, manager_id: req.manager!.id },
  })
  res.json({ id: req.params.scholarship_id, status: "revoked", budget: await centerBudget(req.scope, req.params.id) })
}
