import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import {
  createInventoryLevelsWorkflow,
  createRemoteLinkStep,
  dismissRemoteLinkStep,
  updateProductsWorkflow,
} from "@medusajs/medusa/core-flows"
import { planProductCentersStep } from "./steps/plan-product-centers"
import { validateProductCategoryStep } from "./steps/validate-product-category"
import { validateSellerCentersStep } from "./steps/validate-seller-centers"

export type UpdateSellerProductInput = {
  seller_id: string
  product_id: string
  title?: string
  description?: string
  status?: "draft" | "published"
  images?: string[]
  /** null takes it out of any category */
  category_id?: string | null
  /** replaces the centers the artisan offers it at */
  center_ids?: string[]
}

/** An artisan edits a product: its texts, status, photos and the centers offering it, all or nothing. */
export const updateSellerProductWorkflow = createWorkflow(
  "update-seller-product",
  (input: UpdateSellerProductInput) => {
    validateProductCategoryStep(transform({ input }, ({ input }) => ({ category_id: input.category_id })))
    const plan = when({ input }, ({ input }) => !!input.center_ids).then(() => {
      const centers = validateSellerCentersStep(
        transform({ input }, ({ input }) => ({ seller_id: input.seller_id, center_ids: input.center_ids! }))
      )
      const plan = planProductCentersStep(
        transform({ input, centers }, ({ input, centers }) => ({ product_id: input.product_id, centers }))
      )
      dismissRemoteLinkStep(transform({ plan }, ({ plan }) => plan.remove_links))
      createRemoteLinkStep(transform({ plan }, ({ plan }) => plan.add_links))
      createInventoryLevelsWorkflow.runAsStep({
        input: transform({ plan }, ({ plan }) => ({ inventory_levels: plan.inventory_levels })),
      })
      return plan
    })

    const update = transform({ input, plan }, ({ input, plan }) => {
      const { seller_id, product_id, center_ids, images, category_id, ...fields } = input
      return {
        ...fields,
        ...(category_id !== undefined ? { category_ids: category_id ? [category_id] : [] } : {}),
        ...(images ? { images: images.map((url) => ({ url })), thumbnail: images[0] } : {}),
        ...(plan ? { metadata: plan.metadata } : {}),
      }
    })
    when({ update }, ({ update }) => Object.keys(update).length > 0).then(() => {
      updateProductsWorkflow.runAsStep({
        input: transform({ input, update }, ({ input, update }) => ({ selector: { id: input.product_id }, update })),
      })
    })
    return new WorkflowResponse({ product_id: input.product_id })
  }
)
