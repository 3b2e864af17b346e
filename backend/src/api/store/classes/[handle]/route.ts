import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { visibleCenterChannels } from "../../../utils/centers"
import { suspendedSellerProductIds } from "../../../../utils/suspended-sellers"
import { MASTERCLASS_TYPE } from "../query-config"
import { classDetails, describeSessions } from "../helpers"

/** A master class with its upcoming sessions at the caller's centers: seats left, price, room. */
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: [product] } = await query.graph({
    entity: "product",
    fields: ["id", "handle", "title", "description", "thumbnail", "images.url", "status", "metadata", "type.value", "seller.id", "seller.handle", "seller.name", "seller.photo_url"],
    filters: { handle: req.params.handle },
  })
  const suspended = product ? await suspendedSellerProductIds(req.scope) : []
  if (!product || product.status !== "published" || (product as any).type?.value !== MASTERCLASS_TYPE || suspended.includes(product.id)) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, "handle: мастер-класс не найден")
  }
  const visible = await visibleCenterChannels(req)
  const sessions = (await describeSessions(req.scope, { product_id: product.id })).filter(
    (s) => s.center && visible.has(s.center.id) && Date.parse(s.starts_at) > Date.now()
  )
  const { metadata, type, ...rest } = product as any
  res.json({ class: { ...rest, ...classDetails(product), sessions } })
}
