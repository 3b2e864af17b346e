import { createRequire } from "module"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"

// Native require: the seed's workflows must be the copies Medusa already registered.
const nativeRequire = createRequire(import.meta.url)

type Judged = {
  q: string
  /** extra query-string parameters */
  params?: Record<string, string>
  /** handles that must all be among the first five hits */
  top5: string[]
  /** handles that must not be among the first five */
  not?: string[]
  /** a check every one of the first five hits must pass */
  each?: (hit: any) => boolean
}

const KHAMOVNIKI = { lat: "55.7282", lng: "37.5707" }
const MITINO = { lat: "55.8455", lng: "37.361" }
const MARYINO = { lat: "55.6505", lng: "37.7412" }

/**
 * Judged relevance over the Moscow demo data (the real seed): what a resident types, and what
 * must come up in the first five. Word forms, typos, ё/е, filters and distance.
 */
const JUDGED: Judged[] = [
  { q: "вязаные носки", top5: ["vyazanye-noski-iz-merinosa", "noski-osenniy-park"] },
  { q: "носки", params: { kind: "class" }, top5: ["master-klass-vyazhem-noski-na-pyati-spitsakh"] },
  { q: "носок вязанный", top5: ["vyazanye-noski-iz-merinosa"] },
  { q: "вязаных носков", top5: ["vyazanye-noski-iz-merinosa"] },
  { q: "носки", top5: ["noski-osenniy-park", "vyazanye-noski-iz-merinosa"] },
  { q: "кирамическая кружка", top5: ["keramicheskaya-kruzhka-s-glazuryu-morskaya-volna"] },
  { q: "кирамика", top5: [], each: (h) => /керамик|глин|кружк|пиал|тарел|миск|ваз|кувшин|чаш|блюд|кашпо/i.test(h.title + " " + h.highlight.description) },
  { q: "тёплый шарф", top5: ["teplyy-sharf-s-kosami"] },
  { q: "теплый шарф", top5: ["teplyy-sharf-s-kosami"] },
  { q: "берёзовая ложка", top5: ["berezovaya-lozhka"] },
  { q: "березовая ложка", top5: ["berezovaya-lozhka"] },
  { q: "Березовый поднос", top5: ["berezovyy-podnos"] },
  { q: "лавандовое мыло", top5: ["lavandovoe-mylo"] },
  { q: "мыло", top5: ["lavandovoe-mylo", "mylo-s-oblepikhoy", "kofeynoe-mylo"] },
  { q: "пряник", top5: ["orekhovye-pryaniki", "postnye-pryaniki", "master-klass-raspisnye-pryaniki-k-prazdniku"] },
  { q: "шапку", top5: ["vyazanaya-shapka-iz-merinosa", "teplaya-shapka-s-kosami"] },
  { q: "варешки", top5: ["myagkie-varezhki-iz-alpaki", "varezhki-osenniy-park"] },
  { q: "свитер", top5: ["teplyy-sviter-s-kosami", "sviter-s-norvezhskim-uzorom"] },
  { q: "гончарный круг", top5: ["master-klass-goncharnyy-krug-dlya-nachinayushchikh"] },
  { q: "амигуруми", top5: ["master-klass-vyazhem-igrushku-amigurumi"] },
  { q: "медвежонок", top5: ["plyushevyy-medvezhonok", "medvezhonok-v-polosatom-sharfike"] },
  { q: "джинсовый рюкзак", top5: ["dzhinsovyy-ryukzak"] },
  { q: "жемчуг", top5: ["sergi-s-rechnym-zhemchugom", "kole-s-rechnym-zhemchugom", "koltso-s-rechnym-zhemchugom"] },
  { q: "хлеб на закваске", top5: ["khleb-na-zakvaske-s-tminom", "master-klass-khleb-na-zakvaske-ot-zakvaski-do-korochki"] },
  { q: "прихватка", top5: ["prikhvatki-v-kletku", "prikhvatki-s-kotami", "master-klass-kryuchok-s-nulya-vyazhem-prikhvatku"] },
  { q: "kruzhka", top5: ["kruzhka-iz-krasnoy-gliny"] },
  { q: "Валентина Сорокина", top5: [], each: (h) => h.seller.handle === "valentina-sorokina" },
  // filters
  { q: "разделочная доска", params: { kind: "class" }, top5: ["master-klass-razdelochnaya-doska-svoimi-rukami"], each: (h) => h.kind === "class" },
  { q: "серьги", params: { kind: "goods" }, top5: ["sergi-s-rechnym-zhemchugom", "sergi-iz-polimernoy-gliny"], not: ["master-klass-sergi-iz-polimernoy-gliny"] },
  { q: "фартук", params: { price_max: "1600" }, top5: ["lnyanoy-fartuk", "dzhinsovyy-fartuk"], not: ["fartuk-s-vyshivkoy-polevye-tsvety"] },
  { q: "фартук", params: { price_min: "1600" }, top5: ["fartuk-s-vyshivkoy-polevye-tsvety"], not: ["lnyanoy-fartuk", "dzhinsovyy-fartuk"] },
  { q: "", params: { kind: "class", price_max: "0" }, top5: ["master-klass-kryuchok-s-nulya-vyazhem-prikhvatku", "master-klass-pirogi-po-babushkinym-retseptam", "master-klass-kataem-svechi-iz-voshchiny"] },
  { q: "свечи", params: { center: "maryino" }, top5: ["svecha-stolbik-lipovyy-tsvet"], each: (h) => h.centers.some((c: any) => c.handle === "maryino") },
  { q: "закладка", params: { sort: "price_asc" }, top5: ["zakladka-iz-bumagi-ruchnogo-otliva", "zakladka-s-zasushennymi-tsvetami"] },
  // distance
  { q: "мыло рядом", params: MITINO, top5: ["mylo-s-oblepikhoy"], each: (h) => typeof h.distance_km === "number" },
  { q: "пирог", params: { ...MARYINO, radius_km: "3" }, top5: ["domashniy-pirog-s-klyukvoy", "medovyy-pirog", "master-klass-pirogi-po-babushkinym-retseptam"], each: (h) => h.distance_km <= 3 },
  { q: "носки", params: { ...KHAMOVNIKI, sort: "nearest" }, top5: ["vyazanye-noski-iz-merinosa", "noski-osenniy-park"] },
]

medusaIntegrationTestRunner({
  cwd: process.cwd(),
  testSuite: ({ api, getContainer }) => {
    describe("judged Russian queries over the demo data", () => {
      let headers: { headers: Record<string, string> }
      let centerIds: Map<string, string>

      beforeAll(async () => {
        const container = getContainer()
        const { default: seed, STOREFRONT_KEY_TITLE } = nativeRequire("../../src/scripts/seed.ts")
        await seed({ container, args: [] })
        // what `medusa start` does after the seed: fill the indexes
        await (container.resolve("search") as any).reindex()
        const query = container.resolve(ContainerRegistrationKeys.QUERY)
        const { data: [key] } = await query.graph({ entity: "api_key", fields: ["token"], filters: { title: STOREFRONT_KEY_TITLE } })
        headers = { headers: { "x-publishable-api-key": key.token } }
        const { data: centers } = await query.graph({ entity: "center", fields: ["id", "handle"] })
        centerIds = new Map(centers.map((c: any) => [c.handle, c.id]))
      })

      it(`has at least 30 judged queries (${JUDGED.length})`, () => {
        expect(JUDGED.length).toBeGreaterThanOrEqual(30)
      })

      for (const j of JUDGED) {
        const label = `«${j.q}» ${j.params ? JSON.stringify(j.params) : ""}`
        it(label, async () => {
          const params = new URLSearchParams()
          if (j.q) params.set("q", j.q)
          for (const [k, v] of Object.entries(j.params ?? {})) {
            params.set(k === "center" ? "center_id" : k, k === "center" ? centerIds.get(v)! : v)
          }
          params.set("limit", "5")
          const res = await api.get(`/store/search?${params}`, headers)
          const top = res.data.hits.map((h: any) => h.handle)
          expect({ q: j.q, top }).toEqual({ q: j.q, top: expect.arrayContaining(j.top5) })
          expect(top.length).toBeGreaterThan(0)
          for (const handle of j.not ?? []) {
            expect(top).not.toContain(handle)
          }
          if (j.each) {
            for (const hit of res.data.hits) {
              expect({ q: j.q, handle: hit.handle, ok: j.each(hit) }).toEqual({ q: j.q, handle: hit.handle, ok: true })
            }
          }
        })
      }

      it("«керамика для детей в субботу»: ceramics classes with a Saturday session", async () => {
        const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
        const { data: products } = await query.graph({
          entity: "product",
          fields: ["handle", "categories.name", "type.value", "variants.metadata"],
        })
        const saturday = (iso: string) => new Date(Date.parse(iso) + 3 * 3600e3).getUTCDay() === 6
        const expected = products
          .filter((p: any) => p.type?.value === "masterclass" && p.categories.some((c: any) => c.name === "Керамика"))
          .filter((p: any) => p.variants.some((v: any) => v.metadata?.starts_at && Date.parse(v.metadata.starts_at) > Date.now() && saturday(v.metadata.starts_at)))
          .map((p: any) => p.handle)
        const res = await api.get(`/store/search?q=${encodeURIComponent("керамика для детей в субботу")}&limit=5`, headers)
        const top = res.data.hits.map((h: any) => h.handle)
        expect(top).toEqual(expect.arrayContaining(expected.slice(0, 5)))
        expect(res.data.hits.every((h: any) => h.kind === "class")).toBe(true)
      })

      it("a date range narrows classes to those with a session in it", async () => {
        const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
        const { data: [klass] } = await query.graph({
          entity: "product",
          fields: ["handle", "variants.metadata"],
          filters: { handle: "master-klass-rospis-keramiki-kobaltom" },
        })
        const first = klass.variants.map((v: any) => v.metadata.starts_at).sort()[0]
        const day = new Date(Date.parse(first) + 3 * 3600e3).toISOString().slice(0, 10)
        const res = await api.get(`/store/search?q=${encodeURIComponent("роспись")}&date_from=${day}&date_to=${day}&limit=5`, headers)
        expect(res.data.hits.map((h: any) => h.handle)).toContain("master-klass-rospis-keramiki-kobaltom")
        expect(res.data.hits.every((h: any) => h.kind === "class")).toBe(true)
      })
    })
  },
})
