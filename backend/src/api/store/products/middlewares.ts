import { MiddlewareRoute, validateAndTransformQuery } from "@medusajs/framework/http"
import { hideSuspendedFromList, hideSuspendedProduct } from "./hide-suspended"
import { retrieveProductOriginQueryConfig } from "./query-config"
import { StoreGetProductOriginParams } from "./validators"

export const storeProductOriginMiddlewares: MiddlewareRoute[] = [
  { methods: ["GET"], matcher: "/store/products", middlewares: [hideSuspendedFromList] },
  { methods: ["GET"], matcher: "/store/products/:id", middlewares: [hideSuspendedProduct] },
  {
    methods: ["GET"],
    matcher: "/store/products/:id/origin",
    middlewares: [
      validateAndTransformQuery(StoreGetProductOriginParams, retrieveProductOriginQueryConfig),
    ],
  },
]
