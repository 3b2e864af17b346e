import type { MedusaResponse } from "@medusajs/framework/http"
import { deleteCenterRoomWorkflow, updateCenterRoomWorkflow } from "../../../../../../workflows/center-rooms"
import type { ScopedRequest } from "../../../../../utils/actors"
import type { PostRoomUpdateType } from "../../../../validators"

// The workflows refuse a room of another center (404), so :room_id cannot reach across centers.
export const POST = async (req: ScopedRequest<PostRoomUpdateType>, res: MedusaResponse) => {
  const { result } = await updateCenterRoomWorkflow(req.scope).run({
    input: { center_id: req.params.id, room_id: req.params.room_id, update: req.validatedBody },
  })
  res.json({ room: result })
}

export const DELETE = async (req: ScopedRequest, res: MedusaResponse) => {
  await deleteCenterRoomWorkflow(req.scope).run({ input: { center_id: req.params.id, room_id: req.params.room_id } })
  res.json({ id: req.params.room_id, object: "room", deleted: true })
}
