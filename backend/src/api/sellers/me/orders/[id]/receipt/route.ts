import type { MedusaResponse } from "@medusajs/framework/http"
import { recordReceiptWorkflow } from "../../../../../../workflows/record-receipt"
import type { ScopedRequest } from "../../../../../utils/actors"
import type { PostReceiptType } from "../../../../validators"

export const POST = async (req: ScopedRequest<PostReceiptType>, res: MedusaResponse) => {
  const { result } = await recordReceiptWorkflow(req.scope).run({
    input: { seller_id: req.seller!.id, order_id: req.params.id, receipt_number: req.validatedBody.receipt_number },
  })
  res.json({ part: result })
}
