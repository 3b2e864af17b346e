import { CategoryHandle } from "./categories"
import { CENTERS } from "./centers"
import { CRAFT_FAMILIES, CraftFamily, CraftItem, CraftStyle } from "./crafts"
import { drawImage } from "./images"
import { createRng, Rng } from "./random"
import { SELLER_SEEDS, sellerHandle } from "./sellers"
import { agree, capitalize, transliterate } from "./text"
import { DemoProduct, DemoSeller, DemoVariant } from "./types"

/** «вязаный» + «носки» (pl) + «из мериноса» → «Вязаные носки из мериноса». */
export function productTitle(item: CraftItem, style: CraftStyle): string {
  const adjective = style.adjective ? agree(style.adjective, item.gender) : undefined
  return capitalize([adjective, item.noun, style.detail].filter(Boolean).join(" "))
}

/**
 * The k-th (item, style) pair, walking diagonals: every item is used once before any item
 * is used twice, and an item never meets the same style twice while k < items × styles.
 */
export function combination(k: number, itemCount: number, styleCount: number): [number, number] {
  const item = k % itemCount
  const round = Math.floor(k / itemCount)
  return [item, (item + round) % styleCount]
}

const MIN_PRICE = 150
const MAX_PRICE = 6000

/** Handmade-looking prices: steps of 10/50/100 ₽, within 150–6000 ₽. */
export function roundPrice(raw: number): number {
  const step = raw >= 1000 ? 100 : raw >= 300 ? 50 : 10
  return Math.min(MAX_PRICE, Math.max(MIN_PRICE, Math.round(raw / step) * step))
}

/** Item price × style factor ± 8 %, capped so that even the dearest variant stays within 6000 ₽. */
function basePriceFor(rng: Rng, item: CraftItem, style: CraftStyle): number {
  const raw = item.price * (style.factor ?? 1) * (0.92 + rng.next() * 0.16)
  const dearest = Math.max(1, ...(item.variants?.values.map(([, factor]) => factor) ?? []))
  const cap = Math.floor(MAX_PRICE / dearest / 100) * 100
  return Math.min(roundPrice(raw), cap)
}

/** Expensive things are made one or two at a time; small ones in batches. */
function stockFor(rng: Rng, price: number): number {
  if (price >= 3000) return rng.int(1, 3)
  if (price >= 1000) return rng.int(2, 10)
  return rng.int(3, 20)
}

function skuSuffix(value: string, index: number): string {
  return transliterate(value).toUpperCase() || String(index + 1)
}

function buildVariants(rng: Rng, item: CraftItem, basePrice: number, sku: string) {
  const spec = item.variants
  if (!spec) {
    const only: DemoVariant = {
      title: "Стандартный",
      option_value: "Стандартный",
      price: basePrice,
      stock: stockFor(rng, basePrice),
      sku,
    }
    return { option_title: "Вариант", variants: [only] }
  }
  const variants = spec.values.map(([value, factor], i): DemoVariant => {
    const price = roundPrice(basePrice * factor)
    return { title: value, option_value: value, price, stock: stockFor(rng, price), sku: `${sku}-${skuSuffix(value, i)}` }
  })
  return { option_title: spec.option, variants }
}

function familySellers(family: CraftFamily): string[] {
  const handles =
    family.sellers ?? SELLER_SEEDS.filter((s) => s.crafts.includes(family.category)).map(sellerHandle)
  if (handles.length === 0) throw new Error(`No sellers for ${family.category}`)
  return handles
}

/** One or both of the seller's home centers. */
function chooseCenters(rng: Rng, seller: DemoSeller): string[] {
  const homes = seller.center_handles
  if (homes.length === 1 || rng.chance(0.5)) return [...homes]
  return [rng.pick(homes)]
}

function districtOf(centerHandle: string): string {
  const center = CENTERS.find((c) => c.handle === centerHandle)
  if (!center) throw new Error(`Unknown center ${centerHandle}`)
  return center.district
}

export function buildProducts(sellers: DemoSeller[]): DemoProduct[] {
  const rng = createRng("catalog")
  const byHandle = new Map(sellers.map((s) => [s.handle, s]))
  const turn = new Map<CategoryHandle, number>() // round-robin position per category
  const serial = new Map<string, number>() // SKU serial per code
  const titles = new Set<string>()
  const products: DemoProduct[] = []

  for (const family of CRAFT_FAMILIES) {
    const { items, styles } = family
    if (family.count > items.length * styles.length) {
      throw new Error(`${family.code}: only ${items.length * styles.length} combinations`)
    }
    const sellerHandles = familySellers(family)
    for (let k = 0; k < family.count; k++) {
      const [i, s] = combination(k, items.length, styles.length)
      const item = items[i]
      const style = styles[s]
      const title = productTitle(item, style)
      if (titles.has(title)) throw new Error(`Duplicate product title «${title}»`)
      titles.add(title)

      const position = turn.get(family.category) ?? 0
      turn.set(family.category, position + 1)
      const seller = byHandle.get(sellerHandles[position % sellerHandles.length])
      if (!seller) throw new Error(`Unknown seller for ${family.code}`)

      const number = (serial.get(family.code) ?? 0) + 1
      serial.set(family.code, number)
      const sku = `${family.code}-${String(number).padStart(3, "0")}`

      const handle = transliterate(title)
      const basePrice = basePriceFor(rng, item, style)
      const centerHandles = chooseCenters(rng, seller)
      products.push({
        handle,
        title,
        subtitle: `Ручная работа · ${districtOf(centerHandles[0])}`,
        description: [item.about, style.about, item.care ?? family.care].join(" "),
        category_handle: family.category,
        seller_handle: seller.handle,
        center_handles: centerHandles,
        ...buildVariants(rng, item, basePrice, sku),
        ...(item.weight_g ? { weight_g: item.weight_g } : {}),
        ...(style.material ? { material: style.material } : {}),
        image: drawImage({ handle, title, category: family.category }),
      })
    }
  }
  return products
}
