import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { holdRoomWorkflow } from "../../../workflows/room-bookings"
import { formatRoomBooking, withRoomConflict } from "./respond"
import { visibleRoom } from "./rooms"
import type { StorePostRoomBookingType } from "./validators"

/** A logged-in resident holds a slot: 15 minutes to confirm it (a free room is confirmed at once). */
export const POST = async (req: AuthenticatedMedusaRequest<StorePostRoomBookingType>, res: MedusaResponse) => {
  const body = req.validatedBody
  await visibleRoom(req, body.room_id)
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: [customer] } = await query.graph({
    entity: "customer",
    fields: ["id", "email", "first_name", "last_name", "phone"],
    filters: { id: req.auth_context.actor_id },
  })
  if (!customer) {
    throw new MedusaError(MedusaError.Types.UNAUTHORIZED, "Войдите, чтобы забронировать помещение")
  }
  const name = [customer.first_name, customer.last_name].filter(Boolean).join(" ") || null
  const result = await withRoomConflict(res, async () => {
    const { result } = await holdRoomWorkflow(req.scope).run({
      input: {
        room_id: body.room_id,
        starts_at: body.starts_at,
        ends_at: body.ends_at,
        purpose: body.purpose || null,
        customer_id: customer.id,
        email: customer.email ?? "",
        name,
        phone: body.phone || customer.phone || null,
      },
    })
    return result
  })
  if (result) {
    res.status(201).json({ room_booking: formatRoomBooking(result) })
  }
}
