import type { MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { deleteProductsWorkflow, updateProductsWorkflow } from "@medusajs/medusa/core-flows"
import type { ScopedRequest } from "../../../../utils/actors"
import { sellerProductFields } from "../../../query-config"
import type { PostSellerProductUpdateType } from "../../../validators"

// Ownership of :id is checked by requireOwnProduct before any handler here runs.

async function load(req: ScopedRequest) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: [product] } = await query.graph({
    entity: "product",
    fields: sellerProductFields,
    filters: { id: req.params.id },
  })
  return product
}

export const GET = async (req: ScopedRequest, res: MedusaResponse) => {
  res.json({ product: await load(req) })
}

export const POST = async (req: ScopedRequest<PostSellerProductUpdateType>, res: MedusaResponse) => {
  const { images, ...update } = req.validatedBody
  await updateProductsWorkflow(req.scope).run({
    input: {
      selector: { id: req.params.id },
      update: images ? { ...update, images: images.map((url) => ({ url })), thumbnail: images[0] } : update,
    },
  })
  res.json({ product: await load(req) })
}

export const DELETE = async (req: ScopedRequest, res: MedusaResponse) => {
  await deleteProductsWorkflow(req.scope).run({ input: { ids: [req.params.id] } })
  res.json({ id: req.params.id, object: "product", deleted: true })
}
