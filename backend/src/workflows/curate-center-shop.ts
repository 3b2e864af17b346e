import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep, linkProductsToSalesChannelWorkflow } from "@medusajs/medusa/core-flows"
import { SEARCH_REFRESH_EVENT } from "../search/_events"
import { CurateShopInput, setFeaturedProductsStep, validateShopChoiceStep } from "./steps/curate-shop"

/** The manager decides which of their artisans' goods the center's shop holds and which come first. */
export const curateCenterShopWorkflow = createWorkflow("curate-center-shop", (input: CurateShopInput) => {
  const { sales_channel_id } = validateShopChoiceStep(input)
  linkProductsToSalesChannelWorkflow.runAsStep({
    input: transform({ input, sales_channel_id }, ({ input, sales_channel_id }) => ({
      id: sales_channel_id,
      add: input.add ?? [],
      remove: input.remove ?? [],
    })),
  })
  when({ input }, ({ input }) => !!input.featured_product_ids || !!input.remove?.length).then(() => {
    setFeaturedProductsStep(input)
  })
  // links announce nothing: the search index learns of the shop's change from this (after the commit)
  emitEventStep({
    eventName: SEARCH_REFRESH_EVENT,
    data: transform({ input }, ({ input }) => ({ product_ids: [...(input.add ?? []), ...(input.remove ?? [])] })),
  })
  return new WorkflowResponse({ sales_channel_id })
})
