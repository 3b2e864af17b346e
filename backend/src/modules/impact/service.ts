import type { Context } from "@medusajs/framework/types"
import { InjectManager, MedusaContext, MedusaService } from "@medusajs/framework/utils"
import { Feedback } from "./models/feedback"
import { Registration } from "./models/registration"

export type RatingSummary = { average: number; count: number }

class ImpactModuleService extends MedusaService({ Registration, Feedback }) {
  /** Average rating and count per class (product) or per artisan (seller), computed in SQL. */
  @InjectManager()
  async summarizeRatings(
    by: "product_id" | "seller_id",
    ids: string[],
    @MedusaContext() sharedContext: Context = {}
  ): Promise<Record<string, RatingSummary>> {
    if (!ids.length) return {}
    const manager = sharedContext.manager as any
    const column = by === "product_id" ? "product_id" : "seller_id"
    const rows: any[] = await manager.execute(
      `select "${column}" as "key", round(avg("rating")::numeric, 1)::float as "average", count(*)::int as "count"
         from "impact_feedback" where "${column}" in (${ids.map(() => "?").join(", ")}) and "deleted_at" is null group by "${column}"`,
      ids
    )
    return Object.fromEntries(rows.map((r) => [r.key, { average: Number(r.average), count: Number(r.count) }]))
  }
}

export default ImpactModuleService
