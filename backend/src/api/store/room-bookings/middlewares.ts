import {
  authenticate,
  MedusaNextFunction,
  MedusaRequest,
  MedusaResponse,
  MiddlewareRoute,
  validateAndTransformQuery,
} from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { validateBodyWithFieldErrors } from "../../admin/utils/validate-body"
import { requireOwnRoomBooking } from "../../utils/actors"
import { HookPostLockVerify, StoreGetRoomAvailability, StorePostRoomBooking } from "./validators"

/**
 * The center routes let callers pick `fields` (rooms.* included): a room's lock secret hash is never
 * one of them, whatever is asked.
 */
export function refuseLockSecretFields(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  const fields = req.query?.fields
  if (fields && /lock_secret/i.test(String(fields))) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, "fields: секрет замка не выдаётся")
  }
  next()
}

/** Rooms (issue 4): the public grid, residents' bookings, and the door locks' code check. */
export const roomMiddlewares: MiddlewareRoute[] = [
  {
    matcher: "/store/centers",
    middlewares: [refuseLockSecretFields],
  },
  {
    methods: ["GET"],
    matcher: "/store/rooms/:id/availability",
    middlewares: [validateAndTransformQuery(StoreGetRoomAvailability, {})],
  },
  {
    methods: ["POST"],
    matcher: "/store/room-bookings",
    middlewares: [authenticate("customer", ["bearer", "session"]), validateBodyWithFieldErrors(StorePostRoomBooking)],
  },
  {
    // every route of one booking: the caller's own only
    matcher: "/store/customers/me/room-bookings/:id",
    middlewares: [authenticate("customer", ["bearer", "session"]), requireOwnRoomBooking],
  },
  {
    methods: ["POST"],
    matcher: "/hooks/locks/:room/verify",
    middlewares: [validateBodyWithFieldErrors(HookPostLockVerify)],
  },
]
