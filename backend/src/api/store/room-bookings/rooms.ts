import type { MedusaRequest } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import type { OpeningHours } from "../../../modules/room-booking/time"
import { visibleCenterChannels } from "../../utils/centers"

/** What anyone may see of a room: never its lock secret. Hours fall back to the center's. */
export const publicRoomFields = ["id", "name", "capacity", "hourly_price", "amenities", "opening_hours"]

export function publicRoom(room: any, center: { opening_hours: OpeningHours }) {
  return {
    id: room.id,
    name: room.name,
    capacity: room.capacity,
    hourly_price: Number(room.hourly_price ?? 0),
    amenities: room.amenities ?? [],
    opening_hours: room.opening_hours ?? center.opening_hours,
  }
}

/** A room of an active center the caller's publishable key can see, with its center; else 404. */
export async function visibleRoom(req: MedusaRequest, roomId: string) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: [room] } = await query.graph({
    entity: "room",
    fields: [...publicRoomFields, "center.id", "center.handle", "center.name", "center.address", "center.status", "center.opening_hours"],
    filters: { id: roomId },
  })
  const visible = room ? await visibleCenterChannels(req) : new Map()
  if (!room || (room as any).center?.status !== "active" || !visible.has((room as any).center.id)) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, "room_id: помещение не найдено")
  }
  return room as any
}
