import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import CenterSalesChannelLink from "../../../../links/center-sales-channel"
import { approvedCenterIds, type ScopedRequest } from "../../../utils/actors"
import { APPLICATION_FIELDS, applicationsWithGoods, EXHIBIT_FIELDS, withPlaces } from "../../../store/exhibits/present"

/**
 * The exhibits (not drafts, not over) at the calling artisan's approved centers, each with the
 * artisan's own application and the goods they may choose: their published goods in that
 * center's shop. `exhibitId` narrows to one.
 */
export async function myExhibits(req: ScopedRequest, exhibitId?: string) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const sellerId = req.seller!.id
  const centerIds = await approvedCenterIds(req)
  if (!centerIds.length) {
    return []
  }
  const { data: exhibits } = await query.graph({
    entity: "exhibit",
    fields: [...EXHIBIT_FIELDS, "applications.id", "applications.status", "applications.seller_id"],
    filters: {
      center_id: centerIds,
      status: ["open", "closed"],
      ...(exhibitId ? { id: exhibitId } : { ends_at: { $gte: new Date() } }),
    },
    pagination: { order: { starts_at: "ASC" } },
  })
  if (!exhibits.length) {
    return []
  }
  const usedCenters = [...new Set(exhibits.map((e: any) => e.center_id))]
  const [{ data: centers }, { data: channels }, { data: [me] }, { data: mine }] = await Promise.all([
    query.graph({ entity: "center", fields: ["id", "handle", "name", "address"], filters: { id: usedCenters } }),
    query.graph({ entity: CenterSalesChannelLink.entryPoint, fields: ["center_id", "sales_channel_id"], filters: { center_id: usedCenters } }),
    query.graph({
      entity: "seller",
      fields: ["id", "products.id", "products.title", "products.handle", "products.thumbnail", "products.status", "products.sales_channels.id"],
      filters: { id: sellerId },
    }),
    query.graph({
      entity: "exhibit_application",
      fields: APPLICATION_FIELDS,
      filters: { seller_id: sellerId, exhibit_id: exhibits.map((e: any) => e.id) },
    }),
  ])
  const own = await applicationsWithGoods(req.scope, mine)
  const products = ((me as any)?.products ?? []).filter((p: any) => p?.status === "published")
  return exhibits.map(({ applications = [], ...e }: any) => {
    const channel = (channels.find((c: any) => c.center_id === e.center_id) as any)?.sales_channel_id
    return {
      ...withPlaces(e, applications),
      center: centers.find((c: any) => c.id === e.center_id) ?? null,
      application: own.find((a: any) => a.exhibit_id === e.id) ?? null,
      eligible_products: products
        .filter((p: any) => (p.sales_channels ?? []).some((c: any) => c?.id === channel))
        .map(({ sales_channels, status, ...p }: any) => p)
        .sort((a: any, b: any) => a.title.localeCompare(b.title, "ru")),
    }
  })
}
