import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { cancelTicketWorkflow } from "../../../../../../../workflows/cancel-ticket"
import { describeTickets } from "../../../../../classes/helpers"

/** The customer cancels one of their tickets within the class's policy. */
export const POST = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: [ticket] } = await query.graph({
    entity: "ticket",
    fields: ["id"],
    filters: { id: req.params.id, customer_id: req.auth_context.actor_id },
  })
  if (!ticket) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, "ticket_id: билет не найден")
  }
  await cancelTicketWorkflow(req.scope).run({ input: { ticket_id: ticket.id } })
  const [out] = await describeTickets(req.scope, { id: ticket.id })
  res.json({ ticket: out })
}
