import type { MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { applyToExhibitWorkflow } from "../../../../../../workflows/apply-to-exhibit"
import { withdrawExhibitApplicationWorkflow } from "../../../../../../workflows/withdraw-exhibit-application"
import type { ScopedRequest } from "../../../../../utils/actors"
import { myExhibits } from "../../helpers"
import type { PostExhibitApplicationType } from "../../validators"

// requireExhibitAtMyCenter has checked :exhibit_id is at one of the artisan's approved centers.
async function load(req: ScopedRequest) {
  const [exhibit] = await myExhibits(req, req.params.exhibit_id)
  if (!exhibit) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, "Выставка не найдена")
  }
  return exhibit
}

export const GET = async (req: ScopedRequest, res: MedusaResponse) => {
  const { application, ...exhibit } = await load(req)
  res.json({ exhibit, application })
}

/** Apply with chosen goods, or change the goods and note of a pending application. */
export const POST = async (req: ScopedRequest<PostExhibitApplicationType>, res: MedusaResponse) => {
  await applyToExhibitWorkflow(req.scope).run({
    input: { ...req.validatedBody, seller_id: req.seller!.id, exhibit_id: req.params.exhibit_id },
  })
  const { application, ...exhibit } = await load(req)
  res.json({ exhibit, application })
}

/** Withdraw a pending application. */
export const DELETE = async (req: ScopedRequest, res: MedusaResponse) => {
  await withdrawExhibitApplicationWorkflow(req.scope).run({
    input: { seller_id: req.seller!.id, exhibit_id: req.params.exhibit_id },
  })
  const { application, ...exhibit } = await load(req)
  res.json({ exhibit, application })
}
