import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createExhibitStep, updateExhibitStep, type ExhibitInput } from "./steps/exhibit"

/** A center's manager announces a pop-up exhibit (a draft until opened for applications). */
export const createExhibitWorkflow = createWorkflow(
  "create-exhibit",
  (input: ExhibitInput & { center_id: string }) => new WorkflowResponse(createExhibitStep(input))
)

/** Edits, opens, closes or cancels an exhibit of that center. */
export const updateExhibitWorkflow = createWorkflow(
  "update-exhibit",
  (input: { center_id: string; exhibit_id: string; update: Partial<ExhibitInput> }) =>
    new WorkflowResponse(updateExhibitStep(input))
)
