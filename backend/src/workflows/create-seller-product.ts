import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createSellerProductsWorkflow } from "./create-seller-products"
import { validateProductCategoryStep } from "./steps/validate-product-category"
import { validateSellerCentersStep } from "./steps/validate-seller-centers"

export type SellerProductVariantInput = {
  title?: string
  price: number
  stock: number
  /** option title → value; present when the product has `options` */
  options?: Record<string, string>
}

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
  /** several kinds of choice (size × colour); without it the variant titles are one option's values */
  options?: { title: string; values: string[] }[]
  variants: SellerProductVariantInput[]
  center_ids: string[]
}

/** An artisan lists a product at some of their approved centers, with its stock at each. */
export const createSellerProductWorkflow = createWorkflow(
  "create-seller-product",
  (input: CreateSellerProductInput) => {
    validateProductCategoryStep(transform({ input }, ({ input }) => ({ category_id: input.category_id })))
    const centers = validateSellerCentersStep(
      transform({ input }, ({ input }) => ({ seller_id: input.seller_id, center_ids: input.center_ids }))
    )
    const productsInput = transform({ input, centers }, ({ input, centers }) => {
      const options = input.options ?? [
        { title: input.option_title || "Вариант", values: input.variants.map((v) => v.title!) },
      ]
      const optionsOf = (v: SellerProductVariantInput) =>
        input.options ? v.options! : { [options[0].title]: v.title! }
      const titleOf = (v: SellerProductVariantInput) =>
        v.title || options.map((o) => v.options![o.title]).join(" / ")
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
            options,
            // which of the artisan's centers they chose; the manager's curation may still take it out of a shop
            metadata: { offered_center_ids: input.center_ids },
            variants: input.variants.map((v, i) => ({
              title: titleOf(v),
              sku: sku(i),
              manage_inventory: true,
              options: optionsOf(v),
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
