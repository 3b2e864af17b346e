import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep, linkProductsToSalesChannelWorkflow, sendNotificationsStep, useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { SEARCH_REFRESH_EVENT } from "../search/_events"
import { activateSellerStep } from "./steps/activate-seller"
import { setFeaturedProductsStep } from "./steps/curate-shop"
import { planMembershipShopStep } from "./steps/plan-membership-shop"
import { setMembershipStatusStep, SetMembershipStatusInput } from "./steps/set-membership-status"
import { sellerEmailStep } from "./steps/exhibit"

export const MEMBERSHIP_DECISION_TEMPLATE = "seller-membership-status"

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
    // issue 6: the artisan hears of the center's decision (approved / declined), addressed to the seller
    when({ membership }, ({ membership }) =>
      (membership.status === "approved" || membership.status === "declined") && membership.previous_status !== membership.status
    ).then(() => {
      const seller = sellerEmailStep(transform({ input }, ({ input }) => ({ seller_id: input.seller_id })))
      const { data: centers } = useQueryGraphStep({
        entity: "center",
        fields: ["id", "name", "handle"],
        filters: { id: input.center_id },
      }).config({ name: "membership-center" })
      sendNotificationsStep(
        transform({ membership, seller, centers }, ({ membership, seller, centers }) =>
          seller.email
            ? [
                {
                  to: seller.email,
                  receiver_id: membership.seller_id,
                  channel: "feed",
                  template: MEMBERSHIP_DECISION_TEMPLATE,
                  resource_id: membership.seller_id,
                  resource_type: "seller",
                  data: {
                    seller_id: membership.seller_id,
                    seller_name: seller.name,
                    center_id: membership.center_id,
                    center_name: (centers[0] as any)?.name ?? null,
                    center_handle: (centers[0] as any)?.handle ?? null,
                    status: membership.status,
                    previous_status: membership.previous_status,
                  },
                  // a center may decide again later (declined, then approved): one message per change
                  idempotency_key: `${MEMBERSHIP_DECISION_TEMPLATE}:${membership.center_id}:${membership.seller_id}:${membership.previous_status}>${membership.status}:${Date.now()}`,
                },
              ]
            : []
        )
      )
    })
    return new WorkflowResponse(membership)
  }
)
