import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError, QueryContext } from "@medusajs/framework/utils"
import CenterSellerLink from "../../../../links/center-seller"
import { formatCenter, SELLER_SUMMARY_FIELDS, visibleCenterChannels } from "../../../utils/centers"
import { centerShopProductFields } from "../query-config"
import { suspendedSellerProductIds } from "../../../../utils/suspended-sellers"
import type { MedusaContainer } from "@medusajs/framework/types"

export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const visible = await visibleCenterChannels(req)

  const { data: [center] } = await query.graph({
    entity: "center",
    fields: req.queryConfig.fields,
    filters: { handle: req.params.handle, status: "active" },
  })
  if (!center || !visible.has(center.id)) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Центр «${req.params.handle}» не найден`)
  }

  const { data: memberships } = await query.graph({
    entity: CenterSellerLink.entryPoint,
    fields: ["status", ...SELLER_SUMMARY_FIELDS.map((f) => `seller.${f}`), "seller.status"],
    filters: { center_id: center.id, status: "approved" },
  })
  const sellers = memberships
    .map((m: any) => m.seller)
    .filter((s: any) => s?.status === "approved")
    .map(({ status, ...seller }: any) => seller)
    .sort((a: any, b: any) => a.name.localeCompare(b.name, "ru"))

  const { featured_product_ids = [], ...profile } = center as any
  const shop = await centerShopPage(req.scope, visible.get(center.id)!, req.validatedQuery as any, featured_product_ids)
  res.json({ center: { ...formatCenter(profile), sellers, ...shop } })
}

/** The published goods and classes the center's shop holds, cheapest variant as the price. */
async function centerShopPage(
  scope: MedusaContainer,
  salesChannelId: string,
  page: { limit: number; offset: number },
  featuredIds: string[]
) {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: held } = await query.graph({
    entity: "product_sales_channel",
    fields: ["product_id"],
    filters: { sales_channel_id: salesChannelId },
  })
  const heldIds = held.map((row: any) => row.product_id)
  const hidden = await suspendedSellerProductIds(scope)
  const list = (ids: string[], pagination: Record<string, unknown>) =>
    query.graph({
      entity: "product",
      fields: centerShopProductFields,
      filters: { id: { $in: ids, $nin: hidden }, status: "published" },
      pagination,
      context: { variants: { calculated_price: QueryContext({ currency_code: "rub" }) } },
    })
  const [{ data: products, metadata }, { data: featured }] = await Promise.all([
    list(heldIds, { skip: page.offset, take: page.limit, order: { title: "ASC", id: "ASC" } }),
    list(featuredIds.filter((id) => heldIds.includes(id)), {}),
  ])
  const card = ({ variants = [], seller, ...product }: any) => {
    const prices = variants
      .map((v: any) => v.calculated_price?.calculated_amount)
      .filter((a: unknown): a is number => typeof a === "number")
    return {
      ...product,
      price: prices.length ? Math.min(...prices) : null,
      seller: seller ? { handle: seller.handle, name: seller.name } : null,
    }
  }
  return {
    // the manager's picks, in the manager's order, before the paged shop
    featured_products: featuredIds
      .map((id) => featured.find((p: any) => p.id === id))
      .filter(Boolean)
      .map(card),
    products: products.map(card),
    products_count: metadata?.count ?? products.length,
    limit: page.limit,
    offset: page.offset,
  }
}
