import { MiddlewareRoute, validateAndTransformQuery } from "@medusajs/framework/http"
import { retrieveAdminProductOriginQueryConfig } from "./query-config"
import { AdminGetProductOriginParams } from "./validators"

export const adminProductOriginMiddlewares: MiddlewareRoute[] = [
  {
    methods: ["GET"],
    matcher: "/admin/products/:id/origin",
    middlewares: [
      validateAndTransformQuery(AdminGetProductOriginParams, retrieveAdminProductOriginQueryConfig),
    ],
  },
]
