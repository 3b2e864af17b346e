import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { formatCenter, visibleCenterChannels } from "../../utils/centers"
import type { StoreGetCentersParamsType } from "./validators"

export const GET = async (req: MedusaRequest<unknown, StoreGetCentersParamsType>, res: MedusaResponse) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { district, sales_channel_id } = req.validatedQuery
  const requested = sales_channel_id === undefined ? undefined : [sales_channel_id].flat()
  const visible = await visibleCenterChannels(req, requested)

  const filters: Record<string, unknown> = { id: [...visible.keys()], status: "active" }
  if (district) {
    filters.district = district
  }
  const { data: centers, metadata } = await query.graph({
    entity: "center",
    fields: req.queryConfig.fields,
    filters,
    pagination: { ...req.queryConfig.pagination, order: { district: "ASC", name: "ASC" } },
  })

  res.json({
    centers: centers.map(formatCenter),
    count: metadata?.count ?? centers.length,
    limit: metadata?.take,
    offset: metadata?.skip,
  })
}
