/**
 * After a bulk load, the Postgres provider's full-text (GIN) index still holds its "pending list"
 * of unmerged entries until autovacuum comes by; measured on 50 000 documents, every index scan cost
 * 3–15 ms instead of ≈ 1 ms meanwhile. A VACUUM (ANALYZE) merges it and refreshes the planner's
 * statistics for the new narrow columns. Without the Postgres provider (Meilisearch) there is no
 * such table and this does nothing.
 */
export async function settleSearchTables(pg: any, names?: string[]): Promise<string[]> {
  const exists = await pg.raw(`select to_regclass('search_postgres_index') is not null as ok`)
  if (!exists.rows?.[0]?.ok) {
    return []
  }
  // the Search Module names each index version's physical table; the active version is the one read
  const { rows } = await pg.raw(
    `select i.name, p.table_name
       from search_index i
       join search_index_version v on v.search_index_id = i.id and v.version = i.active_version and v.deleted_at is null
       join search_postgres_index p on p.name = v.physical_name
      where i.deleted_at is null and p.table_name is not null${names?.length ? " and i.name = any(?)" : ""}`,
    names?.length ? [names] : []
  )
  const settled: string[] = []
  for (const row of rows as { name: string; table_name: string }[]) {
    if (!/^[a-z0-9_]+$/i.test(row.table_name)) {
      continue
    }
    // VACUUM cannot run in a transaction: knex's raw on the pool runs it on its own
    await pg.raw(`vacuum (analyze) "${row.table_name}"`)
    settled.push(row.name)
  }
  return settled
}
