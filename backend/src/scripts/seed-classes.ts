import type { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { DemoClass } from "./demo-data/types"
import { seedClassSessionsWorkflow } from "../workflows/seed-class-sessions"

/**
 * The demo classes' sessions: a record per session variant, in the first room of its center that seats them.
 * `buildClasses` never lets two sessions of one center overlap, so no room hosts two at once.
 */
export async function seedClassSessions(
  container: ExecArgs["container"],
  classes: DemoClass[],
  products: Map<string, { id: string; variants?: { id: string; sku?: string | null }[] }>,
  centers: Map<string, { id: string }>,
  sellerIds: Map<string, string>
) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: rooms } = await query.graph({ entity: "room", fields: ["id", "center_id", "capacity"] })
  const sorted = [...rooms].sort((a: any, b: any) => String(a.id).localeCompare(String(b.id))) as any[]
  // the first room of the center that seats the class (any one will do: a center's sessions never overlap)
  const roomFor = (centerId: string, capacity: number) =>
    (sorted.find((r) => r.center_id === centerId && Number(r.capacity) >= capacity) ?? sorted.find((r) => r.center_id === centerId))?.id as string
  const input = classes.flatMap((c) => {
    const product = products.get(c.handle)!
    const center = centers.get(c.center_handle)!
    return c.sessions.map((s, i) => ({
      product_id: product.id,
      variant_id: product.variants!.find((v) => v.sku === `${c.handle}-${i + 1}`)!.id,
      seller_id: sellerIds.get(c.seller_handle)!,
      center_id: center.id,
      room_id: roomFor(center.id, s.capacity),
      starts_at: s.starts_at.toISOString(),
      ends_at: s.ends_at.toISOString(),
      capacity: s.capacity,
    }))
  })
  await seedClassSessionsWorkflow(container).run({ input })
  return input.length
}
