/** A tiny seeded PRNG (mulberry32) so the demo data is identical on every run. */

export interface Rng {
  /** float in [0, 1) */
  next(): number
  /** integer in [min, max], both inclusive */
  int(min: number, max: number): number
  pick<T>(items: readonly T[]): T
  chance(probability: number): boolean
}

export function mulberry32(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** FNV-1a hash of a string — turns a label into a seed. */
export function hashString(text: string): number {
  let h = 0x811c9dc5
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i)
    h = Math.imul(h, 0x01000193)
  }
  return h >>> 0
}

/** One independent stream per label, so editing one part of the data does not reshuffle the others. */
export function createRng(label: string): Rng {
  const next = mulberry32(hashString(`sosedi-demo:${label}`))
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1))
  return {
    next,
    int,
    pick: <T>(items: readonly T[]) => items[int(0, items.length - 1)],
    chance: (probability: number) => next() < probability,
  }
}
