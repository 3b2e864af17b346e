import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import CenterSellerLink from "../../../links/center-seller"
import { membershipsBySeller } from "./helpers"
import type { AdminGetSellersParamsType } from "./validators"

/** Sellers with their tax data and memberships, filtered by status, center and a search text. */
export const GET = async (
  req: AuthenticatedMedusaRequest<unknown, AdminGetSellersParamsType>,
  res: MedusaResponse
) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { q, status, center_id } = req.validatedQuery
  const filters: Record<string, unknown> = {}
  if (status) {
    filters.status = status
  }
  if (q) {
    const like = `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`
    filters.$or = ["name", "handle", "inn", "email"].map((field) => ({ [field]: { $ilike: like } }))
  }
  if (center_id) {
    const { data: members } = await query.graph({
      entity: CenterSellerLink.entryPoint,
      fields: ["seller_id"],
      filters: { center_id },
    })
    filters.id = members.map((m: any) => m.seller_id)
  }

  const { data: sellers, metadata } = await query.graph({
    entity: "seller",
    fields: req.queryConfig.fields,
    filters,
    pagination: { ...req.queryConfig.pagination, order: { name: "ASC", id: "ASC" } },
  })
  const memberships = await membershipsBySeller(req.scope, sellers.map((s: any) => s.id))

  res.json({
    sellers: sellers.map((s: any) => ({ ...s, memberships: memberships.get(s.id) ?? [] })),
    count: metadata?.count ?? sellers.length,
    limit: metadata?.take,
    offset: metadata?.skip,
  })
}
