/**
 * The narrow columns of our Postgres search provider (service.ts) and the filters over them.
 * Pure: no database, unit-tested.
 */

export type ColumnField = {
  path: string
  column: string
  kind: "text" | "keyword" | "number" | "boolean"
  is_array: boolean
  type: "text" | "float8" | "boolean" | "text[]" | "nummultirange"
  /** SQL that computes the column from the row's `indexed` JSON */
  expression: string
  filterable: boolean
  sortable: boolean
}

type Planned = { path: string; kind: string; is_array: boolean; is_date?: boolean; field: any }

const NAME = /^[a-z_][a-z0-9_]*$/

/**
 * Every top-level field of the plan that is filtered, faceted or sorted on gets a column; the
 * primary key is the table's own `id`. Number arrays become a multirange of points, so "some
 * element in [a, b]" is one indexed `&&` test.
 */
export function columnFields(plan: { fields: Map<string, Planned>; primary_key?: string }): ColumnField[] {
  const out: ColumnField[] = []
  for (const planned of plan.fields.values()) {
    const f = planned.field ?? {}
    const used = !!f.filterable || !!f.sortable || !!f.facetable
    if (!used || !NAME.test(planned.path) || !["text", "keyword", "number", "boolean"].includes(planned.kind)) {
      continue
    }
    const base = { path: planned.path, kind: planned.kind as ColumnField["kind"], is_array: planned.is_array, filterable: !!f.filterable || !!f.facetable, sortable: !!f.sortable }
    if (planned.path === (plan.primary_key ?? "id") && !planned.is_array) {
      out.push({ ...base, column: "id", type: "text", expression: "" })
      continue
    }
    const json = `"indexed"->'${planned.path}'`
    const text = `"indexed"->>'${planned.path}'`
    const column = `f_${planned.path}`
    if (planned.is_array) {
      if (planned.kind === "boolean") {
        continue
      }
      out.push(
        planned.kind === "number"
          ? { ...base, column, type: "nummultirange", expression: `sosedi_search_num_ranges(${json})` }
          : { ...base, column, type: "text[]", expression: `sosedi_search_text_array(${json})` }
      )
    } else if (planned.kind === "number") {
      out.push({ ...base, column, type: "float8", expression: `(${text})::float8` })
    } else if (planned.kind === "boolean") {
      out.push({ ...base, column, type: "boolean", expression: `(${text})::boolean` })
    } else {
      out.push({ ...base, column, type: "text", expression: `(${text})` })
    }
  }
  return out.filter((f) => f.column === "id" || f.expression)
}

function scalar(f: ColumnField, v: unknown): unknown {
  if (v === null || v === undefined) {
    return null
  }
  if (f.kind === "number") {
    const n = v instanceof Date ? v.getTime() : typeof v === "number" ? v : Number(v)
    if (Number.isNaN(n)) {
      throw new Error(`not a number for ${f.path}`)
    }
    return n
  }
  if (f.kind === "boolean") {
    return typeof v === "boolean" ? v : v === "true" ? true : v === "false" ? false : Boolean(v)
  }
  return typeof v === "string" ? v : String(v)
}

const LOWER = new Set(["$gt", "$gte"])
const UPPER = new Set(["$lt", "$lte"])

/**
 * The Search Module's filter tree as SQL over the columns, with `?` placeholders pushed onto
 * `params` in order; null when some part has no column or no exact translation (the caller
 * then uses Medusa's JSON path). Same meaning as Medusa's filters: a missing field is NULL,
 * "not equal"/"not in" keep documents without the field, a list on an array field is "contains
 * any". On a number array, the comparison operators of one field together mean "some element
 * lies in that range" (Medusa refuses them on arrays).
 */
export function compileColumnFilters(filters: Record<string, any> | undefined, fields: Map<string, ColumnField>, params: unknown[]): string | null {
  if (!filters) {
    return ""
  }
  try {
    return compile(filters, fields, params)
  } catch {
    return null
  }
}

class Unsupported extends Error {}

function compile(branch: Record<string, any>, fields: Map<string, ColumnField>, params: unknown[]): string {
  const parts: string[] = []
  for (const [key, value] of Object.entries(branch)) {
    if (key === "q" || value === undefined) {
      continue
    }
    if (key === "$and" || key === "$or") {
      const nested = ((value ?? []) as any[]).map((b) => compile(b, fields, params)).filter(Boolean)
      if (nested.length) {
        parts.push(`(${nested.join(key === "$and" ? " AND " : " OR ")})`)
      }
      continue
    }
    if (key === "$not") {
      const nested = compile(value, fields, params)
      if (nested) {
        parts.push(`NOT (${nested})`)
      }
      continue
    }
    const f = fields.get(key)
    if (!f || !f.filterable) {
      throw new Unsupported(key)
    }
    parts.push(field(f, value, params))
  }
  return parts.join(" AND ")
}

function field(f: ColumnField, raw: any, params: unknown[]): string {
  if (raw === null || typeof raw !== "object" || Array.isArray(raw) || raw instanceof Date) {
    return anyOf(f, Array.isArray(raw) ? raw : [raw], params)
  }
  const ops = Object.keys(raw).filter((k) => k.startsWith("$"))
  if (!ops.length) {
    throw new Unsupported(f.path)
  }
  const parts: string[] = []
  const bounds = ops.filter((op) => LOWER.has(op) || UPPER.has(op))
  if (bounds.length) {
    parts.push(range(f, Object.fromEntries(bounds.map((op) => [op, raw[op]])), params))
  }
  for (const op of ops) {
    if (LOWER.has(op) || UPPER.has(op)) {
      continue
    }
    const v = raw[op]
    switch (op) {
      case "$eq":
        parts.push(anyOf(f, [v], params))
        break
      case "$in":
      case "$overlaps":
        if (op === "$overlaps" && !f.is_array) throw new Unsupported(op)
        parts.push(anyOf(f, Array.isArray(v) ? v : [v], params))
        break
      case "$ne":
        parts.push(v === null || v === undefined ? `"${f.column}" IS NOT NULL` : `("${f.column}" IS NULL OR NOT ${anyOf(f, [v], params)})`)
        break
      case "$nin":
        parts.push(`("${f.column}" IS NULL OR NOT ${anyOf(f, Array.isArray(v) ? v : [v], params)})`)
        break
      case "$exists":
        parts.push(`"${f.column}" IS ${v ? "NOT " : ""}NULL`)
        break
      case "$contains": {
        if (!f.is_array) throw new Unsupported(op)
        const values = (Array.isArray(v) ? v : [v]).map((x) => anyOf(f, [x], params))
        parts.push(values.length ? `(${values.join(" AND ")})` : "TRUE")
        break
      }
      case "$prefix":
      case "$like":
        if (f.is_array || (f.kind !== "text" && f.kind !== "keyword")) throw new Unsupported(op)
        params.push(op === "$prefix" ? `${String(v)}%` : String(v))
        parts.push(`"${f.column}" LIKE ?`)
        break
      default:
        throw new Unsupported(op)
    }
  }
  return parts.length === 1 ? parts[0] : `(${parts.join(" AND ")})`
}

/** The field equals (an array field: contains) any of the values; null means "absent". */
function anyOf(f: ColumnField, values: unknown[], params: unknown[]): string {
  const col = `"${f.column}"`
  const present = values.map((v) => scalar(f, v)).filter((v) => v !== null)
  const parts: string[] = []
  if (present.length < values.length) {
    parts.push(`${col} IS NULL`)
  }
  if (present.length) {
    if (f.type === "text[]") {
      params.push(...present)
      parts.push(`${col} && ARRAY[${present.map(() => "?").join(", ")}]::text[]`)
    } else if (f.type === "nummultirange") {
      params.push(...present.flatMap((v) => [v, v]))
      parts.push(`${col} && nummultirange(${present.map(() => `numrange(?::numeric, ?::numeric, '[]')`).join(", ")})`)
    } else {
      params.push(...present)
      parts.push(present.length === 1 ? `${col} = ?` : `${col} IN (${present.map(() => "?").join(", ")})`)
    }
  }
  if (!parts.length) {
    return "FALSE"
  }
  return parts.length === 1 ? parts[0] : `(${parts.join(" OR ")})`
}

/** Comparisons; on a number array, all bounds of the field apply to one and the same element. */
function range(f: ColumnField, bounds: Record<string, unknown>, params: unknown[]): string {
  if (f.type === "text[]" || f.kind === "boolean" && f.is_array) {
    throw new Unsupported(f.path)
  }
  if (f.type === "nummultirange") {
    let lower: unknown = null
    let upper: unknown = null
    let lowerInc = true
    let upperInc = true
    for (const [op, v] of Object.entries(bounds)) {
      const n = scalar(f, v)
      if (n === null) throw new Unsupported(op)
      if (LOWER.has(op)) {
        if (lower !== null) throw new Unsupported(op)
        lower = n
        lowerInc = op === "$gte"
      } else {
        if (upper !== null) throw new Unsupported(op)
        upper = n
        upperInc = op === "$lte"
      }
    }
    params.push(lower, upper)
    return `"${f.column}" && numrange(?::numeric, ?::numeric, '${lowerInc ? "[" : "("}${upperInc ? "]" : ")"}')`
  }
  const sym: Record<string, string> = { $gt: ">", $gte: ">=", $lt: "<", $lte: "<=" }
  const parts = Object.entries(bounds).map(([op, v]) => {
    const n = scalar(f, v)
    if (n === null) throw new Unsupported(op)
    params.push(n)
    return `"${f.column}" ${sym[op]} ?`
  })
  return parts.length === 1 ? parts[0] : `(${parts.join(" AND ")})`
}
