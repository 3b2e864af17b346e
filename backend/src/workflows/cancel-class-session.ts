import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { sendNotificationsStep } from "@medusajs/medusa/core-flows"
import { moscowDateTime } from "../modules/masterclass/utils/tickets"
import { loadClassSessionStep, updateClassSessionsStep } from "./steps/class-sessions"
import { listSessionTicketsStep, refuseUnlessStep } from "./steps/session-guards"
import { releaseTicketSeatsStep, setTicketStatusStep } from "./steps/tickets"
import { closeSessionWaitlistStep } from "./steps/waitlist"
import { releaseRoomOccupancyStep } from "./steps/room-occupancy"

export const SESSION_CANCELLED_TEMPLATE = "class-session-cancelled"

/**
 * An artisan or the center's manager cancels a session: its tickets are cancelled (their
 * reservations released), the waitlist closes, and every holder is told.
 */
export const cancelClassSessionWorkflow = createWorkflow(
  "cancel-class-session",
  (input: { session_id: string; reason?: string }) => {
    const session = loadClassSessionStep(input)
    refuseUnlessStep(
      transform({ session }, ({ session }) => ({
        ok: session.status === "scheduled",
        message: "session_id: занятие уже отменено",
        type: "conflict" as const,
      }))
    )
    updateClassSessionsStep(
      transform({ input }, ({ input }) => [{ id: input.session_id, status: "cancelled", cancelled_reason: input.reason ?? null }])
    )
    const tickets = listSessionTicketsStep(transform({ input }, ({ input }) => ({ session_id: input.session_id, status: ["confirmed"] })))
    setTicketStatusStep(
      transform({ tickets }, ({ tickets }) => ({ ids: tickets.map((t: any) => t.id), status: "cancelled" as const, at_field: "cancelled_at" as const }))
    )
    releaseTicketSeatsStep(transform({ tickets }, ({ tickets }) => ({ line_item_ids: tickets.map((t: any) => t.line_item_id) })))
    releaseRoomOccupancyStep(transform({ input }, ({ input }) => ({ source_id: input.session_id })))
    closeSessionWaitlistStep(transform({ input }, ({ input }) => ({ session_id: input.session_id })))
    sendNotificationsStep(
      transform({ tickets, session, input }, ({ tickets, session, input }) =>
        tickets.map((t: any) => ({
          to: t.email,
          channel: "feed",
          template: SESSION_CANCELLED_TEMPLATE,
          data: {
            ticket_code: t.code,
            attendee_name: t.attendee_name,
            title: session.product_variant?.product?.title,
            starts_at: new Date(session.starts_at).toISOString(),
            starts_at_moscow: moscowDateTime(session.starts_at),
            reason: input.reason ?? null,
          },
          idempotency_key: `${SESSION_CANCELLED_TEMPLATE}:${t.id}`,
        }))
      )
    )
    return new WorkflowResponse(transform({ tickets }, ({ tickets }) => ({ cancelled_tickets: tickets.length })))
  }
)
