import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import CenterSellerLink from "../../links/center-seller"

export type ValidateSellerCentersInput = { seller_id: string; center_ids: string[] }

/** A seller offers goods only at centers whose manager approved them; returns each center's shop and pickup point. */
export const validateSellerCentersStep = createStep(
  "validate-seller-centers",
  async (input: ValidateSellerCentersInput, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data: memberships } = await query.graph({
      entity: CenterSellerLink.entryPoint,
      fields: ["center_id", "center.sales_channel.id", "center.stock_location.id"],
      filters: { seller_id: input.seller_id, status: "approved", center_id: input.center_ids },
    })
    const found = new Set(memberships.map((m: any) => m.center_id))
    const missing = input.center_ids.filter((id) => !found.has(id))
    if (!input.center_ids.length || missing.length) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        "center_ids: выберите центры, где вас уже одобрил менеджер"
      )
    }
    return new StepResponse(
      memberships.map((m: any) => ({
        center_id: m.center_id,
        sales_channel_id: m.center.sales_channel.id as string,
        stock_location_id: m.center.stock_location.id as string,
      }))
    )
  }
)
