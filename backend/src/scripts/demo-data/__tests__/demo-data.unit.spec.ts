import { describe, expect, it } from "vitest"
import { innLengthFor, isValidInn } from "../../../modules/seller/utils/inn"
import { combination, roundPrice } from "../catalog"
import { drawSvg } from "../images"
import { buildDemoData, DemoData, DemoImage, transliterate } from "../index"
import { agree, escapeXml, wrapWords } from "../text"

const NOW = new Date("2025-03-10T21:30:00Z") // 00:30 on 11 March in Moscow
const DAY = 24 * 60 * 60 * 1000
const data: DemoData = buildDemoData(NOW)

const unique = <T>(values: T[]) => new Set(values).size === values.length
const allImages = (d: DemoData): DemoImage[] => [...d.products.map((p) => p.image), ...d.classes.map((c) => c.image)]

describe("centers", () => {
  it("has at least 6 centers in different Moscow districts", () => {
    expect(data.centers.length).toBeGreaterThanOrEqual(6)
    expect(unique(data.centers.map((c) => c.district))).toBe(true)
    expect(unique(data.centers.map((c) => c.handle))).toBe(true)
  })

  it("has plausible addresses, coordinates, contacts and rooms", () => {
    for (const c of data.centers) {
      expect(c.address).toMatch(/^ул\. .+, д\. \d+/)
      expect(c.lat).toBeGreaterThanOrEqual(55.55)
      expect(c.lat).toBeLessThanOrEqual(55.92)
      expect(c.lng).toBeGreaterThanOrEqual(37.35)
      expect(c.lng).toBeLessThanOrEqual(37.85)
      expect(c.phone).toMatch(/^\+7 \((495|499)\) \d{3}-\d{2}-\d{2}$/)
      expect(c.email).toMatch(/^[a-z0-9.-]+@sosedi\.local$/)
      expect(c.rooms.length).toBeGreaterThanOrEqual(2)
      expect(c.rooms.length).toBeLessThanOrEqual(3)
      for (const r of c.rooms) {
        expect(Number.isInteger(r.hourly_price)).toBe(true)
        expect(r.capacity).toBeGreaterThan(0)
        expect(r.amenities.length).toBeGreaterThan(0)
      }
      const days = Object.values(c.opening_hours)
      expect(days).toHaveLength(7)
      for (const span of days) {
        if (span) expect(span[0] < span[1]).toBe(true)
      }
    }
    expect(data.centers.some((c) => Object.values(c.opening_hours).some((span) => span === null))).toBe(true)
  })
})

describe("sellers", () => {
  it("has at least 24 sellers, at least 75 % self-employed, and each other status", () => {
    const count = (status: string) => data.sellers.filter((s) => s.tax_status === status).length
    expect(data.sellers.length).toBeGreaterThanOrEqual(24)
    expect(count("npd") / data.sellers.length).toBeGreaterThanOrEqual(0.75)
    expect(count("ip")).toBeGreaterThan(0)
    expect(count("individual")).toBeGreaterThan(0)
    expect(count("organization")).toBe(1)
  })

  it("has unique handles, e-mails and valid ИНН of the right length and region", () => {
    expect(unique(data.sellers.map((s) => s.handle))).toBe(true)
    expect(unique(data.sellers.map((s) => s.email))).toBe(true)
    expect(unique(data.sellers.map((s) => s.inn))).toBe(true)
    for (const s of data.sellers) {
      expect(s.handle).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/)
      expect(isValidInn(s.inn)).toBe(true)
      expect(s.inn).toHaveLength(innLengthFor(s.tax_status))
      expect(s.inn.slice(0, 2)).toMatch(/^(77|50)$/)
      expect(s.phone).toMatch(/^\+7 \(9\d\d\) \d{3}-\d{2}-\d{2}$/)
      expect(s.bio.split(/[.!?…]\s/).length).toBeGreaterThanOrEqual(2)
    }
  })

  it("places every seller in 1–2 existing centers and every center has at least 3 sellers", () => {
    const centers = new Set(data.centers.map((c) => c.handle))
    for (const s of data.sellers) {
      expect(s.center_handles.length).toBeGreaterThanOrEqual(1)
      expect(s.center_handles.length).toBeLessThanOrEqual(2)
      for (const h of s.center_handles) expect(centers.has(h)).toBe(true)
    }
    for (const c of data.centers) {
      expect(data.sellers.filter((s) => s.center_handles.includes(c.handle)).length).toBeGreaterThanOrEqual(3)
    }
  })
})

describe("catalog", () => {
  it("has the required categories", () => {
    const names = data.categories.map((c) => c.name)
    for (const n of ["Вязание", "Керамика", "Выпечка", "Мыло и косметика", "Деревообработка", "Шитьё", "Украшения", "Игрушки"]) {
      expect(names).toContain(n)
    }
    expect(unique(data.categories.map((c) => c.handle))).toBe(true)
  })

  it("has at least 150 products with unique handles, titles and SKUs", () => {
    expect(data.products.length).toBeGreaterThanOrEqual(150)
    expect(unique(data.products.map((p) => p.handle))).toBe(true)
    expect(unique([...data.products, ...data.classes].map((p) => p.handle))).toBe(true)
    expect(unique(data.products.map((p) => p.title))).toBe(true)
    expect(unique(data.products.flatMap((p) => p.variants.map((v) => v.sku)))).toBe(true)
    for (const p of data.products) {
      expect(p.handle).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/)
      expect(p.title).not.toMatch(/\d+$/)
    }
  })

  it("gives every seller at least 3 products and uses every category", () => {
    for (const s of data.sellers) {
      expect(data.products.filter((p) => p.seller_handle === s.handle).length).toBeGreaterThanOrEqual(3)
    }
    const used = new Set(data.products.map((p) => p.category_handle))
    for (const c of data.categories) expect(used.has(c.handle)).toBe(true)
  })

  it("sells each product only at its seller's centers", () => {
    const sellers = new Map(data.sellers.map((s) => [s.handle, s]))
    for (const p of data.products) {
      const seller = sellers.get(p.seller_handle)
      expect(seller).toBeDefined()
      expect(p.center_handles.length).toBeGreaterThan(0)
      for (const h of p.center_handles) expect(seller!.center_handles).toContain(h)
    }
  })

  it("has handmade prices, stock and sensible variants", () => {
    for (const p of data.products) {
      expect(p.variants.length).toBeGreaterThanOrEqual(1)
      expect(p.variants.length).toBeLessThanOrEqual(4)
      expect(unique(p.variants.map((v) => v.option_value))).toBe(true)
      if (p.variants.length === 1) expect(p.option_title).toBe("Вариант")
      for (const v of p.variants) {
        expect(Number.isInteger(v.price)).toBe(true)
        expect(v.price).toBeGreaterThanOrEqual(150)
        expect(v.price).toBeLessThanOrEqual(6000)
        expect(v.stock).toBeGreaterThanOrEqual(1)
        expect(v.stock).toBeLessThanOrEqual(20)
      }
    }
    expect(data.products.filter((p) => p.variants.length > 1).length).toBeGreaterThanOrEqual(20)
  })
})

describe("master classes", () => {
  it("has at least 15 classes with unique handles, taught at one of the seller's centers", () => {
    expect(data.classes.length).toBeGreaterThanOrEqual(15)
    expect(unique(data.classes.map((c) => c.handle))).toBe(true)
    const sellers = new Map(data.sellers.map((s) => [s.handle, s]))
    for (const c of data.classes) {
      expect(sellers.get(c.seller_handle)?.center_handles).toContain(c.center_handle)
      expect(c.materials_fee).toBeGreaterThanOrEqual(0)
      expect(c.materials_fee).toBeLessThanOrEqual(800)
    }
    expect(data.classes.filter((c) => c.sessions.every((s) => s.price === 0)).length).toBeGreaterThanOrEqual(2)
  })

  for (const now of [NOW, new Date("2025-06-30T20:59:00Z"), new Date("2025-12-31T21:00:00Z")]) {
    it(`schedules 2–4 future sessions inside opening hours (now = ${now.toISOString()})`, () => {
      const d = buildDemoData(now)
      const centers = new Map(d.centers.map((c) => [c.handle, c]))
      for (const c of d.classes) {
        expect(c.sessions.length).toBeGreaterThanOrEqual(2)
        expect(c.sessions.length).toBeLessThanOrEqual(4)
        for (const s of c.sessions) {
          const ahead = s.starts_at.getTime() - now.getTime()
          expect(ahead).toBeGreaterThanOrEqual(2 * DAY)
          expect(ahead).toBeLessThanOrEqual(40 * DAY)
          const minutes = (s.ends_at.getTime() - s.starts_at.getTime()) / 60000
          expect(minutes).toBeGreaterThanOrEqual(90)
          expect(minutes).toBeLessThanOrEqual(180)
          expect(s.capacity).toBeGreaterThanOrEqual(4)
          expect(s.capacity).toBeLessThanOrEqual(12)
          expect(s.price).toBeGreaterThanOrEqual(0)
          expect(s.price).toBeLessThanOrEqual(2500)

          // Europe/Moscow = UTC+3: the local wall clock must be within the center's hours.
          const local = new Date(s.starts_at.getTime() + 3 * 3600 * 1000)
          const localEnd = new Date(s.ends_at.getTime() + 3 * 3600 * 1000)
          const day = (["sun", "mon", "tue", "wed", "thu", "fri", "sat"] as const)[local.getUTCDay()]
          const hours = centers.get(c.center_handle)!.opening_hours[day]
          expect(hours).not.toBeNull()
          expect(local.toISOString().slice(11, 16) >= hours![0]).toBe(true)
          expect(localEnd.toISOString().slice(11, 16) <= hours![1]).toBe(true)
        }
      }
    })
  }

  it("never books two sessions at one center at the same time", () => {
    const byCenter = new Map<string, [number, number][]>()
    for (const c of data.classes) {
      const list = byCenter.get(c.center_handle) ?? []
      for (const s of c.sessions) list.push([s.starts_at.getTime(), s.ends_at.getTime()])
      byCenter.set(c.center_handle, list)
    }
    for (const list of byCenter.values()) {
      list.sort((a, b) => a[0] - b[0])
      for (let i = 1; i < list.length; i++) expect(list[i][0]).toBeGreaterThanOrEqual(list[i - 1][1])
    }
  })
})

describe("images", () => {
  it("draws a small SVG per product and class, named after its handle", () => {
    for (const p of data.products) expect(p.image.filename).toBe(`${p.handle}.svg`)
    for (const c of data.classes) expect(c.image.filename).toBe(`${c.handle}.svg`)
    const titles = [...data.products.map((p) => p.title), ...data.classes.map((c) => c.title)]
    allImages(data).forEach((image, i) => {
      expect(image.mime_type).toBe("image/svg+xml")
      expect(image.content.startsWith("<svg")).toBe(true)
      expect(image.content.endsWith("</svg>")).toBe(true)
      expect(image.content).toContain(`<title>${escapeXml(titles[i])}</title>`)
      expect(image.content).not.toMatch(/&(?!(amp|lt|gt|quot|apos|#\d+);)/)
      expect(Buffer.byteLength(image.content, "utf8")).toBeLessThan(6 * 1024)
    })
  })

  it("escapes XML special characters in titles", () => {
    const svg = drawSvg({ handle: "test", title: `Мыло & скраб <«Тест»> "42"`, category: "mylo-i-kosmetika" })
    expect(svg).toContain("Мыло &amp; скраб &lt;«Тест»&gt; &quot;42&quot;")
    expect(svg).not.toMatch(/&(?!(amp|lt|gt|quot|apos|#\d+);)/)
    expect(svg).not.toContain("<«")
  })
})

describe("determinism", () => {
  it("returns deep-equal data for the same `now`", () => {
    expect(buildDemoData(new Date(NOW))).toEqual(data)
  })

  it("changes only session dates when `now` changes", () => {
    const later = buildDemoData(new Date(NOW.getTime() + 7 * DAY))
    expect(later.products).toEqual(data.products)
    expect(later.sellers).toEqual(data.sellers)
    expect(later.classes[0].sessions[0].starts_at.getTime()).toBeGreaterThan(data.classes[0].sessions[0].starts_at.getTime())
  })
})

describe("text helpers", () => {
  it("transliterates Russian into kebab-case latin", () => {
    expect(transliterate("Тёплые носки с косами")).toBe("teplye-noski-s-kosami")
    expect(transliterate("Свеча в банке «Хвойный лес»")).toBe("svecha-v-banke-khvoynyy-les")
    expect(transliterate("Щука, ёж и Юля!")).toBe("shchuka-ezh-i-yulya")
  })

  it("agrees adjectives with the noun's gender", () => {
    expect(["m", "f", "n", "pl"].map((g) => agree("вязаный", g as "m"))).toEqual(["вязаный", "вязаная", "вязаное", "вязаные"])
    expect(["f", "n", "pl"].map((g) => agree("мягкий", g as "f"))).toEqual(["мягкая", "мягкое", "мягкие"])
    expect(["f", "n", "pl"].map((g) => agree("домашний", g as "f"))).toEqual(["домашняя", "домашнее", "домашние"])
    expect(["f", "n", "pl"].map((g) => agree("льняной", g as "f"))).toEqual(["льняная", "льняное", "льняные"])
    expect(["f", "n", "pl"].map((g) => agree("свежий", g as "f"))).toEqual(["свежая", "свежее", "свежие"])
  })

  it("agrees the demo titles: no masculine adjective before a feminine noun", () => {
    const titles = data.products.map((p) => p.title)
    expect(titles).toContain("Вязаные носки из мериноса")
    expect(titles.filter((t) => /^\S+(ый|ий|ой) (шапка|кружка|ложка|брошь|свеча|сова)\b/.test(t))).toEqual([])
  })

  it("wraps words into at most three lines", () => {
    expect(wrapWords("Керамическая кружка с глазурью «морская волна»", 26, 3)).toEqual([
      "Керамическая кружка с",
      "глазурью «морская волна»",
    ])
    const long = wrapWords("слово ".repeat(40), 26, 3)
    expect(long).toHaveLength(3)
    expect(long[2].endsWith("…")).toBe(true)
  })

  it("picks distinct item × style combinations and rounds prices", () => {
    const pairs = Array.from({ length: 12 }, (_, k) => combination(k, 4, 3).join(":"))
    expect(unique(pairs)).toBe(true)
    expect(roundPrice(1234)).toBe(1200)
    expect(roundPrice(437)).toBe(450)
    expect(roundPrice(90)).toBe(150)
    expect(roundPrice(9000)).toBe(6000)
  })
})
