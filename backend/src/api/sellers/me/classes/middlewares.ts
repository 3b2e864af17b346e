import { MiddlewareRoute, validateAndTransformBody } from "@medusajs/framework/http"
import {
  PostCancelSession,
  PostCheckIn,
  PostClassSessions,
  PostMoveSession,
  PostSellerClass,
  PostSellerClassUpdate,
} from "./validators"

type Guard = NonNullable<MiddlewareRoute["middlewares"]>[number]

/** Routes under /sellers/me/classes; the scoping guards come from src/api/utils/actors.ts. */
export function sellerClassMiddlewares(guards: { requireOwnClass: Guard; requireOwnSession: Guard }): MiddlewareRoute[] {
  return [
    { methods: ["POST"], matcher: "/sellers/me/classes", middlewares: [validateAndTransformBody(PostSellerClass)] },
    { matcher: "/sellers/me/classes/:id", middlewares: [guards.requireOwnClass] },
    { methods: ["POST"], matcher: "/sellers/me/classes/:id", middlewares: [validateAndTransformBody(PostSellerClassUpdate)] },
    { methods: ["POST"], matcher: "/sellers/me/classes/:id/sessions", middlewares: [validateAndTransformBody(PostClassSessions)] },
    { matcher: "/sellers/me/classes/:id/sessions/:session_id", middlewares: [guards.requireOwnSession] },
    { methods: ["POST"], matcher: "/sellers/me/classes/:id/sessions/:session_id", middlewares: [validateAndTransformBody(PostMoveSession)] },
    { methods: ["POST"], matcher: "/sellers/me/classes/:id/sessions/:session_id/cancel", middlewares: [validateAndTransformBody(PostCancelSession)] },
    { methods: ["POST"], matcher: "/sellers/me/classes/:id/sessions/:session_id/check-in", middlewares: [validateAndTransformBody(PostCheckIn)] },
  ]
}
