import type { MedusaResponse } from "@medusajs/framework/http"
import { cancelRoomBookingWorkflow } from "../../../../../../../../../workflows/room-bookings"
import type { ScopedRequest } from "../../../../../../../../utils/actors"

/** The manager cancels a resident's booking of this room; the door code stops working. */
export const POST = async (req: ScopedRequest, res: MedusaResponse) => {
  const { result } = await cancelRoomBookingWorkflow(req.scope).run({
    input: { id: req.params.booking_id, center_id: req.params.id, room_id: req.params.room_id },
  })
  res.json({ room_booking: { id: result.id, status: result.status, cancelled_at: result.cancelled_at } })
}
