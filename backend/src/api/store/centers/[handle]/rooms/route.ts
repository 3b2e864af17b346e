import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { visibleCenterChannels } from "../../../../utils/centers"
import { publicRoom, publicRoomFields } from "../../../room-bookings/rooms"

/** The rooms a center rents out: price per hour, capacity, amenities, hours (no lock secrets). */
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const visible = await visibleCenterChannels(req)
  const { data: [center] } = await query.graph({
    entity: "center",
    fields: ["id", "handle", "name", "address", "opening_hours", ...publicRoomFields.map((f) => `rooms.${f}`)],
    filters: { handle: req.params.handle, status: "active" },
  })
  if (!center || !visible.has(center.id)) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Центр «${req.params.handle}» не найден`)
  }
  const rooms = ((center as any).rooms ?? [])
    .filter(Boolean)
    .map((room: any) => publicRoom(room, center as any))
    .sort((a: any, b: any) => a.name.localeCompare(b.name, "ru"))
  const { rooms: _rooms, ...profile } = center as any
  res.json({ center: profile, rooms })
}
