import type { MiddlewareRoute } from "@medusajs/framework/http"
import { validateBodyWithFieldErrors, validateQueryWithFieldErrors } from "../../../../admin/utils/validate-body"
import { requireCenterLedgerEntry, requireCompensableClass } from "../../../../utils/actors"
import { GetCompensations, PostCompensation, PostCompensationCancel } from "./validators"

// issue 6: materials compensations (requireManagedCenter has already run for /manage/centers/:id)
export const compensationMiddlewares: MiddlewareRoute[] = [
  {
    methods: ["GET"],
    matcher: "/manage/centers/:id/compensations",
    middlewares: [validateQueryWithFieldErrors(GetCompensations)],
  },
  {
    methods: ["POST"],
    matcher: "/manage/centers/:id/compensations",
    middlewares: [validateBodyWithFieldErrors(PostCompensation), requireCompensableClass],
  },
  {
    methods: ["POST"],
    matcher: "/manage/centers/:id/compensations/:entry_id/cancel",
    middlewares: [requireCenterLedgerEntry, validateBodyWithFieldErrors(PostCompensationCancel)],
  },
]
