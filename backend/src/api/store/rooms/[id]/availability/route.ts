import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { addDays, daySlots, hoursOn, formatHm, moscowParts, moscowToUtc } from "../../../../../modules/room-booking/time"
import { busyRanges } from "../../../room-bookings/occupancy"
import { publicRoom, visibleRoom } from "../../../room-bookings/rooms"
import type { StoreGetRoomAvailabilityType } from "../../../room-bookings/validators"

/** 30-minute slots of one room for a Moscow day (or up to a week), free or busy. */
export const GET = async (req: MedusaRequest<unknown, StoreGetRoomAvailabilityType>, res: MedusaResponse) => {
  const room = await visibleRoom(req, req.params.id)
  const now = new Date()
  const { date = moscowParts(now).date, days = 1 } = req.validatedQuery as StoreGetRoomAvailabilityType
  const from = moscowToUtc(date, 0)
  const until = moscowToUtc(addDays(date, days), 0)
  const busy = await busyRanges(req.scope, room.id, from, until, now)
  const hours = room.opening_hours ?? room.center.opening_hours
  res.json({
    room: publicRoom(room, room.center),
    center: { id: room.center.id, handle: room.center.handle, name: room.center.name },
    days: Array.from({ length: days }, (_, i) => {
      const day = addDays(date, i)
      const open = hoursOn(hours, day)
      return {
        date: day,
        open: open ? { from: formatHm(open[0]), to: formatHm(open[1]) } : null,
        slots: daySlots(day, hours, busy, now),
      }
    }),
  })
}
