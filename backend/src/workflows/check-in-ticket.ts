import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { checkInTicketStep } from "./steps/tickets"

/** The artisan or manager enters or scans a ticket code at the door. */
export const checkInTicketWorkflow = createWorkflow("check-in-ticket", (input: { session_id: string; code: string }) => {
  return new WorkflowResponse(checkInTicketStep(input))
})
