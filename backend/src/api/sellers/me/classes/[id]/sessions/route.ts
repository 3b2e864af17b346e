import type { MedusaResponse } from "@medusajs/framework/http"
import { addClassSessionsWorkflow } from "../../../../../../workflows/add-class-sessions"
import type { ScopedRequest } from "../../../../../utils/actors"
import { describeSessions } from "../../../../../store/classes/helpers"
import type { PostClassSessionsType } from "../../validators"

export const GET = async (req: ScopedRequest, res: MedusaResponse) => {
  res.json({ sessions: await describeSessions(req.scope, { product_id: req.params.id }) })
}

/** One session, or the same time every week for `weeks` weeks, in a room of an approved center. */
export const POST = async (req: ScopedRequest<PostClassSessionsType>, res: MedusaResponse) => {
  const { result } = await addClassSessionsWorkflow(req.scope).run({
    input: { ...req.validatedBody, product_id: req.params.id, seller_id: req.seller!.id },
  })
  const sessions = await describeSessions(req.scope, { id: (result as any[]).map((s) => s.id) })
  res.status(201).json({ sessions })
}
