import { describe, expect, it } from "vitest"
import { columnFields, compileColumnFilters } from "../columns"
import { toMeiliFilter } from "../../meilisearch/filters"

const plan = {
  primary_key: "id",
  fields: new Map<string, any>([
    ["id", { path: "id", kind: "keyword", is_array: false, field: { filterable: true } }],
    ["title", { path: "title", kind: "text", is_array: false, field: { searchable: { weight: 3 }, sortable: true } }],
    ["description", { path: "description", kind: "text", is_array: false, field: { searchable: true } }],
    ["kind", { path: "kind", kind: "keyword", is_array: false, field: { filterable: true, facetable: true } }],
    ["center_ids", { path: "center_ids", kind: "keyword", is_array: true, field: { filterable: true, facetable: true } }],
    ["price", { path: "price", kind: "number", is_array: false, field: { filterable: true, sortable: true } }],
    ["session_times", { path: "session_times", kind: "number", is_array: true, field: { filterable: true } }],
    ["seats_free", { path: "seats_free", kind: "boolean", is_array: false, field: { filterable: true } }],
    ["variants.sku", { path: "variants.sku", kind: "keyword", is_array: true, field: { filterable: true } }],
  ]),
}
const fields = new Map(columnFields(plan).map((f) => [f.path, f]))

function sql(filters: any) {
  const params: unknown[] = []
  const out = compileColumnFilters(filters, fields, params)
  return { sql: out, params }
}

describe("search-postgres narrow columns", () => {
  it("gives every top-level filter, facet and sort field a column of its type, and nothing else", () => {
    expect(Object.fromEntries([...fields.values()].map((f) => [f.path, [f.column, f.type]]))).toEqual({
      id: ["id", "text"],
      title: ["f_title", "text"],
      kind: ["f_kind", "text"],
      center_ids: ["f_center_ids", "text[]"],
      price: ["f_price", "float8"],
      session_times: ["f_session_times", "nummultirange"],
      seats_free: ["f_seats_free", "boolean"],
    })
  })

  it("translates filters with Medusa's meaning: lists are «any of», negations keep documents without the field", () => {
    expect(sql({ kind: "class", seats_free: true })).toEqual({ sql: `"f_kind" = ? AND "f_seats_free" = ?`, params: ["class", true] })
    expect(sql({ center_ids: { $in: ["a", "b"] } })).toEqual({ sql: `"f_center_ids" && ARRAY[?, ?]::text[]`, params: ["a", "b"] })
    expect(sql({ kind: { $nin: ["goods"] } }).sql).toBe(`("f_kind" IS NULL OR NOT "f_kind" = ?)`)
    expect(sql({ price: { $gte: 300, $lte: 2000 } })).toEqual({ sql: `("f_price" >= ? AND "f_price" <= ?)`, params: [300, 2000] })
    expect(sql({ $or: [{ kind: "a" }, { price: { $exists: false } }] }).sql).toBe(`("f_kind" = ? OR "f_price" IS NULL)`)
    expect(sql({ id: ["p1"] })).toEqual({ sql: `"id" = ?`, params: ["p1"] })
    expect(sql({ kind: { $in: [] } }).sql).toBe("FALSE")
  })

  it("asks one element of a number array to lie in the whole range (a session inside the dates)", () => {
    expect(sql({ session_times: { $gte: 10, $lte: 20 } })).toEqual({ sql: `"f_session_times" && numrange(?::numeric, ?::numeric, '[]')`, params: [10, 20] })
    expect(sql({ session_times: { $gt: 10 } })).toEqual({ sql: `"f_session_times" && numrange(?::numeric, ?::numeric, '(]')`, params: [10, null] })
  })

  it("leaves to Medusa what has no column or no exact translation", () => {
    expect(sql({ "variants.sku": "x" }).sql).toBeNull()
    expect(sql({ description: "x" }).sql).toBeNull()
    expect(sql({ center_ids: { $gte: "a" } }).sql).toBeNull()
    expect(sql({ kind: { $contains: ["a"] } }).sql).toBeNull()
  })

  it("Meilisearch gets both bounds as one range, so an array's one value must lie in it", () => {
    expect(toMeiliFilter({ session_times: { $gte: 10, $lte: 20 } })).toBe("session_times 10 TO 20")
    expect(toMeiliFilter({ price: { $gte: 1 } })).toBe("price >= 1")
  })
})
