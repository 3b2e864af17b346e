import { PostgresSearchService } from "@medusajs/search-postgres/dist/services/postgres-search"
import { mapFacetResult, normalizeFacetRequests } from "@medusajs/search-postgres/dist/utils/facets"
import { assertQuerySupported, projectDocument } from "@medusajs/search-postgres/dist/utils"
import { columnFields, compileColumnFilters, type ColumnField } from "./columns"

type Planned = { path: string; kind: string; is_array: boolean }
type FacetRequest = {
  field: string
  type: "value" | "range" | "stats"
  limit?: number
  sort?: string
  query?: string
  ranges?: { key: string; from?: number; to?: number }[]
}

// columns of the provider's document tables: a facet field of one of these names would be
// ambiguous beside them in one FROM clause, so it keeps Medusa's per-facet queries
const TABLE_COLUMNS = new Set(["id", "document", "indexed", "search_vector", "search_text", "created_at", "updated_at"])

/**
 * Medusa's Postgres search provider, with all facets of a query counted in one pass.
 *
 * Medusa's provider runs one statement per facet, each over every match, and each reads the
 * match's `indexed` JSON — a TOASTed, compressed value of about 1 KB here (the Russian text and
 * its Latin spelling are in it) that is decompressed once per statement and per key. Our store
 * search asks for four facets: on 50 000 documents a broad word («керамика», ~5 000 matches)
 * spent ~200 ms in facets alone. Here the matches' facet fields are read once
 * (`jsonb_to_record`: one decompression per row) into a small materialized set, and every facet
 * is counted from it — the same answer (same filters, order, limits), a quarter of the reading.
 * Requests this does not cover (nested paths, stats facets) go to Medusa's implementation.
 */
export default class RussianPostgresSearchService extends (PostgresSearchService as any) {
  static identifier = "search-postgres"

  /** column name → field, per document table that has our narrow columns (read once) */
  private columnCache = new Map<string, Promise<Map<string, ColumnField> | null>>()

  /**
   * Medusa's table, plus a narrow column generated from `indexed` for every top-level filter,
   * facet and sort field, with indexes for filtering. The wide values (`document`, `indexed`,
   * `search_text`) are moved out of the row (toast_tuple_target), the text-search vector stays
   * in it: a query then reads a few small rows per page instead of one 2–4 KB row.
   */
  async createDocumentTable(table: string, plan: any, manager: any) {
    await (super.createDocumentTable as any)(table, plan, manager)
    const fields = columnFields(plan).filter((f) => f.column !== "id")
    if (!fields.length) {
      return
    }
    const add = fields.map((f) => `ADD COLUMN IF NOT EXISTS "${f.column}" ${f.type} GENERATED ALWAYS AS (${f.expression}) STORED`)
    await manager.execute(`ALTER TABLE "${table}" ${add.join(", ")}`)
    const storage = [`ALTER COLUMN "search_vector" SET STORAGE MAIN`, ...fields.filter((f) => f.type === "text" || f.type === "text[]").map((f) => `ALTER COLUMN "${f.column}" SET STORAGE MAIN`)]
    await manager.execute(`ALTER TABLE "${table}" ${storage.join(", ")}, SET (toast_tuple_target = 256)`)
    for (const f of fields.filter((f) => f.filterable && f.path !== plan.primary_key)) {
      const using = f.type === "text[]" ? "GIN" : f.type === "nummultirange" ? "GIST" : "BTREE"
      await manager.execute(`CREATE INDEX IF NOT EXISTS "${table}_${f.column}_idx" ON "${table}" USING ${using} ("${f.column}")`)
    }
  }

  private columnsOf(table: string, plan: any): Promise<Map<string, ColumnField> | null> {
    let cached = this.columnCache.get(table)
    if (!cached) {
      cached = (async () => {
        const rows: { column_name: string }[] = await (this as any).manager_.execute(
          `SELECT column_name FROM information_schema.columns WHERE table_schema = current_schema() AND table_name = ?`,
          [table]
        )
        const have = new Set(rows.map((r) => r.column_name))
        const fields = columnFields(plan)
        // a table made before the columns existed keeps Medusa's JSON path until its next version
        if (!fields.length || !fields.every((f) => have.has(f.column))) {
          return null
        }
        return new Map(fields.map((f) => [f.path, f]))
      })()
      cached.catch(() => this.columnCache.delete(table))
      this.columnCache.set(table, cached)
    }
    return cached
  }

  /**
   * One statement per query: the matches' narrow columns (and their rank, when the order needs
   * it) are read once into a materialized set, from which the page, the total and every facet
   * are taken; only the page's rows are joined back for their documents. Medusa's provider runs
   * hits, count and facets as separate statements, each reading every match's JSON. Queries
   * this does not cover (vectors, distinct, min_score, nested fields, tables without the
   * columns) go to Medusa's implementation, which answers them the same way as before.
   */
  async search(input: any) {
    const fast = await this.fastPlan(input).catch(() => null)
    if (!fast) {
      return (super.search as any)(input)
    }
    const { catalog, fields } = fast
    const plan = catalog.plan
    const table = catalog.table_name
    const options = input.search_options ?? {}
    const skip = input.pagination?.skip ?? 0
    const take = input.pagination?.take ?? 20
    const started = Date.now()
    const fragments = (this as any).keywordFragments({ query: input, catalog })
    const order = Object.entries((input.pagination?.order ?? {}) as Record<string, string>)
    const needsScore = !!fragments.q && (options.include_score || !order.length || order.some(([k]) => k === "_score"))
    const requests: FacetRequest[] = (normalizeFacetRequests as any)(options.facets, plan)

    const wanted = new Set<ColumnField>()
    const orderSql: string[] = []
    for (const [key, direction] of order) {
      const dir = direction === "ASC" ? "ASC" : "DESC"
      if (key === "_score") {
        orderSql.push(`score ${dir} NULLS LAST`)
        continue
      }
      const f = fields.get(key)!
      wanted.add(f)
      orderSql.push(`"${f.column}" ${dir} NULLS LAST`)
    }
    if (!order.length && fragments.q) {
      orderSql.push(`score DESC NULLS LAST`)
    }
    orderSql.push(`"id" ASC`)
    for (const r of requests) {
      wanted.add(fields.get(r.field)!)
    }

    const params: unknown[] = []
    const select = [`"id"`, needsScore ? `${fragments.rankSql(params)} AS score` : `0::float4 AS score`, ...[...wanted].filter((f) => f.column !== "id").map((f) => `"${f.column}"`)]
    const where: string[] = []
    if (fragments.matchSql) {
      where.push(fragments.matchSql(params))
    }
    const filterSql = compileColumnFilters(input.filters, fields, params)
    if (filterSql) {
      where.push(`(${filterSql})`)
    }
    params.push(take, skip)
    const count = options.count !== "none"
    const facetSql = requests.map((r) => this.columnFacetSql(r, fields.get(r.field)!, params))
    const sql = `
      WITH m AS MATERIALIZED (
        SELECT ${select.join(", ")} FROM "${table}" ${where.length ? `WHERE ${where.join(" AND ")}` : ""}
      ), top AS MATERIALIZED (
        SELECT "id", score FROM m ORDER BY ${orderSql.join(", ")} LIMIT ? OFFSET ?
      ), page AS (
        SELECT "id", score, row_number() OVER () AS ord FROM top
      )
      SELECT
        ${count ? `(SELECT COUNT(*) FROM m)::int` : `NULL::int`} AS count,
        (SELECT COALESCE(json_agg(json_build_object('id', p."id", 'score', p.score, 'document', d."document") ORDER BY p.ord), '[]')
           FROM page p JOIN "${table}" d ON d."id" = p."id") AS hits
        ${facetSql.map((f, i) => `, (${f}) AS f${i}`).join("")}`
    const [row] = await (this as any).manager_.execute(sql, params)
    const parse = (v: any) => (typeof v === "string" ? JSON.parse(v) : v)
    const hitRows = take === 0 ? [] : parse(row.hits)
    let facets: Record<string, unknown> | undefined
    if (requests.length) {
      facets = {}
      requests.forEach((r, i) => {
        const list = parse(row[`f${i}`])
        facets![r.field] = (mapFacetResult as any)(r, r.type === "range" ? [list] : list)
      })
    }
    return {
      hits: hitRows.map((h: any) => ({
        id: h.id,
        score: options.include_score ? Number(h.score) : undefined,
        document: (projectDocument as any)(parse(h.document), input.attributes_to_retrieve),
      })),
      facets,
      metadata: {
        skip,
        take,
        count: count ? Number(row.count ?? 0) : null,
        query: input.q,
        processing_time_ms: Date.now() - started,
      },
    }
  }

  /** The catalog and columns when the fast path answers this query exactly, else null. */
  private async fastPlan(input: any) {
    const options = input.search_options ?? {}
    if (
      (this as any).isLakebase_ ||
      options.vector ||
      options.min_score !== undefined ||
      options.distinct ||
      input.index?.settings?.distinct_attribute ||
      options.attributes_to_search_on?.length ||
      options.highlight ||
      options.locales?.length ||
      input.pagination?.cursor !== undefined
    ) {
      return null
    }
    ;(assertQuerySupported as any)(input, "native")
    const catalog = await (this as any).retrieve(input.index.physical_name)
    const fields = await this.columnsOf(catalog.table_name, catalog.plan)
    if (!fields) {
      return null
    }
    for (const [key] of Object.entries(input.pagination?.order ?? {})) {
      const f = key === "_score" ? true : fields.get(key)
      if (!f || (f !== true && (f.is_array || !f.sortable))) {
        return null
      }
    }
    let requests: FacetRequest[]
    try {
      requests = (normalizeFacetRequests as any)(options.facets, catalog.plan)
    } catch {
      return null
    }
    for (const r of requests) {
      const f = fields.get(r.field)
      if (!f || r.type === "stats" || (r.type === "range" && (f.kind !== "number" || f.is_array)) || f.type === "nummultirange") {
        return null
      }
    }
    if (input.filters && compileColumnFilters(input.filters, fields, []) === null) {
      return null
    }
    return { catalog, fields }
  }

  private columnFacetSql(request: FacetRequest, f: ColumnField, params: unknown[]): string {
    const col = `"${f.column}"`
    if (request.type === "range") {
      const parts = (request.ranges ?? []).map((range, r) => {
        const conditions: string[] = []
        if (range.from !== undefined) {
          params.push(range.from)
          conditions.push(`${col} >= ?`)
        }
        if (range.to !== undefined) {
          params.push(range.to)
          conditions.push(`${col} < ?`)
        }
        return `'r${r}', COUNT(*) FILTER (WHERE ${conditions.join(" AND ") || "TRUE"})::int`
      })
      return `SELECT json_build_object(${parts.join(", ")}) FROM m`
    }
    const value = f.is_array ? `v` : `${col}::text`
    const from = f.is_array ? `m, unnest(${col}) v` : `m`
    let filter = ""
    if (request.query) {
      params.push(`${request.query}%`)
      filter = `AND ${value} LIKE ?`
    }
    params.push(request.limit ?? 10)
    const order = request.sort === "alpha" ? "value ASC" : "count DESC, value ASC"
    return `SELECT COALESCE(json_agg(json_build_object('value', value, 'count', count) ORDER BY ${order}), '[]') FROM (
        SELECT ${value} AS value, COUNT(*)::int AS count FROM ${from}
        WHERE ${value} IS NOT NULL ${filter} GROUP BY 1 ORDER BY ${order} LIMIT ?) g`
  }

  async resolveFacets(input: {
    table: string
    plan: { fields: Map<string, Planned> }
    scopeWhere?: { sql: string; params: unknown[] }
    requests?: any[]
  }) {
    const requests: FacetRequest[] = (normalizeFacetRequests as any)(input.requests, input.plan)
    if (requests.length < 2 || !requests.every((r) => this.onePass(r, input.plan))) {
      return (super.resolveFacets as any)(input)
    }
    const fields = [...new Set(requests.map((r) => r.field))]
    const params: unknown[] = [...(input.scopeWhere?.params ?? [])]
    const parts: string[] = []
    requests.forEach((request, i) => {
      const col = `m."${request.field}"`
      const planned = input.plan.fields.get(request.field)!
      if (request.type === "range") {
        const selects = (request.ranges ?? []).map((range, r) => {
          const conditions: string[] = []
          if (range.from !== undefined) {
            params.push(range.from)
            conditions.push(`(${col} #>> '{}')::float8 >= ?`)
          }
          if (range.to !== undefined) {
            params.push(range.to)
            conditions.push(`(${col} #>> '{}')::float8 < ?`)
          }
          return `json_build_object('key', ${r}, 'count', COUNT(*) FILTER (WHERE ${conditions.join(" AND ") || "TRUE"}))`
        })
        parts.push(`(SELECT ${i} AS f, json_build_array(${selects.join(", ")}) AS rows FROM m)`)
        return
      }
      const value = planned.is_array
        ? `jsonb_array_elements_text(CASE WHEN jsonb_typeof(${col}) = 'array' THEN ${col} END)`
        : `(${col} #>> '{}')`
      let filter = ""
      if (request.query) {
        params.push(`${request.query}%`)
        filter = `AND value LIKE ?`
      }
      params.push(request.limit ?? 10)
      const order = request.sort === "alpha" ? "value ASC" : "count DESC, value ASC"
      parts.push(`(SELECT ${i} AS f, COALESCE(json_agg(json_build_object('value', value, 'count', count) ORDER BY ${order}), '[]') AS rows FROM (
          SELECT value, COUNT(*)::int AS count FROM (SELECT ${value} AS value FROM m) v
          WHERE value IS NOT NULL ${filter}
          GROUP BY value ORDER BY ${order} LIMIT ?) g)`)
    })
    const sql = `
      WITH m AS MATERIALIZED (
        SELECT ${fields.map((f) => `r."${f}"`).join(", ")}
        FROM "${input.table}", jsonb_to_record("${input.table}"."indexed") AS r(${fields.map((f) => `"${f}" jsonb`).join(", ")})
        ${input.scopeWhere?.sql ? `WHERE ${input.scopeWhere.sql}` : ""}
      )
      ${parts.join("\nUNION ALL\n")}`
    const rows: { f: number; rows: any }[] = await (this as any).manager_.execute(sql, params)
    const result: Record<string, unknown> = {}
    for (const row of rows) {
      const request = requests[row.f]
      const list = typeof row.rows === "string" ? JSON.parse(row.rows) : row.rows
      if (request.type === "range") {
        // the shape Medusa's range statement returns: one row, a column r<i> per range
        const counts = Object.fromEntries(list.map((c: any) => [`r${c.key}`, c.count]))
        result[request.field] = (mapFacetResult as any)(request, [counts])
      } else {
        result[request.field] = (mapFacetResult as any)(request, list)
      }
    }
    return result
  }

  private onePass(request: FacetRequest, plan: { fields: Map<string, Planned> }) {
    const planned = plan.fields.get(request.field)
    return (
      !!planned &&
      !request.field.includes(".") &&
      !TABLE_COLUMNS.has(request.field) &&
      /^[a-z_][a-z0-9_]*$/i.test(request.field) &&
      (request.type === "value" || (request.type === "range" && planned.kind === "number"))
    )
  }
}
