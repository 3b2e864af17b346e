import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { withdrawExhibitApplicationStep } from "./steps/exhibit"

/** The artisan takes back a pending application. */
export const withdrawExhibitApplicationWorkflow = createWorkflow(
  "withdraw-exhibit-application",
  (input: { seller_id: string; exhibit_id: string }) => new WorkflowResponse(withdrawExhibitApplicationStep(input))
)
