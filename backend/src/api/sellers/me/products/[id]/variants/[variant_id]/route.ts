import type { MedusaResponse } from "@medusajs/framework/http"
import { updateSellerVariantWorkflow } from "../../../../../../../workflows/update-seller-variant"
import type { ScopedRequest } from "../../../../../../utils/actors"
import type { PostSellerVariantType } from "../../../../../validators"

// requireOwnProduct has checked :id; the workflow checks that :variant_id is the product's.
export const POST = async (req: ScopedRequest<PostSellerVariantType>, res: MedusaResponse) => {
  await updateSellerVariantWorkflow(req.scope).run({
    input: { product_id: req.params.id, variant_id: req.params.variant_id, ...req.validatedBody },
  })
  res.json({ variant_id: req.params.variant_id, ...req.validatedBody })
}
