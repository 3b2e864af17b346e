import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { cancelTicketWorkflow } from "../../../../../../../workflows/cancel-ticket"
import { describeTickets } from "../../../../../classes/helpers"

/**
 * A guest cancels one ticket from the order page: the order id (the secret of the page) and the
 * order's e-mail must both match, the same rule that lets them see the order and its parts.
 */
export const POST = async (req: MedusaRequest<{ email: string }>, res: MedusaResponse) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: [ticket] } = await query.graph({
    entity: "ticket",
    fields: ["id", "order_id", "email"],
    filters: { id: req.params.ticket_id, order_id: req.params.id },
  })
  const email = String((req.validatedBody as any)?.email ?? "").trim().toLowerCase()
  if (!ticket || ticket.email.toLowerCase() !== email) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, "ticket_id: билет не найден")
  }
  await cancelTicketWorkflow(req.scope).run({ input: { ticket_id: ticket.id } })
  const [out] = await describeTickets(req.scope, { id: ticket.id })
  res.json({ ticket: out })
}
