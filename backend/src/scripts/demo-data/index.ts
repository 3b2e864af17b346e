/**
 * Deterministic, network-free Russian demo data for Sosedi.market:
 * neighborhood centers, sellers, categories, handmade products and master classes.
 * Pure TypeScript — no Medusa imports; the seed script turns it into Medusa records.
 */
import { buildProducts } from "./catalog"
import { CATEGORIES } from "./categories"
import { CENTERS } from "./centers"
import { buildClasses } from "./classes"
import { buildSellers } from "./sellers"
import { DemoData } from "./types"

export * from "./types"
export { transliterate } from "./text"

/** Same `now` → deep-equal data. Only session dates depend on `now`. */
export function buildDemoData(now: Date): DemoData {
  const sellers = buildSellers()
  return {
    categories: CATEGORIES.map((c) => ({ ...c })),
    centers: structuredClone(CENTERS),
    sellers,
    products: buildProducts(sellers),
    classes: buildClasses(now, sellers),
  }
}
