import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import CenterSellerLink from "../../links/center-seller"
import { CENTER_MODULE } from "../../modules/center"
import type CenterModuleService from "../../modules/center/service"

export type CurateShopInput = {
  center_id: string
  add?: string[]
  remove?: string[]
  /** full new order of featured products; omitted = unchanged */
  featured_product_ids?: string[]
}

/** A center's shop holds only goods of artisans the center approved. */
export const validateShopChoiceStep = createStep(
  "validate-shop-choice",
  async (input: CurateShopInput, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const wanted = [...new Set([...(input.add ?? []), ...(input.featured_product_ids ?? [])])]
    const { data: members } = await query.graph({
      entity: CenterSellerLink.entryPoint,
      fields: ["seller.products.id"],
      filters: { center_id: input.center_id, status: "approved" },
    })
    const allowed = new Set(members.flatMap((m: any) => (m.seller?.products ?? []).map((p: any) => p.id)))
    const foreign = wanted.filter((id) => !allowed.has(id))
    if (foreign.length) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `product_id: это не товар мастера вашего центра (${foreign.length})`
      )
    }
    const { data: [center] } = await query.graph({
      entity: "center",
      fields: ["sales_channel.id"],
      filters: { id: input.center_id },
    })
    return new StepResponse({ sales_channel_id: center.sales_channel!.id as string })
  }
)

/** Sets the featured order (or keeps it) and drops products that left the shop from it. */
export const setFeaturedProductsStep = createStep(
  "set-featured-products",
  async (input: CurateShopInput, { container }) => {
    const service: CenterModuleService = container.resolve(CENTER_MODULE)
    const before = await service.retrieveCenter(input.center_id, { select: ["id", "featured_product_ids"] })
    const removed = new Set(input.remove ?? [])
    const featured = (input.featured_product_ids ?? ((before.featured_product_ids ?? []) as string[])).filter(
      (id) => !removed.has(id)
    )
    await service.updateCenters({ id: input.center_id, featured_product_ids: featured })
    return new StepResponse(featured, {
      id: input.center_id,
      featured_product_ids: (before.featured_product_ids ?? []) as string[],
    })
  },
  async (previous, { container }) => {
    if (previous) {
      const service: CenterModuleService = container.resolve(CENTER_MODULE)
      await service.updateCenters(previous)
    }
  }
)
