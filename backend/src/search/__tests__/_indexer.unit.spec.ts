import { describe, expect, it } from "vitest"
import { SerialIndexer } from "../_indexer"

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))

/**
 * A database whose reads take a random while, and an index written from those reads: the
 * interleaving the Search Module's concurrent ingestion allowed (read old, read new, write new,
 * write old) must not leave an old value behind.
 */
function world() {
  const db = new Map<string, number>()
  const index = new Map<string, number>()
  let reads = 0
  let concurrent = 0
  let maxConcurrent = 0
  const indexer = new SerialIndexer({
    apply: async (_name, ids) => {
      concurrent++
      maxConcurrent = Math.max(maxConcurrent, concurrent)
      reads++
      const seen = ids.map((id) => [id, db.get(id)] as const)
      await sleep(Math.random() * 8)
      for (const [id, v] of seen) {
        if (v === undefined) index.delete(id)
        else index.set(id, v)
      }
      concurrent--
    },
  })
  return { db, index, indexer, stats: () => ({ reads, maxConcurrent }) }
}

describe("serial search indexer", () => {
  it("writes the state after the last change, whatever the interleaving of events", async () => {
    for (let round = 0; round < 20; round++) {
      const { db, index, indexer, stats } = world()
      const changes: Promise<void>[] = []
      for (let i = 0; i < 40; i++) {
        const id = `p${i % 3}`
        changes.push(
          (async () => {
            await sleep(Math.random() * 10)
            if (i === 37) db.delete(id)
            else db.set(id, i)
            // the event is published after the commit, its ids resolved after another while
            await indexer.accept(async () => {
              await sleep(Math.random() * 3)
              return [["product", [id]]]
            })
          })()
        )
      }
      await Promise.all(changes)
      await indexer.idle()
      expect(indexer.busy).toBe(false)
      expect([...index.entries()].sort()).toEqual([...db.entries()].sort())
      // one writer at a time, and bursts share reads
      expect(stats().maxConcurrent).toBe(1)
      expect(stats().reads).toBeLessThan(40)
    }
  })

  it("retries a failed write, and gives up on an index that has no active version", async () => {
    let calls = 0
    const errors: string[] = []
    const indexer = new SerialIndexer({
      logger: { warn: (m) => errors.push(m), error: (m) => errors.push(m) },
      apply: async (name) => {
        calls++
        if (name === "missing") throw Object.assign(new Error("no active version"), { type: "not_found" })
        if (calls < 2) throw new Error("connection reset")
      },
    })
    indexer.mark("product", ["a"])
    await indexer.idle()
    expect(calls).toBe(2)
    indexer.mark("missing", ["a"])
    await indexer.idle()
    expect(calls).toBe(3)
    expect(errors).toEqual([expect.stringContaining('"missing"')])
  })
})
