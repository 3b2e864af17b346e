import { MedusaError } from "@medusajs/framework/utils"
import { addToCartWorkflow, completeCartWorkflow } from "@medusajs/medusa/core-flows"
import { variantsOfSuspendedSellers } from "../../utils/suspended-sellers"

const refuse = () => {
  throw new MedusaError(
    MedusaError.Types.NOT_ALLOWED,
    "items: мастер временно не продаёт на Соседях — уберите его товары из корзины"
  )
}

addToCartWorkflow.hooks.validate(async ({ input }, { container }) => {
  const ids = ((input as any).items ?? []).map((i: any) => i.variant_id).filter(Boolean)
  if ((await variantsOfSuspendedSellers(container, ids)).length) {
    refuse()
  }
})

// a cart filled before the suspension must not become an order either
completeCartWorkflow.hooks.validate(async ({ cart }, { container }) => {
  const ids = ((cart as any).items ?? []).map((i: any) => i.variant_id).filter(Boolean)
  if ((await variantsOfSuspendedSellers(container, ids)).length) {
    refuse()
  }
})
