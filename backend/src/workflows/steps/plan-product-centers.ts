import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"

export type PlanProductCentersInput = {
  product_id: string
  /** the chosen centers, already checked to be the artisan's approved ones */
  centers: { center_id: string; sales_channel_id: string; stock_location_id: string }[]
}

/**
 * Works out what changes when an artisan picks other centers for a product: only the centers they
 * added or dropped since their last choice move. A center whose manager took the product out of the
 * shop stays out while the artisan keeps it ticked, so curation is never undone by an unrelated edit.
 */
export const planProductCentersStep = createStep(
  "plan-product-centers",
  async (input: PlanProductCentersInput, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data: [product] } = await query.graph({
      entity: "product",
      fields: [
        "id",
        "metadata",
        "sales_channels.id",
        "variants.inventory_items.inventory_item_id",
        "variants.inventory_items.inventory.location_levels.location_id",
        "variants.inventory_items.inventory.location_levels.stocked_quantity",
      ],
      filters: { id: input.product_id },
    })
    const channels = new Set(((product as any).sales_channels ?? []).map((c: any) => c.id as string))
    const { data: allCenters } = await query.graph({
      entity: "center",
      fields: ["id", "sales_channel.id", "stock_location.id"],
    })
    const previous: string[] = Array.isArray((product as any).metadata?.offered_center_ids)
      ? (product as any).metadata.offered_center_ids
      : allCenters.filter((c: any) => channels.has(c.sales_channel?.id)).map((c: any) => c.id)
    const chosen = new Set(input.centers.map((c) => c.center_id))
    const added = input.centers.filter((c) => !previous.includes(c.center_id))
    const dropped = allCenters.filter((c: any) => previous.includes(c.id) && !chosen.has(c.id))

    const link = (sales_channel_id: string) => ({
      [Modules.PRODUCT]: { product_id: input.product_id },
      [Modules.SALES_CHANNEL]: { sales_channel_id },
    })
    // stock is counted per center: a new center starts with what the others hold (the largest)
    const levels = ((product as any).variants ?? []).flatMap((variant: any) => {
      const item = variant.inventory_items?.[0]
      if (!item) return []
      const existing = (item.inventory?.location_levels ?? []) as any[]
      const stock = Math.max(0, ...existing.map((l) => Number(l.stocked_quantity ?? 0)))
      return added
        .filter((c) => !existing.some((l) => l.location_id === c.stock_location_id))
        .map((c) => ({ inventory_item_id: item.inventory_item_id, location_id: c.stock_location_id, stocked_quantity: stock }))
    })

    return new StepResponse({
      add_links: added.filter((c) => !channels.has(c.sales_channel_id)).map((c) => link(c.sales_channel_id)),
      remove_links: dropped
        .filter((c: any) => channels.has(c.sales_channel?.id))
        .map((c: any) => link(c.sales_channel.id)),
      inventory_levels: levels,
      metadata: { ...((product as any).metadata ?? {}), offered_center_ids: input.centers.map((c) => c.center_id) },
    })
  }
)
