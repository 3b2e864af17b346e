import type { MedusaContainer } from "@medusajs/framework/types"
import { ROOM_BOOKING_MODULE } from "../../../modules/room-booking"
import type RoomBookingModuleService from "../../../modules/room-booking/service"

/** Live occupancies of a room overlapping [from, until): bookings, holds still running, sessions, blocks. */
export async function occupanciesBetween(scope: MedusaContainer, roomId: string, from: Date, until: Date, now = new Date()) {
  const service = scope.resolve(ROOM_BOOKING_MODULE) as RoomBookingModuleService
  const rows = await service.listRoomBookings(
    { room_id: roomId, status: { $ne: "cancelled" }, starts_at: { $lt: until }, ends_at: { $gt: from } } as any,
    { order: { starts_at: "ASC" } }
  )
  return rows.filter((r) => !(r.status === "held" && r.hold_expires_at && new Date(r.hold_expires_at) <= now))
}

export async function busyRanges(scope: MedusaContainer, roomId: string, from: Date, until: Date, now = new Date()) {
  return (await occupanciesBetween(scope, roomId, from, until, now)).map((r) => ({
    starts_at: new Date(r.starts_at),
    ends_at: new Date(r.ends_at),
  }))
}
