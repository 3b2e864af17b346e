import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { errorHandler } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { isConflictMessage, isOutOfStockMessage, SOLD_OUT_AT_CHECKOUT } from "../../../modules/masterclass/utils/errors"

const medusaErrorHandler = errorHandler()

/**
 * Medusa's error handler, with two translations: class rules that mean "conflict" answer 409 with
 * their Russian message (Medusa's CONFLICT type would replace it with an English one), and
 * Medusa's own "Not enough stock" from a checkout that lost the race for the last seats answers 409
 * in Russian.
 */
export function classAwareErrorHandler(err: any, req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  const message = err?.message
  if (isConflictMessage(message)) {
    return res.status(409).json({ type: MedusaError.Types.NOT_ALLOWED, code: "conflict", message })
  }
  if (isOutOfStockMessage(message)) {
    return res.status(409).json({ type: MedusaError.Types.NOT_ALLOWED, code: "sold_out", message: SOLD_OUT_AT_CHECKOUT })
  }
  return medusaErrorHandler(err, req as any, res as any, next)
}
