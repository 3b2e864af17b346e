import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { IMPACT_MODULE } from "../../../../modules/impact"
import type ImpactModuleService from "../../../../modules/impact/service"
import type { GetRatingsType } from "../validators"

/** Public averages of attendees' ratings per class (`product_id`) and per artisan (`seller_id`). */
export const GET = async (req: MedusaRequest<unknown, GetRatingsType>, res: MedusaResponse) => {
  const impact: ImpactModuleService = req.scope.resolve(IMPACT_MODULE)
  const { product_id = [], seller_id = [] } = req.validatedQuery
  const [products, sellers] = await Promise.all([
    impact.summarizeRatings("product_id", product_id),
    impact.summarizeRatings("seller_id", seller_id),
  ])
  res.json({ products, sellers })
}
