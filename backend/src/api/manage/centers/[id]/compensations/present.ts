import type { ScopedRequest } from "../../../../utils/actors"

export const COMPENSATION_FIELDS = [
  "id", "seller_id", "center_id", "kind", "amount", "product_id", "session_id", "note",
  "recorded_by", "recorded_at", "cancelled_at", "cancelled_by",
]

/** Ledger rows as the manager reads them: with the class's title, the artisan's name and the session's start. */
export async function presentCompensations(req: ScopedRequest, entries: any[], products: Map<string, any>) {
  const sessionIds = [...new Set(entries.map((e) => e.session_id).filter(Boolean))]
  const { data: sessions } = sessionIds.length
    ? await req.scope.resolve("query").graph({ entity: "class_session", fields: ["id", "starts_at"], filters: { id: sessionIds } })
    : { data: [] as any[] }
  const startsAt = new Map<string, any>(sessions.map((s: any) => [s.id, s.starts_at] as [string, any]))
  return entries.map(({ raw_amount: _raw, ...e }) => ({
    ...e,
    amount: Number(e.amount),
    class: { id: e.product_id, title: products.get(e.product_id)?.title ?? "—" },
    artisan: { id: e.seller_id, name: products.get(e.product_id)?.seller?.name ?? "—" },
    session_starts_at: e.session_id ? startsAt.get(e.session_id) ?? null : null,
  }))
}
