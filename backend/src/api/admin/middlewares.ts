import type { MiddlewareRoute } from "@medusajs/framework/http"
import { adminCentersMiddlewares } from "./centers/middlewares"
import { adminProductOriginMiddlewares } from "./products/middlewares"
import { adminSellersMiddlewares } from "./sellers/middlewares"

// Operator routes (Medusa admin authenticates every /admin route itself).
export const adminMiddlewares: MiddlewareRoute[] = [
  ...adminCentersMiddlewares,
  ...adminSellersMiddlewares,
  ...adminProductOriginMiddlewares,
]
