import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createSellerProductsWorkflow } from "./create-seller-products"
import { validateSellerCentersStep } from "./steps/validate-seller-centers"

export type ImportProduct = {
  title: string
  description?: string
  category_id?: string
  price: number
  stock: number
  variant: string
  status: "draft" | "published"
  center_ids: string[]
}

/**
 * All rows or none: the products are created in one step of one workflow, so a failure
 * anywhere rolls every created product back.
 */
export const importSellerProductsWorkflow = createWorkflow(
  "import-seller-products",
  (input: { seller_id: string; products: ImportProduct[] }) => {
    const centers = validateSellerCentersStep(
      transform({ input }, ({ input }) => ({
        seller_id: input.seller_id,
        center_ids: [...new Set(input.products.flatMap((p) => p.center_ids))],
      }))
    )
    const productsInput = transform({ input, centers }, ({ input, centers }) => {
      const byCenter = new Map(centers.map((c) => [c.center_id, c]))
      const stamp = Date.now().toString(36)
      return {
        seller_id: input.seller_id,
        products: input.products.map((p, i) => {
          const handle = `${input.seller_id.slice(-8).toLowerCase()}-${stamp}-${i + 1}`
          const sku = `${handle}-1`
          const at = p.center_ids.map((id) => byCenter.get(id)!)
          return {
            title: p.title,
            handle,
            description: p.description,
            status: p.status,
            category_ids: p.category_id ? [p.category_id] : undefined,
            options: [{ title: "Вариант", values: [p.variant] }],
            variants: [
              {
                title: p.variant,
                sku,
                manage_inventory: true,
                options: { Вариант: p.variant },
                prices: [{ currency_code: "rub", amount: p.price }],
              },
            ],
            metadata: { offered_center_ids: p.center_ids },
            sales_channels: at.map((c) => ({ id: c.sales_channel_id })),
            location_ids: at.map((c) => c.stock_location_id),
            stock_by_sku: { [sku]: p.stock },
          }
        }),
      }
    })
    const products = createSellerProductsWorkflow.runAsStep({ input: productsInput })
    return new WorkflowResponse(products)
  }
)
