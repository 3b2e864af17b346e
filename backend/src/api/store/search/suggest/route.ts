import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { runSuggest } from "../../../../search/_query"
import { keyCenters, searchService } from "../helpers"
import type { StoreSuggestParamsType } from "../validators"

/** Typeahead suggestions: goods, classes, artisans and centers (at most 8). */
export const GET = async (req: MedusaRequest<unknown, StoreSuggestParamsType>, res: MedusaResponse) => {
  const { q } = req.validatedQuery as unknown as StoreSuggestParamsType
  const centers = await keyCenters(req)
  res.json(await runSuggest(searchService(req), q, centers.map((c) => c.id)))
}
