import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep, linkProductsToSalesChannelWorkflow } from "@medusajs/medusa/core-flows"
import { SEARCH_REFRESH_EVENT } from "../search/_events"
import { activateSellerStep } from "./steps/activate-seller"
import { setFeaturedProductsStep } from "./steps/curate-shop"
import { planMembershipShopStep } from "./steps/plan-membership-shop"
import { setMembershipStatusStep, SetMembershipStatusInput } from "./steps/set-membership-status"

export const setMembershipStatusWorkflow = createWorkflow(
  "set-membership-status",
  (input: SetMembershipStatusInput) => {
    const membership = setMembershipStatusStep(input)
    when({ input }, ({ input }) => input.status === "approved").then(() => {
      activateSellerStep(transform({ input }, ({ input }) => ({ seller_id: input.seller_id })))
    })
    const shop = planMembershipShopStep(input)
    when({ shop }, ({ shop }) => !!shop.sales_channel_id && shop.add.length + shop.remove.length > 0).then(() => {
      linkProductsToSalesChannelWorkflow.runAsStep({
        input: transform({ shop }, ({ shop }) => ({ id: shop.sales_channel_id!, add: shop.add, remove: shop.remove })),
      })
    })
    when({ shop }, ({ shop }) => shop.remove.length > 0).then(() => {
      setFeaturedProductsStep(transform({ shop }, ({ shop }) => ({ center_id: shop.center_id, remove: shop.remove })))
    })
    // a membership is a link, which announces nothing: tell the search index (after the commit)
    emitEventStep({
      eventName: SEARCH_REFRESH_EVENT,
      data: transform({ input }, ({ input }) => ({ seller_ids: [input.seller_id] })),
    })
    return new WorkflowResponse(membership)
  }
)
