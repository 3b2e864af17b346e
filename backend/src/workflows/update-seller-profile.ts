import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { SellerProfileUpdate, updateSellerProfileStep } from "./steps/update-seller-profile"

/** What an artisan may change about themselves; tax status, ИНН and status stay with sign-up and the operator. */
export const updateSellerProfileWorkflow = createWorkflow(
  "update-seller-profile",
  (input: { id: string; update: SellerProfileUpdate }) => new WorkflowResponse(updateSellerProfileStep(input))
)
