import type { MiddlewareRoute } from "@medusajs/framework/http"
import { validateQueryWithFieldErrors } from "../utils/validate-body"
import { AdminGetImpactMonthly } from "./monthly/validators"
import { AdminGetImpact } from "./validators"

export const adminImpactMiddlewares: MiddlewareRoute[] = [
  { methods: ["GET"], matcher: "/admin/impact", middlewares: [validateQueryWithFieldErrors(AdminGetImpact)] },
  { methods: ["GET"], matcher: "/admin/impact/monthly", middlewares: [validateQueryWithFieldErrors(AdminGetImpactMonthly)] },
]
