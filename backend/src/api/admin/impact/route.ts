import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { respondImpact } from "../../utils/impact-dashboard"
import type { AdminGetImpactType } from "./validators"

/** The operator's view: the same figures over every center, or one (`center_id`). */
export const GET = async (req: AuthenticatedMedusaRequest<unknown, AdminGetImpactType>, res: MedusaResponse) => {
  const q = req.validatedQuery as AdminGetImpactType
  return respondImpact(req.scope, q, q.center_id ?? null, res)
}
