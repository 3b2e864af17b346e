import type { MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createMasterClassWorkflow } from "../../../../workflows/create-master-class"
import type { ScopedRequest } from "../../../utils/actors"
import { classDetails, describeSessions } from "../../../store/classes/helpers"
import { MASTERCLASS_TYPE } from "../../../store/classes/query-config"
import type { PostSellerClassType } from "./validators"

export const classFields = ["id", "handle", "title", "description", "status", "thumbnail", "images.url", "metadata", "type.value", "sales_channels.id"]

export function formatClass(product: any, sessions: any[]) {
  const { metadata, type, ...rest } = product
  return { ...rest, ...classDetails(product), sessions }
}

/** The artisan's master classes with their sessions. */
export const GET = async (req: ScopedRequest, res: MedusaResponse) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: [seller] } = await query.graph({ entity: "seller", fields: ["products.id"], filters: { id: req.seller!.id } })
  const ids = ((seller as any)?.products ?? []).map((p: any) => p.id)
  const { data: products } = ids.length
    ? await query.graph({ entity: "product", fields: classFields, filters: { id: ids }, pagination: { order: { created_at: "DESC" } } as any })
    : { data: [] as any[] }
  const classes = products.filter((p: any) => p.type?.value === MASTERCLASS_TYPE)
  const sessions = classes.length ? await describeSessions(req.scope, { product_id: classes.map((c: any) => c.id) }) : []
  res.json({ classes: classes.map((c: any) => formatClass(c, sessions.filter((s) => s.product_id === c.id))) })
}

export const POST = async (req: ScopedRequest<PostSellerClassType>, res: MedusaResponse) => {
  const { result } = await createMasterClassWorkflow(req.scope).run({
    input: { ...req.validatedBody, seller_id: req.seller!.id },
  })
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: [product] } = await query.graph({ entity: "product", fields: classFields, filters: { id: (result as any).id } })
  res.status(201).json({ class: formatClass(product, []) })
}
