import type { MiddlewareRoute } from "@medusajs/framework/http"
import { adminCentersMiddlewares } from "./centers/middlewares"
import { adminImpactMiddlewares } from "./impact/middlewares" // issue 6: impact dashboard
import { adminProductOriginMiddlewares } from "./products/middlewares"
import { adminSellersMiddlewares } from "./sellers/middlewares"

// Operator routes (Medusa admin authenticates every /admin route itself).
export const adminMiddlewares: MiddlewareRoute[] = [
  ...adminCentersMiddlewares,
  ...adminSellersMiddlewares,
  ...adminProductOriginMiddlewares,
  ...adminImpactMiddlewares,
]
