import type { MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createExhibitWorkflow } from "../../../../../workflows/exhibit"
import type { ScopedRequest } from "../../../../utils/actors"
import { APPLICATION_FIELDS, EXHIBIT_FIELDS, withPlaces } from "../../../../store/exhibits/present"
import type { PostExhibitType } from "./validators"

/** The center's exhibits, newest first, with the number of applications waiting for a decision. */
export const GET = async (req: ScopedRequest, res: MedusaResponse) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: exhibits } = await query.graph({
    entity: "exhibit",
    fields: [...EXHIBIT_FIELDS, ...APPLICATION_FIELDS.map((f) => `applications.${f}`)],
    filters: { center_id: req.params.id },
    pagination: { order: { starts_at: "DESC" } },
  })
  res.json({
    exhibits: exhibits.map(({ applications = [], ...e }: any) => ({
      ...withPlaces(e, applications),
      pending_count: applications.filter((a: any) => a.status === "pending").length,
    })),
  })
}

export const POST = async (req: ScopedRequest<PostExhibitType>, res: MedusaResponse) => {
  const { result } = await createExhibitWorkflow(req.scope).run({
    input: { ...req.validatedBody, center_id: req.params.id },
  })
  res.status(201).json({ exhibit: withPlaces(result, []) })
}
