import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { feedbackWindow, parseImpactAnswer } from "../../modules/impact/answer"
import { IMPACT_MODULE } from "../../modules/impact"
import type ImpactModuleService from "../../modules/impact/service"
import { MASTERCLASS_MODULE } from "../../modules/masterclass"
import type MasterclassModuleService from "../../modules/masterclass/service"

/**
 * One snapshot per class booking (line item) of the order, with the questionnaire answer the
 * line item carried. Idempotent: bookings that already have a snapshot (a re-delivered
 * order.placed) are skipped, and the unique line-item index stops a racing second delivery.
 */
export const createRegistrationSnapshotsStep = createStep(
  "create-registration-snapshots",
  async (input: { order_id: string }, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const masterclass: MasterclassModuleService = container.resolve(MASTERCLASS_MODULE)
    const impact: ImpactModuleService = container.resolve(IMPACT_MODULE)
    const { data: [order] } = await query.graph({
      entity: "order",
      fields: ["id", "email", "customer_id", "created_at", "items.id", "items.variant_id", "items.quantity", "items.detail.quantity", "items.metadata"],
      filters: { id: input.order_id },
    })
    const items = ((order as any)?.items ?? []).filter((i: any) => i.variant_id)
    if (!order || !items.length) return new StepResponse([] as any[], [] as string[])
    const sessions = await masterclass.listClassSessions({ variant_id: items.map((i: any) => i.variant_id) })
    const sessionByVariant = new Map(sessions.map((s) => [s.variant_id, s]))
    const bookings = items.filter((i: any) => sessionByVariant.has(i.variant_id))
    if (!bookings.length) return new StepResponse([] as any[], [] as string[])
    const lineIds = bookings.map((i: any) => i.id)
    const existing = await impact.listRegistrations({ line_item_id: lineIds })
    const have = new Set(existing.map((r) => r.line_item_id))
    const tickets = await masterclass.listTickets({ line_item_id: lineIds }, { order: { seat_index: "ASC" } })
    const firstTicket = new Map<string, string>()
    const seats = new Map<string, number>()
    for (const t of tickets) {
      if (!firstTicket.has(t.line_item_id)) firstTicket.set(t.line_item_id, t.id)
      seats.set(t.line_item_id, (seats.get(t.line_item_id) ?? 0) + 1)
    }

    const toCreate = bookings
      .filter((i: any) => !have.has(i.id))
      .map((i: any) => {
        const session = sessionByVariant.get(i.variant_id)!
        // validated when the seat went into the cart; an unreadable answer counts as skipped
        const parsed = parseImpactAnswer(i.metadata?.impact)
        const answer = parsed.ok ? parsed.answer : null
        return {
          customer_id: (order as any).customer_id ?? null,
          email: (order as any).email ? String((order as any).email).toLowerCase() : null,
          order_id: order.id,
          line_item_id: i.id,
          ticket_id: firstTicket.get(i.id) ?? null,
          seats: seats.get(i.id) ?? Number(i.quantity ?? i.detail?.quantity ?? 1),
          session_id: session.id,
          product_id: session.product_id,
          seller_id: session.seller_id ?? null,
          center_id: session.center_id,
          economic_status: answer?.economic_status ?? null,
          ready_to_teach: answer?.ready_to_teach ?? null,
          registered_at: new Date((order as any).created_at ?? Date.now()),
        }
      })
    if (!toCreate.length) return new StepResponse([] as any[], [] as string[])
    const created = await impact.createRegistrations(toCreate as any[])
    return new StepResponse(created, created.map((r) => r.id))
  },
  async (ids, { container }) => {
    if (!ids?.length) return
    const impact: ImpactModuleService = container.resolve(IMPACT_MODULE)
    await impact.deleteRegistrations(ids)
  }
)

export type FeedbackInput = {
  ticket_id: string
  rating: number
  useful?: string
  would_recommend: boolean
  ready_to_teach?: boolean | null
  now?: string
}

/**
 * Creates or changes the ticket's one feedback. Only a ticket that was not cancelled, only from the
 * session's end until a week later. Compensation puts the previous version back (or removes it).
 */
export const upsertFeedbackStep = createStep(
  "upsert-class-feedback",
  async (input: FeedbackInput, { container }) => {
    const masterclass: MasterclassModuleService = container.resolve(MASTERCLASS_MODULE)
    const impact: ImpactModuleService = container.resolve(IMPACT_MODULE)
    const [ticket] = await masterclass.listTickets({ id: input.ticket_id })
    if (!ticket) throw new MedusaError(MedusaError.Types.NOT_FOUND, "ticket_id: билет не найден")
    if (ticket.status === "cancelled") {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "ticket_id: билет отменён — отзыв оставляют только участники")
    }
    const session = await masterclass.retrieveClassSession(ticket.session_id)
    const window = feedbackWindow(new Date(session.ends_at), input.now ? new Date(input.now) : new Date())
    if (window.state === "not_yet") {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "ticket_id: отзыв можно оставить после окончания занятия")
    }
    if (window.state === "closed") {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "ticket_id: отзыв можно оставить или изменить в течение 7 дней после занятия — этот срок прошёл")
    }
    const values = {
      rating: input.rating,
      useful: (input.useful ?? "").trim(),
      would_recommend: input.would_recommend,
      ready_to_teach: input.ready_to_teach ?? null,
    }
    const [before] = await impact.listFeedbacks({ ticket_id: ticket.id })
    if (before) {
      const updated = await impact.updateFeedbacks({ id: before.id, ...values })
      return new StepResponse(updated, {
        id: before.id,
        previous: { rating: before.rating, useful: before.useful, would_recommend: before.would_recommend, ready_to_teach: before.ready_to_teach },
      })
    }
    const created = await impact.createFeedbacks({
      ticket_id: ticket.id,
      customer_id: ticket.customer_id ?? null,
      session_id: session.id,
      product_id: session.product_id,
      seller_id: session.seller_id,
      center_id: session.center_id,
      ...values,
    })
    return new StepResponse(created, { id: created.id, previous: null as any })
  },
  async (undo, { container }) => {
    if (!undo) return
    const impact: ImpactModuleService = container.resolve(IMPACT_MODULE)
    if (undo.previous) await impact.updateFeedbacks({ id: undo.id, ...undo.previous })
    else await impact.deleteFeedbacks(undo.id)
  }
)
