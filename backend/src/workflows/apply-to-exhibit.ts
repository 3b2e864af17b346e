import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { saveExhibitApplicationStep, validateExhibitApplicationStep, type ApplicationInput } from "./steps/exhibit"

/** An artisan applies to an exhibit with chosen goods, or changes a pending application. */
export const applyToExhibitWorkflow = createWorkflow("apply-to-exhibit", (input: ApplicationInput) => {
  validateExhibitApplicationStep(input)
  return new WorkflowResponse(saveExhibitApplicationStep(input))
})
