/**
 * Keeps the search indexes current from events, one writer per index.
 *
 * Why not the Search Module's own ingestion: `@medusajs/search` (utils/ingestion.ts) turns each
 * event into a read (`consume` → `query.graph`) followed by a write, and the event bus delivers
 * events to it concurrently with nothing ordering the two halves across events. When two events
 * touch one document — a product created, then its prices or stock; a title changed during a
 * burst — the read made before the change can be written after the read made after it, and the
 * stale document stays until the next event. That was the lost update behind the flaky search
 * tests (a just-published or just-priced product not findable).
 *
 * Here an event only marks the ids it may have changed; one loop per index then reads those ids
 * *after* they were marked and writes them before it reads the next batch. An id marked while a
 * batch is in flight is read again in the next one, so the last write of every document comes
 * from a read that began after its last change was committed (events are published after their
 * transaction or workflow ends). Bursts collapse into a few batched reads. Across processes
 * (worker mode) the same holds under a lock per index, when a Locking Module is there.
 */

export type Mutation = { action: "upsert"; documents: any[] } | { action: "delete"; filters: Record<string, any> }

export type IndexWriter = {
  /** reads the documents of `ids` now and applies them: upserts, and deletes for ids with no document */
  apply: (index: string, ids: string[]) => Promise<void>
  logger?: { warn?: (m: string) => void; error?: (m: string) => void }
  /** runs `job` exclusively for `key` across processes (the Locking Module), or just runs it */
  exclusive?: <T>(key: string, job: () => Promise<T>) => Promise<T>
}

export const BATCH_SIZE = 200
const ATTEMPTS = 3

export class SerialIndexer {
  private pending = new Map<string, Set<string>>()
  private loops = new Map<string, Promise<void>>()
  /** events whose ids are still being resolved: not idle while there are any */
  private resolving = 0
  private waiters: (() => void)[] = []

  constructor(private writer: IndexWriter) {}

  /** Marks documents as changed; their index loop reads and writes them soon after. */
  mark(index: string, ids: Iterable<string>) {
    const set = this.pending.get(index) ?? new Set<string>()
    for (const id of ids) {
      if (id) {
        set.add(String(id))
      }
    }
    if (!set.size) {
      this.settle()
      return
    }
    this.pending.set(index, set)
    if (!this.loops.has(index)) {
      const loop = this.run(index).catch(() => undefined).finally(() => {
        this.loops.delete(index)
        // an id marked between the loop's last check and its end starts a new loop
        if (this.pending.get(index)?.size) {
          this.mark(index, [])
        } else {
          this.settle()
        }
      })
      this.loops.set(index, loop)
    }
  }

  /** Resolves the ids of an event (which may query) and marks them; counted as work in flight. */
  async accept(resolve: () => Promise<Array<[string, string[]]>>) {
    this.resolving++
    try {
      for (const [index, ids] of await resolve()) {
        this.mark(index, ids)
      }
    } catch (e: any) {
      this.writer.logger?.warn?.(`[search] could not resolve the documents of an event: ${e?.message ?? e}`)
    } finally {
      this.resolving--
      this.settle()
    }
  }

  get busy() {
    return this.resolving > 0 || this.loops.size > 0 || [...this.pending.values()].some((s) => s.size > 0)
  }

  /** Resolves once no event is being resolved and no index has work left. */
  idle(): Promise<void> {
    if (!this.busy) {
      return Promise.resolve()
    }
    return new Promise((resolve) => this.waiters.push(resolve))
  }

  private settle() {
    if (this.busy) {
      return
    }
    const waiters = this.waiters
    this.waiters = []
    waiters.forEach((w) => w())
  }

  private async run(index: string) {
    const set = this.pending.get(index)
    while (set?.size) {
      const ids = [...set].slice(0, BATCH_SIZE)
      ids.forEach((id) => set.delete(id))
      await this.write(index, ids)
    }
  }

  private async write(index: string, ids: string[]) {
    const exclusive = this.writer.exclusive ?? ((_k: string, job: () => Promise<any>) => job())
    for (let attempt = 1; ; attempt++) {
      try {
        await exclusive(`sosedi:search:write:${index}`, () => this.writer.apply(index, ids))
        return
      } catch (e: any) {
        // no active version yet: the index is being built, and its seed reads these rows itself
        if (e?.type === "not_found" || attempt >= ATTEMPTS) {
          const message = `[search] could not update ${ids.length} document(s) of "${index}": ${e?.message ?? e}`
          try {
            if (e?.type === "not_found") this.writer.logger?.warn?.(message)
            else this.writer.logger?.error?.(message)
          } catch {
            // a logger torn down with the app: nothing left to tell
          }
          return
        }
        await new Promise((r) => setTimeout(r, 200 * attempt))
      }
    }
  }
}

const REGISTRY = Symbol.for("sosedi.search.indexers")

/** Every indexer of this process (tests wait on them: the app and vitest load this file separately). */
function registry(): Set<SerialIndexer> {
  const g = globalThis as any
  return (g[REGISTRY] ??= new Set<SerialIndexer>())
}

export function registerIndexer(indexer: SerialIndexer) {
  registry().add(indexer)
  return indexer
}

/**
 * Resolves when every index of this process has written what its events changed. Waits a turn
 * first: the event bus publishes a finished workflow's events on the next tick.
 */
export async function searchIndexIdle(timeoutMs = 30_000) {
  const end = Date.now() + timeoutMs
  do {
    await new Promise((r) => setTimeout(r, 25))
    await Promise.race([Promise.all([...registry()].map((i) => i.idle())), new Promise((r) => setTimeout(r, Math.max(0, end - Date.now())))])
  } while ([...registry()].some((i) => i.busy) && Date.now() < end)
}
