import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { Modules } from "@medusajs/framework/utils"
import type { CreateProductWorkflowInputDTO } from "@medusajs/framework/types"
import {
  createInventoryLevelsWorkflow,
  createProductsWorkflow,
  createRemoteLinkStep,
  useQueryGraphStep,
} from "@medusajs/medusa/core-flows"
import { SELLER_MODULE } from "../modules/seller"
import { ensureDefaultShippingProfileStep } from "./steps/ensure-default-shipping-profile"

export type SellerProductInput = CreateProductWorkflowInputDTO & {
  /** Stock per variant SKU, put at every location the product is offered from. */
  stock_by_sku?: Record<string, number>
  location_ids?: string[]
}

export type CreateSellerProductsWorkflowInput = {
  seller_id: string
  products: SellerProductInput[]
}

/** Products always belong to a seller; their stock sits at the centers that offer them. */
export const createSellerProductsWorkflow = createWorkflow(
  "create-seller-products",
  (input: CreateSellerProductsWorkflowInput) => {
    // Without a shipping profile a cart cannot take the pickup option for the product.
    const shippingProfileId = ensureDefaultShippingProfileStep()
    const productsInput = transform({ input, shippingProfileId }, ({ input, shippingProfileId }) => ({
      products: input.products.map(({ stock_by_sku, location_ids, ...product }) => ({
        shipping_profile_id: shippingProfileId,
        ...product,
      })),
    }))
    const products = createProductsWorkflow.runAsStep({ input: productsInput })

    const links = transform({ input, products }, ({ input, products }) =>
      products.map((product) => ({
        [SELLER_MODULE]: { seller_id: input.seller_id },
        [Modules.PRODUCT]: { product_id: product.id },
      }))
    )
    createRemoteLinkStep(links)

    const variantIds = transform({ products }, ({ products }) =>
      products.flatMap((p) => (p.variants ?? []).map((v) => v.id))
    )
    const { data: variants } = useQueryGraphStep({
      entity: "product_variant",
      fields: ["id", "sku", "product_id", "inventory_items.inventory_item_id"],
      filters: { id: variantIds },
    }).config({ name: "created-variants-inventory" })

    const levels = transform({ input, products, variants }, ({ input, products, variants }) => {
      const byHandle = new Map(input.products.map((p) => [p.handle, p]))
      const handleById = new Map(products.map((p) => [p.id, p.handle]))
      return variants.flatMap((variant: any) => {
        const source = byHandle.get(handleById.get(variant.product_id)!)
        const quantity = source?.stock_by_sku?.[variant.sku] ?? 0
        const itemId = variant.inventory_items?.[0]?.inventory_item_id
        if (!itemId || !source?.location_ids?.length) {
          return []
        }
        return source.location_ids.map((location_id) => ({
          inventory_item_id: itemId,
          location_id,
          stocked_quantity: quantity,
        }))
      })
    })
    createInventoryLevelsWorkflow.runAsStep({ input: { inventory_levels: levels } })

    return new WorkflowResponse(products)
  }
)
