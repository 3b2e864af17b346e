import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { IMPACT_MODULE } from "../../../../modules/impact"
import type ImpactModuleService from "../../../../modules/impact/service"

/** The signed-in resident's latest questionnaire answer, so the next booking form is pre-filled. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const impact: ImpactModuleService = req.scope.resolve(IMPACT_MODULE)
  const [last] = await impact.listRegistrations(
    {
      customer_id: req.auth_context.actor_id,
      $or: [{ economic_status: { $ne: null } }, { ready_to_teach: { $ne: null } }],
    } as any,
    { order: { registered_at: "DESC", created_at: "DESC" }, take: 1, select: ["economic_status", "ready_to_teach", "registered_at"] }
  )
  res.json({
    answer: last
      ? { economic_status: last.economic_status ?? null, ready_to_teach: last.ready_to_teach ?? null, answered_at: last.registered_at }
      : null,
  })
}
