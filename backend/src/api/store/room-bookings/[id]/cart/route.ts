import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { addRoomBookingToCartWorkflow } from "../../../../../workflows/room-booking-cart"
import { customerRoomBookings } from "../../../customers/me/room-bookings/route"
import type { StorePostRoomBookingCartType } from "../../validators"

/**
 * The resident pays their held booking through the normal checkout: it goes into their cart
 * (ownership checked by requireOwnRoomBooking), or into a new cart of the room's center.
 */
export const POST = async (req: AuthenticatedMedusaRequest<StorePostRoomBookingCartType>, res: MedusaResponse) => {
  const customer_id = req.auth_context.actor_id
  const { result } = await addRoomBookingToCartWorkflow(req.scope).run({
    input: { id: req.params.id, customer_id, cart_id: req.validatedBody?.cart_id || null },
  })
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: [cart] } = await query.graph({
    entity: "cart",
    fields: ["id", "region_id", "sales_channel_id", "currency_code", "total", "items.id", "items.title", "items.unit_price", "items.quantity", "items.metadata"],
    filters: { id: result.cart_id },
  })
  const [room_booking] = await customerRoomBookings(req, { id: req.params.id, customer_id })
  res.status(200).json({ cart, room_booking })
}
