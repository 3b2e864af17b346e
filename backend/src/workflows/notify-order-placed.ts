import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { sendNotificationsStep, useQueryGraphStep } from "@medusajs/medusa/core-flows"

export const ORDER_PLACED_TEMPLATE = "order-placed"

/**
 * order.placed: the buyer's confirmation (issue 6), on the "feed" channel like every other message;
 * seats of master classes get their own «ticket confirmed» with the calendar file besides this.
 */
export const notifyOrderPlacedWorkflow = createWorkflow("notify-order-placed", (input: { order_id: string }) => {
  const { data: orders } = useQueryGraphStep({
    entity: "order",
    fields: ["id", "display_id", "email", "customer_id", "currency_code", "total", "items.title", "items.product_title", "items.quantity"],
    filters: { id: input.order_id },
  }).config({ name: "placed-order" })
  const notifications = transform({ orders }, ({ orders }) => {
    const order: any = orders[0]
    if (!order?.email) return []
    const storefront = process.env.STOREFRONT_URL || "http://localhost:4321"
    const items = (order.items ?? []) as any[]
    return [
      {
        to: order.email as string,
        receiver_id: order.customer_id ?? undefined,
        channel: "feed",
        template: ORDER_PLACED_TEMPLATE,
        resource_id: order.id,
        resource_type: "order",
        data: {
          order_id: order.id,
          display_id: order.display_id,
          total: Number(order.total ?? 0),
          currency_code: order.currency_code,
          item_count: items.reduce((n, i) => n + Number(i.quantity ?? 0), 0),
          items: items.slice(0, 5).map((i) => i.product_title ?? i.title),
          order_url: `${storefront}/orders/${order.id}`,
        },
        idempotency_key: `${ORDER_PLACED_TEMPLATE}:${order.id}`,
      },
    ]
  })
  return new WorkflowResponse(sendNotificationsStep(notifications))
})
