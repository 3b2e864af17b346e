import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { CENTER_MODULE } from "../../modules/center"
import type CenterModuleService from "../../modules/center/service"
import type { CenterInput } from "../../modules/center/types"

export type CreateCenterStepInput = CenterInput

export const createCenterStep = createStep(
  "create-center-record",
  async (input: CreateCenterStepInput, { container }) => {
    const service: CenterModuleService = container.resolve(CENTER_MODULE)
    const { rooms = [], ...data } = input
    const center = await service.createCenters(data)
    if (rooms.length) {
      await service.createRooms(rooms.map((room) => ({ ...room, center_id: center.id })))
    }
    return new StepResponse(center, center.id)
  },
  async (centerId, { container }) => {
    if (!centerId) {
      return
    }
    const service: CenterModuleService = container.resolve(CENTER_MODULE)
    await service.deleteCenters(centerId)
  }
)
