import type { MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import CenterSellerLink from "../../../../../links/center-seller"
import { curateCenterShopWorkflow } from "../../../../../workflows/curate-center-shop"
import type { ScopedRequest } from "../../../../utils/actors"
import type { PostShopCurationType } from "../../../validators"

async function shopView(req: ScopedRequest) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: [center] } = await query.graph({
    entity: "center",
    fields: ["id", "featured_product_ids", "sales_channel.id"],
    filters: { id: req.params.id },
  })
  const { data: members } = await query.graph({
    entity: CenterSellerLink.entryPoint,
    fields: [
      "seller.handle",
      "seller.name",
      "seller.products.id",
      "seller.products.title",
      "seller.products.status",
      "seller.products.thumbnail",
      "seller.products.sales_channels.id",
    ],
    filters: { center_id: req.params.id, status: "approved" },
  })
  const featured: string[] = (center as any).featured_product_ids ?? []
  const channel = (center as any).sales_channel?.id
  return members.flatMap((m: any) =>
    (m.seller?.products ?? []).map((p: any) => ({
      id: p.id,
      title: p.title,
      status: p.status,
      thumbnail: p.thumbnail,
      seller: { handle: m.seller.handle, name: m.seller.name },
      in_shop: (p.sales_channels ?? []).some((sc: any) => sc?.id === channel),
      featured_rank: featured.includes(p.id) ? featured.indexOf(p.id) + 1 : null,
    }))
  )
}

/** The goods of the center's approved artisans, whether the shop holds them, and the featured order. */
export const GET = async (req: ScopedRequest, res: MedusaResponse) => {
  res.json({ products: await shopView(req) })
}

export const POST = async (req: ScopedRequest<PostShopCurationType>, res: MedusaResponse) => {
  await curateCenterShopWorkflow(req.scope).run({ input: { center_id: req.params.id, ...req.validatedBody } })
  res.json({ products: await shopView(req) })
}
