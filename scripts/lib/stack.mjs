// The whole Sosedi.market stack: Postgres → migrations → demo data → backend → storefront.
// Used by `npm start` (scripts/start.mjs), the Playwright global setup and `npm run bench`.
import { existsSync, lstatSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import path from "node:path";
import { startPostgres, ensureDatabase, query } from "./postgres.mjs";
import { runCommand, spawnProcess } from "./processes.mjs";
import {
  ROOT, BIN, NODE, BACKEND_DIR, STOREFRONT_DIR,
  childEnv, hashInputs, readText, loadSecrets, waitForHttp, assertPortFree, elapsed, pidAlive, procCmdline, sleep,
} from "./util.mjs";

const MEDUSA = path.join(BIN, "medusa");
const ASTRO = path.join(BIN, "astro");
const BACKEND_BUILD_DIR = path.join(BACKEND_DIR, ".medusa", "server");
const BACKEND_HASH_FILE = path.join(BACKEND_BUILD_DIR, ".sosedi-build-hash");
const STOREFRONT_HASH_FILE = path.join(STOREFRONT_DIR, "dist", ".sosedi-build-hash");
export const DEMO_LOGINS_FILE = path.join(BACKEND_DIR, "src", "scripts", "demo-logins.json");
export const DEMO_ADMIN = { email: "admin@sosedi.local", password: "sosedi-demo" };
const DEMO_OPERATOR_SQL = "select count(*)::int as n from \"user\" where email = 'admin@sosedi.local' and deleted_at is null";
const PUBLISHABLE_KEY_SQL = `select token from api_key where type = 'publishable' and title = 'Sosedi.market storefront'
  and revoked_at is null and deleted_at is null order by created_at limit 1`;

/** Defaults from the environment (documented in README.md). */
export function stackOptionsFromEnv(env = process.env) {
  return {
    dataDir: env.SOSEDI_DATA_DIR || path.join(ROOT, ".data"),
    databaseUrl: env.DATABASE_URL || undefined,
    pgPort: Number(env.PG_PORT || 54329),
    backendPort: Number(env.BACKEND_PORT || 9000),
    storefrontPort: Number(env.STOREFRONT_PORT || 4321),
    admin: env.SOSEDI_ADMIN !== "off",
    backendMode: env.SOSEDI_BACKEND_MODE === "develop" ? "develop" : "start",
    echoLogs: env.SOSEDI_LOGS === "stream",
  };
}

/**
 * Starts everything and resolves when the storefront answers.
 * options: dataDir (logs, secrets, postgres/), databaseUrl (skip embedded Postgres), pgPort, pgDataDir, databaseName (embedded only,
 *   default "sosedi"), pgEphemeral (fsync off: tests), backendPort, storefrontPort,
 *   admin (bool), backendMode ("start" = build once + `medusa start`, "develop" = `medusa develop`),
 *   quiet (no progress lines), echoLogs (stream child logs with [name] prefixes),
 *   onCrash(name, {code, signal}, tail) called when a service dies after start-up.
 * returns { backendUrl, storefrontUrl, adminUrl, publishableKey, databaseUrl, demoLogins, logDir, timings, stop() }
 */
export async function startStack(options = {}) {
  const o = { ...stackOptionsFromEnv(), ...options };
  const t0 = Date.now();
  const timings = {};
  const say = o.quiet ? () => {} : (msg) => console.log(`• ${msg}`);
  const logDir = path.join(o.dataDir, "logs");
  mkdirSync(logDir, { recursive: true });
  const logFile = (name) => path.join(logDir, `${name}.log`);
  const backendUrl = `http://localhost:${o.backendPort}`;
  const storefrontUrl = `http://localhost:${o.storefrontPort}`;
  const step = async (name, fn) => {
    const t = Date.now();
    const r = await fn();
    timings[name] = Date.now() - t;
    return r;
  };

  let pg = null;
  const services = [];
  let stopping = false;
  const stop = async () => {
    stopping = true;
    for (const s of services.reverse()) await s.stop();
    services.length = 0;
    if (pg) await pg.stop();
    pg = null;
  };

  const runFile = path.join(o.dataDir, "run.json");
  try {
    await stopLeftovers(runFile, say);
    await assertPortFree(o.backendPort, "BACKEND_PORT");
    await assertPortFree(o.storefrontPort, "STOREFRONT_PORT");

    // 1. database
    let databaseUrl = o.databaseUrl;
    if (!databaseUrl) {
      pg = await step("postgres", () =>
        startPostgres({
          dataDir: o.pgDataDir || path.join(o.dataDir, "postgres"),
          port: o.pgPort,
          ephemeral: o.pgEphemeral,
          logFile: logFile("postgres"),
          log: say,
        }),
      );
      databaseUrl = pg.url(o.databaseName || "sosedi");
      say(`Postgres ready on port ${o.pgPort} (${elapsed(t0)})`);
    }
    await ensureDatabase(databaseUrl);

    const secrets = loadSecrets(o.dataDir);
    const env = childEnv({
      DATABASE_URL: databaseUrl,
      PORT: o.backendPort,
      BACKEND_URL: backendUrl,
      STOREFRONT_URL: storefrontUrl,
      STORE_CORS: storefrontUrl,
      ADMIN_CORS: backendUrl,
      AUTH_CORS: `${storefrontUrl},${backendUrl}`,
      JWT_SECRET: secrets.jwtSecret,
      COOKIE_SECRET: secrets.cookieSecret,
      SOSEDI_ADMIN: o.admin ? "on" : "off",
      MEDUSA_DISABLE_TELEMETRY: "true",
      NODE_ENV: o.backendMode === "develop" ? "development" : "production",
    });
    const run = (name, cmd, args, cwd, extraEnv = {}) =>
      runCommand(name, cmd, args, { cwd, env: { ...env, ...extraEnv }, logFile: logFile(name), echo: o.echoLogs });

    // 2+3. migrations and demo data, while the backend and storefront builds run beside them
    const database = (async () => {
      await step("migrate", () => run("migrate", MEDUSA, ["db:migrate"], BACKEND_DIR, { NODE_ENV: "development" }));
      say(`migrations applied (${elapsed(t0)})`);
      // The demo operator is the seed's last write: without it the demo data was never (fully) loaded,
      // and the seed itself refuses to load over a half-finished earlier attempt.
      let operators;
      try {
        operators = Number((await query(databaseUrl, DEMO_OPERATOR_SQL))[0].n);
      } catch (e) {
        throw new Error(`cannot read table "user" after migrations (${e.message})`);
      }
      if (operators === 0) {
        say("loading demo data (first start only)…");
        await step("seed", () => run("seed", MEDUSA, ["exec", "./src/scripts/seed.ts"], BACKEND_DIR, { NODE_ENV: "development" }));
        say(`demo data loaded (${elapsed(t0)})`);
      }
      const key = (await query(databaseUrl, PUBLISHABLE_KEY_SQL))[0]?.token;
      if (!key) throw new Error("no publishable API key titled 'Sosedi.market storefront' in the database (did the seed run?)");
      return key;
    })();

    const backendBuild = o.backendMode === "start" ? buildBackendIfChanged({ admin: o.admin, backendUrl, run, say, step, t0 }) : null;
    const storefrontBuild = buildStorefrontIfChanged({ run, say, step, t0 });
    // wait for all three; the first failure wins, but let the others finish so no build is cut mid-way
    const results = await Promise.allSettled([database, backendBuild, storefrontBuild]);
    const failed = results.find((r) => r.status === "rejected");
    if (failed) throw failed.reason;
    const publishableKey = results[0].value;

    // 5+6. backend and storefront processes (the storefront reads the backend only per request)
    const watch = (proc) => {
      services.push(proc);
      proc.exited.then((res) => {
        if (!stopping && !proc.stopping) o.onCrash?.(proc.name, res, proc.tail(30));
      });
      return proc;
    };
    if (o.backendMode === "start") linkUploads();
    const backend = watch(
      o.backendMode === "start"
        ? spawnProcess("backend", MEDUSA, ["start", "--port", String(o.backendPort)], {
            cwd: BACKEND_BUILD_DIR, env, logFile: logFile("backend"), echo: o.echoLogs,
          })
        : spawnProcess("backend", MEDUSA, ["develop", "--port", String(o.backendPort)], {
            cwd: BACKEND_DIR, env, logFile: logFile("backend"), echo: o.echoLogs,
          }),
    );
    const storefront = watch(
      spawnProcess("storefront", NODE, [path.join(STOREFRONT_DIR, "dist", "server", "entry.mjs")], {
        cwd: STOREFRONT_DIR,
        env: childEnv({
          HOST: "0.0.0.0",
          PORT: o.storefrontPort,
          NODE_ENV: "production",
          MEDUSA_BACKEND_URL: backendUrl,
          MEDUSA_PUBLISHABLE_KEY: publishableKey,
        }),
        logFile: logFile("storefront"),
        echo: o.echoLogs,
      }),
    );
    const waitFor = async (proc, url, ok, timeoutMs) => {
      try {
        await waitForHttp(url, { ok, timeoutMs, alive: proc.isAlive });
      } catch (e) {
        throw new Error(`${proc.name} did not start: ${e.message}\n--- ${logFile(proc.name)} (last lines) ---\n${proc.tail(30)}`);
      }
    };
    writeFileSync(runFile, JSON.stringify({ owner: process.pid, services: services.map((s) => ({ name: s.name, pid: s.pid })) }));
    const tServe = Date.now();
    await Promise.all([
      waitFor(backend, `${backendUrl}/health`, (s) => s === 200, 180_000).then(() => {
        timings.backendReady = Date.now() - tServe;
        say(`backend ready at ${backendUrl} (${elapsed(t0)})`);
      }),
      waitFor(storefront, `${storefrontUrl}/`, (s) => s > 0, 60_000),
    ]);
    // now that the backend is up, the home page must render
    const home = await fetch(`${storefrontUrl}/`).then((r) => r.status).catch((e) => e.message);
    if (home !== 200) say(`warning: storefront / answered ${home}; see ${logFile("storefront")}`);
    timings.total = Date.now() - t0;
    say(`storefront ready at ${storefrontUrl} (${elapsed(t0)})`);

    return {
      backendUrl,
      storefrontUrl,
      adminUrl: o.admin ? `${backendUrl}/app` : null,
      publishableKey,
      databaseUrl,
      demoLogins: readDemoLogins(),
      logDir,
      timings,
      pids: [...services.map((s) => s.pid), ...(pg ? [pg.process.pid] : [])],
      stop,
    };
  } catch (e) {
    await stop().catch(() => {});
    throw e;
  }
}

async function buildBackendIfChanged({ admin, backendUrl, run, say, step, t0 }) {
  const hash = hashInputs(
    BACKEND_DIR,
    ["src", "medusa-config.ts", "package.json", "tsconfig.json", "../package-lock.json", "../tsconfig.json"],
    [`admin=${admin}`],
  );
  let built = null;
  try {
    built = JSON.parse(readFileSync(BACKEND_HASH_FILE, "utf8"));
  } catch {}
  // the admin bundle may bake in admin.backendUrl: then a build for another port is stale
  const upToDate =
    built?.hash === hash &&
    (!built.bakedBackendUrl || built.bakedBackendUrl === backendUrl) &&
    existsSync(path.join(BACKEND_BUILD_DIR, "medusa-config.js"));
  if (upToDate) {
    say("backend build is up to date");
    return;
  }
  say(`building the backend${admin ? " and admin" : ""} (medusa build)…`);
  // NODE_ENV=production: minified admin bundle (medusa build would default to development)
  await step("backendBuild", () => run("backend-build", MEDUSA, ["build"], BACKEND_DIR, { NODE_ENV: "production" }));
  writeFileSync(BACKEND_HASH_FILE, JSON.stringify({ hash, bakedBackendUrl: adminBakes(backendUrl) ? backendUrl : null }) + "\n");
  say(`backend built (${elapsed(t0)})`);
}

function adminBakes(url) {
  const assets = path.join(BACKEND_BUILD_DIR, "public", "admin", "assets");
  try {
    return readdirSync(assets).some((f) => f.endsWith(".js") && readFileSync(path.join(assets, f), "utf8").includes(`"${url}"`));
  } catch {
    return false;
  }
}

async function buildStorefrontIfChanged({ run, say, step, t0 }) {
  const hash = hashInputs(STOREFRONT_DIR, [
    "src", "public", "astro.config.mjs", "astro.config.ts", "package.json", "tsconfig.json", "../package-lock.json",
  ]);
  if (readText(STOREFRONT_HASH_FILE) === hash && existsSync(path.join(STOREFRONT_DIR, "dist", "server", "entry.mjs"))) {
    say("storefront build is up to date");
    return;
  }
  say("building the storefront (astro build)…");
  await step("storefrontBuild", () => run("storefront-build", ASTRO, ["build"], STOREFRONT_DIR, { NODE_ENV: "production" }));
  writeFileSync(STOREFRONT_HASH_FILE, hash + "\n");
  say(`storefront built (${elapsed(t0)})`);
}

/**
 * A run killed with SIGKILL leaves its backend and storefront running (they live in their own
 * process groups). If the run that started them is gone, stop them so their ports are free again.
 */
async function stopLeftovers(runFile, say) {
  let run;
  try {
    run = JSON.parse(readFileSync(runFile, "utf8"));
  } catch {
    return;
  }
  if (run.owner === process.pid || pidAlive(run.owner)) return;
  for (const { name, pid } of run.services ?? []) {
    const cmd = procCmdline(pid);
    if (!/medusa|entry\.mjs/.test(cmd)) continue; // gone, or the PID now belongs to something else
    say(`stopping the ${name} left running by an earlier run (PID ${pid})`);
    try {
      process.kill(-pid, "SIGTERM");
      for (let i = 0; i < 50 && pidAlive(pid); i++) await sleep(100);
      process.kill(-pid, "SIGKILL");
    } catch {}
  }
}

/**
 * Medusa serves /static from the folder it runs in (.medusa/server under `medusa start`), while
 * uploads (the seed's images, artisans' photos) land in backend/static: make the first the second.
 */
function linkUploads() {
  const uploads = path.join(BACKEND_DIR, "static");
  const served = path.join(BACKEND_BUILD_DIR, "static");
  mkdirSync(uploads, { recursive: true });
  try {
    lstatSync(served);
  } catch {
    symlinkSync(path.relative(BACKEND_BUILD_DIR, uploads), served);
  }
}

/** The artisan and manager logins the seed creates (backend/src/scripts/demo-logins.json). */
export function readDemoLogins() {
  try {
    const data = JSON.parse(readFileSync(DEMO_LOGINS_FILE, "utf8"));
    return Array.isArray(data) ? data : Array.isArray(data?.logins) ? data.logins : [];
  } catch {
    return [];
  }
}
