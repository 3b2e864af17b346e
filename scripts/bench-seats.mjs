// `npm run bench:seats`: ATTEMPTS (500) residents try at the same moment to book the last seats of
// one SEATS-seat (20) master-class session. Each has a cart holding one seat, ready to pay; all the
// completions (POST /store/carts/:id/complete) are fired at once. Prints orders, tickets issued,
// sold-out answers (409 with the Russian message), other errors, and the p50/p95/max latency.
// Exactly SEATS tickets and no answer above 3 s is the bar.
// Starts its own stack (data in .data/bench-seats, free ports) unless BENCH_BACKEND_URL and
// BENCH_PUBLISHABLE_KEY point at a running one (localhost only; it creates a class there).
// Its own stack runs with DATABASE_POOL_MAX=30 unless set.
import { benchStack, call, percentile } from "./lib/bench.mjs";

const ATTEMPTS = Number(process.env.BENCH_ATTEMPTS || 500);
const SEATS = Number(process.env.BENCH_SEATS || 20);
const PREPARE_CONCURRENCY = 12;
const MASTER = { email: "master@sosedi.local", password: "sosedi-demo" };

/** The demo artisan's new class with one SEATS-seat session in the roomiest room of their center. */
async function seatSession(backendUrl, key) {
  const { token } = await call(backendUrl, {}, "POST", "/auth/seller/emailpass", MASTER);
  const auth = { authorization: `Bearer ${token}` };
  const { seller } = await call(backendUrl, auth, "GET", "/sellers/me");
  const approved = (seller.memberships ?? []).filter((m) => m.status === "approved").map((m) => m.center);
  let best = null;
  for (const c of approved) {
    const { center } = await call(backendUrl, key, "GET", `/store/centers/${c.handle}?limit=1`);
    for (const r of center.rooms ?? []) if (!best || r.capacity > best.room.capacity) best = { center, room: r };
  }
  if (!best || best.room.capacity < SEATS) throw new Error(`no room of the demo artisan seats ${SEATS}`);
  const { class: klass } = await call(backendUrl, auth, "POST", "/sellers/me/classes", {
    title: `Нагрузочный мастер-класс ${Date.now().toString(36)}`,
    status: "published",
    center_ids: [best.center.id],
  });
  // 06:00 Moscow time, 90–119 days out: clear of the demo schedule
  const day = 90 + Math.floor(Math.random() * 30);
  const local = new Date(Date.now() + 3 * 3600_000 + day * 86400_000).toISOString().slice(0, 10);
  const starts_at = new Date(`${local}T06:00:00+03:00`).toISOString();
  const { sessions } = await call(backendUrl, auth, "POST", `/sellers/me/classes/${klass.id}/sessions`, {
    room_id: best.room.id,
    starts_at,
    duration_min: 60,
    capacity: SEATS,
    price: 0,
  });
  return { session: sessions[0], center: best.center, klass, auth };
}

async function pool(n, concurrency, fn) {
  const out = new Array(n);
  let next = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < n) {
        const i = next++;
        out[i] = await fn(i);
      }
    }),
  );
  return out;
}

const stack = await benchStack({
  name: "bench-seats",
  admin: false,
  // a wider connection pool for the rush (medusa-config reads it; knex's default is 10)
  env: { DATABASE_POOL_MAX: "30" },
});

try {
  const { backendUrl, publishableKey } = stack;
  const key = { "x-publishable-api-key": publishableKey };
  const { regions } = await call(backendUrl, key, "GET", "/store/regions");
  const region = regions.find((r) => r.currency_code === "rub") ?? regions[0];
  const { session, center } = await seatSession(backendUrl, key);
  console.log(`Session ${session.id} (${SEATS} seats) at ${center.name}; preparing ${ATTEMPTS} carts…`);

  const t0 = Date.now();
  const carts = await pool(ATTEMPTS, PREPARE_CONCURRENCY, async (i) => {
    const { cart } = await call(backendUrl, key, "POST", "/store/carts", {
      region_id: region.id,
      sales_channel_id: center.sales_channel_id,
      email: `rush-${i}@bench.sosedi.local`,
    });
    await call(backendUrl, key, "POST", `/store/carts/${cart.id}/line-items`, {
      variant_id: session.variant_id,
      quantity: 1,
      metadata: { attendees: [`Участник ${i + 1}`] },
    });
    const { shipping_options } = await call(backendUrl, key, "GET", `/store/shipping-options?cart_id=${cart.id}`);
    await call(backendUrl, key, "POST", `/store/carts/${cart.id}/shipping-methods`, { option_id: shipping_options[0].id });
    const { payment_collection } = await call(backendUrl, key, "POST", "/store/payment-collections", { cart_id: cart.id });
    await call(backendUrl, key, "POST", `/store/payment-collections/${payment_collection.id}/payment-sessions`, { provider_id: "pp_system_default" });
    return cart.id;
  });
  console.log(`${ATTEMPTS} carts ready in ${((Date.now() - t0) / 1000).toFixed(1)} s; firing all completions at once…`);

  const results = await Promise.all(
    carts.map(async (id) => {
      const t = performance.now();
      try {
        const res = await fetch(`${backendUrl}/store/carts/${id}/complete`, {
          method: "POST",
          headers: { ...key, "content-type": "application/json" },
          signal: AbortSignal.timeout(60_000),
        });
        const data = await res.json().catch(() => ({}));
        return { ms: performance.now() - t, status: res.status, type: data.type, message: data.message ?? data.error?.message ?? "" };
      } catch (e) {
        return { ms: performance.now() - t, status: 0, message: e.message };
      }
    }),
  );

  const orders = results.filter((r) => r.status === 200 && r.type === "order").length;
  const soldOut = results.filter((r) => r.status === 409 && /^items: места на/.test(r.message)).length;
  const other = results.length - orders - soldOut;
  const firstOther = results.find((r) => !(r.status === 200 && r.type === "order") && !(r.status === 409 && /^items: места на/.test(r.message)));
  const ms = results.map((r) => r.ms).sort((a, b) => a - b);
  const pct = (p) => percentile(ms, p);

  // tickets are issued by the order.placed subscriber: wait for them
  let tickets = 0;
  for (let i = 0; i < 60; i++) {
    const { session: seen } = await seatsOf(backendUrl, key, session);
    tickets = seen.tickets;
    if (tickets >= orders) break;
    await new Promise((r) => setTimeout(r, 500));
  }
  const over3s = ms.filter((x) => x > 3000).length;
  console.log("");
  console.log(`attempts            ${ATTEMPTS}`);
  console.log(`seats               ${SEATS}`);
  console.log(`orders              ${orders}`);
  console.log(`tickets issued      ${tickets}`);
  console.log(`sold-out answers    ${soldOut}  (409 «${results.find((r) => r.status === 409)?.message ?? "–"}»)`);
  console.log(`other errors        ${other}${firstOther ? `  (first: ${firstOther.status} ${firstOther.message})` : ""}`);
  console.log(`latency p50 / p95 / max   ${pct(50).toFixed(0)} / ${pct(95).toFixed(0)} / ${ms[ms.length - 1].toFixed(0)} ms`);
  console.log(`answers above 3 s   ${over3s}`);
  const ok = orders === SEATS && tickets === SEATS && other === 0 && over3s === 0;
  console.log(ok ? "\n✔ exactly the seats were sold, everyone else was told it sold out, nobody waited 3 s" : "\n✖ the bar was not met");
  await stack.stop();
  process.exit(ok ? 0 : 1);
} catch (e) {
  console.error(`✖ ${e.message}`);
  await stack.stop();
  process.exit(1);
}

/** Tickets of the session, counted through the artisan's attendee list. */
async function seatsOf(backendUrl, key, session) {
  const { token } = await call(backendUrl, {}, "POST", "/auth/seller/emailpass", MASTER);
  const { tickets } = await call(backendUrl, { authorization: `Bearer ${token}` }, "GET", `/sellers/me/classes/${session.product_id}/sessions/${session.id}/tickets`);
  return { session: { tickets: tickets.filter((t) => t.status === "confirmed").length } };
}
