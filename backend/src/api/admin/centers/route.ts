import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { adminCreateCenterWorkflow } from "../../../workflows/admin/admin-create-center"
import { formatAdminCenter, retrieveAdminCenter } from "./helpers"
import type { AdminCreateCenterType, AdminGetCentersParamsType } from "./validators"

/** Every center, open or closed, with its shop, pickup point and managers. */
export const GET = async (
  req: AuthenticatedMedusaRequest<unknown, AdminGetCentersParamsType>,
  res: MedusaResponse
) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { q, district, status } = req.validatedQuery
  const filters: Record<string, unknown> = {}
  if (district) {
    filters.district = district
  }
  if (status) {
    filters.status = status
  }
  if (q) {
    const like = `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`
    filters.$or = ["name", "handle", "address", "district"].map((field) => ({ [field]: { $ilike: like } }))
  }
  const { data: centers, metadata } = await query.graph({
    entity: "center",
    fields: req.queryConfig.fields,
    filters,
    pagination: { ...req.queryConfig.pagination, order: { district: "ASC", name: "ASC" } },
  })

  // the districts to filter by, whatever the current page shows
  const { data: all } = await query.graph({ entity: "center", fields: ["district"] })
  const districts = [...new Set(all.map((c: any) => c.district))].sort((a, b) => a.localeCompare(b, "ru"))

  res.json({
    centers: centers.map(formatAdminCenter),
    districts,
    count: metadata?.count ?? centers.length,
    limit: metadata?.take,
    offset: metadata?.skip,
  })
}

export const POST = async (req: AuthenticatedMedusaRequest<AdminCreateCenterType>, res: MedusaResponse) => {
  const { result } = await adminCreateCenterWorkflow(req.scope).run({ input: req.validatedBody as any })
  const center = await retrieveAdminCenter(req.scope, result.center.id)
  res.json({ center, storefront_linked: result.storefront_linked })
}
