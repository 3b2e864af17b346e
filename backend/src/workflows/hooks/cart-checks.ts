// Our checks on Medusa's cart workflows. Medusa takes one handler per hook, so every check of ours
// at add-to-cart and at completion lives here: suspended artisans, and (issue 6) scholarship codes.
import { MedusaError } from "@medusajs/framework/utils"
import { StepResponse } from "@medusajs/framework/workflows-sdk"
import { addToCartWorkflow, completeCartWorkflow } from "@medusajs/medusa/core-flows"
import { variantsOfSuspendedSellers } from "../../utils/suspended-sellers"
import { claimCartScholarships, releaseCartScholarships } from "./scholarship-checkout"

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

// a cart filled before the suspension must not become an order either; Medusa allows one
// handler per hook, so the scholarship claim (issue 6) shares it and is undone if the order fails
completeCartWorkflow.hooks.validate(
  async ({ cart }, { container }) => {
    const ids = ((cart as any).items ?? []).map((i: any) => i.variant_id).filter(Boolean)
    if ((await variantsOfSuspendedSellers(container, ids)).length) {
      refuse()
    }
    const claimed = await claimCartScholarships(container, cart)
    return new StepResponse(undefined, claimed)
  },
  async (claimed, { container }) => {
    await releaseCartScholarships(container, claimed as string[] | undefined)
  }
)
