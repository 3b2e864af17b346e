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
import { guardRoomsOnComplete } from "./cart-guard"
import { HookPostLockVerify, StoreGetRoomAvailability, StorePostRoomBooking, StorePostRoomBookingCart } from "./validators"

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
    // pay through checkout: the caller's own held booking into their cart
    methods: ["POST"],
    matcher: "/store/room-bookings/:id/cart",
    middlewares: [
      authenticate("customer", ["bearer", "session"]),
      requireOwnRoomBooking,
      validateBodyWithFieldErrors(StorePostRoomBookingCart),
    ],
  },
  {
    // a room line whose hold ran out (or was cancelled) is refused before Medusa places the order
    methods: ["POST"],
    matcher: "/store/carts/:id/complete",
    middlewares: [guardRoomsOnComplete],
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
