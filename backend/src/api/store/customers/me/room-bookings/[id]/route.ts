import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { customerRoomBookings } from "../route"

/** One of the resident's bookings (ownership checked by requireOwnRoomBooking). */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const [room_booking] = await customerRoomBookings(req, { id: req.params.id, customer_id: req.auth_context.actor_id })
  res.json({ room_booking })
}
