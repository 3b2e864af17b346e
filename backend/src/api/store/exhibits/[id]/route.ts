import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { visibleCenterChannels } from "../../../utils/centers"
import { APPLICATION_FIELDS, applicationsWithGoods, EXHIBIT_FIELDS, withPlaces } from "../present"

/**
 * One exhibit for residents: its center, and the approved artisans with their chosen goods
 * (published ones only; a suspended artisan is not shown). Drafts and cancelled exhibits are 404.
 */
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: [exhibit] } = await query.graph({
    entity: "exhibit",
    fields: [...EXHIBIT_FIELDS, ...APPLICATION_FIELDS.map((f) => `applications.${f}`)],
    filters: { id: req.params.id, status: ["open", "closed"] },
  })
  const visible = exhibit ? await visibleCenterChannels(req) : new Map()
  if (!exhibit || !visible.has((exhibit as any).center_id)) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, "Выставка не найдена")
  }
  const { data: [center] } = await query.graph({
    entity: "center",
    fields: ["id", "handle", "name", "district", "address", "status"],
    filters: { id: (exhibit as any).center_id },
  })
  if (!center || (center as any).status !== "active") {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, "Выставка не найдена")
  }
  const { applications = [], ...rest } = exhibit as any
  const approved = applications.filter((a: any) => a.status === "approved")
  const withGoods = await applicationsWithGoods(req.scope, approved)
  const artisans = withGoods
    .filter((a: any) => a.seller && a.seller.status !== "suspended")
    .map((a: any) => ({
      seller: { name: a.seller.name, handle: a.seller.handle },
      products: a.products
        .filter((p: any) => p.status === "published")
        .map(({ id, title, handle, thumbnail, price }: any) => ({ id, title, handle, thumbnail, price })),
    }))
    .filter((a: any) => a.products.length)
    .sort((a: any, b: any) => a.seller.name.localeCompare(b.seller.name, "ru"))
  const { center_id, created_at, ...publicFields } = withPlaces(rest, applications)
  const { status: _status, ...centerFields } = center as any
  res.json({ exhibit: { ...publicFields, center: centerFields, artisans } })
}
