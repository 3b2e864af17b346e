import type { MedusaRequest } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { loadCenters, type CenterInfo } from "../../../search/_documents"
import type { SearchService } from "../../../search/_query"

export function searchService(req: MedusaRequest): SearchService {
  return req.scope.resolve(Modules.SEARCH) as unknown as SearchService
}

/** The open centers whose shop the caller's publishable key may see. */
export async function keyCenters(req: MedusaRequest): Promise<CenterInfo[]> {
  const keyChannels: string[] = (req as any).publishable_key_context?.sales_channel_ids ?? []
  if (!keyChannels.length) {
    return []
  }
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const centers = await loadCenters(query as any)
  return centers.filter((c) => c.status !== "closed" && c.sales_channel_id && keyChannels.includes(c.sales_channel_id))
}

export function categoryLabels(req: MedusaRequest) {
  return async (ids: string[]) => {
    const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({ entity: "product_category", fields: ["id", "name"], filters: { id: ids } })
    return new Map(data.map((c: any) => [c.id, c.name]))
  }
}
