import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import SellerOrderLink from "../../links/seller-order"
import { SELLER_MODULE } from "../../modules/seller"

export type SellerOrderPart = {
  seller_id: string
  order_id: string
  status: string
  handed_over_at: Date | null
  receipt_number: string | null
}

export async function readSellerOrderPart(
  container: MedusaContainer,
  ids: { seller_id: string; order_id: string }
): Promise<SellerOrderPart> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: [row] } = await query.graph({
    entity: SellerOrderLink.entryPoint,
    fields: ["seller_id", "order_id", "status", "handed_over_at", "receipt_number"],
    filters: { seller_id: ids.seller_id, order_id: ids.order_id },
  })
  if (!row) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, "Заказ не найден")
  }
  return row as SellerOrderPart
}

/** Creating an existing link upserts it: always write the whole row so no column is lost. */
export async function writeSellerOrderPart(container: MedusaContainer, part: SellerOrderPart) {
  const { seller_id, order_id, ...data } = part
  await container.resolve(ContainerRegistrationKeys.LINK).create({
    [SELLER_MODULE]: { seller_id },
    [Modules.ORDER]: { order_id },
    data,
  })
}
