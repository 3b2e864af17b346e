import type { MedusaNextFunction, MedusaRequest, MedusaResponse, MiddlewareRoute } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { z } from "@medusajs/framework/zod"
import { formatFieldIssues } from "../../admin/utils/validate-body"
import { announceSearchChanges } from "./announce"
import { StoreSearchParams, StoreSuggestParams } from "./validators"

/**
 * Validates the query string with Russian "field: сообщение" errors (400), leaving the parsed
 * values in `req.validatedQuery`.
 */
export function validateSearchQuery(schema: z.ZodTypeAny, only?: string) {
  return async (req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) => {
    // "/store/search" also matches "/store/search/suggest": each schema checks its own route only
    if (only && !new RegExp(`${only}/?$`).test((req.originalUrl ?? req.url).split("?")[0])) {
      return next()
    }
    const known = Object.keys((schema as any).shape ?? (schema as any)._def?.schema?.shape ?? (schema as any).def?.in?.shape ?? {})
    const unknown = known.length ? Object.keys(req.query ?? {}).filter((k) => !known.includes(k)) : []
    if (unknown.length) {
      return next(new MedusaError(MedusaError.Types.INVALID_DATA, `${unknown[0]}: неизвестный параметр`))
    }
    const checked = await schema.safeParseAsync(req.query ?? {})
    if (!checked.success) {
      return next(new MedusaError(MedusaError.Types.INVALID_DATA, formatFieldIssues(checked.error.issues)))
    }
    ;(req as any).validatedQuery = checked.data
    next()
  }
}

export const storeSearchMiddlewares: MiddlewareRoute[] = [
  { methods: ["GET"], matcher: "/store/search", middlewares: [validateSearchQuery(StoreSearchParams, "/store/search")] },
  { methods: ["GET"], matcher: "/store/search/suggest", middlewares: [validateSearchQuery(StoreSuggestParams, "/store/search/suggest")] },
  ...announceSearchChanges,
]
