import type { MedusaResponse } from "@medusajs/framework/http"
import { ROOM_BOOKING_MODULE } from "../../../../../../../modules/room-booking"
import type RoomBookingModuleService from "../../../../../../../modules/room-booking/service"
import { blockRoomTimeWorkflow } from "../../../../../../../workflows/room-bookings"
import { withRoomConflict } from "../../../../../../store/room-bookings/respond"
import type { ManagePostRoomBlockType } from "../../../../../../store/room-bookings/validators"
import type { ScopedRequest } from "../../../../../../utils/actors"

/** The manager blocks the room's time; it fails with 409 on anything already there. */
export const POST = async (req: ScopedRequest<ManagePostRoomBlockType>, res: MedusaResponse) => {
  const block = await withRoomConflict(res, async () => {
    const { result } = await blockRoomTimeWorkflow(req.scope).run({
      input: { center_id: req.params.id, room_id: req.params.room_id, ...req.validatedBody },
    })
    return result
  })
  if (block) {
    const service = req.scope.resolve(ROOM_BOOKING_MODULE) as RoomBookingModuleService
    const row = await service.retrieveRoomBooking(block.id)
    res.status(201).json({
      block: { id: row.id, kind: row.kind, status: row.status, starts_at: row.starts_at, ends_at: row.ends_at, purpose: row.purpose },
    })
  }
}
