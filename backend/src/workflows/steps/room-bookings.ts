import { createHash, randomBytes } from "crypto"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MedusaError } from "@medusajs/framework/utils"
import { CENTER_MODULE } from "../../modules/center"
import type CenterModuleService from "../../modules/center/service"
import { DOOR_CODE_CONSTRAINT, mapOverlap, violatedExclusion } from "../../modules/room-booking/errors"
import {
  bookingPrice,
  bookingRangeError,
  codeWindow,
  HOLD_MINUTES,
  newDoorCode,
} from "../../modules/room-booking/time"
import { findRoom, releaseExpiredHolds, roomBookings, toRange } from "./room-occupancy"

export type HoldRoomInput = {
  room_id: string
  starts_at: Date | string
  ends_at: Date | string
  customer_id: string
  email: string
  name?: string | null
  phone?: string | null
  purpose?: string | null
}

const notFound = () => new MedusaError(MedusaError.Types.NOT_FOUND, "Бронь не найдена")

/**
 * A confirmed booking gets six random digits no other live booking of the room uses in an
 * overlapping window. The database has the last word (exclusion constraint): on a clash, draw again.
 */
export async function issueDoorCode(container: any, booking: { id: string; starts_at: Date; ends_at: Date }, extra: Record<string, unknown> = {}) {
  const service = roomBookings(container)
  const { from } = codeWindow(booking)
  for (let attempt = 0; attempt < 25; attempt++) {
    try {
      return await service.updateRoomBookings({
        id: booking.id,
        ...extra,
        door_code: newDoorCode(),
        code_valid_from: from,
      } as any)
    } catch (e) {
      if (violatedExclusion(e) !== DOOR_CODE_CONSTRAINT) {
        throw e
      }
    }
  }
  throw new MedusaError(MedusaError.Types.UNEXPECTED_STATE, "door_code: не удалось выдать код, попробуйте ещё раз")
}

/** A resident takes a slot: checked against the grid and the hours, held 15 minutes (free rooms: confirmed now). */
export const holdRoomStep = createStep(
  "room-hold",
  async (input: HoldRoomInput, { container }) => {
    const range = toRange(input)
    const room = await findRoom(container, input.room_id)
    if (room.center?.status && room.center.status !== "active") {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "room_id: центр сейчас закрыт")
    }
    const now = new Date()
    const problem = bookingRangeError(range, room.opening_hours ?? room.center?.opening_hours, now)
    if (problem) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, problem)
    }
    await releaseExpiredHolds(container, { room_id: room.id }, now)
    const price = bookingPrice(range, Number(room.hourly_price ?? 0))
    const service = roomBookings(container)
    const held = await mapOverlap(() =>
      service.createRoomBookings({
        room_id: room.id,
        center_id: room.center_id ?? room.center?.id,
        kind: "booking",
        status: "held",
        ...range,
        hold_expires_at: new Date(now.getTime() + HOLD_MINUTES * 60_000),
        customer_id: input.customer_id,
        email: input.email,
        name: input.name ?? null,
        phone: input.phone ?? null,
        purpose: input.purpose ?? null,
        price,
      })
    )
    let booking = held
    if (price === 0) {
      // nothing to pay: confirmed at once, with its door code
      try {
        booking = await issueDoorCode(container, held as any, { status: "confirmed", confirmed_at: now, hold_expires_at: null })
      } catch (e) {
        // this step failed, so its compensation will not run: leave nothing behind
        await service.deleteRoomBookings(held.id)
        throw e
      }
    }
    return new StepResponse(booking, held.id)
  },
  async (id, { container }) => {
    if (id) await roomBookings(container).deleteRoomBookings(id)
  }
)

/**
 * Confirms a held booking while its hold lasts and issues the door code. A resident confirms only
 * a free one themselves; a paid one is confirmed by its order (confirm-paid-room-bookings).
 */
export const confirmRoomBookingStep = createStep(
  "room-confirm-booking",
  async (input: { id: string; customer_id?: string; order_id?: string | null; cart_id?: string | null }, { container }) => {
    const service = roomBookings(container)
    const [booking] = await service.listRoomBookings({ id: input.id, kind: "booking" }, { take: 1 })
    if (!booking || (input.customer_id && booking.customer_id !== input.customer_id)) {
      throw notFound()
    }
    if (booking.status === "confirmed") {
      return new StepResponse(booking, null)
    }
    const now = new Date()
    if (booking.status !== "held" || (booking.hold_expires_at && new Date(booking.hold_expires_at) <= now)) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        "hold_expires_at: время удержания истекло — выберите время заново"
      )
    }
    if (input.customer_id && !input.order_id && Number(booking.price ?? 0) > 0) {
      // the slot is held for payment: a paid booking is confirmed by its order (order.placed)
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        "price: платную бронь подтверждает оплата — оформите её через корзину («Оплатить»)"
      )
    }
    const confirmed = await issueDoorCode(container, booking as any, {
      status: "confirmed",
      confirmed_at: now,
      order_id: input.order_id ?? booking.order_id ?? null,
      cart_id: input.cart_id ?? booking.cart_id ?? null,
    })
    return new StepResponse(confirmed, {
      id: booking.id,
      status: booking.status,
      confirmed_at: null,
      door_code: null,
      code_valid_from: null,
      order_id: booking.order_id,
      cart_id: booking.cart_id,
    })
  },
  async (previous, { container }) => {
    if (previous) await roomBookings(container).updateRoomBookings(previous as any)
  }
)

/**
 * Cancels a booking or a block: it stops occupying the room and its door code is revoked.
 * `customer_id` limits it to that resident's own booking; `center_id` to that center's room.
 */
export const cancelRoomBookingStep = createStep(
  "room-cancel-booking",
  async (
    input: { id: string; kind: "booking" | "block"; customer_id?: string; center_id?: string; room_id?: string },
    { container }
  ) => {
    const service = roomBookings(container)
    const filters: Record<string, unknown> = { id: input.id, kind: input.kind }
    if (input.customer_id) filters.customer_id = input.customer_id
    if (input.center_id) filters.center_id = input.center_id
    if (input.room_id) filters.room_id = input.room_id
    const [booking] = await service.listRoomBookings(filters, { take: 1 })
    if (!booking) {
      throw input.kind === "block" ? new MedusaError(MedusaError.Types.NOT_FOUND, "Блокировка не найдена") : notFound()
    }
    if (booking.status === "cancelled") {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "status: бронь уже отменена")
    }
    const now = new Date()
    if (new Date(booking.ends_at) <= now) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "ends_at: это время уже прошло")
    }
    if (input.customer_id && new Date(booking.starts_at) <= now) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "starts_at: бронь уже началась — отменить её может менеджер центра")
    }
    const cancelled = await service.updateRoomBookings({
      id: booking.id,
      status: "cancelled",
      cancelled_at: now,
      door_code: null,
      code_valid_from: null,
    } as any)
    return new StepResponse(cancelled, {
      id: booking.id,
      status: booking.status,
      cancelled_at: null,
      door_code: booking.door_code,
      code_valid_from: booking.code_valid_from,
    })
  },
  async (previous, { container }) => {
    if (previous) await mapOverlap(() => roomBookings(container).updateRoomBookings(previous as any))
  }
)

export const ensureCenterRoomStep = createStep(
  "room-ensure-center-room",
  async (input: { center_id: string; room_id: string }, { container }) => {
    const room = await findRoom(container, input.room_id, input.center_id)
    return new StepResponse({ id: room.id })
  }
)

export const releaseExpiredHoldsStep = createStep("room-release-expired-holds", async (_: unknown, { container }) => {
  // cancelling an expired hold needs no undo: it could never be confirmed anyway
  return new StepResponse(await releaseExpiredHolds(container))
})

export const hashLockSecret = (secret: string) => createHash("sha256").update(secret, "utf8").digest("hex")

/** A new secret for the room's door lock; only its hash is kept, the secret is shown once. */
export const rotateLockSecretStep = createStep(
  "room-rotate-lock-secret",
  async (input: { center_id: string; room_id: string }, { container }) => {
    const room = await findRoom(container, input.room_id, input.center_id)
    const secret = randomBytes(24).toString("base64url")
    const centers = container.resolve(CENTER_MODULE) as CenterModuleService
    await centers.updateRooms({ id: room.id, lock_secret_hash: hashLockSecret(secret) } as any)
    return new StepResponse({ room_id: room.id, lock_secret: secret }, { id: room.id, lock_secret_hash: room.lock_secret_hash ?? null })
  },
  async (previous, { container }) => {
    if (previous) await (container.resolve(CENTER_MODULE) as CenterModuleService).updateRooms(previous as any)
  }
)
