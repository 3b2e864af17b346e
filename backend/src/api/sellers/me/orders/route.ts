import type { MedusaResponse } from "@medusajs/framework/http"
import type { ScopedRequest } from "../../../utils/actors"
import { listSellerOrderParts } from "../../../utils/seller-orders"

/** The calling artisan's parts of residents' orders, newest first. */
export const GET = async (req: ScopedRequest, res: MedusaResponse) => {
  const orders = await listSellerOrderParts(req, { seller_id: req.seller!.id }, true)
  res.json({ orders, count: orders.length })
}
