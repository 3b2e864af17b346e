import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import CenterSalesChannelLink from "../../../../../links/center-sales-channel"
import CenterSellerLink from "../../../../../links/center-seller"

/**
 * For the product page widget: who the product belongs to and which centers' shops offer it
 * (any status, unlike the store), with the seller's membership at each of those centers.
 */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: [product] } = await query.graph({
    entity: "product",
    fields: req.queryConfig.fields,
    filters: { id: req.params.id },
  })
  if (!product) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Товар ${req.params.id} не найден`)
  }
  const channelIds = ((product as any).sales_channels ?? []).filter(Boolean).map((sc: any) => sc.id)
  const { data: shops } = channelIds.length
    ? await query.graph({
        entity: CenterSalesChannelLink.entryPoint,
        fields: ["center_id", "sales_channel_id"],
        filters: { sales_channel_id: channelIds },
      })
    : { data: [] as any[] }
  const channelByCenter = new Map(shops.map((row: any) => [row.center_id, row.sales_channel_id]))

  const { data: centers } = channelByCenter.size
    ? await query.graph({
        entity: "center",
        fields: ["id", "handle", "name", "district", "status"],
        filters: { id: [...channelByCenter.keys()] },
      })
    : { data: [] as any[] }

  const seller = (product as any).seller ?? null
  const membership = new Map<string, string>()
  if (seller && centers.length) {
    const { data: rows } = await query.graph({
      entity: CenterSellerLink.entryPoint,
      fields: ["center_id", "status"],
      filters: { seller_id: seller.id, center_id: centers.map((c: any) => c.id) },
    })
    rows.forEach((row: any) => membership.set(row.center_id, row.status))
  }

  res.json({
    product: { id: product.id, title: (product as any).title, status: (product as any).status },
    seller,
    centers: centers
      .map((c: any) => ({
        ...c,
        sales_channel_id: channelByCenter.get(c.id),
        // the seller's membership at this center; null: the shop holds the product without one
        membership_status: membership.get(c.id) ?? null,
      }))
      .sort((a: any, b: any) => a.name.localeCompare(b.name, "ru")),
  })
}
