import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { canCancel } from "../modules/masterclass/utils/tickets"
import { DEFAULT_CANCELLATION_HOURS } from "./create-master-class"
import { refuseUnlessStep } from "./steps/session-guards"
import { releaseTicketSeatsStep, setTicketStatusStep } from "./steps/tickets"
import { offerWaitlistSeatsWorkflow } from "./offer-waitlist-seats"

/**
 * A resident cancels one ticket (the order's other tickets stay) within the class's policy:
 * its seat goes back on sale and is offered to the first in the waitlist.
 */
export const cancelTicketWorkflow = createWorkflow("cancel-ticket", (input: { ticket_id: string }) => {
  const { data: tickets } = useQueryGraphStep({
    entity: "ticket",
    fields: ["id", "status", "line_item_id", "session.id", "session.starts_at", "session.status", "session.product_id"],
    filters: { id: input.ticket_id },
  }).config({ name: "ticket-to-cancel" })
  const productIds = transform({ tickets }, ({ tickets }) => tickets.map((t: any) => t.session.product_id))
  const { data: products } = useQueryGraphStep({
    entity: "product",
    fields: ["id", "metadata"],
    filters: { id: productIds },
  }).config({ name: "ticket-class-policy" })
  refuseUnlessStep(
    transform({ tickets, products }, ({ tickets, products }) => {
      const t: any = tickets[0]
      if (!t) return { ok: false, message: "ticket_id: билет не найден", type: "not_found" as const }
      if (t.status !== "confirmed") {
        return { ok: false, message: "ticket_id: билет уже отменён или использован", type: "conflict" as const }
      }
      const hours = Number((products[0]?.metadata as any)?.cancellation_hours ?? DEFAULT_CANCELLATION_HOURS)
      return {
        ok: canCancel(t.session.starts_at, hours),
        message: `ticket_id: бесплатно отменить можно не позже чем за ${hours} ч до начала`,
        type: "not_allowed" as const,
      }
    })
  )
  const updated = setTicketStatusStep(
    transform({ input }, ({ input }) => ({ ids: [input.ticket_id], status: "cancelled" as const, at_field: "cancelled_at" as const }))
  )
  releaseTicketSeatsStep(transform({ tickets }, ({ tickets }) => ({ line_item_ids: [tickets[0].line_item_id as string] })))
  offerWaitlistSeatsWorkflow.runAsStep({
    input: transform({ tickets }, ({ tickets }) => ({ session_id: (tickets[0] as any).session.id })),
  })
  return new WorkflowResponse(transform({ updated }, ({ updated }) => (updated as any[])[0]))
})
