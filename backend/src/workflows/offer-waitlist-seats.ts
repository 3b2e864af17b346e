import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { sendNotificationsStep, useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { offerFreeSeatsStep } from "./steps/waitlist"

export const WAITLIST_OFFER_TEMPLATE = "class-waitlist-offer"

/** Freed seats go to the first in line, held for them; the message links to the normal booking page. */
export const offerWaitlistSeatsWorkflow = createWorkflow("offer-waitlist-seats", (input: { session_id: string }) => {
  const offered = offerFreeSeatsStep(input)
  const { data: products } = useQueryGraphStep({
    entity: "product",
    fields: ["id", "title", "handle"],
    filters: { id: transform({ offered }, ({ offered }) => [...new Set(offered.map((o: any) => o.product_id))]) },
  }).config({ name: "offered-class" })
  sendNotificationsStep(
    transform({ offered, products, input }, ({ offered, products, input }) => {
      const storefront = process.env.STOREFRONT_URL || "http://localhost:4321"
      return offered.map((o: any) => {
        const product: any = products.find((p: any) => p.id === o.product_id)
        return {
          to: o.email,
          channel: "feed",
          template: WAITLIST_OFFER_TEMPLATE,
          data: {
            name: o.name,
            title: product?.title,
            offer_expires_at: new Date(o.offer_expires_at).toISOString(),
            url: `${storefront}/classes/${product?.handle}?session=${input.session_id}&offer=${o.offer_token}`,
          },
          idempotency_key: `${WAITLIST_OFFER_TEMPLATE}:${o.id}:${o.offer_token}`,
        }
      })
    })
  )
  return new WorkflowResponse(offered)
})
