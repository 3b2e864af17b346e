import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { confirmRoomBookingWorkflow } from "../../../../../../../workflows/room-bookings"
import { customerRoomBookings } from "../../route"

/**
 * The resident confirms the held booking while the hold lasts: they pay at the center on arrival
 * (the demo's payment, as for goods) and get the door code now.
 */
export const POST = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  await confirmRoomBookingWorkflow(req.scope).run({ input: { id: req.params.id, customer_id: req.auth_context.actor_id } })
  const [room_booking] = await customerRoomBookings(req, { id: req.params.id, customer_id: req.auth_context.actor_id })
  res.json({ room_booking })
}
