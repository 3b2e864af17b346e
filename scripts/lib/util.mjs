// Small shared helpers: project paths, child environment, hashing, ports, HTTP waiting.
import { createHash, randomBytes } from "node:crypto";
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync, mkdirSync } from "node:fs";
import net from "node:net";
import path from "node:path";
import { fileURLToPath } from "node:url";

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
export const BIN = path.join(ROOT, "node_modules", ".bin");
export const BACKEND_DIR = path.join(ROOT, "backend");
export const STOREFRONT_DIR = path.join(ROOT, "storefront");

/** Node 22 from node_modules/.bin (root devDependency "node"), else the current one. */
export const NODE = existsSync(path.join(BIN, "node")) ? path.join(BIN, "node") : process.execPath;

/** Environment for children: project bins (and so Node 22) first on PATH. */
export function childEnv(extra = {}) {
  const env = { ...process.env, PATH: `${BIN}${path.delimiter}${process.env.PATH ?? ""}` };
  for (const [k, v] of Object.entries(extra)) {
    if (v === undefined || v === null) delete env[k];
    else env[k] = String(v);
  }
  return env;
}

const SKIP_DIRS = new Set(["node_modules", ".medusa", "dist", ".astro", ".git", ".turbo", "test-results"]);

/** sha256 over file paths and contents (directories walked recursively) plus extra strings. */
export function hashInputs(base, entries, extra = []) {
  const h = createHash("sha256");
  const walk = (rel) => {
    const abs = path.join(base, rel);
    let st;
    try {
      st = statSync(abs);
    } catch {
      return;
    }
    if (st.isDirectory()) {
      for (const name of readdirSync(abs).sort()) if (!SKIP_DIRS.has(name)) walk(path.join(rel, name));
    } else if (st.isFile()) {
      h.update(`${rel}\0`);
      h.update(readFileSync(abs));
      h.update("\0");
    }
  };
  for (const e of entries) walk(e);
  for (const x of extra) h.update(`extra:${x}\0`);
  return h.digest("hex");
}

export function readText(file) {
  try {
    return readFileSync(file, "utf8").trim();
  } catch {
    return null;
  }
}

/** Secrets generated once per data dir and kept there (never printed). */
export function loadSecrets(dataDir) {
  const file = path.join(dataDir, "secrets.json");
  let secrets = {};
  try {
    secrets = JSON.parse(readFileSync(file, "utf8"));
  } catch {}
  let changed = false;
  for (const key of ["jwtSecret", "cookieSecret"]) {
    if (!secrets[key]) {
      secrets[key] = randomBytes(32).toString("hex");
      changed = true;
    }
  }
  if (changed) {
    mkdirSync(dataDir, { recursive: true });
    writeFileSync(file, JSON.stringify(secrets, null, 2), { mode: 0o600 });
  }
  return secrets;
}

/** A free TCP port on localhost (the OS picks it). */
export function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on("error", reject);
    srv.listen(0, "127.0.0.1", () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

/** Rejects when something already listens on the port (clear message instead of EADDRINUSE later). */
export function assertPortFree(port, what) {
  return new Promise((resolve, reject) => {
    const sock = net.connect({ port, host: "127.0.0.1" });
    sock.once("connect", () => {
      sock.destroy();
      reject(new Error(`${what}: port ${port} is already in use (set another one, e.g. ${what}=${port + 1})`));
    });
    sock.once("error", () => resolve());
  });
}

export function pidAlive(pid) {
  try {
    process.kill(pid, 0);
  } catch (e) {
    if (e.code !== "EPERM") return false;
  }
  try {
    // a killed process whose parent has not reaped it yet is a zombie: dead for our purposes
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    return stat.slice(stat.lastIndexOf(")") + 2, stat.lastIndexOf(")") + 3) !== "Z";
  } catch {
    return true; // no /proc (not Linux): trust kill(0)
  }
}

/** The command line of a process ("" when gone or not on Linux). */
export function procCmdline(pid) {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, "utf8").split("\0").join(" ");
  } catch {
    return "";
  }
}

export const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/**
 * Polls url until it answers with an accepted status. `alive()` returning false aborts early
 * (the process we wait for has died).
 */
export async function waitForHttp(url, { timeoutMs = 120_000, headers = {}, ok = (s) => s === 200, alive = () => true } = {}) {
  const deadline = Date.now() + timeoutMs;
  let last = "no answer";
  while (Date.now() < deadline) {
    if (!alive()) throw new Error(`process exited before ${url} answered`);
    try {
      const res = await fetch(url, { headers, redirect: "manual", signal: AbortSignal.timeout(5_000) });
      await res.arrayBuffer().catch(() => {});
      if (ok(res.status)) return res.status;
      last = `HTTP ${res.status}`;
    } catch (e) {
      last = e.cause?.code ?? e.message;
    }
    await sleep(250);
  }
  throw new Error(`${url} did not answer within ${Math.round(timeoutMs / 1000)} s (last: ${last})`);
}

export function elapsed(t0) {
  return `${((Date.now() - t0) / 1000).toFixed(1)} s`;
}
