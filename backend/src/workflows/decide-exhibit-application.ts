import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { sendNotificationsStep, useQueryGraphStep } from "@medusajs/medusa/core-flows"
import type { Decision } from "../modules/exhibit/service"
import { decideExhibitApplicationStep, sellerEmailStep } from "./steps/exhibit"

export const EXHIBIT_DECISION_TEMPLATE = "exhibit-decision"

/**
 * The manager approves or declines an application (one free place at a time, see the module's
 * decideApplication), and the artisan is told on the "feed" channel, as residents are of orders.
 */
export const decideExhibitApplicationWorkflow = createWorkflow(
  "decide-exhibit-application",
  (input: Decision & { center_id: string }) => {
    const application = decideExhibitApplicationStep(input)
    const sellerId = transform({ application }, ({ application }) => ({ seller_id: (application as any).seller_id as string }))
    const seller = sellerEmailStep(sellerId)
    const { data: exhibits } = useQueryGraphStep({
      entity: "exhibit",
      fields: ["id", "title", "starts_at", "place"],
      filters: { id: input.exhibit_id },
    }).config({ name: "decided-exhibit" })
    const notifications = transform({ input, application, seller, exhibits }, ({ input, application, seller, exhibits }) =>
      seller.email
        ? [
            {
              to: seller.email,
              // issue 6: the artisan's own «Уведомления» on /sell find it by the seller id
              receiver_id: (application as any).seller_id,
              channel: "feed",
              template: EXHIBIT_DECISION_TEMPLATE,
              data: {
                exhibit_id: input.exhibit_id,
                exhibit_title: exhibits[0]?.title,
                starts_at: exhibits[0]?.starts_at,
                place: exhibits[0]?.place,
                application_id: (application as any).id,
                seller_name: seller.name,
                status: input.status,
                decision_note: input.decision_note ?? null,
                // the artisan reads Russian first
                title: input.status === "approved" ? `Ваша заявка на выставку «${exhibits[0]?.title}» одобрена` : `Ваша заявка на выставку «${exhibits[0]?.title}» отклонена`,
              },
              idempotency_key: `${EXHIBIT_DECISION_TEMPLATE}:${(application as any).id}:${input.status}`,
            },
          ]
        : []
    )
    sendNotificationsStep(notifications)
    return new WorkflowResponse(application)
  }
)
