import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { cancelRoomBookingWorkflow } from "../../../../../../../workflows/room-bookings"
import { customerRoomBookings } from "../../route"

/** The resident cancels their booking before it starts; its door code stops working. */
export const POST = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  await cancelRoomBookingWorkflow(req.scope).run({ input: { id: req.params.id, customer_id: req.auth_context.actor_id } })
  const [room_booking] = await customerRoomBookings(req, { id: req.params.id, customer_id: req.auth_context.actor_id })
  res.json({ room_booking })
}
