import fs from "fs"
import os from "os"
import path from "path"

/**
 * Starts one embedded Postgres for the integration project unless the caller (npm test)
 * already started one and exported DB_HOST/DB_PORT.
 */
export default async function setup() {
  if (process.env.DB_HOST && process.env.DB_PORT) {
    return
  }
  // the same lifecycle as `npm start` and `npm test` (UTF-8 cluster, no stray exit hooks)
  const { startPostgres } = await import("../../../scripts/lib/postgres.mjs")
  const { freePort } = await import("../../../scripts/lib/util.mjs")
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "sosedi-it-"))
  fs.chmodSync(dir, 0o755)
  const pg = await startPostgres({ dataDir: path.join(dir, "data"), port: await freePort(), ephemeral: true })
  Object.assign(process.env, {
    DB_HOST: pg.host,
    DB_PORT: String(pg.port),
    DB_USERNAME: pg.user,
    DB_PASSWORD: pg.password,
  })
  return async () => {
    await pg.stop()
    fs.rmSync(dir, { recursive: true, force: true })
  }
}
