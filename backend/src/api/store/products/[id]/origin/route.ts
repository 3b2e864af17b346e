import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, getVariantAvailability, MedusaError } from "@medusajs/framework/utils"
import { visibleCenterChannels } from "../../../../utils/centers"

/** Who made a product and at which centers it can be picked up. */
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: [product] } = await query.graph({
    entity: "product",
    fields: req.queryConfig.fields,
    filters: { id: req.params.id, status: "published" },
  })
  const channels = (product?.sales_channels ?? []).map((sc: any) => sc.id)
  const visible = product ? await visibleCenterChannels(req, channels) : new Map()
  if (!product || !visible.size || (product as any).seller?.status === "suspended") {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Товар ${req.params.id} не найден`)
  }

  const { data: centers } = await query.graph({
    entity: "center",
    fields: ["id", "handle", "name", "district", "address", "opening_hours"],
    filters: { id: [...visible.keys()], status: "active" },
  })

  const variantIds = ((product as any).variants ?? []).map((v: any) => v.id)
  const stockByCenter = new Map<string, Record<string, number | null>>()
  for (const [centerId, sales_channel_id] of visible) {
    const availability = await getVariantAvailability(query, { variant_ids: variantIds, sales_channel_id })
    stockByCenter.set(
      centerId,
      Object.fromEntries(variantIds.map((id: string) => [id, availability[id]?.availability ?? null]))
    )
  }

  const seller = (product as any).seller
  const { status, ...sellerSummary } = seller ?? {}
  res.json({
    seller: seller && status === "approved" ? sellerSummary : null,
    centers: centers.map((c: any) => ({
      ...c,
      sales_channel_id: visible.get(c.id),
      // variant id → units available for pickup here (null: stock not tracked)
      stock: stockByCenter.get(c.id),
    })),
  })
}
