import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { notifyOrderPlacedWorkflow } from "../workflows/notify-order-placed"

/** The buyer's «order placed» (idempotent: the notification's key is the order). */
export default async function notifyOrderPlaced({ event, container }: SubscriberArgs<{ id: string }>) {
  await notifyOrderPlacedWorkflow(container).run({ input: { order_id: event.data.id } })
}

export const config: SubscriberConfig = { event: "order.placed", context: { subscriberId: "notify-order-placed" } }
