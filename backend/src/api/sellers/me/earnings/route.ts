import type { MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { summarizeEarnings } from "../../../../utils/earnings"
import type { ScopedRequest } from "../../../utils/actors"
import { listSellerOrderParts } from "../../../utils/seller-orders"
import type { GetEarningsType } from "../../validators"

/**
 * Per-month gross, center fee and net; materials compensations from centers (issue 6); for НПД the
 * year's income against the cap; receipts to record.
 */
export const GET = async (req: ScopedRequest<unknown, GetEarningsType>, res: MedusaResponse) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: [seller] } = await query.graph({
    entity: "seller",
    fields: ["tax_status"],
    filters: { id: req.seller!.id },
  })
  const parts = await listSellerOrderParts(req, { seller_id: req.seller!.id }, false)
  const year = req.validatedQuery.year ?? Number(new Date(Date.now() + 3 * 3600_000).toISOString().slice(0, 4))
  // a Moscow year, with a day's margin each side (the summary keeps the Moscow months of `year`)
  const { data: entries } = await query.graph({
    entity: "ledger_entry",
    fields: ["id", "amount", "recorded_at", "note", "product_id", "center_id"],
    filters: {
      seller_id: req.seller!.id,
      kind: "materials_compensation",
      cancelled_at: null,
      recorded_at: { $gte: new Date(Date.UTC(year - 1, 11, 31)), $lt: new Date(Date.UTC(year + 1, 0, 2)) },
    },
  })
  const none = { data: [] as any[] }
  const [{ data: products }, { data: centers }] = entries.length
    ? await Promise.all([
        query.graph({ entity: "product", fields: ["id", "title"], filters: { id: [...new Set(entries.map((e: any) => e.product_id))] } }),
        query.graph({ entity: "center", fields: ["id", "name"], filters: { id: [...new Set(entries.map((e: any) => e.center_id))] } }),
      ])
    : [none, none]
  const title = new Map<string, string>(products.map((p: any) => [p.id, p.title] as [string, string]))
  const center = new Map<string, string>(centers.map((c: any) => [c.id, c.name] as [string, string]))
  const summary = summarizeEarnings(
    parts.map((p: any) => ({ ...p, fee_rate: Number(p.pickup_center?.fee_rate ?? 0) })),
    year,
    seller.tax_status,
    entries.map((e: any) => ({
      id: e.id,
      amount: Number(e.amount),
      recorded_at: e.recorded_at,
      note: e.note,
      class_title: title.get(e.product_id) ?? null,
      center_name: center.get(e.center_id) ?? null,
    }))
  )
  res.json({ earnings: summary })
}
