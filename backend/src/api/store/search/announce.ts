import type { MedusaNextFunction, MedusaRequest, MedusaResponse, MiddlewareRoute } from "@medusajs/framework/http"
import { Modules } from "@medusajs/framework/utils"
import { SEARCH_REFRESH_EVENT, type SearchRefreshData } from "../../../search/_events"

/**
 * Curation (a center's shop = which products its sales channel holds) and membership are link
 * changes, which Medusa's link workflows do not announce as events. These middlewares announce
 * them once the route succeeded, as `sosedi.search.refresh`, which the product index consumes.
 */
function announce(pick: (req: MedusaRequest) => SearchRefreshData) {
  return (req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) => {
    res.on("finish", () => {
      if (res.statusCode >= 400) {
        return
      }
      try {
        const data = pick(req)
        const bus = req.scope.resolve(Modules.EVENT_BUS) as any
        void Promise.resolve(bus.emit({ name: SEARCH_REFRESH_EVENT, data })).catch(() => undefined)
      } catch {
        // the index catches up on the next reindex
      }
    })
    next()
  }
}

const body = (req: MedusaRequest) => (req.body ?? {}) as Record<string, any>
const list = (v: unknown): string[] => (Array.isArray(v) ? v.map(String) : [])

export const announceSearchChanges: MiddlewareRoute[] = [
  {
    methods: ["POST"],
    matcher: "/manage/centers/:id/shop",
    middlewares: [announce((req) => ({ product_ids: [...list(body(req).add), ...list(body(req).remove)] }))],
  },
  {
    methods: ["POST"],
    matcher: "/manage/centers/:id/sellers/:seller_id",
    middlewares: [announce((req) => ({ seller_ids: [req.params.seller_id] }))],
  },
  {
    methods: ["POST"],
    matcher: "/admin/sellers/:id/status",
    middlewares: [announce((req) => ({ seller_ids: [req.params.id] }))],
  },
  {
    methods: ["POST"],
    matcher: "/admin/sales-channels/:id/products",
    middlewares: [announce((req) => ({ product_ids: [...list(body(req).add), ...list(body(req).remove)] }))],
  },
]
