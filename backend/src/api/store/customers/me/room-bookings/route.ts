import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { formatRoomBooking } from "../../../room-bookings/respond"

/** The resident's room bookings with room and center, soonest first; door codes of confirmed ones. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  res.json({ room_bookings: await customerRoomBookings(req, { customer_id: req.auth_context.actor_id }) })
}

export async function customerRoomBookings(req: AuthenticatedMedusaRequest, filters: Record<string, unknown>) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: bookings } = await query.graph({
    entity: "room_booking",
    fields: ["*"],
    filters: { ...filters, kind: "booking" },
    pagination: { order: { starts_at: "DESC" }, take: 200 },
  } as any)
  const roomIds = [...new Set(bookings.map((b: any) => b.room_id))]
  const { data: rooms } = roomIds.length
    ? await query.graph({
        entity: "room",
        fields: ["id", "name", "center.id", "center.handle", "center.name", "center.address"],
        filters: { id: roomIds },
        withDeleted: true,
      } as any)
    : { data: [] as any[] }
  const byId = new Map(rooms.map((r: any) => [r.id, r]))
  return bookings.map((b: any) => {
    const room: any = byId.get(b.room_id)
    return {
      ...formatRoomBooking(b),
      room: room ? { id: room.id, name: room.name } : null,
      center: room?.center ? { handle: room.center.handle, name: room.center.name, address: room.center.address } : null,
    }
  })
}
