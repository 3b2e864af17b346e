/**
 * The one place that knows where a master class keeps its sessions. Today a session is a
 * variant with `metadata.starts_at` (ISO, UTC); when the `masterclass` module's `class_session`
 * rows arrive, only this function (and the fields it asks for) changes.
 */
export const SESSION_FIELDS = ["variants.id", "variants.metadata"]

export type SessionInfo = { variant_id: string; starts_at: string }

export function upcomingSessions(product: any, now = Date.now()): SessionInfo[] {
  return (product.variants ?? [])
    .map((v: any) => ({ variant_id: v.id, starts_at: v.metadata?.starts_at }))
    .filter((s: any) => typeof s.starts_at === "string" && Date.parse(s.starts_at) > now)
    .sort((a: SessionInfo, b: SessionInfo) => Date.parse(a.starts_at) - Date.parse(b.starts_at))
}
