import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { Modules } from "@medusajs/framework/utils"

/** Pickup options need a shipping profile; a fresh database has none until someone makes it. */
export const ensureDefaultShippingProfileStep = createStep(
  "ensure-default-shipping-profile",
  async (_: void, { container }) => {
    const fulfillment = container.resolve(Modules.FULFILLMENT)
    const [existing] = await fulfillment.listShippingProfiles({ type: "default" }, { take: 1 })
    if (existing) {
      return new StepResponse(existing.id, null)
    }
    const created = await fulfillment.createShippingProfiles({ name: "Default Shipping Profile", type: "default" })
    return new StepResponse(created.id, created.id)
  },
  async (createdId, { container }) => {
    if (!createdId) {
      return
    }
    await container.resolve(Modules.FULFILLMENT).deleteShippingProfiles(createdId)
  }
)
