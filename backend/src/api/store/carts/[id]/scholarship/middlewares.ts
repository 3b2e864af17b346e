import type { MiddlewareRoute } from "@medusajs/framework/http"
import { validateBodyWithFieldErrors } from "../../../../admin/utils/validate-body"
import { StorePostCartScholarship } from "./validators"

// issue 6: a resident enters a scholarship code in the cart
export const storeCartScholarshipMiddlewares: MiddlewareRoute[] = [
  {
    methods: ["POST"],
    matcher: "/store/carts/:id/scholarship",
    middlewares: [validateBodyWithFieldErrors(StorePostCartScholarship)],
  },
]
