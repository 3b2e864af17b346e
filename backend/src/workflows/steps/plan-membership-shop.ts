import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"

export type PlanMembershipShopInput = { center_id: string; seller_id: string; status: string }

/**
 * What a membership decision means for the center's shop: a declined or suspended artisan's goods
 * leave it (and its «Выбор центра»); approving them again brings back the goods they chose to offer
 * there. The shop is the center's sales channel, so nothing else needs hiding.
 */
export const planMembershipShopStep = createStep(
  "plan-membership-shop",
  async (input: PlanMembershipShopInput, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const [{ data: [center] }, { data: [seller] }] = await Promise.all([
      query.graph({ entity: "center", fields: ["sales_channel.id", "featured_product_ids"], filters: { id: input.center_id } }),
      query.graph({
        entity: "seller",
        fields: ["products.id", "products.metadata", "products.sales_channels.id"],
        filters: { id: input.seller_id },
      }),
    ])
    const channel = (center as any)?.sales_channel?.id as string | undefined
    const products = ((seller as any)?.products ?? []) as any[]
    const inShop = (p: any) => (p.sales_channels ?? []).some((s: any) => s.id === channel)
    const offeredHere = (p: any) =>
      Array.isArray(p.metadata?.offered_center_ids) && p.metadata.offered_center_ids.includes(input.center_id)
    let add: string[] = []
    let remove: string[] = []
    if (channel && (input.status === "declined" || input.status === "suspended")) {
      remove = products.filter(inShop).map((p) => p.id)
    } else if (channel && input.status === "approved") {
      add = products.filter((p) => offeredHere(p) && !inShop(p)).map((p) => p.id)
    }
    return new StepResponse({ center_id: input.center_id, sales_channel_id: channel ?? null, add, remove })
  }
)
