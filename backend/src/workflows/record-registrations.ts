import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createRegistrationSnapshotsStep } from "./steps/impact"

/** After the order's tickets are issued: one impact snapshot per class booking (idempotent). */
export const recordRegistrationsWorkflow = createWorkflow("record-registrations", (input: { order_id: string }) => {
  const registrations = createRegistrationSnapshotsStep(input)
  return new WorkflowResponse(registrations)
})
