import type { MiddlewareRoute } from "@medusajs/framework/http"
import { validateBodyWithFieldErrors } from "../../../../admin/utils/validate-body"
import { requireCenterScholarship } from "../../../../utils/actors"
import { PostScholarship, PostScholarshipBudget } from "./validators"

// issue 6: scholarships; /manage and /manage/centers/:id (manager of that center) run first
export const manageScholarshipMiddlewares: MiddlewareRoute[] = [
  {
    methods: ["POST"],
    matcher: "/manage/centers/:id/scholarships",
    middlewares: [validateBodyWithFieldErrors(PostScholarship)],
  },
  {
    methods: ["POST"],
    matcher: "/manage/centers/:id/scholarships/budget",
    middlewares: [validateBodyWithFieldErrors(PostScholarshipBudget)],
  },
  {
    methods: ["POST"],
    matcher: "/manage/centers/:id/scholarships/:scholarship_id/revoke",
    middlewares: [requireCenterScholarship],
  },
]
