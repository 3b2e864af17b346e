import type { MedusaResponse } from "@medusajs/framework/http"
import { setMembershipStatusWorkflow } from "../../../../../../workflows/set-membership-status"
import type { ScopedRequest } from "../../../../../utils/actors"
import type { PostMembershipStatusType } from "../../../../validators"

/** Approve, decline or suspend an artisan at this center. */
export const POST = async (req: ScopedRequest<PostMembershipStatusType>, res: MedusaResponse) => {
  const { result } = await setMembershipStatusWorkflow(req.scope).run({
    input: { center_id: req.params.id, seller_id: req.params.seller_id, status: req.validatedBody.status },
  })
  res.json({ membership: result })
}
