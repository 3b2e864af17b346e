import { MiddlewareRoute, validateAndTransformQuery } from "@medusajs/framework/http"
import { listCentersQueryConfig, retrieveCenterQueryConfig } from "./query-config"
import { StoreGetCenterParams, StoreGetCentersParams } from "./validators"

export const storeCentersMiddlewares: MiddlewareRoute[] = [
  {
    methods: ["GET"],
    matcher: "/store/centers",
    middlewares: [validateAndTransformQuery(StoreGetCentersParams, listCentersQueryConfig)],
  },
  {
    methods: ["GET"],
    matcher: "/store/centers/:handle",
    middlewares: [validateAndTransformQuery(StoreGetCenterParams, retrieveCenterQueryConfig)],
  },
]
