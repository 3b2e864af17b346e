import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { notifyBuyerOfPartWorkflow } from "../workflows/notify-buyer-of-part"
import { SELLER_ORDER_STATUS_CHANGED } from "../workflows/set-seller-order-status"

export default async function notifyBuyer({
  event,
  container,
}: SubscriberArgs<{ seller_id: string; order_id: string; status: string }>) {
  const { seller_id, order_id, status } = event.data
  await notifyBuyerOfPartWorkflow(container).run({ input: { seller_id, order_id, status } })
}

export const config: SubscriberConfig = { event: SELLER_ORDER_STATUS_CHANGED }
