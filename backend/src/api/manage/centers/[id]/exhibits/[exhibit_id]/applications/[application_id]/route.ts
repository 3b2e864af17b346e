import type { MedusaResponse } from "@medusajs/framework/http"
import { decideExhibitApplicationWorkflow } from "../../../../../../../../workflows/decide-exhibit-application"
import type { ScopedRequest } from "../../../../../../../utils/actors"
import type { PostExhibitDecisionType } from "../../../validators"

/** Approve or decline an application of this exhibit (another exhibit's application is a 404). */
export const POST = async (req: ScopedRequest<PostExhibitDecisionType>, res: MedusaResponse) => {
  const { result } = await decideExhibitApplicationWorkflow(req.scope).run({
    input: {
      center_id: req.params.id,
      exhibit_id: req.params.exhibit_id,
      application_id: req.params.application_id,
      status: req.validatedBody.status,
      decision_note: req.validatedBody.decision_note || null,
    },
  })
  res.json({ application: result })
}
