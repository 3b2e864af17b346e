import type { MedusaResponse } from "@medusajs/framework/http"
import type { ScopedRequest } from "../../../../../utils/actors"
import { respondMonthly } from "../../../../../utils/impact-monthly"
import type { GetCenterImpactMonthlyType } from "./validators"

/** The center's monthly indicators (small counts hidden: the report is shared), or the same as CSV. */
export const GET = async (req: ScopedRequest<unknown, GetCenterImpactMonthlyType>, res: MedusaResponse) => {
  return respondMonthly(req.scope, req.validatedQuery as GetCenterImpactMonthlyType, req.params.id, res)
}
