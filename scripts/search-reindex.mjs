// `npm run search:reindex [index…]`: rebuilds the search indexes (product, seller, center) of the
// app's database with a progress bar on stderr (backend/src/scripts/search-reindex.ts).
// Uses DATABASE_URL, or the embedded Postgres of `npm start` (.data/postgres, PG_PORT) — started
// here for the duration if it is not running.
import { spawn } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import { startPostgres } from "./lib/postgres.mjs";
import { stackOptionsFromEnv } from "./lib/stack.mjs";
import { BACKEND_DIR, BIN, childEnv } from "./lib/util.mjs";

const o = stackOptionsFromEnv();
let databaseUrl = o.databaseUrl;
let started = null;
if (!databaseUrl) {
  const pgDir = path.join(o.dataDir, "postgres");
  const passwordFile = path.join(pgDir, "sosedi-password");
  if (!existsSync(passwordFile)) {
    console.error("search:reindex: no database yet — run `npm start` once (or set DATABASE_URL)");
    process.exit(1);
  }
  const password = readFileSync(passwordFile, "utf8").trim();
  databaseUrl = `postgres://postgres:${encodeURIComponent(password)}@localhost:${o.pgPort}/sosedi`;
  const probe = new pg.Client({ connectionString: databaseUrl });
  const running = await probe.connect().then(() => true, () => false);
  await probe.end().catch(() => {});
  if (!running) {
    started = await startPostgres({ dataDir: pgDir, port: o.pgPort, log: (m) => console.error(`• ${m}`) });
  }
}

const code = await new Promise((resolve) => {
  const child = spawn(path.join(BIN, "medusa"), ["exec", "./src/scripts/search-reindex.ts", ...process.argv.slice(2)], {
    cwd: BACKEND_DIR,
    stdio: ["ignore", "ignore", "inherit"],
    env: childEnv({ DATABASE_URL: databaseUrl, MEDUSA_DISABLE_TELEMETRY: "true", SOSEDI_ADMIN: "off", LOG_LEVEL: process.env.LOG_LEVEL || "warn" }),
  });
  child.on("exit", (c) => resolve(c ?? 1));
});
if (started) await started.stop();
process.exit(code);
