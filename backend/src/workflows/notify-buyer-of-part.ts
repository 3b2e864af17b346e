import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { sendNotificationsStep, useQueryGraphStep } from "@medusajs/medusa/core-flows"

export const PART_STATUS_TEMPLATE = "seller-order-status"

/**
 * Tells the resident that an artisan's part of their order changed (ready at the center, handed over).
 * The "feed" channel is Medusa's local provider; an e-mail or SMS provider takes the same notification.
 */
export const notifyBuyerOfPartWorkflow = createWorkflow(
  "notify-buyer-of-part",
  (input: { seller_id: string; order_id: string; status: string }) => {
    const { data: orders } = useQueryGraphStep({
      entity: "order",
      fields: ["id", "display_id", "email"],
      filters: { id: input.order_id },
    }).config({ name: "part-order" })
    const { data: sellers } = useQueryGraphStep({
      entity: "seller",
      fields: ["name"],
      filters: { id: input.seller_id },
    }).config({ name: "part-seller" })
    const notifications = transform({ input, orders, sellers }, ({ input, orders, sellers }) =>
      orders[0]?.email
        ? [
            {
              to: orders[0].email as string,
              channel: "feed",
              template: PART_STATUS_TEMPLATE,
              data: {
                order_id: input.order_id,
                display_id: orders[0].display_id,
                seller_name: sellers[0]?.name,
                status: input.status,
              },
              idempotency_key: `${PART_STATUS_TEMPLATE}:${input.order_id}:${input.seller_id}:${input.status}`,
            },
          ]
        : []
    )
    return new WorkflowResponse(sendNotificationsStep(notifications))
  }
)
