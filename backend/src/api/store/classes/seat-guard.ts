import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import { MASTERCLASS_MODULE } from "../../../modules/masterclass"
import type MasterclassModuleService from "../../../modules/masterclass/service"
import { conflict } from "../../../modules/masterclass/utils/errors"
import { moscowDateTime } from "../../../modules/masterclass/utils/tickets"
import { sessionStock } from "../../../workflows/steps/waitlist"

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
  if (token) {
    const [offer] = await service.listWaitlistEntries({ session_id: session.id, offer_token: token, status: "offered" } as any)
    if (!offer || !offer.offer_expires_at || offer.offer_expires_at.getTime() <= Date.now()) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "offer: предложение места истекло — запишитесь в лист ожидания снова")
    }
    if (offer.hold_reservation_id) {
      // the held seat becomes this cart's: free it just before Medusa checks the stock
      await req.scope.resolve(Modules.INVENTORY).deleteReservationItems([offer.hold_reservation_id])
      await service.updateWaitlistEntries({ id: offer.id, hold_reservation_id: null } as any)
      stock.available += 1
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
            bool_or(c.completed_at is not null) as completed
       from cart c
       join cart_line_item li on li.cart_id = c.id and li.deleted_at is null
       join class_session cs on cs.variant_id = li.variant_id and cs.deleted_at is null
      where c.id = ?
      group by cs.id`,
    [req.params.id]
  )
  if (!rows.length || rows.some((r: any) => r.completed)) return next()
  const claims: [string, number][] = []
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
    const available = await seatsAvailable(req, row.id)
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
  }
  let released = false
  const release = () => {
    if (!released) {
      released = true
      releaseClaims(claims)
    }
  }
  _res.on("finish", release)
  _res.on("close", release)
  next()
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
