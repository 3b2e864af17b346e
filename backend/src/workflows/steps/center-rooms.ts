import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MedusaError } from "@medusajs/framework/utils"
import { CENTER_MODULE } from "../../modules/center"
import type CenterModuleService from "../../modules/center/service"
import type { RoomInput } from "../../modules/center/types"

const service = (container: { resolve: (k: string) => unknown }) => container.resolve(CENTER_MODULE) as CenterModuleService

async function roomOf(container: any, center_id: string, room_id: string) {
  const [room] = await service(container).listRooms({ id: room_id, center_id }, { take: 1 })
  if (!room) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, "room_id: в этом центре нет такого помещения")
  }
  return room
}

export const createRoomStep = createStep(
  "create-center-room",
  async (input: RoomInput & { center_id: string }, { container }) => {
    const room = await service(container).createRooms(input)
    return new StepResponse(room, room.id)
  },
  async (id, { container }) => {
    if (id) await service(container).deleteRooms(id)
  }
)

export const updateRoomStep = createStep(
  "update-center-room",
  async (input: { center_id: string; room_id: string; update: Partial<RoomInput> }, { container }) => {
    const before = await roomOf(container, input.center_id, input.room_id)
    const room = await service(container).updateRooms({ id: input.room_id, ...input.update })
    const previous = Object.fromEntries(Object.keys(input.update).map((k) => [k, (before as any)[k]]))
    return new StepResponse(room, { id: input.room_id, ...previous })
  },
  async (previous, { container }) => {
    if (previous) await service(container).updateRooms(previous as any)
  }
)

export const deleteRoomStep = createStep(
  "delete-center-room",
  async (input: { center_id: string; room_id: string }, { container }) => {
    await roomOf(container, input.center_id, input.room_id)
    await service(container).softDeleteRooms(input.room_id)
    return new StepResponse(input.room_id, input.room_id)
  },
  async (id, { container }) => {
    if (id) await service(container).restoreRooms(id)
  }
)
