import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { describeTickets } from "../../../classes/helpers"

/** The order's tickets with their codes (the order id is the secret, as for the order and its parts). */
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  const tickets = await describeTickets(req.scope, { order_id: req.params.id })
  res.json({ tickets })
}
