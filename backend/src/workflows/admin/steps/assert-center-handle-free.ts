import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MedusaError } from "@medusajs/framework/utils"
import { CENTER_MODULE } from "../../../modules/center"
import type CenterModuleService from "../../../modules/center/service"

/** A taken handle is the operator's typo, told before the shop and pickup point are made. */
export const assertCenterHandleFreeStep = createStep(
  "assert-center-handle-free",
  async (input: { handle: string }, { container }) => {
    const service: CenterModuleService = container.resolve(CENTER_MODULE)
    const [taken] = await service.listCenters({ handle: input.handle }, { select: ["id"], take: 1 })
    if (taken) {
      throw new MedusaError(
        MedusaError.Types.DUPLICATE_ERROR,
        `handle: адрес страницы «${input.handle}» уже занят другим центром`
      )
    }
    return new StepResponse(undefined)
  }
)
