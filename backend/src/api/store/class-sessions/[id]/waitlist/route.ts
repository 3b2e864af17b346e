import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { joinWaitlistWorkflow } from "../../../../../workflows/join-waitlist"

/** Joins the waitlist of a sold-out session (a guest gives e-mail and name; a customer may too). */
export const POST = async (req: AuthenticatedMedusaRequest<{ email: string; name: string }>, res: MedusaResponse) => {
  const body = req.validatedBody
  const { result } = await joinWaitlistWorkflow(req.scope).run({
    input: {
      session_id: req.params.id,
      email: body.email,
      name: body.name,
      customer_id: req.auth_context?.actor_id || null,
    },
  })
  res.status(201).json({ waitlist_entry: { id: result.id, status: result.status, position: result.position, session_id: req.params.id } })
}
