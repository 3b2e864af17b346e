import type { MedusaResponse } from "@medusajs/framework/http"
import { cancelClassSessionWorkflow } from "../../../../../../../../workflows/cancel-class-session"
import type { ScopedRequest } from "../../../../../../../utils/actors"
import { describeSessions } from "../../../../../../../store/classes/helpers"
import type { PostCancelSessionType } from "../../../../validators"

/** Cancels the session: its tickets are cancelled and every holder is told; the room is freed. */
export const POST = async (req: ScopedRequest<PostCancelSessionType>, res: MedusaResponse) => {
  const { result } = await cancelClassSessionWorkflow(req.scope).run({
    input: { session_id: req.params.session_id, reason: req.validatedBody?.reason },
  })
  const [session] = await describeSessions(req.scope, { id: req.params.session_id })
  res.json({ session, ...(result as any) })
}
