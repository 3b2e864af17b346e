import { describe, expect, it } from "vitest"
import { TurnGate } from "../turns"

const tick = () => new Promise((r) => setImmediate(r))

describe("TurnGate", () => {
  it("lets `size` holders in per key and queues the rest in arrival order", async () => {
    const gate = new TurnGate(2)
    const order: number[] = []
    const entered = [1, 2, 3, 4, 5].map((n) => gate.take("s").then(() => order.push(n)))
    await tick()
    expect(order).toEqual([1, 2])
    expect(gate.load("s")).toEqual({ holding: 2, waiting: 3 })

    // another key is not held up by the first one's queue
    let other = false
    gate.take("t").then(() => (other = true))
    await tick()
    expect(other).toBe(true)

    gate.leave("s")
    await tick()
    expect(order).toEqual([1, 2, 3])
    gate.leave("s")
    gate.leave("s")
    await tick()
    expect(order).toEqual([1, 2, 3, 4, 5])
    expect(gate.load("s")).toEqual({ holding: 2, waiting: 0 })
    await Promise.all(entered)
  })

  it("frees the key when every holder has left, so a newcomer enters at once", async () => {
    const gate = new TurnGate(1)
    await gate.take("s")
    gate.leave("s")
    expect(gate.load("s")).toEqual({ holding: 0, waiting: 0 })
    let inside = false
    gate.take("s").then(() => (inside = true))
    await tick()
    expect(inside).toBe(true)
  })
})
