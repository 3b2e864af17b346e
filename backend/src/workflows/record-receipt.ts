import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { recordReceiptStep, RecordReceiptInput } from "./steps/record-receipt"

/** The artisan records the «Мой налог» receipt issued for a paid part of an order. */
export const recordReceiptWorkflow = createWorkflow("record-npd-receipt", (input: RecordReceiptInput) => {
  return new WorkflowResponse(recordReceiptStep(input))
})
