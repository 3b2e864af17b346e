import type { MedusaResponse } from "@medusajs/framework/http"
import { importTemplate } from "../../../../../utils/product-import"
import type { ScopedRequest } from "../../../../utils/actors"

export const GET = async (_req: ScopedRequest, res: MedusaResponse) => {
  res.setHeader("content-type", "text/csv; charset=utf-8")
  res.setHeader("content-disposition", 'attachment; filename="sosedi-goods-template.csv"')
  // a BOM so Excel opens the Cyrillic as UTF-8
  res.send("\uFEFF" + importTemplate())
}
