import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import { CENTER_MODULE } from "../../modules/center"
import type CenterModuleService from "../../modules/center/service"
import { ROOM_BOOKING_MODULE } from "../../modules/room-booking"
import { mapOverlap } from "../../modules/room-booking/errors"
import type RoomBookingModuleService from "../../modules/room-booking/service"

/**
 * The shared way to take a room's time: class sessions (kind `session`, source_id = the session)
 * and managers' blocks (kind `block`) land in the same table as residents' bookings, so the
 * database's exclusion constraint keeps all of them apart. A clash is
 * `MedusaError NOT_ALLOWED "starts_at: это время уже занято"` (the routes answer it with 409).
 */
export type OccupyRoomInput = {
  room_id: string
  starts_at: Date | string
  ends_at: Date | string
  kind: "session" | "block"
  source_id?: string
  purpose?: string
}

export const roomBookings = (container: { resolve: (k: string) => unknown }) =>
  container.resolve(ROOM_BOOKING_MODULE) as RoomBookingModuleService
const centers = (container: { resolve: (k: string) => unknown }) => container.resolve(CENTER_MODULE) as CenterModuleService

export async function findRoom(container: any, room_id: string, center_id?: string) {
  const [room] = await centers(container).listRooms(center_id ? { id: room_id, center_id } : { id: room_id }, {
    take: 1,
    relations: ["center"],
  })
  if (!room) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, "room_id: помещение не найдено")
  }
  return room as any
}

export function toRange(input: { starts_at: Date | string; ends_at: Date | string }) {
  const starts_at = new Date(input.starts_at)
  const ends_at = new Date(input.ends_at)
  if (Number.isNaN(starts_at.getTime())) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, "starts_at: неверное время")
  }
  if (Number.isNaN(ends_at.getTime()) || ends_at <= starts_at) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, "ends_at: конец должен быть позже начала")
  }
  return { starts_at, ends_at }
}

/** Holds whose 15 minutes ran out stop occupying the room (before anyone else takes its time). */
export async function releaseExpiredHolds(container: any, filter: { room_id?: string } = {}, now = new Date()) {
  const service = roomBookings(container)
  const found = await service.listRoomBookings(
    { ...filter, status: "held", hold_expires_at: { $lte: now } } as any,
    { select: ["id", "cart_id", "hold_expires_at"] }
  )
  const expired = await withoutPlacedOrders(container, found, now)
  if (expired.length) {
    await service.updateRoomBookings(expired.map((b) => ({ id: b.id, status: "cancelled" as const, cancelled_at: now })))
  }
  return expired.map((b) => b.id)
}

/**
 * A hold in a cart whose order was placed is being paid, not abandoned: its confirmation
 * (order.placed) may land a moment after the 15 minutes. A hold in a cart also gets a short grace
 * for a checkout that passed the guard just before the end.
 */
const CHECKOUT_GRACE_MS = 2 * 60_000

async function withoutPlacedOrders(container: any, holds: { id: string; cart_id?: string | null; hold_expires_at?: Date | null }[], now: Date) {
  const inCarts = holds.filter((h) => h.cart_id)
  if (!inCarts.length) return holds
  const carts = (await container.resolve(Modules.CART).listCarts(
    { id: [...new Set(inCarts.map((h) => h.cart_id!))] },
    { select: ["id", "completed_at"] }
  )) as { id: string; completed_at?: Date | null }[]
  const completed = new Set(carts.filter((c) => c.completed_at).map((c) => c.id))
  return holds.filter(
    (h) =>
      !h.cart_id ||
      (!completed.has(h.cart_id) && (!h.hold_expires_at || new Date(h.hold_expires_at).getTime() + CHECKOUT_GRACE_MS <= now.getTime()))
  )
}

export const occupyRoomStep = createStep(
  "room-occupy",
  async (input: OccupyRoomInput, { container }) => {
    const range = toRange(input)
    const room = await findRoom(container, input.room_id)
    await releaseExpiredHolds(container, { room_id: room.id })
    const booking = await mapOverlap(() =>
      roomBookings(container).createRoomBookings({
        room_id: room.id,
        center_id: room.center_id ?? room.center?.id,
        kind: input.kind,
        status: "confirmed",
        ...range,
        source_id: input.source_id ?? null,
        purpose: input.purpose ?? null,
        price: 0,
        confirmed_at: new Date(),
      })
    )
    return new StepResponse({ id: booking.id }, booking.id)
  },
  async (id, { container }) => {
    if (id) await roomBookings(container).deleteRoomBookings(id)
  }
)

export const releaseRoomOccupancyStep = createStep(
  "room-release-occupancy",
  async (input: { source_id: string }, { container }) => {
    const service = roomBookings(container)
    const rows = await service.listRoomBookings({ source_id: input.source_id, status: { $ne: "cancelled" } } as any)
    const now = new Date()
    if (rows.length) {
      await service.updateRoomBookings(rows.map((r) => ({ id: r.id, status: "cancelled" as const, cancelled_at: now })))
    }
    return new StepResponse(
      rows.map((r) => ({ id: r.id })),
      rows.map((r) => ({ id: r.id, status: r.status, cancelled_at: r.cancelled_at ?? null }))
    )
  },
  async (previous, { container }) => {
    if (previous?.length) await mapOverlap(() => roomBookings(container).updateRoomBookings(previous as any))
  }
)

export const moveRoomOccupancyStep = createStep(
  "room-move-occupancy",
  async (input: { source_id: string; room_id: string; starts_at: Date | string; ends_at: Date | string }, { container }) => {
    const service = roomBookings(container)
    const range = toRange(input)
    const room = await findRoom(container, input.room_id)
    await releaseExpiredHolds(container, { room_id: room.id })
    const rows = await service.listRoomBookings({ source_id: input.source_id, status: { $ne: "cancelled" } } as any)
    if (!rows.length) {
      // nothing held yet for this source: take the time now (a session moved into a room)
      const created = await mapOverlap(() =>
        service.createRoomBookings({
          room_id: room.id,
          center_id: room.center_id ?? room.center?.id,
          kind: "session",
          status: "confirmed",
          ...range,
          source_id: input.source_id,
          price: 0,
          confirmed_at: new Date(),
        })
      )
      return new StepResponse({ ids: [created.id] }, { created: created.id as string | null, previous: [] as any[] })
    }
    const previous = rows.map((r) => ({
      id: r.id,
      room_id: r.room_id,
      center_id: r.center_id,
      starts_at: r.starts_at,
      ends_at: r.ends_at,
    }))
    await mapOverlap(() =>
      service.updateRoomBookings(
        rows.map((r) => ({ id: r.id, room_id: room.id, center_id: room.center_id ?? room.center?.id, ...range }))
      )
    )
    return new StepResponse({ ids: rows.map((r) => r.id) }, { created: null as string | null, previous: previous as any[] })
  },
  async (undo, { container }) => {
    if (!undo) return
    if (undo.created) await roomBookings(container).deleteRoomBookings(undo.created)
    if (undo.previous.length) await roomBookings(container).updateRoomBookings(undo.previous)
  }
)
