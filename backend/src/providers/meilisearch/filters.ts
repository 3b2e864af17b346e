/** Pure translation of the Search Module's filters into Meilisearch's filter expressions. */

type Filters = Record<string, any>

function literal(v: unknown): string {
  if (v instanceof Date) {
    return String(v.getTime())
  }
  if (typeof v === "number" || typeof v === "boolean") {
    return String(v)
  }
  if (v === null) {
    return "null"
  }
  return JSON.stringify(String(v))
}

function attr(field: string): string {
  if (!/^[A-Za-z0-9_.]+$/.test(field)) {
    throw new Error(`${field}: недопустимое имя поля для фильтра Meilisearch`)
  }
  return field
}

function operator(field: string, op: string, v: any): string {
  const f = attr(field)
  switch (op) {
    case "$eq":
      return v === null ? `${f} IS NULL` : `${f} = ${literal(v)}`
    case "$ne":
      return v === null ? `${f} IS NOT NULL` : `${f} != ${literal(v)}`
    case "$in":
      return `${f} IN [${(v as any[]).map(literal).join(", ")}]`
    case "$nin":
      return `${f} NOT IN [${(v as any[]).map(literal).join(", ")}]`
    case "$contains":
      return [v].flat().map((x) => `${f} = ${literal(x)}`).join(" AND ")
    case "$overlaps":
      return `${f} IN [${(v as any[]).map(literal).join(", ")}]`
    case "$lt":
      return `${f} < ${literal(v)}`
    case "$lte":
      return `${f} <= ${literal(v)}`
    case "$gt":
      return `${f} > ${literal(v)}`
    case "$gte":
      return `${f} >= ${literal(v)}`
    case "$exists":
      return v ? `${f} EXISTS` : `${f} NOT EXISTS`
    default:
      throw new Error(`${field}: оператор ${op} не поддерживается провайдером Meilisearch`)
  }
}

/** `{ a: 1, b: { $in: [..] }, $or: [...] }` → `(a = 1) AND (b IN [..]) AND ((…) OR (…))`; `q` is left out. */
export function toMeiliFilter(filters: Filters | undefined): string | undefined {
  if (!filters) {
    return undefined
  }
  const parts: string[] = []
  for (const [key, value] of Object.entries(filters)) {
    if (key === "q" || value === undefined) {
      continue
    }
    if (key === "$and" || key === "$or") {
      const inner = (value as Filters[]).map(toMeiliFilter).filter(Boolean) as string[]
      if (inner.length) {
        parts.push(`(${inner.map((s) => `(${s})`).join(key === "$and" ? " AND " : " OR ")})`)
      }
      continue
    }
    if (key === "$not") {
      const inner = toMeiliFilter(value)
      if (inner) {
        parts.push(`NOT (${inner})`)
      }
      continue
    }
    if (value !== null && typeof value === "object" && !Array.isArray(value) && !(value instanceof Date)) {
      const ops = { ...value } as Record<string, any>
      // both bounds as one `a TO b`: on an array field Meilisearch then asks one and the same
      // value to be in the range (a class with a session in the dates), where `>= a AND <= b`
      // would be met by a session before and another after them
      if (ops.$gte !== undefined && ops.$lte !== undefined) {
        parts.push(`${attr(key)} ${literal(ops.$gte)} TO ${literal(ops.$lte)}`)
        delete ops.$gte
        delete ops.$lte
      }
      for (const [op, v] of Object.entries(ops)) {
        parts.push(operator(key, op, v))
      }
      continue
    }
    parts.push(Array.isArray(value) ? operator(key, "$in", value) : operator(key, "$eq", value))
  }
  return parts.length ? parts.map((p) => (parts.length > 1 ? `(${p})` : p)).join(" AND ") : undefined
}
