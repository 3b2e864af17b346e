import type { MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { recordMaterialsCompensationWorkflow } from "../../../../../workflows/record-materials-compensation"
import { compensableClasses, type ScopedRequest } from "../../../../utils/actors"
import { COMPENSATION_FIELDS, presentCompensations } from "./present"
import type { GetCompensationsType, PostCompensationType } from "./validators"

/**
 * The center's materials compensations, newest first (cancelled ones too, marked), and the classes
 * it may compensate — held here by its artisans — with their sessions, for the form.
 */
export const GET = async (req: ScopedRequest<unknown, GetCompensationsType>, res: MedusaResponse) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { limit, offset } = req.validatedQuery
  const [{ data: entries, metadata }, options] = await Promise.all([
    query.graph({
      entity: "ledger_entry",
      fields: COMPENSATION_FIELDS,
      filters: { center_id: req.params.id, kind: "materials_compensation" },
      pagination: { order: { recorded_at: "DESC" }, take: limit, skip: offset },
    }),
    compensableClasses(req, req.params.id),
  ])
  const productIds = [...new Set([...options.map((o) => o.product_id), ...entries.map((e: any) => e.product_id)])]
  const { data: products } = productIds.length
    ? await query.graph({ entity: "product", fields: ["id", "title", "seller.id", "seller.name"], filters: { id: productIds } })
    : { data: [] as any[] }
  const byId = new Map<string, any>(products.map((p: any): [string, any] => [p.id, p]))
  res.json({
    compensations: await presentCompensations(req, entries, byId),
    count: metadata?.count ?? entries.length,
    limit,
    offset,
    classes: options
      .map((o) => ({
        id: o.product_id,
        title: (byId.get(o.product_id) as any)?.title ?? "—",
        artisan: { id: o.seller_id, name: (byId.get(o.product_id) as any)?.seller?.name ?? "—" },
        sessions: o.sessions.slice(0, 30),
      }))
      .sort((a, b) => a.title.localeCompare(b.title, "ru")),
  })
}

export const POST = async (req: ScopedRequest<PostCompensationType>, res: MedusaResponse) => {
  const { amount, note } = req.validatedBody
  const { result } = await recordMaterialsCompensationWorkflow(req.scope).run({
    input: { ...req.compensable!, center_id: req.params.id, amount, note: note ?? "", recorded_by: req.manager!.id },
  })
  res.status(201).json({ compensation: { ...result, amount: Number((result as any).amount) } })
}
