/**
 * At most `size` holders per key at once; the others wait in arrival order. A turn given back goes
 * straight to the next in line, so a late arrival cannot overtake the queue.
 */
export class TurnGate {
  private taken = new Map<string, number>()
  private queues = new Map<string, (() => void)[]>()

  constructor(private readonly size: number) {}

  take(key: string): Promise<void> {
    const taken = this.taken.get(key) ?? 0
    if (taken < this.size) {
      this.taken.set(key, taken + 1)
      return Promise.resolve()
    }
    return new Promise((resolve) => {
      const queue = this.queues.get(key) ?? []
      queue.push(resolve)
      this.queues.set(key, queue)
    })
  }

  leave(key: string): void {
    const queue = this.queues.get(key)
    const next = queue?.shift()
    if (queue && !queue.length) this.queues.delete(key)
    if (next) return next()
    const taken = (this.taken.get(key) ?? 1) - 1
    if (taken > 0) this.taken.set(key, taken)
    else this.taken.delete(key)
  }

  /** holders and waiters of a key (for tests and diagnostics) */
  load(key: string): { holding: number; waiting: number } {
    return { holding: this.taken.get(key) ?? 0, waiting: this.queues.get(key)?.length ?? 0 }
  }
}
