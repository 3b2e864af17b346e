import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import { MASTERCLASS_MODULE } from "../../modules/masterclass"
import type MasterclassModuleService from "../../modules/masterclass/service"
import { moscowDateTime, normalizeTicketCode, ticketCode } from "../../modules/masterclass/utils/tickets"

type TicketStatus = "confirmed" | "cancelled" | "attended" | "no_show"

/**
 * One ticket per seat of every class line item of the order. Idempotent: seats that already
 * have a ticket (a re-delivered order.placed) are skipped, and the unique (line item, seat) index
 * makes a racing second delivery fail instead of duplicating.
 */
export const createOrderTicketsStep = createStep(
  "create-order-tickets",
  async (input: { order_id: string }, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const service: MasterclassModuleService = container.resolve(MASTERCLASS_MODULE)
    const { data: [order] } = await query.graph({
      entity: "order",
      fields: ["id", "email", "customer_id", "items.id", "items.variant_id", "items.quantity", "items.detail.quantity", "items.metadata", "shipping_address.first_name", "shipping_address.last_name"],
      filters: { id: input.order_id },
    })
    if (!order) {
      return new StepResponse([] as any[], [] as string[])
    }
    const items = ((order as any).items ?? []).filter((i: any) => i.variant_id)
    const sessions = items.length
      ? await service.listClassSessions({ variant_id: items.map((i: any) => i.variant_id) })
      : []
    const sessionByVariant = new Map(sessions.map((s) => [s.variant_id, s]))
    const classItems = items.filter((i: any) => sessionByVariant.has(i.variant_id))
    if (!classItems.length) {
      return new StepResponse([] as any[], [] as string[])
    }
    const existing = await service.listTickets({ line_item_id: classItems.map((i: any) => i.id) })
    const have = new Set(existing.map((t) => `${t.line_item_id}:${t.seat_index}`))
    const buyer = [order.shipping_address?.first_name, order.shipping_address?.last_name].filter(Boolean).join(" ")
    const toCreate = classItems.flatMap((item: any) => {
      const names: string[] = Array.isArray(item.metadata?.attendees) ? item.metadata.attendees : []
      return Array.from({ length: Number(item.quantity ?? item.detail?.quantity ?? 0) }, (_, seat) => ({
        session_id: sessionByVariant.get(item.variant_id)!.id,
        order_id: order.id,
        line_item_id: item.id,
        seat_index: seat,
        customer_id: (order as any).customer_id ?? null,
        email: (order as any).email ?? "",
        attendee_name: String(names[seat] ?? "").trim() || buyer || (order as any).email || "Гость",
        code: ticketCode(),
      })).filter((t) => !have.has(`${t.line_item_id}:${t.seat_index}`))
    })
    if (!toCreate.length) {
      return new StepResponse([] as any[], [] as string[])
    }
    const created: any[] = await service.createTickets(toCreate as any[])
    return new StepResponse(created, created.map((t) => t.id))
  },
  async (ids, { container }) => {
    if (!ids?.length) return
    const service: MasterclassModuleService = container.resolve(MASTERCLASS_MODULE)
    await service.deleteTickets(ids)
  }
)

/** Sets ticket statuses and remembers the old ones for compensation. */
export const setTicketStatusStep = createStep(
  "set-ticket-status",
  async (input: { ids: string[]; status: TicketStatus; at_field?: "cancelled_at" | "checked_in_at" }, { container }) => {
    const service: MasterclassModuleService = container.resolve(MASTERCLASS_MODULE)
    if (!input.ids.length) {
      return new StepResponse([], [])
    }
    const before = await service.listTickets({ id: input.ids })
    const now = new Date()
    const updated = await service.updateTickets(
      input.ids.map((id) => ({ id, status: input.status, ...(input.at_field ? { [input.at_field]: now } : {}) }))
    )
    return new StepResponse(
      updated,
      before.map((t) => ({ id: t.id, status: t.status, cancelled_at: t.cancelled_at, checked_in_at: t.checked_in_at }))
    )
  },
  async (before, { container }) => {
    if (!before?.length) return
    const service: MasterclassModuleService = container.resolve(MASTERCLASS_MODULE)
    await service.updateTickets(before as any)
  }
)

/**
 * The cancelled seats go back on sale: each line item's reservation shrinks by its cancelled
 * seats (or disappears). Compensation restores the quantities.
 */
export const releaseTicketSeatsStep = createStep(
  "release-ticket-seats",
  async (input: { line_item_ids: string[] }, { container }) => {
    const inventory = container.resolve(Modules.INVENTORY)
    const locking = container.resolve(Modules.LOCKING)
    if (!input.line_item_ids.length) {
      return new StepResponse(null, [])
    }
    const count = new Map<string, number>()
    for (const id of input.line_item_ids) count.set(id, (count.get(id) ?? 0) + 1)
    const reservations = await inventory.listReservationItems({ line_item_id: [...count.keys()] })
    const changes: { id: string; from: number; to: number; reservation: any }[] = []
    const keys = [...new Set(reservations.map((r) => r.inventory_item_id))]
    await locking.execute(keys, async () => {
      for (const r of reservations) {
        const from = Number(r.quantity)
        const to = Math.max(0, from - (count.get(r.line_item_id!) ?? 0))
        if (to === 0) {
          await inventory.deleteReservationItems([r.id])
        } else {
          await inventory.updateReservationItems([{ id: r.id, quantity: to }])
        }
        changes.push({ id: r.id, from, to, reservation: r })
      }
    })
    return new StepResponse(null, changes)
  },
  async (changes, { container }) => {
    if (!changes?.length) return
    const inventory = container.resolve(Modules.INVENTORY)
    for (const c of changes) {
      if (c.to === 0) {
        const { id, quantity, ...rest } = c.reservation
        await inventory.createReservationItems([
          {
            line_item_id: rest.line_item_id,
            inventory_item_id: rest.inventory_item_id,
            location_id: rest.location_id,
            quantity: c.from,
            allow_backorder: rest.allow_backorder,
          },
        ])
      } else {
        await inventory.updateReservationItems([{ id: c.id, quantity: c.from }])
      }
    }
  }
)

/** A ticket is checked in once; the second scan learns when the first one was. */
export const checkInTicketStep = createStep(
  "check-in-ticket",
  async (input: { session_id: string; code: string }, { container }) => {
    const service: MasterclassModuleService = container.resolve(MASTERCLASS_MODULE)
    const code = normalizeTicketCode(input.code)
    const [ticket] = code ? await service.listTickets({ code, session_id: input.session_id } as any) : []
    if (!ticket) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, "code: билета с таким кодом на это занятие нет")
    }
    if (ticket.status === "attended") {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `code: билет уже отмечен ${moscowDateTime(ticket.checked_in_at!)} по Москве`
      )
    }
    if (ticket.status === "cancelled") {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "code: этот билет отменён")
    }
    const previous = { id: ticket.id, status: ticket.status, checked_in_at: ticket.checked_in_at }
    // two scanners at once: only one conditional update wins, the other hears when the first was
    const pg = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
    const { rows } = await pg.raw(
      `update ticket set status = 'attended', checked_in_at = now(), updated_at = now()
        where id = ? and status = 'confirmed' and deleted_at is null returning id`,
      [ticket.id]
    )
    if (!rows.length) {
      const [now] = await service.listTickets({ id: ticket.id })
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        now?.checked_in_at
          ? `code: билет уже отмечен ${moscowDateTime(now.checked_in_at)} по Москве`
          : "code: этот билет отменён"
      )
    }
    const updated = await service.retrieveTicket(ticket.id)
    return new StepResponse(updated, previous)
  },
  async (previous, { container }) => {
    if (!previous) return
    const service: MasterclassModuleService = container.resolve(MASTERCLASS_MODULE)
    await service.updateTickets(previous as any)
  }
)
