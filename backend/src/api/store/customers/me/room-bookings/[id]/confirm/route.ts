import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { confirmRoomBookingWorkflow } from "../../../../../../../workflows/room-bookings"
import { customerRoomBookings } from "../../route"

/**
 * The resident confirms a held free booking while the hold lasts; a paid one is refused here and
 * goes through the cart (`POST /store/room-bookings/:id/cart`) — its order confirms it.
 */
export const POST = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  await confirmRoomBookingWorkflow(req.scope).run({ input: { id: req.params.id, customer_id: req.auth_context.actor_id } })
  const [room_booking] = await customerRoomBookings(req, { id: req.params.id, customer_id: req.auth_context.actor_id })
  res.json({ room_booking })
}
