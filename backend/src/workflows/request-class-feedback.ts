import { createStep, createWorkflow, StepResponse, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { sendNotificationsStep } from "@medusajs/medusa/core-flows"
import { FEEDBACK_WINDOW_DAYS } from "../modules/impact/answer"
import { MASTERCLASS_MODULE } from "../modules/masterclass"
import type MasterclassModuleService from "../modules/masterclass/service"
import { moscowDateTime } from "../modules/masterclass/utils/tickets"

export const CLASS_FEEDBACK_TEMPLATE = "class-feedback-request"

/** Tickets (not cancelled) of sessions that ended within the feedback window: read-only. */
const pickTicketsForFeedbackStep = createStep(
  "pick-tickets-for-feedback",
  async (input: { now?: string }, { container }) => {
    const service: MasterclassModuleService = container.resolve(MASTERCLASS_MODULE)
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const now = input.now ? new Date(input.now) : new Date()
    const since = new Date(now.getTime() - FEEDBACK_WINDOW_DAYS * 24 * 3600_000)
    const sessions = await service.listClassSessions({ status: "scheduled", ends_at: { $gt: since, $lte: now } } as any)
    if (!sessions.length) return new StepResponse([] as any[])
    const tickets = await service.listTickets({ session_id: sessions.map((s) => s.id), status: { $ne: "cancelled" } } as any)
    if (!tickets.length) return new StepResponse([] as any[])
    const { data: products } = await query.graph({
      entity: "product",
      fields: ["id", "title"],
      filters: { id: [...new Set(sessions.map((s) => s.product_id))] },
    })
    return new StepResponse(
      tickets.map((t: any) => {
        const s = sessions.find((x) => x.id === t.session_id)!
        const closes = new Date(s.ends_at.getTime() + FEEDBACK_WINDOW_DAYS * 24 * 3600_000)
        return {
          id: t.id,
          email: t.email,
          customer_id: t.customer_id,
          attendee_name: t.attendee_name,
          title: (products.find((p: any) => p.id === s.product_id) as any)?.title ?? "",
          starts_at_moscow: moscowDateTime(s.starts_at),
          closes_at: closes.toISOString(),
          closes_at_moscow: moscowDateTime(closes),
        }
      })
    )
  }
)

/**
 * Scheduled: each attendee of a session that ended gets one link to the feedback form (the
 * notification's idempotency key per ticket keeps it to one however often the job runs).
 */
export const requestClassFeedbackWorkflow = createWorkflow("request-class-feedback", (input: { now?: string }) => {
  const tickets = pickTicketsForFeedbackStep(input)
  sendNotificationsStep(
    transform({ tickets }, ({ tickets }) => {
      const storefront = process.env.STOREFRONT_URL || "http://localhost:4321"
      return tickets.map((t: any) => ({
        to: t.email,
        receiver_id: t.customer_id ?? undefined,
        channel: "feed",
        template: CLASS_FEEDBACK_TEMPLATE,
        resource_id: t.id,
        resource_type: "ticket",
        data: {
          ticket_id: t.id,
          attendee_name: t.attendee_name,
          title: t.title,
          starts_at_moscow: t.starts_at_moscow,
          closes_at: t.closes_at,
          closes_at_moscow: t.closes_at_moscow,
          feedback_url: `${storefront}/account/feedback/${t.id}`,
        },
        idempotency_key: `${CLASS_FEEDBACK_TEMPLATE}:${t.id}`,
      }))
    })
  )
  return new WorkflowResponse(transform({ tickets }, ({ tickets }) => ({ requested: tickets.length })))
})
