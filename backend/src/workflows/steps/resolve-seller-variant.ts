import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"

/** The variant must be one of the product's; returns its stock item and the product's pickup points. */
export const resolveSellerVariantStep = createStep(
  "resolve-seller-variant",
  async (input: { product_id: string; variant_id: string }, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data: [variant] } = await query.graph({
      entity: "product_variant",
      fields: ["id", "product_id", "inventory_items.inventory_item_id", "inventory_items.inventory.location_levels.location_id"],
      filters: { id: input.variant_id },
    })
    if (!variant || variant.product_id !== input.product_id) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, "variant_id: у товара нет такого варианта")
    }
    const item = (variant as any).inventory_items?.[0]
    return new StepResponse({
      inventory_item_id: item?.inventory_item_id as string | undefined,
      location_ids: ((item?.inventory?.location_levels ?? []) as any[]).map((l) => l.location_id as string),
    })
  }
)
