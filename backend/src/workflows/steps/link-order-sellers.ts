import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import SellerOrderLink from "../../links/seller-order"
import { SELLER_MODULE } from "../../modules/seller"

const link = (seller_id: string, order_id: string) => ({
  [SELLER_MODULE]: { seller_id },
  [Modules.ORDER]: { order_id },
})

/**
 * Gives every seller whose products are in the order their part of it. Safe to run again:
 * parts that exist are left as they are, so a second completion or event adds nothing.
 */
export const linkOrderSellersStep = createStep(
  "link-order-sellers",
  async (input: { order_id: string }, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data: [order] } = await query.graph({
      entity: "order",
      fields: ["id", "items.product_id"],
      filters: { id: input.order_id },
    })
    const productIds = [...new Set(((order?.items ?? []) as any[]).map((i) => i?.product_id).filter(Boolean))]
    if (!productIds.length) {
      return new StepResponse([] as string[], { order_id: input.order_id, added: [] as string[] })
    }
    const { data: products } = await query.graph({
      entity: "product",
      fields: ["id", "seller.id"],
      filters: { id: productIds },
    })
    const sellerIds = [...new Set(products.map((p: any) => p.seller?.id).filter(Boolean))] as string[]
    const { data: existing } = await query.graph({
      entity: SellerOrderLink.entryPoint,
      fields: ["seller_id"],
      filters: { order_id: input.order_id },
    })
    const known = new Set(existing.map((l: any) => l.seller_id))
    const added = sellerIds.filter((id) => !known.has(id))
    if (added.length) {
      await container
        .resolve(ContainerRegistrationKeys.LINK)
        .create(added.map((id) => ({ ...link(id, input.order_id), data: { status: "new" } })))
    }
    return new StepResponse(sellerIds, { order_id: input.order_id, added })
  },
  async (created, { container }) => {
    if (!created?.added.length) {
      return
    }
    // only the parts this run created
    await container
      .resolve(ContainerRegistrationKeys.LINK)
      .dismiss(created.added.map((id) => link(id, created.order_id)))
  }
)
