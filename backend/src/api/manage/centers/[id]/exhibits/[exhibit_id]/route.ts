import type { MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { updateExhibitWorkflow } from "../../../../../../workflows/exhibit"
import type { ScopedRequest } from "../../../../../utils/actors"
import { APPLICATION_FIELDS, applicationsWithGoods, EXHIBIT_FIELDS, withPlaces } from "../../../../../store/exhibits/present"
import type { PostExhibitUpdateType } from "../validators"

/** The exhibit with every application (withdrawn ones too), the artisans' names and chosen goods. */
async function load(req: ScopedRequest) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: [exhibit] } = await query.graph({
    entity: "exhibit",
    fields: [...EXHIBIT_FIELDS, ...APPLICATION_FIELDS.map((f) => `applications.${f}`)],
    filters: { id: req.params.exhibit_id, center_id: req.params.id },
  })
  const { applications = [], ...rest } = exhibit as any
  const order = { pending: 0, approved: 1, declined: 2, withdrawn: 3 } as Record<string, number>
  const sorted = [...applications].sort(
    (a: any, b: any) => order[a.status] - order[b.status] || String(a.created_at).localeCompare(String(b.created_at))
  )
  return { ...withPlaces(rest, applications), applications: await applicationsWithGoods(req.scope, sorted) }
}

export const GET = async (req: ScopedRequest, res: MedusaResponse) => {
  res.json({ exhibit: await load(req) })
}

export const POST = async (req: ScopedRequest<PostExhibitUpdateType>, res: MedusaResponse) => {
  await updateExhibitWorkflow(req.scope).run({
    input: { center_id: req.params.id, exhibit_id: req.params.exhibit_id, update: req.validatedBody },
  })
  res.json({ exhibit: await load(req) })
}
