import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { splitOrderBySellerWorkflow } from "../workflows/split-order-by-seller"

export default async function splitPlacedOrder({ event, container }: SubscriberArgs<{ id: string }>) {
  await splitOrderBySellerWorkflow(container).run({ input: { order_id: event.data.id } })
}

export const config: SubscriberConfig = { event: "order.placed" }
