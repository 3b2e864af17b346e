import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { describeFeedbackTickets } from "../helpers"

/** «Отзывы»: the signed-in resident's attended sessions, whether feedback is open and what they said. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const tickets = await describeFeedbackTickets(req.scope, { customer_id: req.auth_context.actor_id })
  res.json({ tickets })
}
