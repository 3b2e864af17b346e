import type { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { settleSearchTables } from "../search/_settle"

/**
 * `npm run search:reindex`: rebuilds every search index (product, seller, center) from the
 * database into a fresh version and swaps it in, with a progress bar on stderr. Events keep the
 * indexes current; this is for a changed definition, a new provider, or a suspicion of drift.
 * Arguments: index names to rebuild only those (e.g. `product`).
 */
export default async function searchReindex({ container, args }: ExecArgs) {
  const search = container.resolve(Modules.SEARCH) as any
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const pg = container.resolve(ContainerRegistrationKeys.PG_CONNECTION) as any
  const names: string[] = args?.length ? args : (await search.listIndexes()).map((i: any) => i.name)
  const tty = process.stderr.isTTY

  for (const name of names) {
    const entity = search.getIndex(name).entity
    const { metadata } = await query.graph({ entity, fields: ["id"], pagination: { take: 1, skip: 0 } })
    const total = Math.max(1, Number(metadata?.count ?? 1))
    const started = Date.now()
    let last = ""
    const draw = async (final = false) => {
      const rows = await pg
        .raw(
          `select s.documents_synced from search_index_sync s
             join search_index_version v on v.id = s.search_index_version_id
             join search_index i on i.id = v.search_index_id
            where i.name = ? order by s.created_at desc limit 1`,
          [name]
        )
        .catch(() => ({ rows: [] }))
      const done = final ? total : Math.min(total, Number(rows.rows?.[0]?.documents_synced ?? 0))
      const width = 30
      const filled = Math.round((done / total) * width)
      const line = `${name.padEnd(8)} [${"#".repeat(filled)}${"-".repeat(width - filled)}] ${String(Math.round((done / total) * 100)).padStart(3)}% ${done}/${total} rows ${((Date.now() - started) / 1000).toFixed(1)} s`
      if (line !== last) {
        process.stderr.write(tty ? `\r${line}` : `${line}\n`)
        last = line
      }
    }
    const timer = setInterval(() => void draw(), 250)
    try {
      await search.reindex({ index: name })
    } finally {
      clearInterval(timer)
    }
    await draw(true)
    if (tty) {
      process.stderr.write("\n")
    }
  }
  await settleSearchTables(pg, names)
  process.stderr.write(`search: reindexed ${names.join(", ")}\n`)
}
