import type { MedusaNextFunction, MedusaRequest, MedusaResponse, MiddlewareRoute } from "@medusajs/framework/http"
import { Modules } from "@medusajs/framework/utils"
import { SEARCH_REFRESH_EVENT, type SearchRefreshData } from "../../../search/_events"

/**
 * A shop's products are links, which Medusa's link workflows do not announce as events. Our own
 * workflows (curate-center-shop, set-membership-status) emit `sosedi.search.refresh` themselves;
 * Medusa's admin route for a sales channel's products is announced here, once it succeeded.
 * (A seller's platform status needs nothing: `seller.seller.updated` reaches the index.)
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
    matcher: "/admin/sales-channels/:id/products",
    middlewares: [announce((req) => ({ product_ids: [...list(body(req).add), ...list(body(req).remove)] }))],
  },
]
