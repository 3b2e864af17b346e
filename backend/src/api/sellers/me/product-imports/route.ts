import type { MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { parseCsv } from "../../../../utils/csv"
import { ImportError, readImportRows } from "../../../../utils/product-import"
import { importSellerProductsWorkflow } from "../../../../workflows/import-seller-products"
import { approvedCenterIds, ScopedRequest } from "../../../utils/actors"
import type { PostProductImportType } from "../../validators"

/** Imports goods from the CSV template: every row is checked first, and nothing is created unless all are right. */
export const POST = async (req: ScopedRequest<PostProductImportType>, res: MedusaResponse) => {
  const { rows, errors } = readImportRows(parseCsv(req.validatedBody.csv))
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const [{ data: centers }, { data: categories }, approved] = await Promise.all([
    query.graph({ entity: "center", fields: ["id", "handle"], filters: { handle: [...new Set(rows.flatMap((r) => r.centers))] } }),
    query.graph({
      entity: "product_category",
      fields: ["id", "handle"],
      filters: { handle: [...new Set(rows.map((r) => r.category).filter(Boolean) as string[])] },
    }),
    approvedCenterIds(req),
  ])
  const centerId = new Map(centers.map((c: any) => [c.handle, c.id]))
  const categoryId = new Map(categories.map((c: any) => [c.handle, c.id]))
  for (const r of rows) {
    const unknown = r.centers.filter((h) => !approved.includes(centerId.get(h) ?? ""))
    if (unknown.length) {
      errors.push({ row: r.row, field: "centers", message: `вас не одобрили в центре: ${unknown.join(", ")}` })
    }
    if (r.category && !categoryId.has(r.category)) {
      errors.push({ row: r.row, field: "category", message: `нет такой категории: ${r.category}` })
    }
  }
  if (errors.length) {
    errors.sort((a: ImportError, b: ImportError) => a.row - b.row)
    return res.status(400).json({
      type: MedusaError.Types.INVALID_DATA,
      message: `csv: ${errors.length} ошибок — исправьте и загрузите файл снова`,
      errors,
    })
  }
  const { result } = await importSellerProductsWorkflow(req.scope).run({
    input: {
      seller_id: req.seller!.id,
      products: rows.map((r) => ({
        title: r.title,
        description: r.description || undefined,
        category_id: r.category ? categoryId.get(r.category) : undefined,
        price: r.price,
        stock: r.stock,
        variant: r.variant,
        status: r.status,
        center_ids: r.centers.map((h) => centerId.get(h)!),
      })),
    },
  })
  res.status(201).json({ imported: result.length, product_ids: result.map((p: any) => p.id) })
}
