import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { SEARCH_FEED_EVENTS, SEARCH_FEEDS } from "../search/_feeds"
import { registerIndexer, SerialIndexer } from "../search/_indexer"

/**
 * Keeps the search indexes current: each event marks the documents it may have changed, and one
 * loop per index reads and writes them in order (see search/_indexer.ts for why the Search Module's
 * own concurrent ingestion is not used).
 */
const indexers = new WeakMap<object, SerialIndexer>()

function indexerOf(container: any): SerialIndexer {
  let indexer = indexers.get(container)
  if (indexer) {
    return indexer
  }
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  let locking: any
  try {
    locking = container.resolve(Modules.LOCKING)
  } catch {
    locking = undefined
  }
  indexer = registerIndexer(
    new SerialIndexer({
      logger,
      // a batch reads a few hundred rows: waiting a minute for another process's batch is plenty
      exclusive: locking ? (key, job) => locking.execute(key, job, { timeout: 60 }) : undefined,
      apply: async (index, ids) => {
        const search = container.resolve(Modules.SEARCH) as any
        const query = container.resolve(ContainerRegistrationKeys.QUERY)
        const mutations = await SEARCH_FEEDS[index].read(
          { name: "sosedi.search.sync", data: { id: ids } },
          { container: { query, logger }, index: search.getIndex(index) }
        )
        for (const m of mutations) {
          if (m.action === "upsert") {
            await search.upsertDocuments({ index, documents: m.documents })
          } else {
            await search.deleteDocuments({ index, filters: m.filters })
          }
        }
      },
    })
  )
  indexers.set(container, indexer)
  return indexer
}

export default async function searchIndex({ event, container }: SubscriberArgs<any>) {
  const indexer = indexerOf(container)
  await indexer.accept(async () => {
    const touched: Array<[string, string[]]> = []
    for (const [index, feed] of Object.entries(SEARCH_FEEDS)) {
      if (feed.events.includes(event.name)) {
        touched.push([index, await feed.ids(event as any, container)])
      }
    }
    return touched
  })
}

export const config: SubscriberConfig = {
  event: SEARCH_FEED_EVENTS,
  context: { subscriberId: "sosedi-search-index" },
}
