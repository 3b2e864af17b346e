import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { listSellerOrderParts } from "../../../../utils/seller-orders"

/** Each artisan's part of the resident's order and its status (the order id is the secret, as for Medusa's own order route). */
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  const parts = await listSellerOrderParts(req, { order_id: req.params.id }, false)
  res.json({ parts })
}
