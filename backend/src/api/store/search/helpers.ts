import type { MedusaRequest } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { loadCenters, type CenterInfo } from "../../../search/_documents"
import type { SearchService } from "../../../search/_query"

export function searchService(req: MedusaRequest): SearchService {
  return req.scope.resolve(Modules.SEARCH) as unknown as SearchService
}

/** The open centers whose shop the caller's publishable key may see. */
export async function keyCenters(req: MedusaRequest): Promise<CenterInfo[]> {
  return (await keyScope(req)).centers
}

/**
 * The key's centers, and whether they are every open center with a shop — then no document can
 * name another (documents list only such centers), and the search needs no center filter.
 */
export async function keyScope(req: MedusaRequest): Promise<{ centers: CenterInfo[]; everyCenter: boolean }> {
  const keyChannels: string[] = (req as any).publishable_key_context?.sales_channel_ids ?? []
  if (!keyChannels.length) {
    return { centers: [], everyCenter: false }
  }
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const open = (await loadCenters(query as any)).filter((c) => c.status !== "closed" && c.sales_channel_id)
  const centers = open.filter((c) => keyChannels.includes(c.sales_channel_id!))
  return { centers, everyCenter: centers.length === open.length }
}

export function categoryLabels(req: MedusaRequest) {
  return async (ids: string[]) => {
    const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({ entity: "product_category", fields: ["id", "name"], filters: { id: ids } })
    return new Map(data.map((c: any) => [c.id, c.name]))
  }
}
