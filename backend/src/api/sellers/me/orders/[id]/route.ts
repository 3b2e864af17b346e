import type { MedusaResponse } from "@medusajs/framework/http"
import { setSellerOrderStatusWorkflow } from "../../../../../workflows/set-seller-order-status"
import type { ScopedRequest } from "../../../../utils/actors"
import { listSellerOrderParts } from "../../../../utils/seller-orders"
import type { PostSellerOrderStatusType } from "../../../validators"

// requireOwnOrder has checked that :id has a part of the calling seller.

export const GET = async (req: ScopedRequest, res: MedusaResponse) => {
  const [order] = await listSellerOrderParts(req, { seller_id: req.seller!.id, order_id: req.params.id }, true)
  res.json({ order })
}

export const POST = async (req: ScopedRequest<PostSellerOrderStatusType>, res: MedusaResponse) => {
  await setSellerOrderStatusWorkflow(req.scope).run({
    input: { seller_id: req.seller!.id, order_id: req.params.id, status: req.validatedBody.status },
  })
  const [order] = await listSellerOrderParts(req, { seller_id: req.seller!.id, order_id: req.params.id }, true)
  res.json({ order })
}
