import type { MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createSellerProductWorkflow } from "../../../../workflows/create-seller-product"
import type { ScopedRequest } from "../../../utils/actors"
import { sellerProductFields } from "../../query-config"
import type { GetSellerProductsType, PostSellerProductType } from "../../validators"

export const GET = async (req: ScopedRequest<unknown, GetSellerProductsType>, res: MedusaResponse) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: [seller] } = await query.graph({
    entity: "seller",
    fields: ["products.id"],
    filters: { id: req.seller!.id },
  })
  const ids = ((seller as any)?.products ?? []).map((p: any) => p.id)
  const { limit, offset } = req.validatedQuery
  const { data: products, metadata } = await query.graph({
    entity: "product",
    fields: sellerProductFields,
    filters: { id: ids },
    pagination: { skip: offset, take: limit, order: { created_at: "DESC", id: "ASC" } },
  })
  res.json({ products, count: metadata?.count ?? products.length, limit, offset })
}

export const POST = async (req: ScopedRequest<PostSellerProductType>, res: MedusaResponse) => {
  const { result: product } = await createSellerProductWorkflow(req.scope).run({
    input: { ...req.validatedBody, seller_id: req.seller!.id },
  })
  res.status(201).json({ product })
}
