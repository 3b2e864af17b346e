import { MiddlewareRoute, validateAndTransformQuery } from "@medusajs/framework/http"
import { validateBodyWithFieldErrors } from "../utils/validate-body"
import { listAdminSellersQueryConfig } from "./query-config"
import { AdminGetSellersParams, AdminUpdateSellerStatus } from "./validators"

export const adminSellersMiddlewares: MiddlewareRoute[] = [
  {
    methods: ["GET"],
    matcher: "/admin/sellers",
    middlewares: [validateAndTransformQuery(AdminGetSellersParams, listAdminSellersQueryConfig)],
  },
  {
    methods: ["POST"],
    matcher: "/admin/sellers/:id/status",
    middlewares: [validateBodyWithFieldErrors(AdminUpdateSellerStatus)],
  },
]
