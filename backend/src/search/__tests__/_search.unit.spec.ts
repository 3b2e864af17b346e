import { describe, expect, it } from "vitest"
import {
  daysBetween,
  escapeHtml,
  haversineKm,
  highlight,
  moscowDay,
  moscowDayStart,
  moscowWeekday,
  parseQuery,
  soundKey,
  soundKeys,
  translit,
  translitWords,
  wordMatches,
} from "../_text"
import { upcomingSessions } from "../_next-session"
import { toProductDocument } from "../_product-document"

describe("search text helpers", () => {
  it("reads instants as Moscow days and weekdays", () => {
    expect(moscowDay("2026-12-05T20:30:00Z")).toBe("2026-12-05")
    expect(moscowDay("2026-12-05T21:30:00Z")).toBe("2026-12-06")
    expect(moscowDayStart("2026-12-06").toISOString()).toBe("2026-12-05T21:00:00.000Z")
    expect(moscowWeekday("2026-12-05T21:30:00Z")).toBe("sun")
    expect(moscowWeekday("2026-12-05T10:00:00Z")).toBe("sat")
    expect(daysBetween("2026-12-30", "2027-01-02")).toEqual(["2026-12-30", "2026-12-31", "2027-01-01", "2027-01-02"])
    expect(daysBetween("2026-12-02", "2026-12-01")).toEqual([])
  })

  it("measures great-circle distances", () => {
    expect(haversineKm(55.75, 37.61, 55.75, 37.61)).toBe(0)
    // Хамовники → Митино, about 15 km
    const d = haversineKm(55.7282, 37.5707, 55.8455, 37.361)
    expect(d).toBeGreaterThan(14)
    expect(d).toBeLessThan(20)
  })

  it("understands «рядом», weekdays and stop words", () => {
    expect(parseQuery("мыло рядом")).toEqual({ text: "мыло", near: true, weekdays: [] })
    expect(parseQuery("Керамика для детей в субботу")).toEqual({ text: "керамика детей", near: false, weekdays: ["sat"] })
    expect(parseQuery("пряники на выходных")).toEqual({ text: "пряники", near: false, weekdays: ["sat", "sun"] })
    expect(parseQuery("Ёлочные игрушки")).toMatchObject({ text: "елочные игрушки" })
  })

  it("spells Russian in Latin letters", () => {
    expect(translit("Вязаные носки")).toBe("vyazanye noski")
    expect(translit("Берёзовая ложка, щётка")).toBe("berezovaya lozhka, schetka")
    expect(translitWords("kruzhka кружка")).toBe("kruzhka")
  })

  it("gives misspellings and word forms one sound key", () => {
    expect(soundKey("кирамика")).toBe(soundKey("Керамика"))
    expect(soundKey("варешки")).toBe(soundKey("варежки"))
    expect(soundKey("носок")).toBe(soundKey("носки"))
    expect(soundKey("вязанный")).toBe(soundKey("Вязаные"))
    expect(soundKey("прянеки")).toBe(soundKey("пряники"))
    expect(soundKey("шарф")).not.toBe(soundKey("носки"))
    expect(soundKeys("Вязаные носки из шерсти")).toBe("фсн нск шрст")
  })

  it("matches word forms and small typos, not unrelated words", () => {
    expect(wordMatches("носки", "носок")).toBe(true)
    expect(wordMatches("Вязаные", "вязанный")).toBe(true)
    expect(wordMatches("Керамика", "кирамика")).toBe(true)
    expect(wordMatches("Ёлка", "елка")).toBe(true)
    expect(wordMatches("шарф", "носки")).toBe(false)
    expect(wordMatches("мыло", "мы")).toBe(false)
  })

  it("highlights matches and escapes everything else", () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe("&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;")
    expect(highlight("Вязаные носки", ["носок"])).toBe("Вязаные <mark>носки</mark>")
    expect(highlight("<script>alert(1)</script> Носки", ["носки"])).toBe("&lt;script&gt;alert(1)&lt;/script&gt; <mark>Носки</mark>")
    expect(highlight(null, ["x"])).toBe("")
    const long = `${"слово ".repeat(60)}глина ${"слово ".repeat(60)}`
    const cropped = highlight(long, ["глина"], 80)
    expect(cropped).toContain("<mark>глина</mark>")
    expect(cropped.startsWith("…")).toBe(true)
    expect(cropped.replace(/<\/?mark>/g, "").length).toBeLessThanOrEqual(82)
  })
})

describe("product documents", () => {
  const now = Date.parse("2026-12-01T12:00:00Z")
  const center = { id: "ctr_a", name: "Центр А", handle: "a", district: "Хамовники", lat: 55.7, lng: 37.5, sales_channel_id: "sc_a", status: "active" }
  const byChannel = new Map([["sc_a", center]])
  const base = {
    id: "prod_1",
    handle: "socks",
    title: "Вязаные носки",
    description: "Тёплые",
    status: "published",
    type: { value: "goods" },
    categories: [{ id: "cat_1", name: "Вязание" }],
    sales_channels: [{ id: "sc_a" }],
    seller: { id: "sel_1", name: "Мария", handle: "maria", status: "approved" },
    variants: [
      { id: "v1", prices: [{ currency_code: "rub", amount: 900 }, { currency_code: "eur", amount: 9 }] },
      { id: "v2", prices: [{ currency_code: "rub", amount: 700 }] },
    ],
  }
  const approved = new Map([["ctr_a", "approved"]])

  it("holds what the store shows and filters on", () => {
    const doc = toProductDocument(base, byChannel, approved, now)!
    expect(doc).toMatchObject({
      kind: "goods",
      price: 700,
      center_ids: ["ctr_a"],
      category_ids: ["cat_1"],
      seller_handle: "maria",
      next_session_at: null,
      seats_free: null,
    })
    expect(doc.translit).toContain("vyazanye noski")
  })

  it("has none for drafts, unapproved artisans, or goods in no shop of a center they are a member of", () => {
    expect(toProductDocument({ ...base, status: "draft" }, byChannel, approved, now)).toBeNull()
    expect(toProductDocument({ ...base, seller: { ...base.seller, status: "suspended" } }, byChannel, approved, now)).toBeNull()
    expect(toProductDocument({ ...base, seller: { ...base.seller, status: "pending" } }, byChannel, approved, now)).toBeNull()
    expect(toProductDocument({ ...base, sales_channels: [{ id: "sc_other" }] }, byChannel, approved, now)).toBeNull()
    expect(toProductDocument(base, byChannel, new Map([["ctr_a", "suspended"]]), now)).toBeNull()
  })

  it("takes a class's next session, its price and free seats from the future sessions", () => {
    const klass = {
      ...base,
      type: { value: "masterclass" },
      variants: [
        { id: "past", metadata: { starts_at: "2026-11-30T10:00:00Z" }, prices: [{ currency_code: "rub", amount: 0 }], manage_inventory: true, inventory_items: [{ inventory: { location_levels: [{ available_quantity: 5 }] } }] },
        { id: "later", metadata: { starts_at: "2026-12-12T10:00:00Z" }, prices: [{ currency_code: "rub", amount: 1200 }], manage_inventory: true, inventory_items: [{ inventory: { location_levels: [{ available_quantity: 0 }] } }] },
        { id: "soon", metadata: { starts_at: "2026-12-05T10:00:00Z" }, prices: [{ currency_code: "rub", amount: 1500 }], manage_inventory: true, inventory_items: [{ inventory: { location_levels: [{ available_quantity: 0 }] } }] },
      ],
    }
    expect(upcomingSessions(klass, now).map((s) => s.variant_id)).toEqual(["soon", "later"])
    const doc = toProductDocument(klass, byChannel, approved, now)!
    expect(doc).toMatchObject({
      kind: "class",
      next_session_at: "2026-12-05T10:00:00Z",
      price: 1200,
      seats_free: false,
      session_times: [Date.parse("2026-12-05T10:00:00Z"), Date.parse("2026-12-12T10:00:00Z")],
      session_weekdays: ["sat"],
    })
  })
})
