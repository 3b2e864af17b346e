import type { MiddlewareRoute } from "@medusajs/framework/http"

// Operator routes (Medusa admin authenticates every /admin route itself).
export const adminMiddlewares: MiddlewareRoute[] = []
