import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { attachScholarshipOrderWorkflow } from "../workflows/scholarships"

export default async function attachScholarshipOrder({ event, container }: SubscriberArgs<{ id: string }>) {
  await attachScholarshipOrderWorkflow(container).run({ input: { order_id: event.data.id } })
}

export const config: SubscriberConfig = { event: "order.placed" }
