import { authenticate, MiddlewareRoute, validateAndTransformBody, validateAndTransformQuery } from "@medusajs/framework/http"
import { requireCenterExhibit, requireCenterRoom, requireCenterSession, requireManagedCenter, resolveManager } from "../utils/actors"
import { PostCancelSession, PostCheckIn } from "../sellers/me/classes/validators"
import { ManageGetRoomCalendar, ManagePostRoomBlock } from "../store/room-bookings/validators"
import { PostExhibit, PostExhibitDecision, PostExhibitUpdate } from "./centers/[id]/exhibits/validators"
import {
  GetCenterSellers,
  GetManagedSessions,
  PostManagedCenter,
  PostMembershipStatus,
  PostRoom,
  PostRoomUpdate,
  PostShopCuration,
} from "./validators"
import { validateBodyWithFieldErrors, validateQueryWithFieldErrors } from "../admin/utils/validate-body"
import { GetCenterImpact } from "./centers/[id]/impact/validators" // issue 6: impact dashboard
import { compensationMiddlewares } from "./centers/[id]/compensations/middlewares" // issue 6: materials compensations
import { GetCenterImpactMonthly } from "./centers/[id]/impact/monthly/validators" // issue 6: monthly indicators report
import { manageScholarshipMiddlewares } from "./centers/[id]/scholarships/middlewares" // issue 6: scholarships

export const manageMiddlewares: MiddlewareRoute[] = [
  {
    matcher: "/manage",
    middlewares: [authenticate("manager", ["bearer", "session"]), resolveManager],
  },
  {
    // every /manage/centers/:id route: the caller must manage that center
    matcher: "/manage/centers/:id",
    middlewares: [requireManagedCenter],
  },
  {
    methods: ["GET"],
    matcher: "/manage/centers/:id/sellers",
    middlewares: [validateAndTransformQuery(GetCenterSellers, {})],
  },
  {
    methods: ["POST"],
    matcher: "/manage/centers/:id/sellers/:seller_id",
    middlewares: [validateAndTransformBody(PostMembershipStatus)],
  },
  {
    methods: ["POST"],
    matcher: "/manage/centers/:id/shop",
    middlewares: [validateAndTransformBody(PostShopCuration)],
  },
  {
    methods: ["POST"],
    matcher: "/manage/centers/:id",
    middlewares: [validateBodyWithFieldErrors(PostManagedCenter)],
  },
  {
    methods: ["POST"],
    matcher: "/manage/centers/:id/rooms",
    middlewares: [validateBodyWithFieldErrors(PostRoom)],
  },
  {
    methods: ["POST"],
    matcher: "/manage/centers/:id/rooms/:room_id",
    middlewares: [validateBodyWithFieldErrors(PostRoomUpdate)],
  },
  // ---- rooms (issue 4): calendar, blocks, bookings, lock secret of one room ----
  {
    matcher: "/manage/centers/:id/rooms/:room_id",
    middlewares: [requireCenterRoom],
  },
  {
    methods: ["GET"],
    matcher: "/manage/centers/:id/rooms/:room_id/calendar",
    middlewares: [validateAndTransformQuery(ManageGetRoomCalendar, {})],
  },
  {
    methods: ["POST"],
    matcher: "/manage/centers/:id/rooms/:room_id/blocks",
    middlewares: [validateBodyWithFieldErrors(ManagePostRoomBlock)],
  },
  // issue 4: sessions held at the center
  {
    methods: ["GET"],
    matcher: "/manage/centers/:id/sessions",
    middlewares: [validateAndTransformQuery(GetManagedSessions, {})],
  },
  {
    matcher: "/manage/centers/:id/sessions/:session_id",
    middlewares: [requireCenterSession],
  },
  {
    methods: ["POST"],
    matcher: "/manage/centers/:id/sessions/:session_id/cancel",
    middlewares: [validateAndTransformBody(PostCancelSession)],
  },
  {
    methods: ["POST"],
    matcher: "/manage/centers/:id/sessions/:session_id/check-in",
    middlewares: [validateAndTransformBody(PostCheckIn)],
  },
  // ---- pop-up exhibits (issue 6) ----
  {
    // the exhibit must be this center's, before any body is read
    matcher: "/manage/centers/:id/exhibits/:exhibit_id",
    middlewares: [requireCenterExhibit],
  },
  {
    methods: ["POST"],
    matcher: "/manage/centers/:id/exhibits",
    middlewares: [validateBodyWithFieldErrors(PostExhibit)],
  },
  {
    methods: ["POST"],
    matcher: "/manage/centers/:id/exhibits/:exhibit_id",
    middlewares: [validateBodyWithFieldErrors(PostExhibitUpdate)],
  },
  {
    methods: ["POST"],
    matcher: "/manage/centers/:id/exhibits/:exhibit_id/applications/:application_id",
    middlewares: [validateBodyWithFieldErrors(PostExhibitDecision)],
  },
  // ---- impact dashboard (issue 6) ----
  {
    methods: ["GET"],
    matcher: "/manage/centers/:id/impact",
    middlewares: [validateQueryWithFieldErrors(GetCenterImpact)],
  },
  ...compensationMiddlewares,
  {
    methods: ["GET"],
    matcher: "/manage/centers/:id/impact/monthly",
    middlewares: [validateQueryWithFieldErrors(GetCenterImpactMonthly)],
  },
  ...manageScholarshipMiddlewares,
]
