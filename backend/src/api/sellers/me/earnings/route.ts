import type { MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { summarizeEarnings } from "../../../../utils/earnings"
import type { ScopedRequest } from "../../../utils/actors"
import { listSellerOrderParts } from "../../../utils/seller-orders"
import type { GetEarningsType } from "../../validators"

/** Per-month gross, center fee and net; for НПД the year's income against the cap; receipts to record. */
export const GET = async (req: ScopedRequest<unknown, GetEarningsType>, res: MedusaResponse) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: [seller] } = await query.graph({
    entity: "seller",
    fields: ["tax_status"],
    filters: { id: req.seller!.id },
  })
  const parts = await listSellerOrderParts(req, { seller_id: req.seller!.id }, false)
  const year = req.validatedQuery.year ?? Number(new Date(Date.now() + 3 * 3600_000).toISOString().slice(0, 4))
  const summary = summarizeEarnings(
    parts.map((p: any) => ({ ...p, fee_rate: Number(p.pickup_center?.fee_rate ?? 0) })),
    year,
    seller.tax_status
  )
  res.json({ earnings: summary })
}
