import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { runStoreSearch } from "../../../search/_query"
import { categoryLabels, keyScope, searchService } from "./helpers"
import type { StoreSearchParamsType } from "./validators"

/** Local search over goods and master classes of the key's centers (see src/search). */
export const GET = async (req: MedusaRequest<unknown, StoreSearchParamsType>, res: MedusaResponse) => {
  const params = req.validatedQuery as unknown as StoreSearchParamsType
  const { centers, everyCenter } = await keyScope(req)
  const answer = await runStoreSearch(searchService(req), params as any, centers, categoryLabels(req), { everyCenter })
  res.json(answer)
}
