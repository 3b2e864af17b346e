import type { MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { addDays, formatHm, hoursOn, moscowParts, moscowToUtc, weekStart } from "../../../../../../../modules/room-booking/time"
import { occupanciesBetween } from "../../../../../../store/room-bookings/occupancy"
import type { ManageGetRoomCalendarType } from "../../../../../../store/room-bookings/validators"
import type { ScopedRequest } from "../../../../../../utils/actors"

/** The room's week (Monday–Sunday, Moscow time): bookings, holds, class sessions and blocks. */
export const GET = async (req: ScopedRequest<unknown, ManageGetRoomCalendarType>, res: MedusaResponse) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: [room] } = await query.graph({
    entity: "room",
    fields: ["id", "name", "capacity", "hourly_price", "opening_hours", "lock_secret_hash", "center.id", "center.name", "center.opening_hours"],
    filters: { id: req.params.room_id, center_id: req.params.id },
  })
  const now = new Date()
  const monday = weekStart((req.validatedQuery as ManageGetRoomCalendarType)?.week ?? moscowParts(now).date)
  const from = moscowToUtc(monday, 0)
  const until = moscowToUtc(addDays(monday, 7), 0)
  const rows = await occupanciesBetween(req.scope, req.params.room_id, from, until, now)
  const hours = (room as any).opening_hours ?? (room as any).center?.opening_hours
  res.json({
    room: {
      id: room.id,
      name: room.name,
      capacity: room.capacity,
      hourly_price: Number((room as any).hourly_price ?? 0),
      opening_hours: hours,
      has_lock_secret: !!(room as any).lock_secret_hash,
    },
    week: monday,
    previous_week: addDays(monday, -7),
    next_week: addDays(monday, 7),
    days: Array.from({ length: 7 }, (_, i) => {
      const date = addDays(monday, i)
      const open = hoursOn(hours, date)
      return { date, open: open ? { from: formatHm(open[0]), to: formatHm(open[1]) } : null }
    }),
    entries: rows.map((r: any) => ({
      id: r.id,
      kind: r.kind,
      status: r.status,
      starts_at: r.starts_at,
      ends_at: r.ends_at,
      hold_expires_at: r.hold_expires_at,
      purpose: r.purpose,
      source_id: r.source_id,
      name: r.name,
      email: r.email,
      phone: r.phone,
      price: Number(r.price ?? 0),
    })),
  })
}
