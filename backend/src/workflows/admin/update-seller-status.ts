import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { SellerStatus, updateSellerStatusStep } from "./steps/update-seller-status"

export type UpdateSellerStatusWorkflowInput = { id: string; status: SellerStatus }

/**
 * The operator approves or suspends a seller across the platform. A suspended seller disappears
 * from the store (its pages and listings only show approved sellers); memberships are kept.
 */
export const updateSellerStatusWorkflow = createWorkflow(
  "update-seller-status",
  (input: UpdateSellerStatusWorkflowInput) => {
    const seller = updateSellerStatusStep(input)
    return new WorkflowResponse(seller)
  }
)
