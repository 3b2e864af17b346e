import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { updateProductsWorkflow, useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { classMetadata, MasterClassDetails } from "./create-master-class"

export type UpdateMasterClassInput = MasterClassDetails & {
  id: string
  title?: string
  description?: string
  status?: "draft" | "published"
  images?: string[]
}

/** Edits a class's texts, photos and details (level, age, what to bring, materials fee, cancellation policy). */
export const updateMasterClassWorkflow = createWorkflow("update-master-class", (input: UpdateMasterClassInput) => {
  const { data: products } = useQueryGraphStep({
    entity: "product",
    fields: ["id", "metadata"],
    filters: { id: input.id },
  }).config({ name: "master-class-before" })
  const update = transform({ input, products }, ({ input, products }) => ({
    selector: { id: input.id },
    update: {
      ...(input.title !== undefined ? { title: input.title } : {}),
      ...(input.description !== undefined ? { description: input.description } : {}),
      ...(input.status !== undefined ? { status: input.status } : {}),
      ...(input.images !== undefined ? { images: input.images.map((url) => ({ url })), thumbnail: input.images[0] ?? null } : {}),
      metadata: classMetadata(input, (products[0]?.metadata ?? {}) as Record<string, unknown>),
    },
  }))
  const updated = updateProductsWorkflow.runAsStep({ input: update as any })
  return new WorkflowResponse(transform({ updated }, ({ updated }) => (updated as any[])[0]))
})
