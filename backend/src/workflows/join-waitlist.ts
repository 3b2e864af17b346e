import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { joinWaitlistStep } from "./steps/waitlist"

export const joinWaitlistWorkflow = createWorkflow(
  "join-class-waitlist",
  (input: { session_id: string; email: string; name: string; customer_id?: string | null }) =>
    new WorkflowResponse(joinWaitlistStep(input))
)
