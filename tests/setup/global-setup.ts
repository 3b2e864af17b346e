// Starts the stack for the Playwright run: a fresh database `sosedi_e2e_<random>` (on the Postgres
// of `npm test`, SOSEDI_TEST_PG_URL, or else on an embedded one under .data/e2e), migrations, demo
// data, backend and storefront on free ports. Skipped when SOSEDI_BACKEND_URL, SOSEDI_STOREFRONT_URL
// and SOSEDI_PUBLISHABLE_KEY already point at a running stack. Returns the teardown.
import { randomBytes } from "node:crypto";
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { startStack } from "../../scripts/lib/stack.mjs";
import { query } from "../../scripts/lib/postgres.mjs";
import { freePort, ROOT } from "../../scripts/lib/util.mjs";

export default async function globalSetup() {
  const env = process.env;
  if (env.SOSEDI_BACKEND_URL && env.SOSEDI_STOREFRONT_URL && env.SOSEDI_PUBLISHABLE_KEY) {
    console.log(`[setup] using the running stack at ${env.SOSEDI_STOREFRONT_URL} / ${env.SOSEDI_BACKEND_URL}`);
    return;
  }
  const t0 = Date.now();
  const databaseName = `sosedi_e2e_${randomBytes(4).toString("hex")}`;
  let databaseUrl: string | undefined;
  let pgDataDir: string | undefined; // standalone run: a throw-away embedded Postgres
  if (env.SOSEDI_TEST_PG_URL) {
    const u = new URL(env.SOSEDI_TEST_PG_URL);
    u.pathname = `/${databaseName}`;
    databaseUrl = u.toString();
  } else {
    const tmp = mkdtempSync(path.join(os.tmpdir(), "sosedi-e2e-"));
    chmodSync(tmp, 0o755); // as root, Postgres runs as `postgres` and must enter it
    pgDataDir = path.join(tmp, "pg");
  }
  const [backendPort, storefrontPort, pgPort] = await Promise.all([freePort(), freePort(), freePort()]);
  const cleanTmp = () => pgDataDir && rmSync(path.dirname(pgDataDir), { recursive: true, force: true });
  const stack = await startStack({
    dataDir: env.SOSEDI_E2E_DATA_DIR || path.join(ROOT, ".data", "e2e"),
    databaseUrl,
    databaseName,
    pgDataDir,
    pgPort,
    pgEphemeral: true,
    backendPort,
    storefrontPort,
    admin: env.SOSEDI_E2E_ADMIN !== "off",
    backendMode: "start",
    quiet: env.SOSEDI_E2E_VERBOSE !== "1",
    echoLogs: false,
    onCrash: (name: string, res: { code: number | null; signal: string | null }, tail: string) =>
      console.error(`\n[setup] ✖ ${name} exited during the tests (${res.signal ?? res.code}):\n${tail}\n`),
  }).catch((e: unknown) => {
    cleanTmp();
    throw e;
  });
  env.SOSEDI_BACKEND_URL = stack.backendUrl;
  env.SOSEDI_STOREFRONT_URL = stack.storefrontUrl;
  env.SOSEDI_PUBLISHABLE_KEY = stack.publishableKey;
  env.SOSEDI_ADMIN_URL = stack.adminUrl ?? "";
  // issue 6: lets a spec move its own class session into the past (feedback opens after a session)
  env.SOSEDI_E2E_DATABASE_URL = stack.databaseUrl ?? "";
  // lets scripts/test.mjs clean up even if this runner is killed before its teardown
  if (env.SOSEDI_TEST_PIDS_FILE) writeFileSync(env.SOSEDI_TEST_PIDS_FILE, stack.pids.join("\n") + "\n");
  const t = stack.timings;
  console.log(
    `[setup] stack up in ${((Date.now() - t0) / 1000).toFixed(1)} s at ${stack.storefrontUrl} ` +
      `(migrate ${sec(t.migrate)}, seed ${sec(t.seed)}, backend build ${sec(t.backendBuild)}, ` +
      `storefront build ${sec(t.storefrontBuild)}, backend ready ${sec(t.backendReady)}); logs in ${stack.logDir}`,
  );

  return async () => {
    await stack.stop();
    if (env.SOSEDI_TEST_PIDS_FILE) rmSync(env.SOSEDI_TEST_PIDS_FILE, { force: true });
    if (databaseUrl && env.SOSEDI_TEST_PG_URL) {
      await query(env.SOSEDI_TEST_PG_URL, `drop database if exists "${databaseName}" with (force)`).catch(() => {});
    }
    cleanTmp();
  };
}

function sec(ms?: number) {
  return ms === undefined ? "skipped" : `${(ms / 1000).toFixed(1)} s`;
}
