import { MiddlewareRoute, validateAndTransformQuery } from "@medusajs/framework/http"
import { StoreGetClassSessionsParams } from "./validators"

export const storeClassesMiddlewares: MiddlewareRoute[] = [
  {
    methods: ["GET"],
    matcher: "/store/classes",
    middlewares: [validateAndTransformQuery(StoreGetClassSessionsParams, {})],
  },
]
