import type { MedusaResponse } from "@medusajs/framework/http"
import { issueScholarshipWorkflow } from "../../../../../workflows/scholarships"
import type { ScopedRequest } from "../../../../utils/actors"
import { centerBudget, centerScholarships, SCHOLARSHIP_FIELDS, shownStatus } from "./present"
import type { PostScholarshipType } from "./validators"

/** The center's scholarships, newest first, and its budget. */
export const GET = async (req: ScopedRequest, res: MedusaResponse) => {
  const [scholarships, budget] = await Promise.all([centerScholarships(req.scope, req.params.id), centerBudget(req.scope, req.params.id)])
  res.json({ scholarships, budget })
}

export const POST = async (req: ScopedRequest<PostScholarshipType>, res: MedusaResponse) => {
  const { result } = await issueScholarshipWorkflow(req.scope).run({
    input: { ...req.validatedBody, center_id: req.params.id, manager_id: req.manager!.id },
  })
  const scholarship = Object.fromEntries(SCHOLARSHIP_FIELDS.map((f) => [f, (result as any)[f]]))
  res.status(201).json({
    scholarship: { ...scholarship, status: shownStatus(scholarship as any) },
    budget: await centerBudget(req.scope, req.params.id),
  })
}
