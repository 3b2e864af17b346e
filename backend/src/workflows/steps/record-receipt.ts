import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MedusaError } from "@medusajs/framework/utils"
import { readSellerOrderPart, writeSellerOrderPart } from "./seller-order-part"

export type RecordReceiptInput = { seller_id: string; order_id: string; receipt_number: string }

export const recordReceiptStep = createStep(
  "record-npd-receipt",
  async (input: RecordReceiptInput, { container }) => {
    const current = await readSellerOrderPart(container, input)
    if (current.status !== "handed_over") {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        "receipt_number: чек выбивают после оплаты — когда заказ передан покупателю"
      )
    }
    const next = { ...current, receipt_number: input.receipt_number }
    await writeSellerOrderPart(container, next)
    return new StepResponse(next, current)
  },
  async (previous, { container }) => {
    if (previous) {
      await writeSellerOrderPart(container, previous)
    }
  }
)
