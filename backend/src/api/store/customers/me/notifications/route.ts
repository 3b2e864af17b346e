import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import type { StoreGetMyNotificationsType } from "./validators"

/** What the platform told the signed-in resident (the local "feed" channel), newest first. */
export const GET = async (req: AuthenticatedMedusaRequest<unknown, StoreGetMyNotificationsType>, res: MedusaResponse) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: [customer] } = await query.graph({
    entity: "customer",
    fields: ["id", "email"],
    filters: { id: req.auth_context.actor_id },
  })
  if (!customer) {
    throw new MedusaError(MedusaError.Types.UNAUTHORIZED, "Войдите в свой кабинет")
  }
  const { limit, offset } = req.validatedQuery
  // messages sent before the account existed (a guest's order) carry only the e-mail
  const [notifications, count] = await req.scope.resolve(Modules.NOTIFICATION).listAndCountNotifications(
    { channel: "feed", $or: [{ receiver_id: customer.id as string }, ...(customer.email ? [{ to: customer.email as string }] : [])] },
    {
      select: ["id", "template", "data", "resource_id", "resource_type", "created_at"],
      order: { created_at: "DESC" },
      take: limit,
      skip: offset,
    }
  )
  res.json({ notifications, count, limit, offset })
}
