import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { Modules } from "@medusajs/framework/utils"
import { PRODUCT_INDEX_EVENTS, RECHECK_DELAY_MS, SEARCH_REFRESH_EVENT, type SearchRefreshData } from "../search/_events"

/**
 * The Search Module consumes events concurrently: one event may read a product before a change and
 * write after another event already wrote the changed document, putting the stale one back (a
 * product published during a burst of other events stayed unfindable in the search tests, about one
 * run in three). Every event is therefore replayed once, a moment later, from the database's state
 * then. A replay is not replayed again.
 */
export default async function searchRecheck({ event, container }: SubscriberArgs<any>) {
  if (event.name === SEARCH_REFRESH_EVENT && (event.data as SearchRefreshData)?.recheck) {
    return
  }
  const bus = container.resolve(Modules.EVENT_BUS)
  const timer = setTimeout(() => {
    const data: SearchRefreshData = { replay: { name: event.name, data: event.data }, recheck: true }
    Promise.resolve(bus.emit({ name: SEARCH_REFRESH_EVENT, data })).catch(() => {
      // shutting down: nothing left to keep current
    })
  }, RECHECK_DELAY_MS)
  timer.unref?.()
}

export const config: SubscriberConfig = {
  event: PRODUCT_INDEX_EVENTS,
}
