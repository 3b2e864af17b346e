import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { releaseWaitlistHoldsStep, renewWaitlistHoldsStep } from "./steps/waitlist"

/**
 * A waitlist offer's seat stays held while its holder fills the cart: it is let go only for the
 * moment Medusa checks or reserves the stock for that cart (adding the seat, completing the order)
 * and held again after an add.
 */
export const releaseWaitlistHoldsWorkflow = createWorkflow(
  "release-waitlist-holds",
  (input: { entry_ids: string[] }) => new WorkflowResponse(releaseWaitlistHoldsStep(input))
)

export const renewWaitlistHoldsWorkflow = createWorkflow(
  "renew-waitlist-holds",
  (input: { entry_ids: string[] }) => new WorkflowResponse(renewWaitlistHoldsStep(input))
)
