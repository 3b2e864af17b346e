import type { MedusaRequest } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import CenterSalesChannelLink from "../../links/center-sales-channel"

export const SELLER_SUMMARY_FIELDS = ["id", "handle", "name", "bio", "tax_status", "photo_url"]

/**
 * The centers whose shop the caller's publishable key may see, as center id → sales channel id.
 * `onlyChannels` narrows further (e.g. the channels a product is offered in).
 */
export async function visibleCenterChannels(
  req: MedusaRequest,
  onlyChannels?: string[]
): Promise<Map<string, string>> {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const keyChannels: string[] = (req as any).publishable_key_context?.sales_channel_ids ?? []
  const channels = onlyChannels ? keyChannels.filter((id) => onlyChannels.includes(id)) : keyChannels
  if (!channels.length) {
    return new Map()
  }
  const { data } = await query.graph({
    entity: CenterSalesChannelLink.entryPoint,
    fields: ["center_id", "sales_channel_id"],
    filters: { sales_channel_id: channels },
  })
  return new Map(data.map((row: any) => [row.center_id, row.sales_channel_id]))
}

export function formatCenter(center: any) {
  const { sales_channel, stock_location, ...rest } = center
  return {
    ...rest,
    sales_channel_id: sales_channel?.id ?? null,
    stock_location_id: stock_location?.id ?? null,
  }
}
