import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { sendNotificationsStep, useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { cancelLedgerEntryStep, createLedgerEntryStep, type RecordCompensationInput } from "./steps/ledger"
import { sellerEmailStep } from "./steps/exhibit"

export const COMPENSATION_RECORDED_TEMPLATE = "materials-compensation"

/**
 * A center's manager records what the center pays an artisan for a class's materials; it shows in
 * the artisan's earnings, and the artisan is told on the "feed" channel (addressed to the seller).
 */
export const recordMaterialsCompensationWorkflow = createWorkflow(
  "record-materials-compensation",
  (input: RecordCompensationInput) => {
    const entry = createLedgerEntryStep(input)
    const seller = sellerEmailStep(transform({ input }, ({ input }) => ({ seller_id: input.seller_id })))
    const { data: products } = useQueryGraphStep({
      entity: "product",
      fields: ["id", "title"],
      filters: { id: input.product_id },
    }).config({ name: "compensated-class" })
    const { data: centers } = useQueryGraphStep({
      entity: "center",
      fields: ["id", "name"],
      filters: { id: input.center_id },
    }).config({ name: "compensating-center" })
    sendNotificationsStep(
      transform({ entry, seller, products, centers, input }, ({ entry, seller, products, centers, input }) =>
        seller.email
          ? [
              {
                to: seller.email,
                receiver_id: input.seller_id,
                channel: "feed",
                template: COMPENSATION_RECORDED_TEMPLATE,
                resource_id: (entry as any).id,
                resource_type: "ledger_entry",
                data: {
                  entry_id: (entry as any).id,
                  amount: Number((entry as any).amount),
                  class_title: products[0]?.title ?? null,
                  center_name: centers[0]?.name ?? null,
                  note: (entry as any).note ?? "",
                },
                idempotency_key: `${COMPENSATION_RECORDED_TEMPLATE}:${(entry as any).id}`,
              },
            ]
          : []
      )
    )
    return new WorkflowResponse(entry)
  }
)

/** Undo of an entry recorded by mistake: it stays in the center's list as cancelled, and leaves the earnings. */
export const cancelMaterialsCompensationWorkflow = createWorkflow(
  "cancel-materials-compensation",
  (input: { entry_id: string; cancelled_by: string }) => new WorkflowResponse(cancelLedgerEntryStep(input))
)
