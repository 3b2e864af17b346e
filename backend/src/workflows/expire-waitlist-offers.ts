import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { expireWaitlistOffersStep } from "./steps/waitlist"

/** Expired offers release their seat; the job then offers those sessions' seats to the next in line. */
export const expireWaitlistOffersWorkflow = createWorkflow(
  "expire-waitlist-offers",
  (input: { now?: string }) => new WorkflowResponse(expireWaitlistOffersStep(input))
)
