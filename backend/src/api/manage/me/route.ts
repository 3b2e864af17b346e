import type { MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { ScopedRequest } from "../../utils/actors"
import { managedCenterFields } from "../query-config"

export const GET = async (req: ScopedRequest, res: MedusaResponse) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: [manager] } = await query.graph({
    entity: "manager",
    fields: ["id", "email", "first_name", "last_name", ...managedCenterFields.map((f) => `centers.${f}`)],
    filters: { id: req.manager!.id },
  })
  res.json({ manager })
}
