// `npm start`: embedded Postgres, migrations, demo data (first time), backend, storefront.
// Ctrl-C / SIGTERM stops everything in order; if a service dies, everything stops with its log tail.
import { startStack, DEMO_ADMIN } from "./lib/stack.mjs";
import { liveProcesses } from "./lib/processes.mjs";
import { elapsed } from "./lib/util.mjs";

const t0 = Date.now();
let stack = null;
let shuttingDown = false;

async function shutdown(code, why) {
  if (shuttingDown) return;
  shuttingDown = true;
  if (why) console.log(`\n${why}`);
  console.log("Stopping…");
  const hardExit = setTimeout(() => process.exit(code || 1), 30_000);
  hardExit.unref();
  try {
    if (stack) await stack.stop();
    // anything still running (e.g. interrupted during start-up): services first, Postgres last
    const rest = liveProcesses();
    await Promise.all(rest.filter((p) => p.name !== "postgres").map((p) => p.stop()));
    await Promise.all(rest.filter((p) => p.name === "postgres").map((p) => p.stop(20_000)));
  } catch (e) {
    console.error(e);
  }
  process.exit(code);
}

for (const sig of ["SIGINT", "SIGTERM", "SIGHUP"]) process.on(sig, () => shutdown(0, `${sig} received.`));

try {
  console.log("Starting Sosedi.market…");
  stack = await startStack({
    onCrash: (name, { code, signal }, tail) =>
      shutdown(1, `✖ ${name} exited unexpectedly (${signal ?? `code ${code}`}). Last lines:\n${tail}`),
  });
  if (shuttingDown) process.exit(0);
  const line = "─".repeat(64);
  const out = [
    "",
    line,
    `  Sosedi.market is running (started in ${elapsed(t0)})`,
    "",
    `  Storefront   ${stack.storefrontUrl}`,
    stack.adminUrl ? `  Admin        ${stack.adminUrl}` : "  Admin        off (SOSEDI_ADMIN=off)",
    `  Store API    ${stack.backendUrl}/store    key ${stack.publishableKey}`,
    "",
    `  Demo login   ${DEMO_ADMIN.email} / ${DEMO_ADMIN.password}  (operator, admin)`,
    ...stack.demoLogins.map(
      (l) => `  Demo login   ${l.email} / ${l.password}  (${[l.role, l.note ?? l.name].filter(Boolean).join(", ")})`,
    ),
    "",
    `  Logs         ${stack.logDir}/{backend,storefront,postgres}.log`,
    "  Stop         Ctrl-C",
    line,
  ];
  console.log(out.join("\n"));
} catch (e) {
  await shutdown(1, `✖ Start failed: ${e.message}`);
}
