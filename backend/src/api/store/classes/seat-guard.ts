import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { MASTERCLASS_MODULE } from "../../../modules/masterclass"
import type MasterclassModuleService from "../../../modules/masterclass/service"
import { conflict } from "../../../modules/masterclass/utils/errors"
import { moscowDateTime } from "../../../modules/masterclass/utils/tickets"
import { sessionStock } from "../../../workflows/steps/waitlist"
import { releaseWaitlistHoldsWorkflow, renewWaitlistHoldsWorkflow } from "../../../workflows/waitlist-holds"
import { TurnGate } from "./turns"

const MAX_NAME = 100

/**
 * Adding seats of a session to a cart: the session must be scheduled and in the future, the
 * attendee names (line item `metadata.attendees`) one per seat, and enough seats left — or a valid
 * waitlist offer, whose held seat is handed to this cart.
 */
export async function guardSeatsOnAdd(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  const body = (req.body ?? {}) as any
  if (!body.variant_id) return next()
  const service: MasterclassModuleService = req.scope.resolve(MASTERCLASS_MODULE)
  const [session] = await service.listClassSessions({ variant_id: body.variant_id })
  if (!session) return next()

  const quantity = Number(body.quantity ?? 1)
  if (session.status !== "scheduled") {
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "variant_id: это занятие отменено")
  }
  if (session.starts_at.getTime() <= Date.now()) {
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "variant_id: это занятие уже началось")
  }
  const attendees = body.metadata?.attendees
  if (attendees !== undefined) {
    if (!Array.isArray(attendees) || attendees.length !== quantity) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, "attendees: укажите имя для каждого места")
    }
    if (attendees.some((a: unknown) => typeof a !== "string" || !a.trim() || a.length > MAX_NAME)) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, "attendees: имя участника от 1 до 100 символов")
    }
    body.metadata.attendees = attendees.map((a: string) => a.trim())
  }

  const stock = await sessionStock(req.scope, session.id)
  const token = body.metadata?.offer_token
  let heldOffer: string | null = null
  if (token) {
    const [offer] = await service.listWaitlistEntries({ session_id: session.id, offer_token: token, status: "offered" } as any)
    if (!offer || !offer.offer_expires_at || offer.offer_expires_at.getTime() <= Date.now()) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "offer: предложение места истекло — запишитесь в лист ожидания снова")
    }
    if (offer.hold_reservation_id) {
      // the held seat counts as this cart's
      stock.available += 1
      heldOffer = offer.id
    }
  }

  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: [cart] } = await query.graph({
    entity: "cart",
    fields: ["id", "items.variant_id", "items.quantity"],
    filters: { id: req.params.id },
  })
  const inCart = ((cart as any)?.items ?? [])
    .filter((i: any) => i.variant_id === body.variant_id)
    .reduce((n: number, i: any) => n + Number(i.quantity), 0)
  if (stock.available <= 0) {
    throw conflict("variant_id: все места на это занятие распроданы — можно встать в лист ожидания")
  }
  if (inCart + quantity > stock.available) {
    throw conflict(`quantity: на занятие осталось мест: ${stock.available}`)
  }
  if (heldOffer) {
    // Medusa's add checks the stock, which the hold has taken: let the seat go for the add, counted
    // as taken for every checkout of this process meanwhile, and hold it again afterwards — the offer
    // keeps its seat until the order is placed (guardSeatsOnComplete hands it over) or it expires
    const offerId = heldOffer
    const claim: [string, number][] = [[session.id, 1]]
    seatsInFlight.set(session.id, (seatsInFlight.get(session.id) ?? 0) + 1)
    try {
      await releaseWaitlistHoldsWorkflow(req.scope).run({ input: { entry_ids: [offerId] } })
    } catch (e) {
      releaseClaims(claim)
      throw e
    }
    let renewed = false
    const renew = () => {
      if (renewed) return
      renewed = true
      renewWaitlistHoldsWorkflow(req.scope)
        .run({ input: { entry_ids: [offerId] } })
        .catch((e) => req.scope.resolve(ContainerRegistrationKeys.LOGGER).warn(`waitlist hold ${offerId} not renewed: ${e.message}`))
        .finally(() => releaseClaims(claim))
    }
    _res.on("finish", renew)
    _res.on("close", renew)
  }
  next()
}

/**
 * Completing a cart whose seats sold out meanwhile: a clear 409 naming the session, before Medusa
 * tries (Medusa's own reservation under its per-item lock stays the final guard against a race).
 */
export async function guardSeatsOnComplete(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  // the hot path of a rush: two plain SQL reads instead of graph queries (500 at once must answer in ms)
  const pg = req.scope.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const { rows } = await pg.raw(
    `select cs.id, cs.status, cs.starts_at, max(li.product_title) as title, sum(li.quantity)::int as wanted,
            bool_or(c.completed_at is not null) as completed,
            array_remove(array_agg(li.metadata->>'offer_token'), null) as offer_tokens
       from cart c
       join cart_line_item li on li.cart_id = c.id and li.deleted_at is null
       join class_session cs on cs.variant_id = li.variant_id and cs.deleted_at is null
      where c.id = ?
      group by cs.id`,
    [req.params.id]
  )
  if (!rows.length || rows.some((r: any) => r.completed)) return next()
  const claims: [string, number][] = []
  const handedOver: string[] = []
  for (const row of rows as any[]) {
    const wanted = Number(row.wanted)
    const title = row.title ?? ""
    const when = moscowDateTime(row.starts_at)
    if (row.status !== "scheduled" || new Date(row.starts_at).getTime() <= Date.now()) {
      releaseClaims(claims)
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `items: занятие «${title}» ${when} отменено или уже началось — уберите его из корзины`
      )
    }
    let available = await seatsAvailable(req, row.id)
    const held = await heldForThisCart(req, row.id, row.offer_tokens ?? [])
    available += held.length
    // seats other checkouts of this process are completing right now count as taken: under a rush
    // the losers are answered here in milliseconds instead of each running (and undoing) the order
    const inFlight = seatsInFlight.get(row.id) ?? 0
    const left = available - inFlight
    if (left < wanted) {
      releaseClaims(claims)
      throw conflict(
        left > 0
          ? `items: места на «${title}» ${when} почти закончились — осталось ${left}, уменьшите количество`
          : `items: места на «${title}» ${when} закончились, пока вы оформляли заказ — уберите занятие из корзины`
      )
    }
    seatsInFlight.set(row.id, inFlight + wanted)
    claims.push([row.id, wanted])
    if (held.length) {
      // hand the waitlist hold over: freed just before Medusa reserves the seat for this order (the
      // claim above already counts it as taken for every other checkout of this process)
      await releaseWaitlistHoldsWorkflow(req.scope).run({ input: { entry_ids: held.map((h) => h.id) } })
      handedOver.push(...held.map((h) => h.id))
    }
  }
  // the claimed checkouts then take turns, a few per session at a time: twenty at once all queue on
  // Medusa's lock of the one stock item, and under load some waited past its 5 s timeout (a 500)
  const sessions = claims.map(([id]) => id).sort()
  let held = 0
  let released = false
  const release = () => {
    if (!released) {
      released = true
      releaseClaims(claims)
      for (const id of sessions.slice(0, held)) turns.leave(id)
      if (handedOver.length && _res.statusCode >= 400) {
        // no order after all: the offers (still open) get their seats back if they are still free
        renewWaitlistHoldsWorkflow(req.scope)
          .run({ input: { entry_ids: handedOver } })
          .catch((e) => req.scope.resolve(ContainerRegistrationKeys.LOGGER).warn(`waitlist holds not renewed: ${e.message}`))
      }
    }
  }
  _res.on("finish", release)
  _res.on("close", release)
  for (const id of sessions) {
    await turns.take(id)
    held++
    if (released) {
      // the client went away while waiting: give the turn back at once
      turns.leave(id)
      return
    }
  }
  next()
}

/** How many checkouts of one session run Medusa's completion at the same time (per process). */
const turns = new TurnGate(Math.max(1, Number(process.env.CLASS_CHECKOUTS_PER_SESSION || 3)))

/** Live waitlist offers (with their held seat) that this cart's line items carry. */
async function heldForThisCart(req: MedusaRequest, sessionId: string, tokens: string[]) {
  if (!tokens.length) return []
  const service: MasterclassModuleService = req.scope.resolve(MASTERCLASS_MODULE)
  const offers = await service.listWaitlistEntries({ session_id: sessionId, offer_token: tokens, status: "offered" } as any)
  const now = Date.now()
  return offers.filter(
    (o: any) => o.hold_reservation_id && o.offer_expires_at && new Date(o.offer_expires_at).getTime() > now
  ) as { id: string; hold_reservation_id: string }[]
}

/** A session's stock item and location never change: looked up once per process. */
const stockPlace = new Map<string, { inventory_item_id: string; location_id: string }>()

/** Seats left = the level's stock minus Medusa's reservations (waitlist holds included). */
async function seatsAvailable(req: MedusaRequest, sessionId: string): Promise<number> {
  let place = stockPlace.get(sessionId)
  if (!place) {
    const stock = await sessionStock(req.scope, sessionId)
    place = { inventory_item_id: stock.inventory_item_id, location_id: stock.location_id }
    stockPlace.set(sessionId, place)
  }
  const pg = req.scope.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const { rows } = await pg.raw(
    `select coalesce(sum(stocked_quantity - reserved_quantity), 0)::int as available
       from inventory_level where inventory_item_id = ? and location_id = ? and deleted_at is null`,
    [place.inventory_item_id, place.location_id]
  )
  return Math.max(0, Number(rows[0]?.available ?? 0))
}

/**
 * Seats claimed by checkouts in progress in this process, per session. Only a fast path: Medusa's
 * reservation (under its per-item lock) stays the guard that keeps a session from overselling,
 * also across processes.
 */
const seatsInFlight = new Map<string, number>()

function releaseClaims(claims: [string, number][]) {
  for (const [id, n] of claims) {
    const left = (seatsInFlight.get(id) ?? 0) - n
    if (left > 0) seatsInFlight.set(id, left)
    else seatsInFlight.delete(id)
  }
}
