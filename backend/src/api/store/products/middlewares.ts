import { MiddlewareRoute, validateAndTransformQuery } from "@medusajs/framework/http"
import { retrieveProductOriginQueryConfig } from "./query-config"
import { StoreGetProductOriginParams } from "./validators"

export const storeProductOriginMiddlewares: MiddlewareRoute[] = [
  {
    methods: ["GET"],
    matcher: "/store/products/:id/origin",
    middlewares: [
      validateAndTransformQuery(StoreGetProductOriginParams, retrieveProductOriginQueryConfig),
    ],
  },
]
