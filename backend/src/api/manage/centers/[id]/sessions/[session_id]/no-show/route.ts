import type { MedusaResponse } from "@medusajs/framework/http"
import { markSessionNoShowsWorkflow } from "../../../../../../../workflows/mark-session-no-shows"
import type { ScopedRequest } from "../../../../../../utils/actors"

export const POST = async (req: ScopedRequest, res: MedusaResponse) => {
  const { result } = await markSessionNoShowsWorkflow(req.scope).run({ input: { session_id: req.params.session_id } })
  res.json(result)
}
