import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { setSellerOrderStatusStep, SetSellerOrderStatusInput } from "./steps/set-seller-order-status"

export const SELLER_ORDER_STATUS_CHANGED = "seller_order.status_changed"

/** An artisan marks their part ready for pickup or handed over; the buyer is told by the event's subscribers. */
export const setSellerOrderStatusWorkflow = createWorkflow(
  "set-seller-order-status",
  (input: SetSellerOrderStatusInput) => {
    const part = setSellerOrderStatusStep(input)
    emitEventStep({ eventName: SELLER_ORDER_STATUS_CHANGED, data: part })
    return new WorkflowResponse(part)
  }
)
