import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { updateSellerStatusWorkflow } from "../../../../../workflows/admin/update-seller-status"
import { membershipsBySeller } from "../../helpers"
import { adminSellerFields } from "../../query-config"
import type { AdminUpdateSellerStatusType } from "../../validators"

/** Approve or suspend a seller across the platform. */
export const POST = async (req: AuthenticatedMedusaRequest<AdminUpdateSellerStatusType>, res: MedusaResponse) => {
  await updateSellerStatusWorkflow(req.scope).run({
    input: { id: req.params.id, status: req.validatedBody.status },
  })
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: [seller] } = await query.graph({
    entity: "seller",
    fields: adminSellerFields,
    filters: { id: req.params.id },
  })
  const memberships = await membershipsBySeller(req.scope, [seller.id])
  res.json({ seller: { ...seller, memberships: memberships.get(seller.id) ?? [] } })
}
