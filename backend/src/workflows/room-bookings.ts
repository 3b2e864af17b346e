import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import {
  cancelRoomBookingStep,
  confirmRoomBookingStep,
  ensureCenterRoomStep,
  holdRoomStep,
  type HoldRoomInput,
  releaseExpiredHoldsStep,
  rotateLockSecretStep,
} from "./steps/room-bookings"
import { occupyRoomStep } from "./steps/room-occupancy"

/** A resident holds a room slot for 15 minutes (a free room is confirmed at once). */
export const holdRoomWorkflow = createWorkflow("hold-room", (input: HoldRoomInput) => new WorkflowResponse(holdRoomStep(input)))

/** The held booking is confirmed and gets its door code (a paid one only by the system, not by the resident). */
export const confirmRoomBookingWorkflow = createWorkflow(
  "confirm-room-booking",
  (input: { id: string; customer_id?: string; order_id?: string | null; cart_id?: string | null }) =>
    new WorkflowResponse(confirmRoomBookingStep(input))
)

/** A resident cancels their own booking, or a manager cancels a booking of their center's room. */
export const cancelRoomBookingWorkflow = createWorkflow(
  "cancel-room-booking",
  (input: { id: string; customer_id?: string; center_id?: string; room_id?: string }) =>
    new WorkflowResponse(
      cancelRoomBookingStep({
        id: input.id,
        kind: "booking",
        customer_id: input.customer_id,
        center_id: input.center_id,
        room_id: input.room_id,
      })
    )
)

/** A manager blocks a room's time (repairs, the center's own events). */
export const blockRoomTimeWorkflow = createWorkflow(
  "block-room-time",
  (input: { center_id: string; room_id: string; starts_at: string; ends_at: string; purpose?: string }) => {
    ensureCenterRoomStep({ center_id: input.center_id, room_id: input.room_id })
    return new WorkflowResponse(
      occupyRoomStep({ room_id: input.room_id, starts_at: input.starts_at, ends_at: input.ends_at, kind: "block", purpose: input.purpose })
    )
  }
)

export const removeRoomBlockWorkflow = createWorkflow(
  "remove-room-block",
  (input: { center_id: string; room_id: string; id: string }) =>
    new WorkflowResponse(
      cancelRoomBookingStep({ id: input.id, kind: "block", center_id: input.center_id, room_id: input.room_id })
    )
)

/** Every minute (job room-release-holds): holds whose 15 minutes ran out free their slot. */
export const releaseExpiredRoomHoldsWorkflow = createWorkflow("release-expired-room-holds", () =>
  new WorkflowResponse(releaseExpiredHoldsStep())
)

export const rotateRoomLockSecretWorkflow = createWorkflow(
  "rotate-room-lock-secret",
  (input: { center_id: string; room_id: string }) => new WorkflowResponse(rotateLockSecretStep(input))
)
