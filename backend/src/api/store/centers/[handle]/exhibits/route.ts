import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { visibleCenterChannels } from "../../../../utils/centers"
import { EXHIBIT_FIELDS, withPlaces } from "../../../exhibits/present"

/** The center's exhibits residents can see: open or closed for applications, not over; soonest first. */
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const visible = await visibleCenterChannels(req)
  const { data: [center] } = await query.graph({
    entity: "center",
    fields: ["id", "handle", "name"],
    filters: { handle: req.params.handle, status: "active" },
  })
  if (!center || !visible.has(center.id)) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Центр «${req.params.handle}» не найден`)
  }
  const { data: exhibits } = await query.graph({
    entity: "exhibit",
    fields: [...EXHIBIT_FIELDS, "applications.status"],
    filters: { center_id: center.id, status: ["open", "closed"], ends_at: { $gte: new Date() } },
    pagination: { order: { starts_at: "ASC" } },
  })
  res.json({
    center,
    exhibits: exhibits.map(({ applications = [], ...e }: any) => withPlaces(e, applications)),
  })
}
