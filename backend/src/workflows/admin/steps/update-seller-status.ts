import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MedusaError } from "@medusajs/framework/utils"
import { SELLER_MODULE } from "../../../modules/seller"
import type SellerModuleService from "../../../modules/seller/service"

export type SellerStatus = "pending" | "approved" | "suspended"

export const updateSellerStatusStep = createStep(
  "update-seller-status-record",
  async (input: { id: string; status: SellerStatus }, { container }) => {
    const service: SellerModuleService = container.resolve(SELLER_MODULE)
    const [seller] = await service.listSellers({ id: input.id }, { take: 1 })
    if (!seller) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Мастер ${input.id} не найден`)
    }
    if (seller.status === input.status) {
      return new StepResponse(seller, null)
    }
    const updated = await service.updateSellers({ id: input.id, status: input.status })
    return new StepResponse(updated, { id: input.id, status: seller.status as SellerStatus })
  },
  async (previous, { container }) => {
    if (!previous) {
      return
    }
    const service: SellerModuleService = container.resolve(SELLER_MODULE)
    await service.updateSellers({ id: previous.id, status: previous.status })
  }
)
