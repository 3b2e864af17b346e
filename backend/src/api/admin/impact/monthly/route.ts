import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { respondMonthly } from "../../../utils/impact-monthly"
import type { AdminGetImpactMonthlyType } from "./validators"

/** The operator's monthly indicators over every center, or one (`center_id`). */
export const GET = async (req: AuthenticatedMedusaRequest<unknown, AdminGetImpactMonthlyType>, res: MedusaResponse) => {
  const q = req.validatedQuery as AdminGetImpactMonthlyType
  return respondMonthly(req.scope, q, q.center_id ?? null, res)
}
