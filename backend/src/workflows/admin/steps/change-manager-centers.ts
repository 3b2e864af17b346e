import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MedusaError } from "@medusajs/framework/utils"
import { CENTER_MODULE } from "../../../modules/center"
import type CenterModuleService from "../../../modules/center/service"

export type ChangeManagerCentersInput = {
  manager_id: string
  /** assign the manager to this center */
  add?: string
  /** take this center away from the manager */
  remove?: string
}

/** Adds or removes one center of a manager; compensation restores the centers they had. */
export const changeManagerCentersStep = createStep(
  "change-manager-centers",
  async (input: ChangeManagerCentersInput, { container }) => {
    const service: CenterModuleService = container.resolve(CENTER_MODULE)
    const [manager] = await service.listManagers({ id: input.manager_id }, { relations: ["centers"], take: 1 })
    if (!manager) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `manager_id: менеджер ${input.manager_id} не найден`)
    }
    if (input.add) {
      const [center] = await service.listCenters({ id: input.add }, { select: ["id"], take: 1 })
      if (!center) {
        throw new MedusaError(MedusaError.Types.NOT_FOUND, `Центр ${input.add} не найден`)
      }
    }
    const before: string[] = (manager.centers ?? []).map((c: any) => c.id)
    if (input.remove && !before.includes(input.remove)) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, "manager_id: этот менеджер не назначен в этот центр")
    }
    let after = before.filter((id) => id !== input.remove)
    if (input.add && !after.includes(input.add)) {
      after = [...after, input.add]
    }
    const unchanged = after.length === before.length && after.every((id) => before.includes(id))
    if (unchanged) {
      return new StepResponse({ id: manager.id, center_ids: before }, null)
    }
    await service.updateManagers({ id: manager.id, centers: after } as any)
    return new StepResponse({ id: manager.id, center_ids: after }, { id: manager.id, center_ids: before })
  },
  async (compensation, { container }) => {
    if (!compensation) {
      return
    }
    const service: CenterModuleService = container.resolve(CENTER_MODULE)
    await service.updateManagers({ id: compensation.id, centers: compensation.center_ids } as any)
  }
)
