import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MedusaError } from "@medusajs/framework/utils"
import { SELLER_MODULE } from "../../modules/seller"
import type SellerModuleService from "../../modules/seller/service"

export type CreateSellerStepInput = {
  handle: string
  name: string
  bio?: string
  tax_status: "npd" | "ip" | "individual" | "organization"
  inn: string
  phone?: string | null
  email?: string | null
  photo_url?: string | null
  status?: "pending" | "approved" | "suspended"
}

export const createSellerStep = createStep(
  "create-seller-record",
  async (input: CreateSellerStepInput, { container }) => {
    const service: SellerModuleService = container.resolve(SELLER_MODULE)
    service.assertValidInn(input.inn, input.tax_status)
    const [byHandle, byInn] = await Promise.all([
      service.listSellers({ handle: input.handle }, { select: ["id"], take: 1 }),
      service.listSellers({ inn: input.inn }, { select: ["id"], take: 1 }),
    ])
    if (byHandle.length) {
      throw new MedusaError(MedusaError.Types.DUPLICATE_ERROR, "handle: этот адрес страницы уже занят")
    }
    if (byInn.length) {
      throw new MedusaError(MedusaError.Types.DUPLICATE_ERROR, "inn: мастер с таким ИНН уже зарегистрирован")
    }
    const seller = await service.createSellers(input)
    return new StepResponse(seller, seller.id)
  },
  async (sellerId, { container }) => {
    if (!sellerId) {
      return
    }
    const service: SellerModuleService = container.resolve(SELLER_MODULE)
    await service.deleteSellers(sellerId)
  }
)
