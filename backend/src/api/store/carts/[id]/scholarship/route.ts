import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError, PromotionActions } from "@medusajs/framework/utils"
import { updateCartPromotionsWorkflow } from "@medusajs/medusa/core-flows"
import { SCHOLARSHIP_MODULE } from "../../../../../modules/scholarship"
import { checkRedemption, normalizeCode } from "../../../../../modules/scholarship/rules"
import type ScholarshipModuleService from "../../../../../modules/scholarship/service"
import type { StorePostCartScholarshipType } from "./validators"

const refuse = (message: string) => {
  throw new MedusaError(MedusaError.Types.INVALID_DATA, `code: ${message}`)
}

/**
 * Puts a scholarship code on the cart, saying in Russian why it cannot be (Medusa's own
 * `/promotions` route takes an unusable code silently and just gives no discount). The code is
 * claimed only at checkout; here it is checked and its discount shown. Taking it off again is
 * Medusa's own `DELETE /store/carts/:id/promotions`.
 */
export const POST = async (req: MedusaRequest<StorePostCartScholarshipType>, res: MedusaResponse) => {
  const code = normalizeCode(req.validatedBody.code)
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const service = req.scope.resolve(SCHOLARSHIP_MODULE) as ScholarshipModuleService
  const [[scholarship], { data: [cart] }] = await Promise.all([
    service.listScholarships({ code }),
    query.graph({ entity: "cart", fields: ["id", "sales_channel_id", "completed_at"], filters: { id: req.params.id } }),
  ])
  if (!cart || (cart as any).completed_at) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, "Корзина не найдена")
  }
  if (!scholarship) refuse("код не подходит")
  const refusal = checkRedemption(
    { status: scholarship.status as any, expires_at: scholarship.expires_at as any, reserved_amount: Number(scholarship.reserved_amount) },
    0,
    new Date()
  )
  if (refusal) refuse(refusal.message)
  const { data: [center] } = await query.graph({
    entity: "center",
    fields: ["id", "name", "sales_channel.id"],
    filters: { id: scholarship.center_id },
  })
  if ((center as any)?.sales_channel?.id !== (cart as any).sales_channel_id) {
    refuse(`код действует только на мастер-классы центра «${(center as any)?.name ?? ""}»`)
  }
  await updateCartPromotionsWorkflow(req.scope).run({
    input: { cart_id: cart.id, promo_codes: [code], action: PromotionActions.ADD },
  })
  const { data: [after] } = await query.graph({
    entity: "cart",
    fields: ["id", "items.adjustments.code", "items.adjustments.amount"],
    filters: { id: cart.id },
  })
  const discount = ((after as any)?.items ?? [])
    .flatMap((i: any) => i?.adjustments ?? [])
    .filter((a: any) => a?.code === code)
    .reduce((sum: number, a: any) => sum + Number(a.amount ?? 0), 0)
  // what checkout would refuse, refused now: nothing to pay for, or a seat dearer than the cap
  const tooDear = checkRedemption(
    { status: "issued", expires_at: scholarship.expires_at as any, reserved_amount: Number(scholarship.reserved_amount) },
    Math.ceil(discount - 1e-9),
    new Date()
  )
  if (discount <= 0 || tooDear) {
    await updateCartPromotionsWorkflow(req.scope).run({
      input: { cart_id: cart.id, promo_codes: [code], action: PromotionActions.REMOVE },
    })
    refuse(tooDear && discount > 0 ? tooDear.message : `в корзине нет места на мастер-класс центра «${(center as any)?.name ?? ""}»`)
  }
  res.json({ code, discount, max_seat_price: Number(scholarship.max_seat_price), percent: Number(scholarship.percent) })
}
