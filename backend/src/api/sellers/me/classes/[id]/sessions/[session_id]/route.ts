import type { MedusaResponse } from "@medusajs/framework/http"
import { moveClassSessionWorkflow } from "../../../../../../../workflows/move-class-session"
import type { ScopedRequest } from "../../../../../../utils/actors"
import { describeSessions } from "../../../../../../store/classes/helpers"
import type { PostMoveSessionType } from "../../../validators"

export const GET = async (req: ScopedRequest, res: MedusaResponse) => {
  const [session] = await describeSessions(req.scope, { id: req.params.session_id })
  res.json({ session })
}

/** Moves the session (room of the same center and/or time); the room's time moves with it. */
export const POST = async (req: ScopedRequest<PostMoveSessionType>, res: MedusaResponse) => {
  await moveClassSessionWorkflow(req.scope).run({
    input: { ...req.validatedBody, session_id: req.params.session_id, seller_id: req.seller!.id },
  })
  const [session] = await describeSessions(req.scope, { id: req.params.session_id })
  res.json({ session })
}
