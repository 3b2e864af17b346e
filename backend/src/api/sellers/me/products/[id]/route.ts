import type { MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { deleteProductsWorkflow } from "@medusajs/medusa/core-flows"
import { updateSellerProductWorkflow } from "../../../../../workflows/update-seller-product"
import type { ScopedRequest } from "../../../../utils/actors"
import { sellerProductFields } from "../../../query-config"
import type { PostSellerProductUpdateType } from "../../../validators"

// Ownership of :id is checked by requireOwnProduct before any handler here runs.

async function load(req: ScopedRequest) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: [product] } = await query.graph({
    entity: "product",
    fields: [...sellerProductFields, "metadata"],
    filters: { id: req.params.id },
  })
  const { metadata, ...rest } = product as any
  let centerIds: string[] = Array.isArray(metadata?.offered_center_ids) ? metadata.offered_center_ids : []
  if (!Array.isArray(metadata?.offered_center_ids)) {
    // products from before the choice was recorded: the centers whose shops hold them
    const channels = new Set((rest.sales_channels ?? []).map((c: any) => c.id))
    const { data: centers } = await query.graph({ entity: "center", fields: ["id", "sales_channel.id"] })
    centerIds = centers.filter((c: any) => channels.has(c.sales_channel?.id)).map((c: any) => c.id)
  }
  return { ...rest, center_ids: centerIds }
}

export const GET = async (req: ScopedRequest, res: MedusaResponse) => {
  res.json({ product: await load(req) })
}

export const POST = async (req: ScopedRequest<PostSellerProductUpdateType>, res: MedusaResponse) => {
  await updateSellerProductWorkflow(req.scope).run({
    input: { ...req.validatedBody, product_id: req.params.id, seller_id: req.seller!.id },
  })
  res.json({ product: await load(req) })
}

export const DELETE = async (req: ScopedRequest, res: MedusaResponse) => {
  await deleteProductsWorkflow(req.scope).run({ input: { ids: [req.params.id] } })
  res.json({ id: req.params.id, object: "product", deleted: true })
}
