import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"

/**
 * Completing a cart with a room line: the booking must still be held for this very cart, its
 * 15 minutes not run out, the line unchanged (one booking at its price). Otherwise 409 in Russian
 * before Medusa places anything. Carts without room lines cost one indexed read.
 */
export async function guardRoomsOnComplete(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  const pg = req.scope.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const { rows } = await pg.raw(
    `select li.id, li.title, li.quantity, li.unit_price, li.variant_id, c.completed_at,
            li.metadata->>'room_booking_id' as booking_id,
            rb.status, rb.hold_expires_at, rb.cart_id, rb.price
       from cart c
       join cart_line_item li on li.cart_id = c.id and li.deleted_at is null
       left join room_booking rb on rb.id = li.metadata->>'room_booking_id' and rb.deleted_at is null and rb.kind = 'booking'
      where c.id = ? and li.metadata->>'room_booking_id' is not null`,
    [req.params.id]
  )
  // a completed cart answers with its order (Medusa's idempotent completion)
  if (!rows.length || rows.some((r: any) => r.completed_at)) return next()
  const now = Date.now()
  for (const row of rows as any[]) {
    const problem = roomLineProblem(row, req.params.id, now)
    if (problem) {
      res.status(409).json({ type: MedusaError.Types.NOT_ALLOWED, code: "room_hold", message: problem })
      return
    }
  }
  next()
}

const title = (row: any) => String(row.title ?? "").replace(/^Аренда:\s*/, "")

export function roomLineProblem(row: any, cartId: string, now = Date.now()): string | null {
  if (row.variant_id || !row.status) {
    return `items: бронь помещения «${title(row)}» не найдена — уберите её из корзины`
  }
  if (row.status === "confirmed") {
    return `items: бронь помещения «${title(row)}» уже подтверждена — уберите её из корзины`
  }
  if (row.status !== "held") {
    return `items: бронь помещения «${title(row)}» отменена — уберите её из корзины и выберите время заново`
  }
  if (row.hold_expires_at && new Date(row.hold_expires_at).getTime() <= now) {
    return `items: время удержания помещения «${title(row)}» истекло — уберите бронь из корзины и выберите время заново`
  }
  if (row.cart_id !== cartId || Number(row.quantity) !== 1 || Number(row.unit_price) !== Number(row.price)) {
    return `items: бронь помещения «${title(row)}» в корзине изменена — уберите её и добавьте заново со страницы брони`
  }
  return null
}
