import type { MedusaResponse } from "@medusajs/framework/http"
import type { ScopedRequest } from "../../../../utils/actors"
import { respondImpact } from "../../../../utils/impact-dashboard"
import type { GetCenterImpactType } from "./validators"

/** The center's impact figures for a period, or one table as CSV (`?format=csv&table=…`). */
export const GET = async (req: ScopedRequest<unknown, GetCenterImpactType>, res: MedusaResponse) => {
  return respondImpact(req.scope, req.validatedQuery as GetCenterImpactType, req.params.id, res)
}
