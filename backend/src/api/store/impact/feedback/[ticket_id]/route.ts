import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { submitClassFeedbackWorkflow } from "../../../../../workflows/submit-class-feedback"
import { describeFeedbackTickets } from "../../helpers"
import type { PostClassFeedbackType } from "../../validators"

async function describe(req: AuthenticatedMedusaRequest) {
  const [ticket] = await describeFeedbackTickets(req.scope, { customer_id: req.auth_context.actor_id, id: req.params.ticket_id })
  return ticket ?? null
}

/** One ticket's feedback form data (the ticket is the caller's: see requireOwnTicket). */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const ticket = await describe(req)
  if (!ticket) {
    // a cancelled ticket or a session that has not ended yet: there is nothing to rate
    throw new MedusaError(MedusaError.Types.NOT_FOUND, "ticket_id: отзыв по этому билету пока оставить нельзя")
  }
  res.json({ ticket })
}

/** Leaves or changes the feedback (one per ticket, until 7 days after the session). */
export const POST = async (req: AuthenticatedMedusaRequest<PostClassFeedbackType>, res: MedusaResponse) => {
  await submitClassFeedbackWorkflow(req.scope).run({ input: { ...req.validatedBody, ticket_id: req.params.ticket_id } })
  res.json({ ticket: await describe(req) })
}
