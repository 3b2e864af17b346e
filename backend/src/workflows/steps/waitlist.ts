import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import type { MedusaContainer } from "@medusajs/framework/types"
import { MASTERCLASS_MODULE } from "../../modules/masterclass"
import type MasterclassModuleService from "../../modules/masterclass/service"
import { offerToken } from "../../modules/masterclass/utils/tickets"

/** How long a freed seat is held for the one it is offered to (hours; default 12). */
export const offerHours = () => Number(process.env.CLASS_WAITLIST_OFFER_HOURS || 12)

/** The stock item and the center's location that count a session's seats. */
export async function sessionStock(container: MedusaContainer, sessionId: string) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: [session] } = await query.graph({
    entity: "class_session",
    fields: ["id", "status", "starts_at", "center_id", "product_id", "variant_id", "product_variant.inventory_items.inventory_item_id"],
    filters: { id: sessionId },
  })
  if (!session) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, "session_id: занятие не найдено")
  }
  const { data: [center] } = await query.graph({
    entity: "center",
    fields: ["id", "stock_location.id"],
    filters: { id: (session as any).center_id },
  })
  const inventory_item_id = (session as any).product_variant?.inventory_items?.[0]?.inventory_item_id as string
  const location_id = (center as any)?.stock_location?.id as string
  const inventory = container.resolve(Modules.INVENTORY)
  const available = inventory_item_id && location_id
    ? Number(await inventory.retrieveAvailableQuantity(inventory_item_id, [location_id]))
    : 0
  return { session: session as any, inventory_item_id, location_id, available }
}

/**
 * Offers each free seat to the next in line: the seat is held by a Medusa reservation (so nobody
 * else can buy it) until the offer expires. Compensation removes the holds and puts people back in line.
 */
export const offerFreeSeatsStep = createStep(
  "offer-free-class-seats",
  async (input: { session_id: string }, { container }) => {
    const service: MasterclassModuleService = container.resolve(MASTERCLASS_MODULE)
    const locking = container.resolve(Modules.LOCKING)
    const inventory = container.resolve(Modules.INVENTORY)
    const offered: { id: string; hold: string }[] = []
    const entries: any[] = []
    await locking.execute(`waitlist:${input.session_id}`, async () => {
      const stock = await sessionStock(container, input.session_id)
      if (stock.session.status !== "scheduled" || Date.parse(stock.session.starts_at) <= Date.now()) {
        return
      }
      const waiting = await service.listWaitlistEntries(
        { session_id: input.session_id, status: "waiting" } as any,
        { order: { created_at: "ASC" }, take: Math.max(0, stock.available) }
      )
      for (const entry of waiting) {
        const [hold] = await locking.execute(stock.inventory_item_id, () =>
          inventory.createReservationItems([
            {
              inventory_item_id: stock.inventory_item_id,
              location_id: stock.location_id,
              quantity: 1,
              description: `waitlist:${entry.id}`,
            },
          ])
        )
        const updated = await service.updateWaitlistEntries({
          id: entry.id,
          status: "offered",
          offer_token: offerToken(),
          offer_expires_at: new Date(Date.now() + offerHours() * 3600_000),
          hold_reservation_id: hold.id,
        })
        offered.push({ id: entry.id, hold: hold.id })
        entries.push({ ...updated, product_id: stock.session.product_id })
      }
    })
    return new StepResponse(entries, offered)
  },
  async (offered, { container }) => {
    if (!offered?.length) return
    const service: MasterclassModuleService = container.resolve(MASTERCLASS_MODULE)
    const inventory = container.resolve(Modules.INVENTORY)
    await inventory.deleteReservationItems(offered.map((o) => o.hold))
    await service.updateWaitlistEntries(
      offered.map((o) => ({ id: o.id, status: "waiting", offer_token: null, offer_expires_at: null, hold_reservation_id: null })) as any
    )
  }
)

/** Offers past their window: the hold is released and the entry expires (the next one is offered after). */
export const expireWaitlistOffersStep = createStep(
  "expire-waitlist-offers",
  async (input: { now?: string }, { container }) => {
    const service: MasterclassModuleService = container.resolve(MASTERCLASS_MODULE)
    const inventory = container.resolve(Modules.INVENTORY)
    const now = input.now ? new Date(input.now) : new Date()
    const due = await service.listWaitlistEntries({ status: "offered", offer_expires_at: { $lte: now } } as any, {
      relations: ["session"],
    })
    const holds = due.map((e) => e.hold_reservation_id).filter(Boolean) as string[]
    if (holds.length) {
      await inventory.deleteReservationItems(holds)
    }
    if (due.length) {
      await service.updateWaitlistEntries(due.map((e) => ({ id: e.id, status: "expired", hold_reservation_id: null })) as any)
    }
    return new StepResponse([...new Set(due.map((e: any) => e.session?.id ?? e.session_id))] as string[])
  }
)

/** A cancelled session's line closes: held seats are released, nobody waits any more. */
export const closeSessionWaitlistStep = createStep(
  "close-session-waitlist",
  async (input: { session_id: string }, { container }) => {
    const service: MasterclassModuleService = container.resolve(MASTERCLASS_MODULE)
    const inventory = container.resolve(Modules.INVENTORY)
    const open = await service.listWaitlistEntries({ session_id: input.session_id, status: ["waiting", "offered"] } as any)
    const holds = open.map((e) => e.hold_reservation_id).filter(Boolean) as string[]
    if (holds.length) {
      await inventory.deleteReservationItems(holds)
    }
    if (open.length) {
      await service.updateWaitlistEntries(open.map((e) => ({ id: e.id, status: "left", hold_reservation_id: null })) as any)
    }
    return new StepResponse(open.length)
  }
)

/** Whoever was offered a seat and has now booked it leaves the line. */
export const markWaitlistBookedStep = createStep(
  "mark-waitlist-booked",
  async (input: { session_id: string; email: string }[], { container }) => {
    if (!input.length) return new StepResponse([], [])
    const service: MasterclassModuleService = container.resolve(MASTERCLASS_MODULE)
    const entries = await service.listWaitlistEntries({
      session_id: [...new Set(input.map((i) => i.session_id))],
      status: ["waiting", "offered"],
    } as any)
    const booked = entries.filter((e: any) =>
      input.some((i) => i.session_id === e.session_id && i.email.toLowerCase() === e.email.toLowerCase())
    )
    if (booked.length) {
      await service.updateWaitlistEntries(booked.map((e) => ({ id: e.id, status: "booked" })) as any)
    }
    return new StepResponse(booked, booked.map((e) => ({ id: e.id, status: e.status })))
  },
  async (before, { container }) => {
    if (!before?.length) return
    const service: MasterclassModuleService = container.resolve(MASTERCLASS_MODULE)
    await service.updateWaitlistEntries(before as any)
  }
)

/** Joins the line of a sold-out session (once per e-mail). */
export const joinWaitlistStep = createStep(
  "join-class-waitlist",
  async (input: { session_id: string; email: string; name: string; customer_id?: string | null }, { container }) => {
    const service: MasterclassModuleService = container.resolve(MASTERCLASS_MODULE)
    const stock = await sessionStock(container, input.session_id)
    if (stock.session.status !== "scheduled" || Date.parse(stock.session.starts_at) <= Date.now()) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "session_id: на это занятие больше не записывают")
    }
    if (stock.available > 0) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "session_id: места ещё есть — запишитесь сразу")
    }
    const email = input.email.trim().toLowerCase()
    const [already] = await service.listWaitlistEntries({ session_id: input.session_id, email, status: ["waiting", "offered"] } as any)
    if (already) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "email: вы уже в листе ожидания этого занятия")
    }
    const entry = await service.createWaitlistEntries({
      session_id: input.session_id,
      email,
      name: input.name,
      customer_id: input.customer_id ?? null,
    } as any)
    const position = (await service.listWaitlistEntries({ session_id: input.session_id, status: "waiting" } as any)).length
    return new StepResponse({ ...entry, position }, entry.id)
  },
  async (id, { container }) => {
    if (!id) return
    const service: MasterclassModuleService = container.resolve(MASTERCLASS_MODULE)
    await service.deleteWaitlistEntries(id)
  }
)

type HeldOffer = { id: string; hold_reservation_id: string }

/** Gives up the seats held for these offers (the offers stay open); compensation holds them again. */
export const releaseWaitlistHoldsStep = createStep(
  "release-waitlist-holds",
  async (input: { entry_ids: string[] }, { container }) => {
    if (!input.entry_ids.length) return new StepResponse([] as HeldOffer[], [] as HeldOffer[])
    const service: MasterclassModuleService = container.resolve(MASTERCLASS_MODULE)
    const entries = (await service.listWaitlistEntries({ id: input.entry_ids, status: "offered" } as any)).filter(
      (e) => e.hold_reservation_id
    ) as HeldOffer[]
    if (entries.length) {
      await container.resolve(Modules.INVENTORY).deleteReservationItems(entries.map((e) => e.hold_reservation_id))
      await service.updateWaitlistEntries(entries.map((e) => ({ id: e.id, hold_reservation_id: null })) as any)
    }
    return new StepResponse(entries, entries)
  },
  async (released, { container }) => {
    if (!released?.length) return
    await holdSeats(container, released.map((r) => r.id))
  }
)

/** Holds a seat again for each still-open offer that has none (after its cart was updated). */
export const renewWaitlistHoldsStep = createStep(
  "renew-waitlist-holds",
  async (input: { entry_ids: string[] }, { container }) => {
    const renewed = await holdSeats(container, input.entry_ids)
    return new StepResponse(renewed, renewed)
  },
  async (renewed, { container }) => {
    if (!renewed?.length) return
    const service: MasterclassModuleService = container.resolve(MASTERCLASS_MODULE)
    await container.resolve(Modules.INVENTORY).deleteReservationItems(renewed.map((r) => r.hold_reservation_id))
    await service.updateWaitlistEntries(renewed.map((r) => ({ id: r.id, hold_reservation_id: null })) as any)
  }
)

async function holdSeats(container: MedusaContainer, entryIds: string[]): Promise<HeldOffer[]> {
  if (!entryIds.length) return []
  const service: MasterclassModuleService = container.resolve(MASTERCLASS_MODULE)
  const inventory = container.resolve(Modules.INVENTORY)
  const locking = container.resolve(Modules.LOCKING)
  const now = Date.now()
  const open = (await service.listWaitlistEntries({ id: entryIds, status: "offered" } as any)).filter(
    (e) => !e.hold_reservation_id && e.offer_expires_at && e.offer_expires_at.getTime() > now
  )
  const held: HeldOffer[] = []
  for (const entry of open) {
    const stock = await sessionStock(container, (entry as any).session_id)
    const [hold] = await locking.execute(stock.inventory_item_id, () =>
      inventory.createReservationItems([
        { inventory_item_id: stock.inventory_item_id, location_id: stock.location_id, quantity: 1, description: `waitlist:${entry.id}` },
      ])
    )
    await service.updateWaitlistEntries({ id: entry.id, hold_reservation_id: hold.id } as any)
    held.push({ id: entry.id, hold_reservation_id: hold.id })
  }
  return held
}
