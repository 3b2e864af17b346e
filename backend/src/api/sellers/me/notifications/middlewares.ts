import type { MiddlewareRoute } from "@medusajs/framework/http"
import { validateQueryWithFieldErrors } from "../../../admin/utils/validate-body"
import { GetSellerNotifications } from "./validators"

// issue 6: the artisan's own messages (resolveSeller has already run for /sellers/me)
export const sellerNotificationMiddlewares: MiddlewareRoute[] = [
  {
    methods: ["GET"],
    matcher: "/sellers/me/notifications",
    middlewares: [validateQueryWithFieldErrors(GetSellerNotifications)],
  },
]
