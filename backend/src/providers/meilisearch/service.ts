import { AbstractSearchProviderService, MedusaError } from "@medusajs/framework/utils"
import { toMeiliFilter } from "./filters"

type Options = { host: string; api_key?: string; task_timeout_ms?: number }

/** Flattens a definition's fields to dotted paths with their settings. */
function flatten(fields: Record<string, any>, prefix = ""): [string, any][] {
  return Object.entries(fields ?? {}).flatMap(([name, def]) => {
    const path = prefix ? `${prefix}.${name}` : name
    return def.type === "object" && def.fields ? flatten(def.fields, path) : [[path, def] as [string, any]]
  })
}

/**
 * Meilisearch provider for Medusa's Search Module, on the official `meilisearch` client.
 * Index settings follow the definition (searchable by weight, filterable, sortable, a `geo`
 * field as `_geo`); every write waits for its task; errors become MedusaErrors with clear
 * messages. Chosen in medusa-config when MEILISEARCH_HOST is set.
 */
export default class MeilisearchSearchService extends AbstractSearchProviderService {
  static identifier = "meilisearch"
  protected options_: Options
  protected client_: any

  constructor(_container: unknown, options: Options) {
    super()
    if (!options?.host) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, "MEILISEARCH_HOST: укажите адрес сервера Meilisearch")
    }
    this.options_ = options
  }

  get identifier() {
    return MeilisearchSearchService.identifier
  }

  protected async client(): Promise<any> {
    if (!this.client_) {
      const { Meilisearch } = await import("meilisearch")
      this.client_ = new Meilisearch({ host: this.options_.host, apiKey: this.options_.api_key })
    }
    return this.client_
  }

  /** Runs a call, maps the client's errors to clear MedusaErrors. */
  protected async call<T>(what: string, fn: (client: any) => Promise<T>): Promise<T> {
    try {
      return await fn(await this.client())
    } catch (e: any) {
      if (e instanceof MedusaError) {
        throw e
      }
      const name = e?.name ?? ""
      if (name === "MeilisearchApiError") {
        const code = e.cause?.code ?? e.code
        const type = code === "index_not_found" || code === "document_not_found" ? MedusaError.Types.NOT_FOUND : MedusaError.Types.INVALID_DATA
        throw new MedusaError(type, `Meilisearch (${what}): ${code ? `${code}: ` : ""}${e.message}`)
      }
      if (name === "MeilisearchRequestError" || name === "MeilisearchRequestTimeOutError") {
        throw new MedusaError(MedusaError.Types.UNEXPECTED_STATE, `Meilisearch недоступен (${this.options_.host}) при «${what}»: ${e.message}`)
      }
      if (name === "MeilisearchTaskTimeOutError") {
        throw new MedusaError(MedusaError.Types.UNEXPECTED_STATE, `Meilisearch не завершил задачу «${what}» вовремя: ${e.message}`)
      }
      if (/^[a-z_]+: /.test(e?.message ?? "")) {
        throw new MedusaError(MedusaError.Types.INVALID_DATA, e.message)
      }
      throw e
    }
  }

  /** Awaits an enqueued task and turns its outcome into the module's SearchTask. */
  protected async settle(index: string, enqueued: any) {
    const task = await enqueued.waitTask({ timeout: this.options_.task_timeout_ms ?? 60_000 })
    if (task.status === "failed") {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, `Meilisearch (${index}): ${task.error?.code ?? ""} ${task.error?.message ?? "задача не выполнена"}`)
    }
    return { id: String(task.uid), index, status: "succeeded" as const }
  }

  async upsertIndex({ index }: { index: any }) {
    const name = index.physical_name
    const fields = flatten(index.fields)
    const searchable = fields
      .filter(([, d]) => d.searchable)
      .sort((a, b) => (b[1].searchable?.weight ?? 1) - (a[1].searchable?.weight ?? 1))
      .map(([p]) => p)
    const geo = fields.find(([, d]) => d.type === "geo")
    const filterable = fields.filter(([, d]) => d.filterable || d.facetable).map(([p]) => p)
    const sortable = fields.filter(([, d]) => d.sortable).map(([p]) => p)
    const typo = index.settings?.typo_tolerance ?? {}
    return this.call("upsertIndex", async (client) => {
      try {
        await this.settle(name, client.createIndex(name, { primaryKey: index.primary_key ?? "id" }))
      } catch (e: any) {
        if (!/index_already_exists/.test(e.message)) {
          throw e
        }
      }
      return this.settle(
        name,
        client.index(name).updateSettings({
          searchableAttributes: searchable.length ? searchable : ["*"],
          filterableAttributes: [...filterable, ...(geo ? ["_geo"] : [])],
          sortableAttributes: [...sortable, ...(geo ? ["_geo"] : [])],
          displayedAttributes: ["*"],
          typoTolerance: {
            enabled: typo.enabled ?? true,
            ...(typo.min_word_size_for_one_typo || typo.min_word_size_for_two_typos
              ? { minWordSizeForTypos: { oneTypo: typo.min_word_size_for_one_typo ?? 5, twoTypos: typo.min_word_size_for_two_typos ?? 9 } }
              : {}),
          },
          ...(index.settings?.distinct_attribute ? { distinctAttribute: index.settings.distinct_attribute } : {}),
        })
      )
    })
  }

  async deleteIndex({ index }: { index: string }) {
    return this.call("deleteIndex", async (client) => {
      try {
        return await this.settle(index, client.deleteIndex(index))
      } catch (e: any) {
        if (/index_not_found/.test(e.message)) {
          return { index, status: "succeeded" as const }
        }
        throw e
      }
    })
  }

  async listIndexes() {
    return this.call("listIndexes", async (client) => {
      const { results } = await client.getIndexes({ limit: 1000 })
      return Promise.all(
        results.map(async (i: any) => ({
          name: i.uid,
          provider: this.identifier,
          document_count: (await i.getStats()).numberOfDocuments,
          created_at: i.createdAt ? new Date(i.createdAt) : undefined,
          updated_at: i.updatedAt ? new Date(i.updatedAt) : undefined,
        }))
      )
    })
  }

  async upsertDocuments({ index, definition, documents }: { index: string; definition: any; documents: any[] }) {
    const geo = flatten(definition?.fields ?? {}).find(([, d]) => d.type === "geo")?.[0]
    const docs = geo
      ? documents.map((d) => {
          const g = (d as any)[geo]
          return g && typeof g.lat === "number" ? { ...d, _geo: { lat: g.lat, lng: g.lng ?? g.lon } } : d
        })
      : documents
    return this.call("upsertDocuments", async (client) => this.settle(index, client.index(index).addDocuments(docs)))
  }

  async deleteDocuments({ index, filters }: { index: string; filters: any }) {
    const keys = Object.keys(filters ?? {})
    return this.call("deleteDocuments", async (client) => {
      if (keys.length === 1 && keys[0] === "id" && (Array.isArray(filters.id) || typeof filters.id === "string")) {
        return this.settle(index, client.index(index).deleteDocuments([filters.id].flat()))
      }
      return this.settle(index, client.index(index).deleteDocuments({ filter: toMeiliFilter(filters)! }))
    })
  }

  async clearIndex({ index }: { index: string }) {
    return this.call("clearIndex", async (client) => this.settle(index, client.index(index).deleteAllDocuments()))
  }

  async searchMany(inputs: any[]) {
    return Promise.all(inputs.map((i) => this.search(i)))
  }

  async search(input: any) {
    const name = input.index.physical_name
    const options = input.search_options ?? {}
    const filter = toMeiliFilter(input.filters)
    const facets: any[] = (options.facets ?? []).map((f: any) => (typeof f === "string" ? { field: f, type: "value" } : f))
    const valueFacets = facets.filter((f) => (f.type ?? "value") === "value" || f.type === "stats").map((f) => f.field)
    const order = input.pagination?.order ?? {}
    const sort = Object.entries(order)
      .filter(([k]) => k !== "_score")
      .map(([k, dir]) => `${k}:${String(dir).toLowerCase()}`)
    const q = input.q ?? input.filters?.q ?? ""
    const highlight = options.highlight && q ? (options.highlight === true ? { fields: ["*"] } : options.highlight) : null
    const params: any = {
      q,
      filter,
      offset: input.pagination?.skip ?? 0,
      limit: input.pagination?.take ?? 20,
      ...(sort.length ? { sort } : {}),
      ...(valueFacets.length ? { facets: valueFacets } : {}),
      matchingStrategy: options.match_strategy === "any" ? "last" : "all",
      attributesToRetrieve: input.attributes_to_retrieve?.length ? input.attributes_to_retrieve : ["*"],
      showRankingScore: true,
      ...(options.min_score ? { rankingScoreThreshold: options.min_score } : {}),
      ...(highlight
        ? {
            attributesToHighlight: highlight.fields,
            highlightPreTag: highlight.pre_tag ?? "<mark>",
            highlightPostTag: highlight.post_tag ?? "</mark>",
            ...(highlight.snippet ? { attributesToCrop: highlight.fields, cropLength: highlight.snippet.length ?? 20 } : {}),
          }
        : {}),
    }
    return this.call("search", async (client) => {
      const idx = client.index(name)
      const res = await idx.search(q, params)
      const out: Record<string, any> = {}
      for (const f of facets) {
        if ((f.type ?? "value") === "value") {
          const dist = res.facetDistribution?.[f.field] ?? {}
          const values = Object.entries(dist).map(([value, count]) => ({ value, count: Number(count) }))
          values.sort((a, b) => (f.sort === "alpha" ? a.value.localeCompare(b.value) : b.count - a.count))
          out[f.field] = { type: "value", values: f.limit ? values.slice(0, f.limit) : values }
        } else if (f.type === "stats") {
          const s = res.facetStats?.[f.field]
          out[f.field] = { type: "stats", min: s?.min ?? 0, max: s?.max ?? 0, count: res.estimatedTotalHits ?? 0 }
        } else if (f.type === "range") {
          const ranges = await Promise.all(
            f.ranges.map(async (r: any, i: number) => {
              const bounds = [r.from !== undefined ? `${f.field} >= ${r.from}` : null, r.to !== undefined ? `${f.field} < ${r.to}` : null].filter(Boolean)
              const rangeFilter = [filter, ...bounds].filter(Boolean).map((s) => `(${s})`).join(" AND ")
              const rr = await idx.search(q, { filter: rangeFilter || undefined, limit: 0, matchingStrategy: params.matchingStrategy })
              return { key: r.key ?? String(i), from: r.from, to: r.to, count: rr.estimatedTotalHits ?? 0 }
            })
          )
          out[f.field] = { type: "range", ranges }
        }
      }
      return {
        hits: res.hits.map((h: any) => {
          const { _formatted, _rankingScore, _geo, ...document } = h
          return {
            id: String(h[input.index.primary_key ?? "id"]),
            score: _rankingScore,
            document,
            ...(highlight && _formatted
              ? { highlights: Object.fromEntries(Object.entries(_formatted).filter(([, v]) => typeof v === "string").map(([k, v]) => [k, [v as string]])) }
              : {}),
          }
        }),
        facets: out,
        metadata: {
          skip: params.offset,
          take: params.limit,
          count: options.count === "none" ? null : res.estimatedTotalHits ?? res.totalHits ?? null,
          query: q,
          processing_time_ms: res.processingTimeMs,
        },
      } as any
    })
  }
}
