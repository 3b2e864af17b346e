import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { activateSellerStep } from "./steps/activate-seller"
import { setMembershipStatusStep, SetMembershipStatusInput } from "./steps/set-membership-status"

export const setMembershipStatusWorkflow = createWorkflow(
  "set-membership-status",
  (input: SetMembershipStatusInput) => {
    const membership = setMembershipStatusStep(input)
    when({ input }, ({ input }) => input.status === "approved").then(() => {
      activateSellerStep(transform({ input }, ({ input }) => ({ seller_id: input.seller_id })))
    })
    return new WorkflowResponse(membership)
  }
)
