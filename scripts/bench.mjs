// `npm run bench`: 16 concurrent clients for ~5 s against two hot paths, after a short warm-up:
//   1. GET /store/products?limit=20&region_id=…&fields=*variants.calculated_price (backend)
//   2. GET /centers/<first center handle> (storefront, server-rendered)
//   3. completing a cart that holds two artisans' goods (POST /store/carts/:id/complete, which
//      also splits the order into artisans' parts): BENCH_CHECKOUTS carts, 4 at a time. It places
//      real orders, so against a running stack it runs only with BENCH_CHECKOUT=1.
// Starts its own stack (data in .data/bench, free ports) unless BENCH_BACKEND_URL,
// BENCH_STOREFRONT_URL and BENCH_PUBLISHABLE_KEY point at a running one (localhost only).
// BENCH_CLIENTS, BENCH_SECONDS tune the load.
import { benchStack, call, percentile } from "./lib/bench.mjs";

const CLIENTS = Number(process.env.BENCH_CLIENTS || 16);
const SECONDS = Number(process.env.BENCH_SECONDS || 5);
const WARMUP_SECONDS = 2;
const MAX_REQUESTS = 50_000;

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
  const pct = (p) => percentile(latencies, p);
  return { requests: count, rps: count / wall, p50: pct(50), p95: pct(95), errors, firstError };
}

const CHECKOUTS = Number(process.env.BENCH_CHECKOUTS || 24);

const api = (backendUrl, keyHeader, method, path, body) => call(backendUrl, keyHeader, method, path, body, 30_000);

/** In-stock variants of one center, grouped by artisan, with the units left to spend. */
async function stockBySeller(backendUrl, keyHeader, region, center) {
  const { center: page } = await api(backendUrl, keyHeader, "GET", `/store/centers/${center.handle}?limit=100`);
  const sellerOf = new Map(page.products.map((p) => [p.id, p.seller?.handle]));
  const ids = page.products.map((p) => `id[]=${p.id}`).join("&");
  const { products } = await api(
    backendUrl,
    keyHeader,
    "GET",
    `/store/products?${ids}&limit=100&region_id=${region.id}&sales_channel_id=${center.sales_channel_id}&fields=%2Bvariants.inventory_quantity`,
  );
  const pools = new Map();
  for (const p of products) {
    for (const v of p.variants ?? []) {
      if ((v.inventory_quantity ?? 0) > 0 && sellerOf.get(p.id)) {
        const list = pools.get(sellerOf.get(p.id)) ?? [];
        list.push({ id: v.id, left: v.inventory_quantity });
        pools.set(sellerOf.get(p.id), list);
      }
    }
  }
  return pools;
}

function takeTwoSellers(pools) {
  const sellers = [...pools.entries()]
    .map(([seller, list]) => [seller, list.filter((v) => v.left > 0).sort((a, b) => b.left - a.left)[0]])
    .filter(([, v]) => v)
    .sort((a, b) => b[1].left - a[1].left)
    .slice(0, 2);
  if (sellers.length < 2) return null;
  for (const [, v] of sellers) v.left--;
  return sellers.map(([, v]) => v.id);
}

async function checkoutBench(backendUrl, keyHeader, region, centers) {
  const latencies = [];
  let errors = 0;
  let firstError = "";
  let done = 0;
  const pools = await Promise.all(centers.map((c) => stockBySeller(backendUrl, keyHeader, region, c)));
  const worker = async () => {
    while (done < CHECKOUTS) {
      const start = done++ % centers.length;
      let i = start;
      let variants = null;
      for (let k = 0; k < centers.length && !variants; k++) {
        i = (start + k) % centers.length;
        variants = takeTwoSellers(pools[i]);
      }
      if (!variants) break;
      try {
        const { cart } = await api(backendUrl, keyHeader, "POST", "/store/carts", {
          region_id: region.id,
          sales_channel_id: centers[i].sales_channel_id,
          email: `bench-${Date.now()}-${Math.random().toString(36).slice(2, 8)}@sosedi.local`,
        });
        for (const variant_id of variants) {
          await api(backendUrl, keyHeader, "POST", `/store/carts/${cart.id}/line-items`, { variant_id, quantity: 1 });
        }
        const { shipping_options } = await api(backendUrl, keyHeader, "GET", `/store/shipping-options?cart_id=${cart.id}`);
        await api(backendUrl, keyHeader, "POST", `/store/carts/${cart.id}/shipping-methods`, { option_id: shipping_options[0].id });
        const { payment_collection } = await api(backendUrl, keyHeader, "POST", "/store/payment-collections", { cart_id: cart.id });
        await api(backendUrl, keyHeader, "POST", `/store/payment-collections/${payment_collection.id}/payment-sessions`, {
          provider_id: "pp_system_default",
        });
        const t = performance.now();
        await api(backendUrl, keyHeader, "POST", `/store/carts/${cart.id}/complete`, {});
        latencies.push(performance.now() - t);
      } catch (e) {
        errors++;
        firstError ||= e.message;
      }
    }
  };
  const t0 = performance.now();
  await Promise.all(Array.from({ length: 4 }, worker));
  const wall = (performance.now() - t0) / 1000;
  latencies.sort((a, b) => a - b);
  const pct = (p) => percentile(latencies, p);
  return { requests: latencies.length + errors, rps: latencies.length / wall, p50: pct(50), p95: pct(95), errors, firstError };
}

const stack = await benchStack({ name: "bench", storefront: true });

try {
  const { backendUrl, storefrontUrl, publishableKey } = stack;
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
  if (stack.own || process.env.BENCH_CHECKOUT === "1") {
    const r = await checkoutBench(backendUrl, keyHeader, region, centers);
    rows.push({ target: "complete a two-artisan cart (4 at a time)", ...r });
    if (r.errors) console.log(`  checkout: first error: ${r.firstError}`);
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
  await stack.stop();
  process.exit(rows.some((r) => r.errors) ? 1 : 0);
} catch (e) {
  console.error(`✖ ${e.message}`);
  await stack.stop();
  process.exit(1);
}
