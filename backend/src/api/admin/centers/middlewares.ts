import { MiddlewareRoute, validateAndTransformQuery } from "@medusajs/framework/http"
import { validateBodyWithFieldErrors } from "../utils/validate-body"
import { listAdminCentersQueryConfig, retrieveAdminCenterQueryConfig } from "./query-config"
import {
  AdminAssignCenterManager,
  AdminCreateCenter,
  AdminGetCenterParams,
  AdminGetCentersParams,
  AdminUpdateCenter,
} from "./validators"
import { PostScholarshipBudget } from "../../manage/centers/[id]/scholarships/validators"

export const adminCentersMiddlewares: MiddlewareRoute[] = [
  {
    methods: ["GET"],
    matcher: "/admin/centers",
    middlewares: [validateAndTransformQuery(AdminGetCentersParams, listAdminCentersQueryConfig)],
  },
  {
    methods: ["POST"],
    matcher: "/admin/centers",
    middlewares: [validateBodyWithFieldErrors(AdminCreateCenter)],
  },
  {
    methods: ["GET"],
    matcher: "/admin/centers/:id",
    middlewares: [validateAndTransformQuery(AdminGetCenterParams, retrieveAdminCenterQueryConfig)],
  },
  {
    methods: ["POST"],
    matcher: "/admin/centers/:id",
    middlewares: [validateBodyWithFieldErrors(AdminUpdateCenter)],
  },
  {
    methods: ["POST"],
    matcher: "/admin/centers/:id/managers",
    middlewares: [validateBodyWithFieldErrors(AdminAssignCenterManager)],
  },
  // issue 6: the operator may set a center's scholarship budget too
  {
    methods: ["POST"],
    matcher: "/admin/centers/:id/scholarship-budget",
    middlewares: [validateBodyWithFieldErrors(PostScholarshipBudget)],
  },
]
