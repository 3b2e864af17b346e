import type { MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { ScopedRequest } from "../../../../utils/actors"
import { describeSessions } from "../../../../store/classes/helpers"
import type { GetManagedSessionsType } from "../../../validators"

// past sessions matter for no-shows and questions at the door, not as an archive
const PAST_DAYS = 60
const PAST_LIMIT = 100

/**
 * The center's master-class sessions with class, artisan, room and tickets sold: `when=upcoming`
 * (not yet ended, soonest first) or `when=past` (ended in the last 60 days, latest first).
 */
export const GET = async (req: ScopedRequest<unknown, GetManagedSessionsType>, res: MedusaResponse) => {
  const when = (req.validatedQuery as GetManagedSessionsType | undefined)?.when ?? "upcoming"
  const now = new Date()
  const filters =
    when === "past"
      ? { center_id: req.params.id, ends_at: { $lt: now, $gte: new Date(now.getTime() - PAST_DAYS * 86_400_000) } }
      : { center_id: req.params.id, ends_at: { $gte: now } }
  let sessions = await describeSessions(req.scope, filters)
  if (when === "past") sessions = sessions.reverse().slice(0, PAST_LIMIT)

  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const productIds = [...new Set(sessions.map((s) => s.product_id))]
  const sessionIds = sessions.map((s) => s.id)
  const [{ data: products }, { data: tickets }] = await Promise.all([
    productIds.length
      ? query.graph({ entity: "product", fields: ["id", "title", "handle", "seller.id", "seller.name"], filters: { id: productIds } })
      : { data: [] as any[] },
    sessionIds.length
      ? query.graph({ entity: "ticket", fields: ["id", "status", "session_id"], filters: { session_id: sessionIds } as any })
      : { data: [] as any[] },
  ])
  const counts = new Map<string, { sold: number; attended: number; no_show: number }>()
  for (const t of tickets as any[]) {
    const c = counts.get(t.session_id) ?? { sold: 0, attended: 0, no_show: 0 }
    if (t.status !== "cancelled") c.sold++
    if (t.status === "attended") c.attended++
    if (t.status === "no_show") c.no_show++
    counts.set(t.session_id, c)
  }
  res.json({
    when,
    sessions: sessions.map((s) => {
      const product: any = products.find((p: any) => p.id === s.product_id)
      const c = counts.get(s.id) ?? { sold: 0, attended: 0, no_show: 0 }
      return {
        ...s,
        class: product ? { id: product.id, title: product.title, handle: product.handle } : null,
        artisan: product?.seller ? { id: product.seller.id, name: product.seller.name } : null,
        seats_sold: c.sold,
        checked_in: c.attended,
        no_shows: c.no_show,
      }
    }),
  })
}
