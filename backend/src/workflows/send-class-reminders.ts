import { createStep, createWorkflow, StepResponse, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { sendNotificationsStep } from "@medusajs/medusa/core-flows"
import { MASTERCLASS_MODULE } from "../modules/masterclass"
import type MasterclassModuleService from "../modules/masterclass/service"
import { moscowDateTime } from "../modules/masterclass/utils/tickets"

export const CLASS_REMINDER_TEMPLATE = "class-reminder"

/** Confirmed tickets of sessions starting within the next 24 h that were not reminded yet; marks them. */
const pickTicketsToRemindStep = createStep(
  "pick-class-tickets-to-remind",
  async (input: { now?: string; hours?: number }, { container }) => {
    const service: MasterclassModuleService = container.resolve(MASTERCLASS_MODULE)
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const now = input.now ? new Date(input.now) : new Date()
    const until = new Date(now.getTime() + (input.hours ?? 24) * 3600_000)
    const sessions = await service.listClassSessions({ status: "scheduled", starts_at: { $gt: now, $lte: until } } as any)
    if (!sessions.length) return new StepResponse([] as any[], [] as string[])
    const tickets = await service.listTickets({ session_id: sessions.map((s) => s.id), status: "confirmed", reminded_at: null } as any)
    if (!tickets.length) return new StepResponse([] as any[], [] as string[])
    await service.updateTickets(tickets.map((t) => ({ id: t.id, reminded_at: now })))
    const { data: products } = await query.graph({
      entity: "product",
      fields: ["id", "title"],
      filters: { id: [...new Set(sessions.map((s) => s.product_id))] },
    })
    const out = tickets.map((t: any) => {
      const s = sessions.find((x) => x.id === t.session_id)!
      return {
        id: t.id,
        email: t.email,
        code: t.code,
        attendee_name: t.attendee_name,
        title: (products.find((p: any) => p.id === s.product_id) as any)?.title,
        starts_at: s.starts_at.toISOString(),
      }
    })
    return new StepResponse(out, out.map((t) => t.id))
  },
  async (ids, { container }) => {
    if (!ids?.length) return
    const service: MasterclassModuleService = container.resolve(MASTERCLASS_MODULE)
    await service.updateTickets(ids.map((id) => ({ id, reminded_at: null })))
  }
)

/** Reminders 24 h before: one per ticket (reminded_at and the idempotency key keep it to once). */
export const sendClassRemindersWorkflow = createWorkflow("send-class-reminders", (input: { now?: string; hours?: number }) => {
  const tickets = pickTicketsToRemindStep(input)
  sendNotificationsStep(
    transform({ tickets }, ({ tickets }) =>
      tickets.map((t: any) => ({
        to: t.email,
        channel: "feed",
        template: CLASS_REMINDER_TEMPLATE,
        data: {
          ticket_code: t.code,
          attendee_name: t.attendee_name,
          title: t.title,
          starts_at: t.starts_at,
          starts_at_moscow: moscowDateTime(t.starts_at),
        },
        idempotency_key: `${CLASS_REMINDER_TEMPLATE}:${t.id}`,
      }))
    )
  )
  return new WorkflowResponse(transform({ tickets }, ({ tickets }) => ({ reminded: tickets.length })))
})
