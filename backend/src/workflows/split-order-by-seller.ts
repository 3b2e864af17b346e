import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { linkOrderSellersStep } from "./steps/link-order-sellers"

/** One part per artisan of a placed order; locked per order so two tabs or two events agree. */
export const splitOrderBySellerWorkflow = createWorkflow(
  "split-order-by-seller",
  (input: { order_id: string }) => {
    acquireLockStep({ key: input.order_id, timeout: 10, ttl: 30 })
    const sellerIds = linkOrderSellersStep(input)
    releaseLockStep({ key: input.order_id })
    return new WorkflowResponse(sellerIds)
  }
)
