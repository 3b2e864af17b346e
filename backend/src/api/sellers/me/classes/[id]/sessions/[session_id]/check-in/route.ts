import type { MedusaResponse } from "@medusajs/framework/http"
import { checkInTicketWorkflow } from "../../../../../../../../workflows/check-in-ticket"
import type { ScopedRequest } from "../../../../../../../utils/actors"
import { describeTickets } from "../../../../../../../store/classes/helpers"
import type { PostCheckInType } from "../../../../validators"

/** The code typed or scanned at the door; a second scan is refused with the time of the first. */
export const POST = async (req: ScopedRequest<PostCheckInType>, res: MedusaResponse) => {
  const { result } = await checkInTicketWorkflow(req.scope).run({
    input: { session_id: req.params.session_id, code: req.validatedBody.code },
  })
  const [ticket] = await describeTickets(req.scope, { id: (result as any).id })
  res.json({ ticket })
}
