import { MiddlewareRoute, validateAndTransformQuery } from "@medusajs/framework/http"
import { retrieveSellerQueryConfig } from "./query-config"
import { StoreGetSellerParams } from "./validators"

export const storeSellersMiddlewares: MiddlewareRoute[] = [
  {
    methods: ["GET"],
    matcher: "/store/sellers/:handle",
    middlewares: [validateAndTransformQuery(StoreGetSellerParams, retrieveSellerQueryConfig)],
  },
]
