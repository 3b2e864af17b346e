import type { AuthenticatedMedusaRequest, MedusaNextFunction, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import CenterSellerLink from "../../links/center-seller"
import SellerOrderLink from "../../links/seller-order"

/**
 * The one place where scoped routes learn who is calling. `/sellers/me/...` handlers read
 * `req.seller` and never an id from the request; `/manage/centers/:id/...` run only for that
 * center's managers. A request for someone else's data ends here with 404 (it does not exist for them).
 */
export type SellerScope = { id: string; status: string; handle: string }

export type ScopedRequest<B = unknown, Q = unknown> = AuthenticatedMedusaRequest<B, Q> & {
  seller?: SellerScope
  manager?: { id: string; center_ids: string[] }
  /** issue 6: the class a materials compensation is for, as checked by requireCompensableClass */
  compensable?: { product_id: string; seller_id: string; session_id: string | null }
}

export async function resolveSeller(req: ScopedRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  const actorId = req.auth_context?.actor_id
  if (!actorId) {
    throw new MedusaError(MedusaError.Types.UNAUTHORIZED, "Войдите как мастер")
  }
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: [seller] } = await query.graph({
    entity: "seller",
    fields: ["id", "status", "handle"],
    filters: { id: actorId },
  })
  if (!seller) {
    throw new MedusaError(MedusaError.Types.UNAUTHORIZED, "Войдите как мастер")
  }
  req.seller = seller as SellerScope
  next()
}

/** Writes need a seller the operator has not suspended. */
export function requireActiveSeller(req: ScopedRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  if (req.method !== "GET" && req.seller?.status === "suspended") {
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "Ваш кабинет мастера приостановлен оператором")
  }
  next()
}

/** `:id` must be one of the calling seller's products. */
export async function requireOwnProduct(req: ScopedRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: [product] } = await query.graph({
    entity: "product",
    fields: ["id", "seller.id"],
    filters: { id: req.params.id },
  })
  if (!product || (product as any).seller?.id !== req.seller!.id) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, "Товар не найден")
  }
  next()
}

/** `:id` must be an order with a part of the calling seller. */
export async function requireOwnOrder(req: ScopedRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: [part] } = await query.graph({
    entity: SellerOrderLink.entryPoint,
    fields: ["order_id"],
    filters: { order_id: req.params.id, seller_id: req.seller!.id },
  })
  if (!part) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, "Заказ не найден")
  }
  next()
}

export async function resolveManager(req: ScopedRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  const actorId = req.auth_context?.actor_id
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: [manager] } = actorId
    ? await query.graph({ entity: "manager", fields: ["id", "centers.id"], filters: { id: actorId } })
    : { data: [] as any[] }
  if (!manager) {
    throw new MedusaError(MedusaError.Types.UNAUTHORIZED, "Войдите как менеджер центра")
  }
  req.manager = { id: manager.id, center_ids: (manager.centers ?? []).map((c: any) => c.id) }
  next()
}

/** `/manage/centers/:id/...` belongs to that center's managers only. */
export function requireManagedCenter(req: ScopedRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  if (!req.manager?.center_ids.includes(req.params.id)) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, "Центр не найден")
  }
  next()
}

/** The centers where the seller is approved: the only ones they may offer goods at. */
export async function approvedCenterIds(req: ScopedRequest): Promise<string[]> {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: CenterSellerLink.entryPoint,
    fields: ["center_id"],
    filters: { seller_id: req.seller!.id, status: "approved" },
  })
  return data.map((m: any) => m.center_id)
}

// ---- rooms (issue 4) ----

/** `/store/customers/me/room-bookings/:id/...`: the calling resident's own booking only (else 404). */
export async function requireOwnRoomBooking(req: ScopedRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  const customerId = req.auth_context?.actor_id
  if (!customerId) {
    throw new MedusaError(MedusaError.Types.UNAUTHORIZED, "Войдите, чтобы увидеть свои брони")
  }
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: [booking] } = await query.graph({
    entity: "room_booking",
    fields: ["id", "customer_id"],
    filters: { id: req.params.id, kind: "booking" },
  })
  if (!booking || (booking as any).customer_id !== customerId) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, "Бронь не найдена")
  }
  next()
}

/** `/manage/centers/:id/rooms/:room_id/...`: the room must be one of that center's. */
export async function requireCenterRoom(req: ScopedRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: [room] } = await query.graph({
    entity: "room",
    fields: ["id"],
    filters: { id: req.params.room_id, center_id: req.params.id },
  })
  if (!room) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, "room_id: в этом центре нет такого помещения")
  }
  next()
}

/**
 * `/manage/centers/:id/<rows>/:<param>/...`: the row must belong to that center (one the manager
 * runs — requireManagedCenter checked `:id`); any other id is a 404, whoever's it is.
 */
function requireOfCenter(entity: string, param: string, message: string) {
  return async (req: ScopedRequest, _res: MedusaResponse, next: MedusaNextFunction) => {
    const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
    const { data: [row] } = await query.graph({
      entity,
      fields: ["id", "center_id"],
      filters: { id: req.params[param], center_id: req.params.id },
    })
    if (!row || !req.manager?.center_ids.includes((row as any).center_id)) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, message)
    }
    next()
  }
}

export const requireCenterSession = requireOfCenter("class_session", "session_id", "Занятие не найдено")
// issue 6
export const requireCenterExhibit = requireOfCenter("exhibit", "exhibit_id", "Выставка не найдена")
export const requireCenterLedgerEntry = requireOfCenter("ledger_entry", "entry_id", "entry_id: компенсация не найдена")
export const requireCenterScholarship = requireOfCenter("scholarship", "scholarship_id", "scholarship_id: стипендия не найдена")

/** `:id` must be one of the calling seller's master classes (a product of type `masterclass`). */
export async function requireOwnClass(req: ScopedRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: [product] } = await query.graph({
    entity: "product",
    fields: ["id", "seller.id", "type.value"],
    filters: { id: req.params.id },
  })
  if (!product || (product as any).seller?.id !== req.seller!.id || (product as any).type?.value !== "masterclass") {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, "Мастер-класс не найден")
  }
  next()
}

/** `:session_id` must be a session of the class `:id` (which `requireOwnClass` already tied to the seller). */
export async function requireOwnSession(req: ScopedRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: [session] } = await query.graph({
    entity: "class_session",
    fields: ["id", "product_id", "seller_id"],
    filters: { id: req.params.session_id },
  })
  if (!session || session.product_id !== req.params.id || session.seller_id !== req.seller!.id) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, "Занятие не найдено")
  }
  next()
}

// ---- pop-up exhibits (issue 6) ----------------------------------------------------------------

/**
 * `/sellers/me/exhibits/:exhibit_id`: an exhibit (not a draft) at one of the calling seller's
 * approved centers; any other is a 404.
 */
export async function requireExhibitAtMyCenter(req: ScopedRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const [centerIds, { data: [exhibit] }] = await Promise.all([
    approvedCenterIds(req),
    query.graph({ entity: "exhibit", fields: ["id", "center_id", "status"], filters: { id: req.params.exhibit_id } }),
  ])
  if (!exhibit || (exhibit as any).status === "draft" || !centerIds.includes((exhibit as any).center_id)) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, "Выставка не найдена")
  }
  next()
}

// ---- class feedback (issue 6) -------------------------------------------------------------------

/** `/store/impact/feedback/:ticket_id`: the calling resident's own ticket only (another's is a 404). */
export async function requireOwnTicket(req: ScopedRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  const customerId = req.auth_context?.actor_id
  if (!customerId) {
    throw new MedusaError(MedusaError.Types.UNAUTHORIZED, "Войдите, чтобы оставить отзыв")
  }
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: [ticket] } = await query.graph({
    entity: "ticket",
    fields: ["id", "customer_id"],
    filters: { id: req.params.ticket_id },
  })
  if (!ticket || (ticket as any).customer_id !== customerId) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, "ticket_id: билет не найден")
  }
  next()
}

// ---- materials compensations (issue 6) ----------------------------------------------------------

/**
 * A center pays materials for classes held there: an artisan may be compensated by a center only
 * while a member of it (approved — or suspended later, as a class already held is still owed), and
 * only for a class with a session at that center. Pending and declined artisans never taught there.
 */
export const COMPENSABLE_MEMBERSHIPS = ["approved", "suspended"]

/** The center's compensable classes: [{ product_id, seller_id, sessions }] (no titles). */
export async function compensableClasses(req: ScopedRequest, centerId: string) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const [{ data: members }, { data: sessions }] = await Promise.all([
    query.graph({
      entity: CenterSellerLink.entryPoint,
      fields: ["seller_id"],
      filters: { center_id: centerId, status: COMPENSABLE_MEMBERSHIPS },
    }),
    query.graph({
      entity: "class_session",
      fields: ["id", "product_id", "seller_id", "starts_at", "status"],
      filters: { center_id: centerId },
      pagination: { order: { starts_at: "DESC" } },
    }),
  ])
  const memberIds = new Set(members.map((m: any) => m.seller_id))
  const byProduct = new Map<string, { product_id: string; seller_id: string; sessions: { id: string; starts_at: string; status: string }[] }>()
  for (const s of sessions as any[]) {
    if (!memberIds.has(s.seller_id)) continue
    const entry = byProduct.get(s.product_id) ?? { product_id: s.product_id as string, seller_id: s.seller_id as string, sessions: [] as { id: string; starts_at: string; status: string }[] }
    entry.sessions.push({ id: s.id, starts_at: s.starts_at, status: s.status })
    byProduct.set(s.product_id, entry)
  }
  return [...byProduct.values()]
}

/**
 * POST /manage/centers/:id/compensations (after body validation): `product_id` must be a class
 * compensable by this center, `session_id` (if given) one of its sessions here. Else 404, naming the field.
 */
export async function requireCompensableClass(req: ScopedRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  const body = req.validatedBody as { product_id: string; session_id?: string | null }
  const centerId = req.params.id
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: [product] } = await query.graph({
    entity: "product",
    fields: ["id", "seller.id", "type.value"],
    filters: { id: body.product_id },
  })
  const sellerId = (product as any)?.seller?.id as string | undefined
  const [{ data: [membership] }, { data: sessions }] = sellerId && (product as any).type?.value === "masterclass"
    ? await Promise.all([
        query.graph({
          entity: CenterSellerLink.entryPoint,
          fields: ["status"],
          filters: { center_id: centerId, seller_id: sellerId, status: COMPENSABLE_MEMBERSHIPS },
        }),
        query.graph({
          entity: "class_session",
          fields: ["id"],
          filters: { center_id: centerId, product_id: body.product_id, ...(body.session_id ? { id: body.session_id } : {}) },
          pagination: { take: 1 },
        }),
      ])
    : [{ data: [] as any[] }, { data: [] as any[] }]
  if (!sellerId || !membership) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, "product_id: в этом центре нет такого мастер-класса")
  }
  if (!sessions.length) {
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      body.session_id ? "session_id: у этого мастер-класса нет такого занятия в вашем центре" : "product_id: этот мастер-класс не проводился в вашем центре"
    )
  }
  req.compensable = { product_id: body.product_id, seller_id: sellerId, session_id: body.session_id ?? null }
  next()
}
