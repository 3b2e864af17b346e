import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MedusaError } from "@medusajs/framework/utils"
import { CENTER_MODULE } from "../../../modules/center"
import type CenterModuleService from "../../../modules/center/service"
import type { OpeningHours } from "../../../modules/center/types"

export type CenterUpdate = {
  name?: string
  district?: string
  address?: string
  lat?: number
  lng?: number
  opening_hours?: OpeningHours
  phone?: string | null
  email?: string | null
  description?: string
  status?: "active" | "closed"
}

export type UpdateCenterStepInput = { id: string; update: CenterUpdate }

/** Updates the center's own record; compensation puts back exactly the fields it changed. */
export const updateCenterRecordStep = createStep(
  "update-center-record",
  async ({ id, update }: UpdateCenterStepInput, { container }) => {
    const service: CenterModuleService = container.resolve(CENTER_MODULE)
    const [current] = await service.listCenters({ id }, { take: 1 })
    if (!current) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Центр ${id} не найден`)
    }
    const keys = Object.keys(update).filter((k) => (update as any)[k] !== undefined)
    const previous = Object.fromEntries(keys.map((k) => [k, (current as any)[k]]))
    if (!keys.length) {
      return new StepResponse({ center: current, previous }, null)
    }
    const data = Object.fromEntries(keys.map((k) => [k, (update as any)[k]]))
    const center = await service.updateCenters({ id, ...data })
    return new StepResponse({ center, previous }, { id, previous })
  },
  async (compensation, { container }) => {
    if (!compensation) {
      return
    }
    const service: CenterModuleService = container.resolve(CENTER_MODULE)
    await service.updateCenters({ id: compensation.id, ...compensation.previous })
  }
)
