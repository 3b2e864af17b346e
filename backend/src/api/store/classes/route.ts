import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import {
  ContainerRegistrationKeys,
  getVariantAvailability,
  QueryContext,
} from "@medusajs/framework/utils"
import { visibleCenterChannels } from "../../utils/centers"
import { suspendedSellerProductIds } from "../../../utils/suspended-sellers"
import { classSessionProductFields, MASTERCLASS_TYPE } from "./query-config"
import type { StoreGetClassSessionsParamsType } from "./validators"

/** Upcoming master-class sessions across the caller's centers, soonest first. */
export const GET = async (
  req: MedusaRequest<unknown, StoreGetClassSessionsParamsType>,
  res: MedusaResponse
) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { limit, center_id } = req.validatedQuery
  const visible = await visibleCenterChannels(req)
  const centerByChannel = new Map([...visible].map(([centerId, channel]) => [channel, centerId]))

  const { data: types } = await query.graph({
    entity: "product_type",
    fields: ["id"],
    filters: { value: MASTERCLASS_TYPE },
  })
  if (!types.length || !visible.size) {
    return res.json({ sessions: [] })
  }

  const { data: products } = await query.graph({
    entity: "product",
    fields: classSessionProductFields,
    filters: { type_id: types[0].id, status: "published", id: { $nin: await suspendedSellerProductIds(req.scope) } },
    context: { variants: { calculated_price: QueryContext({ currency_code: "rub" }) } },
  })

  const now = Date.now()
  const upcoming = products.flatMap((product: any) => {
    const channel = (product.sales_channels ?? []).map((s: any) => s.id).find((id: string) => centerByChannel.has(id))
    const centerId = channel && centerByChannel.get(channel)
    if (!centerId || (center_id && centerId !== center_id)) {
      return []
    }
    return (product.variants ?? [])
      .filter((v: any) => v.metadata?.starts_at && Date.parse(v.metadata.starts_at) > now)
      .map((v: any) => ({ product, variant: v, channel, centerId }))
  })
  upcoming.sort((a, b) => Date.parse(a.variant.metadata.starts_at) - Date.parse(b.variant.metadata.starts_at))
  // a cancelled session keeps its variant (orders refer to it) but is no longer offered
  const { data: cancelled } = upcoming.length
    ? await query.graph({
        entity: "class_session",
        fields: ["variant_id"],
        filters: { variant_id: upcoming.map((u) => u.variant.id), status: "cancelled" },
      })
    : { data: [] as any[] }
  const cancelledVariants = new Set(cancelled.map((c: any) => c.variant_id))
  const page = upcoming.filter((u) => !cancelledVariants.has(u.variant.id)).slice(0, limit)

  const byChannel = new Map<string, string[]>()
  for (const s of page) {
    byChannel.set(s.channel, [...(byChannel.get(s.channel) ?? []), s.variant.id])
  }
  const seats: Record<string, { availability: number | null }> = {}
  for (const [sales_channel_id, variant_ids] of byChannel) {
    Object.assign(seats, await getVariantAvailability(query, { variant_ids, sales_channel_id }))
  }

  const { data: centers } = await query.graph({
    entity: "center",
    fields: ["id", "handle", "name", "district"],
    filters: { id: [...new Set(page.map((s) => s.centerId))] },
  })
  const centerById = new Map(centers.map((c: any) => [c.id, c]))

  res.json({
    sessions: page.map(({ product, variant, centerId }) => ({
      variant_id: variant.id,
      product_id: product.id,
      product_handle: product.handle,
      title: product.title,
      thumbnail: product.thumbnail,
      starts_at: variant.metadata.starts_at,
      ends_at: variant.metadata.ends_at,
      seats_left: seats[variant.id]?.availability ?? 0,
      price: variant.calculated_price?.calculated_amount ?? null,
      center: centerById.get(centerId) ?? null,
    })),
  })
}
