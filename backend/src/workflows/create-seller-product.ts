import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createSellerProductsWorkflow } from "./create-seller-products"
import { validateSellerCentersStep } from "./steps/validate-seller-centers"

export type SellerProductVariantInput = { title: string; price: number; stock: number }

export type CreateSellerProductInput = {
  seller_id: string
  title: string
  handle?: string
  description?: string
  category_id?: string
  status: "draft" | "published"
  thumbnail?: string
  images?: string[]
  option_title?: string
  variants: SellerProductVariantInput[]
  center_ids: string[]
}

/** An artisan lists a product at some of their approved centers, with its stock at each. */
export const createSellerProductWorkflow = createWorkflow(
  "create-seller-product",
  (input: CreateSellerProductInput) => {
    const centers = validateSellerCentersStep(
      transform({ input }, ({ input }) => ({ seller_id: input.seller_id, center_ids: input.center_ids }))
    )
    const productsInput = transform({ input, centers }, ({ input, centers }) => {
      const option = input.option_title || "Вариант"
      const handle = input.handle || `${input.seller_id.slice(-8).toLowerCase()}-${Date.now().toString(36)}`
      const sku = (i: number) => `${handle}-${i + 1}`
      return {
        seller_id: input.seller_id,
        products: [
          {
            title: input.title,
            handle,
            description: input.description,
            status: input.status,
            thumbnail: input.thumbnail ?? input.images?.[0],
            images: (input.images ?? []).map((url) => ({ url })),
            category_ids: input.category_id ? [input.category_id] : undefined,
            options: [{ title: option, values: input.variants.map((v) => v.title) }],
            variants: input.variants.map((v, i) => ({
              title: v.title,
              sku: sku(i),
              manage_inventory: true,
              options: { [option]: v.title },
              prices: [{ currency_code: "rub", amount: v.price }],
            })),
            sales_channels: centers.map((c) => ({ id: c.sales_channel_id })),
            location_ids: centers.map((c) => c.stock_location_id),
            stock_by_sku: Object.fromEntries(input.variants.map((v, i) => [sku(i), v.stock])),
          },
        ],
      }
    })
    const products = createSellerProductsWorkflow.runAsStep({ input: productsInput })
    return new WorkflowResponse(transform({ products }, ({ products }) => products[0]))
  }
)
