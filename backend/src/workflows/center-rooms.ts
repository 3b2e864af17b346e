import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { RoomInput } from "../modules/center/types"
import { createRoomStep, deleteRoomStep, updateRoomStep } from "./steps/center-rooms"

/**
 * A center's rooms, kept by its manager: what can be rented, for how many people, at what hourly
 * price, and when (`opening_hours`, Moscow time; null: the center's hours). The availability grid
 * and the booking checks read the hours from the room, so a change applies to the next request;
 * bookings already made outside new hours stay (the manager cancels them on the room's calendar).
 */
export const createCenterRoomWorkflow = createWorkflow(
  "create-center-room",
  (input: RoomInput & { center_id: string }) => new WorkflowResponse(createRoomStep(input))
)

export const updateCenterRoomWorkflow = createWorkflow(
  "update-center-room",
  (input: { center_id: string; room_id: string; update: Partial<RoomInput> }) =>
    new WorkflowResponse(updateRoomStep(input))
)

export const deleteCenterRoomWorkflow = createWorkflow(
  "delete-center-room",
  (input: { center_id: string; room_id: string }) => new WorkflowResponse(deleteRoomStep(input))
)
