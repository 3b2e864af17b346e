import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { sendNotificationsStep, useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { moscowDateTime } from "../modules/masterclass/utils/tickets"
import { createOrderTicketsStep } from "./steps/tickets"
import { markWaitlistBookedStep } from "./steps/waitlist"

export const TICKET_CONFIRMED_TEMPLATE = "ticket-confirmed"

/** order.placed: one ticket per booked seat, and a confirmation per ticket with its calendar file. */
export const issueTicketsWorkflow = createWorkflow("issue-tickets", (input: { order_id: string }) => {
  const created = createOrderTicketsStep(input)
  const sessionIds = transform({ created }, ({ created }) => [...new Set((created as any[]).map((t) => t.session_id))])
  const { data: sessions } = useQueryGraphStep({
    entity: "class_session",
    fields: ["id", "starts_at", "ends_at", "product_variant.product.title", "product_variant.product.handle"],
    filters: { id: sessionIds },
  }).config({ name: "issued-ticket-sessions" })
  markWaitlistBookedStep(
    transform({ created }, ({ created }) =>
      (created as any[]).map((t) => ({ session_id: t.session_id, email: t.email }))
    )
  )
  sendNotificationsStep(
    transform({ created, sessions }, ({ created, sessions }) => {
      const byId = new Map(sessions.map((s: any) => [s.id, s]))
      // the storefront serves the calendar file (the store API needs the publishable key)
      const storefront = process.env.STOREFRONT_URL || "http://localhost:4321"
      return (created as any[]).map((t) => {
        const s: any = byId.get(t.session_id)
        return {
          to: t.email,
          channel: "feed",
          template: TICKET_CONFIRMED_TEMPLATE,
          data: {
            ticket_code: t.code,
            attendee_name: t.attendee_name,
            order_id: t.order_id,
            title: s?.product_variant?.product?.title,
            starts_at: s ? new Date(s.starts_at).toISOString() : null,
            starts_at_moscow: s ? moscowDateTime(s.starts_at) : null,
            ics_url: `${storefront}/tickets/${t.code}.ics`,
            order_url: `${storefront}/orders/${t.order_id}`,
          },
          idempotency_key: `${TICKET_CONFIRMED_TEMPLATE}:${t.id}`,
        }
      })
    })
  )
  return new WorkflowResponse(created)
})
