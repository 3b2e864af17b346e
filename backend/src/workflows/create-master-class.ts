import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createSellerProductsWorkflow } from "./create-seller-products"
import { ensureMasterclassTypeStep } from "./steps/class-sessions"
import { validateSellerCentersStep } from "./steps/validate-seller-centers"

export type MasterClassDetails = {
  level?: "beginner" | "intermediate" | "advanced"
  age?: string
  what_to_bring?: string
  /** RUB, paid at the class, shown apart from the seat price */
  materials_fee?: number
  /** free cancellation until this many hours before the start (default 24) */
  cancellation_hours?: number
}

export type CreateMasterClassInput = MasterClassDetails & {
  seller_id: string
  title: string
  handle?: string
  description?: string
  status: "draft" | "published"
  images?: string[]
  center_ids: string[]
}

export const DEFAULT_CANCELLATION_HOURS = 24

export function classMetadata(input: MasterClassDetails, previous: Record<string, unknown> = {}) {
  const pick = Object.fromEntries(
    (["level", "age", "what_to_bring", "materials_fee", "cancellation_hours"] as const)
      .filter((k) => input[k] !== undefined)
      .map((k) => [k, input[k]])
  )
  return { cancellation_hours: DEFAULT_CANCELLATION_HOURS, ...previous, ...pick }
}

/** An artisan's master class: a product of type `masterclass` offered at some of their approved centers; sessions come next. */
export const createMasterClassWorkflow = createWorkflow("create-master-class", (input: CreateMasterClassInput) => {
  const centers = validateSellerCentersStep(
    transform({ input }, ({ input }) => ({ seller_id: input.seller_id, center_ids: input.center_ids }))
  )
  const typeId = ensureMasterclassTypeStep()
  const productsInput = transform({ input, centers, typeId }, ({ input, centers, typeId }) => ({
    seller_id: input.seller_id,
    products: [
      {
        title: input.title,
        handle: input.handle || `master-klass-${input.seller_id.slice(-6).toLowerCase()}-${Date.now().toString(36)}`,
        description: input.description,
        status: input.status,
        type_id: typeId,
        thumbnail: input.images?.[0],
        images: (input.images ?? []).map((url) => ({ url })),
        metadata: classMetadata(input),
        // Medusa wants an option; sessions are variants added later without option values
        options: [{ title: "Сеанс", values: ["по расписанию"] }],
        sales_channels: centers.map((c) => ({ id: c.sales_channel_id })),
        location_ids: centers.map((c) => c.stock_location_id),
      },
    ],
  }))
  const products = createSellerProductsWorkflow.runAsStep({ input: productsInput })
  return new WorkflowResponse(transform({ products }, ({ products }) => products[0]))
})
