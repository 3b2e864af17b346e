import type { MiddlewareRoute } from "@medusajs/framework/http"
import { validateQueryWithFieldErrors } from "../utils/validate-body"
import { AdminGetImpact } from "./validators"

export const adminImpactMiddlewares: MiddlewareRoute[] = [
  { methods: ["GET"], matcher: "/admin/impact", middlewares: [validateQueryWithFieldErrors(AdminGetImpact)] },
]
