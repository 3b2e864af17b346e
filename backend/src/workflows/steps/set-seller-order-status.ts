import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import SellerOrderLink from "../../links/seller-order"
import { SELLER_MODULE } from "../../modules/seller"

export type SellerOrderStatus = "new" | "ready_for_pickup" | "handed_over"
export type SetSellerOrderStatusInput = { seller_id: string; order_id: string; status: SellerOrderStatus }

// a part moves forward only: it is made ready, then handed over
const NEXT: Record<SellerOrderStatus, SellerOrderStatus[]> = {
  new: ["ready_for_pickup"],
  ready_for_pickup: ["handed_over"],
  handed_over: [],
}

const part = (input: { seller_id: string; order_id: string }, status: string) => ({
  [SELLER_MODULE]: { seller_id: input.seller_id },
  [Modules.ORDER]: { order_id: input.order_id },
  data: { status },
})

export const setSellerOrderStatusStep = createStep(
  "set-seller-order-status",
  async (input: SetSellerOrderStatusInput, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data: [current] } = await query.graph({
      entity: SellerOrderLink.entryPoint,
      fields: ["status"],
      filters: { seller_id: input.seller_id, order_id: input.order_id },
    })
    if (!current) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, "Заказ не найден")
    }
    if (!NEXT[current.status as SellerOrderStatus]?.includes(input.status)) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `status: заказ в статусе «${current.status}» нельзя перевести в «${input.status}»`
      )
    }
    await container.resolve(ContainerRegistrationKeys.LINK).create(part(input, input.status))
    return new StepResponse({ ...input }, { ...input, status: current.status })
  },
  async (previous, { container }) => {
    if (!previous) {
      return
    }
    await container.resolve(ContainerRegistrationKeys.LINK).create(part(previous, previous.status))
  }
)
