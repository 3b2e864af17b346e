import type { MedusaRequest } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MathBN } from "@medusajs/framework/utils"
import CenterSalesChannelLink from "../../links/center-sales-channel"
import SellerOrderLink from "../../links/seller-order"

const ORDER_FIELDS = [
  "order.id",
  "order.display_id",
  "order.created_at",
  "order.email",
  "order.currency_code",
  "order.sales_channel_id",
  "order.shipping_address.first_name",
  "order.shipping_address.last_name",
  "order.shipping_address.phone",
  "order.items.id",
  "order.items.title",
  "order.items.variant_title",
  "order.items.product_id",
  "order.items.quantity",
  "order.items.detail.quantity",
  "order.items.unit_price",
  "order.items.thumbnail",
]

const amount = (value: unknown) => MathBN.convert(value as any).toNumber()

/**
 * Artisans' parts of orders: each part carries only the items of that artisan's products,
 * the pickup center and the buyer's contact.
 */
export async function listSellerOrderParts(
  req: Pick<MedusaRequest, "scope">,
  filters: { seller_id?: string; order_id?: string },
  withBuyer: boolean
) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: parts } = await query.graph({
    entity: SellerOrderLink.entryPoint,
    fields: [
      "seller_id",
      "status",
      "handed_over_at",
      "receipt_number",
      "seller.name",
      "seller.handle",
      "seller.products.id",
      ...ORDER_FIELDS,
    ],
    filters,
  })
  const channels = [...new Set(parts.map((p: any) => p.order?.sales_channel_id).filter(Boolean))]
  const { data: centers } = channels.length
    ? await query.graph({
        entity: CenterSalesChannelLink.entryPoint,
        fields: ["sales_channel_id", "center.id", "center.handle", "center.name", "center.address", "center.fee_rate"],
        filters: { sales_channel_id: channels },
      })
    : { data: [] as any[] }
  const centerByChannel = new Map(centers.map((c: any) => [c.sales_channel_id, c.center]))

  return parts
    .filter((p: any) => p.order)
    .map((p: any) => {
      const own = new Set((p.seller?.products ?? []).map((x: any) => x.id))
      const items = (p.order.items ?? []).filter((i: any) => own.has(i.product_id))
      const address = p.order.shipping_address ?? {}
      return {
        order_id: p.order.id,
        display_id: p.order.display_id,
        created_at: p.order.created_at,
        status: p.status,
        handed_over_at: p.handed_over_at ?? null,
        receipt_number: p.receipt_number ?? null,
        seller: { handle: p.seller?.handle, name: p.seller?.name },
        pickup_center: centerByChannel.get(p.order.sales_channel_id) ?? null,
        items: items.map(({ product_id, unit_price, detail, quantity, ...item }: any) => ({
          ...item,
          // reached through a link, an order item keeps its quantity on its detail row
          quantity: amount(quantity ?? detail?.quantity),
          unit_price: amount(unit_price),
        })),
        total: items.reduce(
          (sum: number, i: any) => sum + amount(i.unit_price) * amount(i.quantity ?? i.detail?.quantity),
          0
        ),
        ...(withBuyer
          ? {
              buyer: {
                name: [address.first_name, address.last_name].filter(Boolean).join(" "),
                phone: address.phone ?? null,
                email: p.order.email,
              },
            }
          : {}),
      }
    })
    .sort((a: any, b: any) => String(b.created_at).localeCompare(String(a.created_at)))
}
