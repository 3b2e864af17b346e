import { authenticate, MiddlewareRoute, validateAndTransformQuery } from "@medusajs/framework/http"
import { validateBodyWithFieldErrors } from "../../admin/utils/validate-body"
import { requireOwnTicket } from "../../utils/actors"
import { guardImpactAnswer } from "./answer-guard"
import { GetLastAnswer, GetRatings, PostClassFeedback } from "./validators"

/** issue 6: the booking questionnaire, its pre-fill, class feedback and ratings. */
export const storeImpactMiddlewares: MiddlewareRoute[] = [
  { methods: ["POST"], matcher: "/store/carts/:id/line-items", middlewares: [guardImpactAnswer] },
  { methods: ["POST"], matcher: "/store/carts/:id/line-items/:line_id", middlewares: [guardImpactAnswer] },
  {
    methods: ["GET"],
    matcher: "/store/impact/last-answer",
    middlewares: [authenticate("customer", ["session", "bearer"]), validateAndTransformQuery(GetLastAnswer, {})],
  },
  {
    methods: ["GET"],
    matcher: "/store/impact/feedback",
    middlewares: [authenticate("customer", ["session", "bearer"])],
  },
  {
    methods: ["GET", "POST"],
    matcher: "/store/impact/feedback/:ticket_id",
    middlewares: [authenticate("customer", ["session", "bearer"]), requireOwnTicket],
  },
  {
    methods: ["POST"],
    matcher: "/store/impact/feedback/:ticket_id",
    middlewares: [validateBodyWithFieldErrors(PostClassFeedback)],
  },
  { methods: ["GET"], matcher: "/store/impact/ratings", middlewares: [validateAndTransformQuery(GetRatings, {})] },
]
