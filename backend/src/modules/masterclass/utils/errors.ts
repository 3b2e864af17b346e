import { MedusaError } from "@medusajs/framework/utils"

/**
 * Medusa's CONFLICT type replaces the message with a generic English one, so class rules that
 * mean "409" throw NOT_ALLOWED with one of these messages and the API's error handler answers 409
 * with the Russian text (see src/api/store/classes/errors.ts).
 */
export const CONFLICT_PREFIXES = [
  "starts_at: это время уже занято",
  "starts_at: зал занят",
  "starts_at: занятия серии пересекаются",
  "code: билет уже отмечен",
  "code: этот билет отменён",
  "session_id: занятие уже отменено",
  "session_id: места ещё есть",
  "email: вы уже в листе ожидания",
  "ticket_id: билет уже отменён",
  "variant_id: все места",
  "quantity: на занятие осталось",
  "items: места на",
]

export function conflict(message: string) {
  return new MedusaError(MedusaError.Types.NOT_ALLOWED, message)
}

export const isConflictMessage = (message: unknown) =>
  typeof message === "string" && CONFLICT_PREFIXES.some((p) => message.startsWith(p))

/** Medusa's own reservation refusal when the last seats went to a racing checkout. */
export const isOutOfStockMessage = (message: unknown) =>
  typeof message === "string" && /^Not enough stock available for item/.test(message)

export const SOLD_OUT_AT_CHECKOUT = "items: места на занятие или товар в корзине закончились, пока вы оформляли заказ — обновите корзину"
