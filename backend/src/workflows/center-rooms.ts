import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { RoomInput } from "../modules/center/types"
import { createRoomStep, deleteRoomStep, updateRoomStep } from "./steps/center-rooms"

/** A center's rooms, kept by its manager: what can be rented, for how many people, at what hourly price. */
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
