import type { MedusaResponse } from "@medusajs/framework/http"
import { removeRoomBlockWorkflow } from "../../../../../../../../workflows/room-bookings"
import type { ScopedRequest } from "../../../../../../../utils/actors"

/** Removes a block of this room (a block of another room or center is 404). */
export const DELETE = async (req: ScopedRequest, res: MedusaResponse) => {
  await removeRoomBlockWorkflow(req.scope).run({
    input: { center_id: req.params.id, room_id: req.params.room_id, id: req.params.block_id },
  })
  res.json({ id: req.params.block_id, object: "room_block", deleted: true })
}
