import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { describeTickets } from "../../../classes/helpers"

/** "Мои билеты": the tickets bought while logged in to this account. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: [customer] } = await query.graph({
    entity: "customer",
    fields: ["id", "email"],
    filters: { id: req.auth_context.actor_id },
  })
  const tickets = await describeTickets(req.scope, { customer_id: req.auth_context.actor_id })
  res.json({ tickets, email: customer?.email ?? null })
}
