import type { MedusaResponse } from "@medusajs/framework/http"
import { cancelClassSessionWorkflow } from "../../../../../../../workflows/cancel-class-session"
import type { ScopedRequest } from "../../../../../../utils/actors"
import { describeSessions } from "../../../../../../store/classes/helpers"

/** The center's manager cancels a session held there (tickets cancelled, holders told, room freed). */
export const POST = async (req: ScopedRequest<{ reason?: string }>, res: MedusaResponse) => {
  const { result } = await cancelClassSessionWorkflow(req.scope).run({
    input: { session_id: req.params.session_id, reason: req.validatedBody?.reason },
  })
  const [session] = await describeSessions(req.scope, { id: req.params.session_id })
  res.json({ session, ...(result as any) })
}
