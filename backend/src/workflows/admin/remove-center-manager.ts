import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { changeManagerCentersStep } from "./steps/change-manager-centers"

export type RemoveCenterManagerWorkflowInput = { manager_id: string; center_id: string }

/** The manager no longer runs this center; their login and their other centers stay. */
export const removeCenterManagerWorkflow = createWorkflow(
  "remove-center-manager",
  (input: RemoveCenterManagerWorkflowInput) => {
    const result = changeManagerCentersStep({ manager_id: input.manager_id, remove: input.center_id })
    return new WorkflowResponse(result)
  }
)
