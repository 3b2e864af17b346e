import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { issueTicketsWorkflow } from "../workflows/issue-tickets"
import { recordRegistrationsWorkflow } from "../workflows/record-registrations"

/** Seats booked in an order become tickets (idempotent: a re-delivered event issues nothing new). */
export default async function issueClassTickets({ event, container }: SubscriberArgs<{ id: string }>) {
  await issueTicketsWorkflow(container).run({ input: { order_id: event.data.id } })
  // issue 6: the impact snapshot of each booking, after its tickets exist (idempotent too)
  await recordRegistrationsWorkflow(container).run({ input: { order_id: event.data.id } })
}

export const config: SubscriberConfig = { event: "order.placed", context: { subscriberId: "issue-class-tickets" } }
