import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { registerSellerWorkflow } from "../../workflows/register-seller"
import type { PostSellerSignUpType } from "./validators"

/** Artisan sign-up: the caller's login (maybe already a resident's) becomes a pending seller. */
export const POST = async (req: AuthenticatedMedusaRequest<PostSellerSignUpType>, res: MedusaResponse) => {
  if (req.auth_context.actor_id) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, "Этот вход уже принадлежит мастеру")
  }
  const { own_work_declaration, ...body } = req.validatedBody
  const { result: seller } = await registerSellerWorkflow(req.scope).run({
    input: { ...body, auth_identity_id: req.auth_context.auth_identity_id, status: "pending" },
  })
  res.status(201).json({ seller: { id: seller.id, handle: seller.handle, status: seller.status } })
}
