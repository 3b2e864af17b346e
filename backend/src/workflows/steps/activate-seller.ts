import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SELLER_MODULE } from "../../modules/seller"
import type SellerModuleService from "../../modules/seller/service"

/** A seller's first approval by any center makes them a seller the store shows. */
export const activateSellerStep = createStep(
  "activate-seller",
  async (input: { seller_id: string }, { container }) => {
    const service: SellerModuleService = container.resolve(SELLER_MODULE)
    const seller = await service.retrieveSeller(input.seller_id, { select: ["id", "status"] })
    if (seller.status !== "pending") {
      return new StepResponse(seller.status, null)
    }
    await service.updateSellers({ id: seller.id, status: "approved" })
    return new StepResponse("approved", seller.id)
  },
  async (activatedId, { container }) => {
    if (!activatedId) {
      return
    }
    const service: SellerModuleService = container.resolve(SELLER_MODULE)
    await service.updateSellers({ id: activatedId, status: "pending" })
  }
)
