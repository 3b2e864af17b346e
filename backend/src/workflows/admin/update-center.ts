import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import {
  updateSalesChannelsWorkflow,
  updateStockLocationsWorkflow,
  useQueryGraphStep,
} from "@medusajs/medusa/core-flows"
import { CenterUpdate, updateCenterRecordStep } from "./steps/update-center"

export type UpdateCenterWorkflowInput = { id: string; update: CenterUpdate }

/**
 * Edits a center; its shop (sales channel) and pickup point (stock location) keep the same name and
 * address, and a closed center's shop stops selling. Each part is undone if a later one fails.
 */
export const updateCenterWorkflow = createWorkflow("update-center", (input: UpdateCenterWorkflowInput) => {
  const { center, previous } = updateCenterRecordStep(input)

  const { data: linked } = useQueryGraphStep({
    entity: "center",
    fields: ["id", "sales_channel.id", "stock_location.id"],
    filters: { id: input.id },
  }).config({ name: "center-shop-and-pickup-point" })

  const channelUpdate = transform({ input, center, linked }, ({ input, center, linked }) => {
    const u = input.update
    const id = linked[0]?.sales_channel?.id
    if (!id || (u.name === undefined && u.district === undefined && u.status === undefined)) {
      return null
    }
    return {
      selector: { id },
      update: {
        name: `Магазин: ${center.name}`,
        description: `Товары соседей, ${center.district}`,
        is_disabled: center.status === "closed",
      },
    }
  })
  when({ channelUpdate }, ({ channelUpdate }) => !!channelUpdate).then(() => {
    updateSalesChannelsWorkflow.runAsStep({ input: channelUpdate as any })
  })

  const locationUpdate = transform({ input, center, linked }, ({ input, center, linked }) => {
    const u = input.update
    const id = linked[0]?.stock_location?.id
    if (!id || (u.name === undefined && u.address === undefined)) {
      return null
    }
    return {
      selector: { id },
      update: {
        name: center.name,
        address: { address_1: center.address, city: "Москва", country_code: "ru" },
      },
    }
  })
  when({ locationUpdate }, ({ locationUpdate }) => !!locationUpdate).then(() => {
    updateStockLocationsWorkflow.runAsStep({ input: locationUpdate as any })
  })

  return new WorkflowResponse(transform({ center, previous }, (data) => data))
})
