// `npm test [-- <filter>…]`: one throw-away Postgres for the whole run, then
//   (a) vitest (unit + integration tests of the backend, via @medusajs/test-utils and DB_* variables),
//   (b) Playwright (tests/api, tests/e2e) against a stack started by tests/setup/global-setup.ts on a
//       fresh database of the same Postgres.
// Prints `Tests: <n> passed, <m> failed` last; exits non-zero when anything failed or nothing ran.
// SOSEDI_TEST_PARTS=vitest|playwright runs one part; SOSEDI_TEST_PARALLEL=1|0 overrides the default.
import { spawn } from "node:child_process";
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { startPostgres } from "./lib/postgres.mjs";
import { ROOT, BIN, childEnv, freePort } from "./lib/util.mjs";

const filters = process.argv.slice(2);
const parts = (process.env.SOSEDI_TEST_PARTS || "vitest,playwright").split(",").map((s) => s.trim());
// measured on 2 cores: see README "Tests" — sequential is the default
const parallel = process.env.SOSEDI_TEST_PARALLEL === "1";

const t0 = Date.now();
const tmp = mkdtempSync(path.join(os.tmpdir(), "sosedi-test-"));
chmodSync(tmp, 0o755); // as root, Postgres runs as `postgres` and must enter it
const files = {
  vitest: path.join(tmp, "vitest.json"),
  playwright: path.join(tmp, "playwright.json"),
  pids: path.join(tmp, "stack.pids"),
};

let pg = null;
const runners = new Set();
let interrupted = false;

function killGroup(pid, sig) {
  try {
    process.kill(-pid, sig);
  } catch {}
}

let signals = 0;
for (const sig of ["SIGINT", "SIGTERM", "SIGHUP"]) {
  process.on(sig, () => {
    interrupted = true;
    signals++;
    console.log(`\n${sig}: ${signals === 1 ? "stopping the test runners (again to force)…" : "forcing"}`);
    for (const r of runners) killGroup(r.pid, signals === 1 ? "SIGINT" : "SIGKILL");
    if (signals > 2) cleanup().finally(() => process.exit(130));
  });
}

/** Runs a runner in its own process group with inherited stdio (or buffered when `buffer`). */
function runRunner(name, cmd, args, env, { buffer = false } = {}) {
  return new Promise((resolve) => {
    const t = Date.now();
    const child = spawn(cmd, args, {
      cwd: ROOT,
      env,
      detached: true,
      stdio: buffer ? ["ignore", "pipe", "pipe"] : ["ignore", "inherit", "inherit"],
    });
    let out = "";
    if (buffer) {
      child.stdout.on("data", (d) => (out += d));
      child.stderr.on("data", (d) => (out += d));
    }
    runners.add(child);
    child.on("error", (e) => (out += `\n${name}: ${e.message}\n`));
    child.on("close", (code, signal) => {
      runners.delete(child);
      killGroup(child.pid, "SIGKILL"); // stray workers
      resolve({ name, code, signal, out, seconds: (Date.now() - t) / 1000 });
    });
  });
}

function readJson(file) {
  try {
    return JSON.parse(readFileSync(file, "utf8"));
  } catch {
    return null;
  }
}

function countVitest(run) {
  const r = readJson(files.vitest);
  if (!r) return { passed: 0, failed: 1, skipped: 0, note: `no report (exit ${run.signal ?? run.code})` };
  // a file that failed to load has no tests but a failed suite
  const brokenFiles = (r.testResults ?? []).filter((f) => f.status === "failed" && !(f.assertionResults ?? []).length).length;
  return {
    passed: r.numPassedTests ?? 0,
    failed: (r.numFailedTests ?? 0) + brokenFiles,
    skipped: (r.numPendingTests ?? 0) + (r.numTodoTests ?? 0),
    note: brokenFiles ? `${brokenFiles} file(s) failed to run` : "",
  };
}

function countPlaywright(run) {
  const r = readJson(files.playwright);
  if (!r) return { passed: 0, failed: 1, skipped: 0, note: `no report (exit ${run.signal ?? run.code})` };
  const s = r.stats ?? {};
  const globalErrors = (r.errors ?? []).length; // e.g. the global setup failed
  return {
    passed: (s.expected ?? 0) + (s.flaky ?? 0),
    failed: (s.unexpected ?? 0) + (globalErrors && !s.unexpected ? 1 : 0),
    skipped: s.skipped ?? 0,
    note: [s.flaky ? `${s.flaky} flaky` : "", globalErrors ? `${globalErrors} global error(s)` : ""].filter(Boolean).join(", "),
  };
}

async function cleanup() {
  // the Playwright stack normally stops in its teardown; if that runner was killed, stop what is left
  if (existsSync(files.pids)) {
    for (const pid of readFileSync(files.pids, "utf8").split("\n").filter(Boolean).map(Number)) killGroup(pid, "SIGKILL");
  }
  if (pg) await pg.stop().catch(() => {});
  pg = null;
  rmSync(tmp, { recursive: true, force: true });
}

let exitCode = 1;
try {
  const port = await freePort();
  pg = await startPostgres({ dataDir: path.join(tmp, "pg"), port, ephemeral: true, logFile: path.join(tmp, "postgres.log") });
  console.log(`Test Postgres on port ${port} (${((Date.now() - t0) / 1000).toFixed(1)} s); parts: ${parts.join(" + ")}${parallel ? " in parallel" : ""}`);
  const env = childEnv({
    DB_HOST: "localhost",
    DB_PORT: port,
    DB_USERNAME: "postgres",
    DB_PASSWORD: pg.password,
    SOSEDI_TEST_PG_URL: pg.url("postgres"),
    SOSEDI_TEST_PIDS_FILE: files.pids,
    MEDUSA_DISABLE_TELEMETRY: "true",
    PLAYWRIGHT_JSON_OUTPUT_FILE: files.playwright,
    FORCE_COLOR: process.stdout.isTTY ? "1" : undefined,
  });
  // a running `npm start` must not leak its stack into the tests
  for (const k of ["DATABASE_URL", "SOSEDI_BACKEND_URL", "SOSEDI_STOREFRONT_URL", "SOSEDI_PUBLISHABLE_KEY"]) {
    if (!process.env.SOSEDI_TEST_KEEP_ENV) delete env[k];
  }

  const vitestRun = () =>
    runRunner(
      "vitest",
      path.join(BIN, "vitest"),
      ["run", "--reporter=default", "--reporter=json", `--outputFile.json=${files.vitest}`, "--passWithNoTests", ...filters],
      env,
      { buffer: parallel },
    );
  const playwrightRun = () =>
    runRunner(
      "playwright",
      path.join(BIN, "playwright"),
      ["test", "-c", "tests/playwright.config.ts", "--reporter=list,json", "--pass-with-no-tests", ...filters],
      env,
    );

  // with a filter, skip Playwright (and its ~30 s stack start) when the filter matches none of its tests
  if (filters.length && parts.includes("playwright")) {
    const list = await runRunner("playwright-list", path.join(BIN, "playwright"), ["test", "-c", "tests/playwright.config.ts", "--list", ...filters], env, { buffer: true });
    if (/Total: 0 tests/.test(list.out)) parts.splice(parts.indexOf("playwright"), 1);
  }

  const results = [];
  if (parallel && parts.includes("vitest") && parts.includes("playwright")) {
    const [v, p] = await Promise.all([vitestRun(), playwrightRun()]);
    process.stdout.write(`\n───── vitest output ─────\n${v.out}\n`);
    results.push(v, p);
  } else {
    if (parts.includes("vitest")) results.push(await vitestRun());
    if (parts.includes("playwright") && !interrupted) results.push(await playwrightRun());
  }

  let passed = 0;
  let failed = 0;
  console.log("");
  for (const run of results) {
    const c = run.name === "vitest" ? countVitest(run) : countPlaywright(run);
    // a runner that failed without any failed test (crash, config error) still fails the run
    if (run.code !== 0 && !c.failed) {
      c.failed = 1;
      c.note = [c.note, `exit ${run.signal ?? run.code}`].filter(Boolean).join(", ");
    }
    passed += c.passed;
    failed += c.failed;
    console.log(
      `  ${run.name.padEnd(10)} ${c.passed} passed, ${c.failed} failed, ${c.skipped} skipped in ${run.seconds.toFixed(1)} s` +
        (c.note ? ` (${c.note})` : ""),
    );
  }
  console.log(`  total time ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  if (passed + failed === 0) console.log("No test ran.");
  console.log(`Tests: ${passed} passed, ${failed} failed`);
  exitCode = failed === 0 && passed > 0 && !interrupted ? 0 : 1;
} catch (e) {
  console.error(`✖ ${e.stack ?? e}`);
  console.log("Tests: 0 passed, 1 failed");
} finally {
  await cleanup();
}
process.exit(exitCode);
