import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MedusaError } from "@medusajs/framework/utils"
import { CENTER_MODULE } from "../../modules/center"
import type CenterModuleService from "../../modules/center/service"

export type CreateManagerStepInput = {
  email: string
  first_name: string
  last_name?: string
  phone?: string | null
  center_ids: string[]
}

export const createManagerStep = createStep(
  "create-manager-record",
  async (input: CreateManagerStepInput, { container }) => {
    const service: CenterModuleService = container.resolve(CENTER_MODULE)
    const email = input.email.trim().toLowerCase()
    const [taken] = await service.listManagers({ email }, { select: ["id"], take: 1 })
    if (taken) {
      throw new MedusaError(MedusaError.Types.DUPLICATE_ERROR, "email: этот менеджер уже есть")
    }
    const { center_ids, ...data } = input
    const manager = await service.createManagers({ ...data, email, centers: center_ids } as any)
    return new StepResponse(manager, manager.id)
  },
  async (managerId, { container }) => {
    if (!managerId) {
      return
    }
    const service: CenterModuleService = container.resolve(CENTER_MODULE)
    await service.deleteManagers(managerId)
  }
)
