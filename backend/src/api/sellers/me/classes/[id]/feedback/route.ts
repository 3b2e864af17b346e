import type { MedusaResponse } from "@medusajs/framework/http"
import { MASTERCLASS_MODULE } from "../../../../../../modules/masterclass"
import type MasterclassModuleService from "../../../../../../modules/masterclass/service"
import { IMPACT_MODULE } from "../../../../../../modules/impact"
import type ImpactModuleService from "../../../../../../modules/impact/service"
import type { ScopedRequest } from "../../../../../utils/actors"

/**
 * The attendees' feedback on one of the artisan's classes (requireOwnClass scoped `:id`), newest
 * first. Without names: attendees rate more honestly when the artisan cannot tell who said what.
 */
export const GET = async (req: ScopedRequest, res: MedusaResponse) => {
  const impact: ImpactModuleService = req.scope.resolve(IMPACT_MODULE)
  const masterclass: MasterclassModuleService = req.scope.resolve(MASTERCLASS_MODULE)
  const feedback = await impact.listFeedbacks(
    { product_id: req.params.id, seller_id: req.seller!.id },
    { order: { created_at: "DESC" }, take: 200, select: ["id", "session_id", "rating", "useful", "would_recommend", "created_at"] }
  )
  const sessions = feedback.length
    ? await masterclass.listClassSessions({ id: [...new Set(feedback.map((f) => f.session_id))] })
    : []
  const summary = (await impact.summarizeRatings("product_id", [req.params.id]))[req.params.id] ?? { average: null, count: 0 }
  res.json({
    summary: { ...summary, would_recommend: feedback.filter((f) => f.would_recommend).length },
    feedback: feedback.map((f) => ({
      id: f.id,
      rating: f.rating,
      useful: f.useful,
      would_recommend: f.would_recommend,
      created_at: f.created_at,
      session: (() => {
        const s = sessions.find((x) => x.id === f.session_id)
        return s ? { id: s.id, starts_at: s.starts_at } : null
      })(),
    })),
  })
}
