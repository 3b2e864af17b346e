import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SELLER_MODULE } from "../../modules/seller"
import type SellerModuleService from "../../modules/seller/service"

export type SellerProfileUpdate = { name?: string; bio?: string; phone?: string | null; email?: string | null; photo_url?: string | null }

export const updateSellerProfileStep = createStep(
  "update-seller-profile",
  async (input: { id: string; update: SellerProfileUpdate }, { container }) => {
    const service: SellerModuleService = container.resolve(SELLER_MODULE)
    const keys = Object.keys(input.update) as (keyof SellerProfileUpdate)[]
    const before = await service.retrieveSeller(input.id, { select: ["id", ...keys] })
    const seller = await service.updateSellers({ id: input.id, ...input.update })
    return new StepResponse(seller, Object.fromEntries(["id", ...keys].map((k) => [k, (before as any)[k]])))
  },
  async (previous, { container }) => {
    if (previous) {
      const service: SellerModuleService = container.resolve(SELLER_MODULE)
      await service.updateSellers(previous as any)
    }
  }
)
