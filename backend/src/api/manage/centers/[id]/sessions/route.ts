import type { MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { ScopedRequest } from "../../../../utils/actors"
import { describeSessions } from "../../../../store/classes/helpers"

/** Upcoming and recent master-class sessions at the center, with the class title. */
export const GET = async (req: ScopedRequest, res: MedusaResponse) => {
  const since = new Date(Date.now() - 7 * 24 * 3600_000)
  const sessions = await describeSessions(req.scope, { center_id: req.params.id, ends_at: { $gte: since } })
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const ids = [...new Set(sessions.map((s) => s.product_id))]
  const { data: products } = ids.length
    ? await query.graph({ entity: "product", fields: ["id", "title", "handle"], filters: { id: ids } })
    : { data: [] as any[] }
  res.json({
    sessions: sessions.map((s) => ({ ...s, class: products.find((p: any) => p.id === s.product_id) ?? null })),
  })
}
