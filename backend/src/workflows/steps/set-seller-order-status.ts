import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MedusaError } from "@medusajs/framework/utils"
import { readSellerOrderPart, SellerOrderPart, writeSellerOrderPart } from "./seller-order-part"

export type SellerOrderStatus = "new" | "ready_for_pickup" | "handed_over"
export type SetSellerOrderStatusInput = { seller_id: string; order_id: string; status: SellerOrderStatus }

// a part moves forward only: it is made ready, then handed over
const NEXT: Record<SellerOrderStatus, SellerOrderStatus[]> = {
  new: ["ready_for_pickup"],
  ready_for_pickup: ["handed_over"],
  handed_over: [],
}

export const setSellerOrderStatusStep = createStep(
  "set-seller-order-status",
  async (input: SetSellerOrderStatusInput, { container }) => {
    const current = await readSellerOrderPart(container, input)
    if (!NEXT[current.status as SellerOrderStatus]?.includes(input.status)) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `status: заказ в статусе «${current.status}» нельзя перевести в «${input.status}»`
      )
    }
    const next: SellerOrderPart = {
      ...current,
      status: input.status,
      handed_over_at: input.status === "handed_over" ? new Date() : current.handed_over_at,
    }
    await writeSellerOrderPart(container, next)
    return new StepResponse(next, current)
  },
  async (previous, { container }) => {
    if (previous) {
      await writeSellerOrderPart(container, previous)
    }
  }
)
