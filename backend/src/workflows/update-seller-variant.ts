import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { updateInventoryLevelsWorkflow, updateProductVariantsWorkflow } from "@medusajs/medusa/core-flows"
import { resolveSellerVariantStep } from "./steps/resolve-seller-variant"

export type UpdateSellerVariantInput = {
  product_id: string
  variant_id: string
  title?: string
  price?: number
  /** units available at each center that offers the product */
  stock?: number
}

/** An artisan changes a variant's price or stock; both changes roll back together. */
export const updateSellerVariantWorkflow = createWorkflow(
  "update-seller-variant",
  (input: UpdateSellerVariantInput) => {
    const stock = resolveSellerVariantStep(
      transform({ input }, ({ input }) => ({ product_id: input.product_id, variant_id: input.variant_id }))
    )
    when({ input }, ({ input }) => input.price !== undefined || input.title !== undefined).then(() => {
      updateProductVariantsWorkflow.runAsStep({
        input: transform({ input }, ({ input }) => ({
          selector: { id: input.variant_id },
          update: {
            ...(input.title !== undefined ? { title: input.title } : {}),
            ...(input.price !== undefined ? { prices: [{ currency_code: "rub", amount: input.price }] } : {}),
          },
        })),
      })
    })
    when({ input, stock }, ({ input, stock }) => input.stock !== undefined && !!stock.inventory_item_id).then(() => {
      updateInventoryLevelsWorkflow.runAsStep({
        input: transform({ input, stock }, ({ input, stock }) => ({
          updates: stock.location_ids.map((location_id) => ({
            inventory_item_id: stock.inventory_item_id!,
            location_id,
            stocked_quantity: input.stock!,
          })),
        })),
      })
    })
    return new WorkflowResponse(stock)
  }
)
