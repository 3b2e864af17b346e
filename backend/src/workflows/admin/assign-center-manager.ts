import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { changeManagerCentersStep } from "./steps/change-manager-centers"

export type AssignCenterManagerWorkflowInput = { manager_id: string; center_id: string }

/** An existing manager takes on one more center (nothing changes if they already run it). */
export const assignCenterManagerWorkflow = createWorkflow(
  "assign-center-manager",
  (input: AssignCenterManagerWorkflowInput) => {
    const result = changeManagerCentersStep({ manager_id: input.manager_id, add: input.center_id })
    return new WorkflowResponse(result)
  }
)
