import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { errorHandler } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { isConflictMessage, isOutOfStockMessage, SOLD_OUT_AT_CHECKOUT } from "../../../modules/masterclass/utils/errors"

const medusaErrorHandler = errorHandler()

export const BUSY = "Сейчас слишком много заказов одновременно — ничего не списано, попробуйте ещё раз через минуту"

/**
 * Medusa's error handler, with three translations: class rules that mean "conflict" answer 409 with
 * their Russian message (Medusa's CONFLICT type would replace it with an English one), and
 * Medusa's own "Not enough stock" from a checkout that lost the race for the last seats answers 409
 * in Russian; a lock wait that timed out answers 503 «try again».
 */
export function classAwareErrorHandler(err: any, req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  const message = err?.message
  if (isConflictMessage(message)) {
    return res.status(409).json({ type: MedusaError.Types.NOT_ALLOWED, code: "conflict", message })
  }
  if (isOutOfStockMessage(message)) {
    return res.status(409).json({ type: MedusaError.Types.NOT_ALLOWED, code: "sold_out", message: SOLD_OUT_AT_CHECKOUT })
  }
  if (typeof message === "string" && message.startsWith("Timed-out acquiring lock")) {
    // a rush outlasted Medusa's lock wait: nothing was written (the workflow rolled back), so trying
    // again is safe — say so instead of "An unknown error occurred"
    return res.status(503).json({ type: "unavailable", code: "busy", message: BUSY })
  }
  return medusaErrorHandler(err, req as any, res as any, next)
}
