// What `npm run bench` and `npm run bench:seats` share: a stack of their own (or a running one named
// by BENCH_* variables, localhost only), JSON calls, percentiles.
import path from "node:path";
import { startStack } from "./stack.mjs";
import { ROOT, freePort } from "./util.mjs";

export function assertLocal(url) {
  const host = new URL(url).hostname;
  if (!["localhost", "127.0.0.1", "::1", "[::1]"].includes(host)) throw new Error(`bench only targets localhost, not ${url}`);
  return url.replace(/\/+$/, "");
}

/**
 * The stack to measure: BENCH_BACKEND_URL + BENCH_PUBLISHABLE_KEY (+ BENCH_STOREFRONT_URL when the
 * storefront is measured) point at a running one; otherwise one is started with its data in
 * .data/<name> on free ports and stopped by `stop()` or on Ctrl-C.
 */
export async function benchStack({ name, storefront = false, admin = true, env = {} }) {
  let stack = null;
  const stop = async () => {
    const s = stack;
    stack = null;
    if (s) await s.stop();
  };
  for (const sig of ["SIGINT", "SIGTERM"]) process.on(sig, () => stop().finally(() => process.exit(130)));

  let backendUrl = process.env.BENCH_BACKEND_URL;
  let storefrontUrl = process.env.BENCH_STOREFRONT_URL;
  let publishableKey = process.env.BENCH_PUBLISHABLE_KEY;
  const own = !(backendUrl && publishableKey && (!storefront || storefrontUrl));
  if (own) {
    console.log(`Starting a stack for the benchmark (.data/${name})…`);
    for (const [k, v] of Object.entries(env)) process.env[k] ??= v;
    const [backendPort, storefrontPort, pgPort] = await Promise.all([freePort(), freePort(), freePort()]);
    stack = await startStack({
      dataDir: path.join(ROOT, ".data", name),
      databaseUrl: process.env.BENCH_DATABASE_URL,
      pgPort,
      backendPort,
      storefrontPort,
      admin,
    });
    ({ backendUrl, storefrontUrl, publishableKey } = stack);
  }
  return {
    own,
    backendUrl: assertLocal(backendUrl),
    storefrontUrl: storefrontUrl ? assertLocal(storefrontUrl) : undefined,
    publishableKey,
    stop,
  };
}

/** A JSON call that throws on anything but 2xx, naming the route and the answer. */
export async function call(backendUrl, headers, method, p, body, timeoutMs = 60_000) {
  const res = await fetch(`${backendUrl}${p}`, {
    method,
    headers: { ...headers, "content-type": "application/json" },
    body: body ? JSON.stringify(body) : undefined,
    signal: AbortSignal.timeout(timeoutMs),
  });
  const data = await res.json().catch(() => ({}));
  if (!res.ok) throw new Error(`${method} ${p}: HTTP ${res.status} ${data.message ?? ""}`);
  return data;
}

/** The p-th percentile (0–100) of numbers sorted ascending; NaN for none. */
export function percentile(sorted, p) {
  return sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] : NaN;
}
