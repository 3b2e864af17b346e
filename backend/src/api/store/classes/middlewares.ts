import { authenticate, MiddlewareRoute, validateAndTransformBody, validateAndTransformQuery } from "@medusajs/framework/http"
import { guardSeatsOnAdd, guardSeatsOnComplete } from "./seat-guard"
import { StoreGetClassSessionsParams, StorePostGuestTicketCancel, StorePostWaitlist } from "./validators"

export const storeClassesMiddlewares: MiddlewareRoute[] = [
  {
    methods: ["GET"],
    matcher: "/store/classes",
    middlewares: [validateAndTransformQuery(StoreGetClassSessionsParams, {})],
  },
  // issue 4: seats of class sessions in carts, waitlist, guest cancellation
  {
    methods: ["POST"],
    matcher: "/store/carts/:id/line-items",
    middlewares: [guardSeatsOnAdd],
  },
  {
    methods: ["POST"],
    matcher: "/store/carts/:id/complete",
    middlewares: [guardSeatsOnComplete],
  },
  {
    methods: ["POST"],
    matcher: "/store/class-sessions/:id/waitlist",
    middlewares: [
      authenticate("customer", ["session", "bearer"], { allowUnauthenticated: true }),
      validateAndTransformBody(StorePostWaitlist),
    ],
  },
  {
    methods: ["POST"],
    matcher: "/store/orders/:id/tickets/:ticket_id/cancel",
    middlewares: [validateAndTransformBody(StorePostGuestTicketCancel)],
  },
]
