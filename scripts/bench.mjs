// `npm run bench`: 16 concurrent clients for ~5 s against two hot paths, after a short warm-up:
//   1. GET /store/products?limit=20&region_id=…&fields=*variants.calculated_price (backend)
//   2. GET /centers/<first center handle> (storefront, server-rendered)
// Starts its own stack (data in .data/bench, free ports) unless BENCH_BACKEND_URL,
// BENCH_STOREFRONT_URL and BENCH_PUBLISHABLE_KEY point at a running one (localhost only).
// BENCH_CLIENTS, BENCH_SECONDS tune the load.
import path from "node:path";
import { startStack } from "./lib/stack.mjs";
import { ROOT, freePort } from "./lib/util.mjs";

const CLIENTS = Number(process.env.BENCH_CLIENTS || 16);
const SECONDS = Number(process.env.BENCH_SECONDS || 5);
const WARMUP_SECONDS = 2;
const MAX_REQUESTS = 50_000;

function assertLocal(url) {
  const host = new URL(url).hostname;
  if (!["localhost", "127.0.0.1", "::1", "[::1]"].includes(host)) throw new Error(`bench only targets localhost, not ${url}`);
  return url.replace(/\/+$/, "");
}

async function load(url, headers, { clients, seconds }) {
  const latencies = [];
  let errors = 0;
  let firstError = "";
  let count = 0;
  const deadline = performance.now() + seconds * 1000;
  const client = async () => {
    while (performance.now() < deadline && count < MAX_REQUESTS) {
      count++;
      const t = performance.now();
      try {
        const res = await fetch(url, { headers, signal: AbortSignal.timeout(30_000) });
        await res.arrayBuffer();
        if (!res.ok) throw new Error(`HTTP ${res.status}`);
        latencies.push(performance.now() - t);
      } catch (e) {
        errors++;
        firstError ||= e.message;
      }
    }
  };
  const t0 = performance.now();
  await Promise.all(Array.from({ length: clients }, client));
  const wall = (performance.now() - t0) / 1000;
  latencies.sort((a, b) => a - b);
  const pct = (p) => (latencies.length ? latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))] : NaN);
  return { requests: count, rps: count / wall, p50: pct(50), p95: pct(95), errors, firstError };
}

let stack = null;
const stopStack = async () => {
  if (stack) await stack.stop();
  stack = null;
};
for (const sig of ["SIGINT", "SIGTERM"]) process.on(sig, () => stopStack().finally(() => process.exit(130)));

try {
  let backendUrl = process.env.BENCH_BACKEND_URL;
  let storefrontUrl = process.env.BENCH_STOREFRONT_URL;
  let publishableKey = process.env.BENCH_PUBLISHABLE_KEY;
  if (!(backendUrl && storefrontUrl && publishableKey)) {
    console.log("Starting a stack for the benchmark (.data/bench)…");
    const [backendPort, storefrontPort, pgPort] = await Promise.all([freePort(), freePort(), freePort()]);
    stack = await startStack({
      dataDir: path.join(ROOT, ".data", "bench"),
      databaseUrl: process.env.BENCH_DATABASE_URL,
      pgPort,
      backendPort,
      storefrontPort,
    });
    ({ backendUrl, storefrontUrl, publishableKey } = stack);
  }
  backendUrl = assertLocal(backendUrl);
  storefrontUrl = assertLocal(storefrontUrl);
  const keyHeader = { "x-publishable-api-key": publishableKey };

  const { regions } = await (await fetch(`${backendUrl}/store/regions`, { headers: keyHeader })).json();
  const region = regions?.find((r) => r.currency_code === "rub") ?? regions?.[0];
  const { centers } = await (await fetch(`${backendUrl}/store/centers`, { headers: keyHeader })).json();
  if (!region || !centers?.length) throw new Error("no region or no center: is the demo data loaded?");

  const targets = [
    {
      name: "store product list (20, region prices)",
      url: `${backendUrl}/store/products?limit=20&region_id=${region.id}&fields=*variants.calculated_price`,
      headers: keyHeader,
    },
    { name: `storefront /centers/${centers[0].handle}`, url: `${storefrontUrl}/centers/${encodeURIComponent(centers[0].handle)}`, headers: {} },
  ];

  console.log(`\n${CLIENTS} concurrent clients, ${SECONDS} s each after a ${WARMUP_SECONDS} s warm-up\n`);
  const rows = [];
  for (const t of targets) {
    await load(t.url, t.headers, { clients: Math.min(4, CLIENTS), seconds: WARMUP_SECONDS });
    const r = await load(t.url, t.headers, { clients: CLIENTS, seconds: SECONDS });
    rows.push({ target: t.name, ...r });
    if (r.errors) console.log(`  ${t.name}: first error: ${r.firstError}`);
  }
  const fmt = (n, d = 0) => (Number.isFinite(n) ? n.toFixed(d) : "–");
  console.log(
    ["target".padEnd(44), "requests".padStart(8), "req/s".padStart(7), "p50 ms".padStart(8), "p95 ms".padStart(8), "errors".padStart(7)].join(" "),
  );
  for (const r of rows) {
    console.log(
      [r.target.padEnd(44), String(r.requests).padStart(8), fmt(r.rps, 1).padStart(7), fmt(r.p50).padStart(8), fmt(r.p95).padStart(8), String(r.errors).padStart(7)].join(" "),
    );
  }
  await stopStack();
  process.exit(rows.some((r) => r.errors) ? 1 : 0);
} catch (e) {
  console.error(`✖ ${e.message}`);
  await stopStack();
  process.exit(1);
}
