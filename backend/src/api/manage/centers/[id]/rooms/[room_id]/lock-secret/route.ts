import type { MedusaResponse } from "@medusajs/framework/http"
import { rotateRoomLockSecretWorkflow } from "../../../../../../../workflows/room-bookings"
import type { ScopedRequest } from "../../../../../../utils/actors"

/**
 * A new secret for the room's door lock, shown this once (only its hash is stored): the manager
 * enters it in the lock, which sends it as `x-lock-secret` to POST /hooks/locks/:room/verify.
 */
export const POST = async (req: ScopedRequest, res: MedusaResponse) => {
  const { result } = await rotateRoomLockSecretWorkflow(req.scope).run({
    input: { center_id: req.params.id, room_id: req.params.room_id },
  })
  res.json({ room_id: result.room_id, lock_secret: result.lock_secret })
}
