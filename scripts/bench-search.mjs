// `npm run bench:search`: local search under load, in its own database.
//   1. starts an embedded Postgres (.data/bench-search, a free port) and a fresh database,
//      applies the migrations (which create the search indexes and the Russian configuration);
//   2. runs backend/src/search/_bench.ts with `medusa exec`: BENCH_DOCS (50 000) generated,
//      realistic product documents go into the product index through Medusa's Search Module,
//      then BENCH_ROUNDS rounds of a fixed query mix (plain, typo, filters + facets, geo) run
//      through our store-search layer, one at a time;
//   3. prints indexing throughput and p50/p95 per kind of query and overall.
// DATABASE_URL points it at another Postgres instead (a database "sosedi_bench_search" there).
import { spawn } from "node:child_process";
import { mkdirSync } from "node:fs";
import path from "node:path";
import { startPostgres, ensureDatabase, query } from "./lib/postgres.mjs";
import { BACKEND_DIR, BIN, ROOT, childEnv, freePort } from "./lib/util.mjs";

const t0 = Date.now();
const say = (m) => console.log(`• ${m}`);
let pg = null;
let url;
if (process.env.DATABASE_URL) {
  const u = new URL(process.env.DATABASE_URL);
  u.pathname = "/sosedi_bench_search";
  url = u.toString();
} else {
  const port = await freePort();
  mkdirSync(path.join(ROOT, ".data", "bench-search"), { recursive: true });
  pg = await startPostgres({ dataDir: path.join(ROOT, ".data", "bench-search", "postgres"), port, ephemeral: true, log: say });
  url = pg.url("sosedi_bench_search");
}
// a fresh database every run
{
  const admin = new URL(url);
  admin.pathname = "/postgres";
  await query(admin.toString(), "DROP DATABASE IF EXISTS sosedi_bench_search WITH (FORCE)");
}
await ensureDatabase(url);

const env = childEnv({ DATABASE_URL: url, MEDUSA_DISABLE_TELEMETRY: "true", SOSEDI_ADMIN: "off", LOG_LEVEL: "error", NODE_ENV: "development" });
const run = (args, capture = false) =>
  new Promise((resolve, reject) => {
    const child = spawn(path.join(BIN, "medusa"), args, { cwd: BACKEND_DIR, env, stdio: ["ignore", "pipe", "inherit"] });
    let out = "";
    child.stdout.on("data", (d) => (out += d));
    child.on("exit", (code) => (code === 0 ? resolve(out) : reject(new Error(`medusa ${args[0]} exited ${code}\n${out.slice(-2000)}`))));
  });

try {
  say("migrating the bench database");
  await run(["db:migrate"]);
  say(`indexing ${process.env.BENCH_DOCS || 50000} documents, then the query mix`);
  const out = await run(["exec", "./src/search/_bench.ts"]);
  const line = out.split("\n").find((l) => l.startsWith("BENCH "));
  if (!line) throw new Error(`no result from the bench:\n${out.slice(-2000)}`);
  const r = JSON.parse(line.slice(6));
  console.log("");
  console.log(`documents indexed   ${r.documents} in ${r.index_seconds} s → ${r.docs_per_second} docs/s`);
  console.log(`queries             ${r.queries} (avg ${r.avg_hits} hits each), one at a time`);
  console.log("kind                p50 ms   p95 ms");
  for (const k of ["plain", "typo", "filters_facets", "geo", "all"]) {
    console.log(`${k.padEnd(18)} ${String(r[k].p50).padStart(6)}   ${String(r[k].p95).padStart(6)}`);
  }
  console.log(`\n(goal p95 ≤ 25 ms; total ${Math.round((Date.now() - t0) / 1000)} s)`);
} finally {
  if (pg) await pg.stop();
}
