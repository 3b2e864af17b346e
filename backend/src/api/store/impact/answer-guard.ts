import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { parseImpactAnswer } from "../../../modules/impact/answer"

/**
 * A seat added to (or changed in) a cart may carry the questionnaire as `metadata.impact`: its
 * values are checked here, so a wrong one is a 400 naming the field instead of a snapshot that
 * silently drops out of the impact figures. An answer without values is removed (skipped question).
 */
export function guardImpactAnswer(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  const metadata = (req.body as any)?.metadata
  if (!metadata || typeof metadata !== "object" || !("impact" in metadata)) return next()
  const parsed = parseImpactAnswer(metadata.impact)
  if (!parsed.ok) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, parsed.message)
  }
  const answer = parsed.answer
  if (!answer || (answer.economic_status == null && answer.ready_to_teach == null)) {
    delete metadata.impact
  } else {
    // only the answered questions: Medusa drops null values from metadata anyway
    metadata.impact = Object.fromEntries(Object.entries(answer).filter(([, v]) => v !== null && v !== undefined))
  }
  next()
}
