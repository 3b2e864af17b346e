// Child processes: each runs in its own process group (so Ctrl-C reaches only us and we stop
// things in order), its output goes to a log file, and the last lines are kept for error reports.
import { spawn } from "node:child_process";
import { createWriteStream, mkdirSync } from "node:fs";
import path from "node:path";
import { sleep } from "./util.mjs";

const TAIL_LINES = 40;
/** Every live child we started, so an emergency exit can still kill them. */
const live = new Set();

process.on("exit", () => {
  // last resort (e.g. an uncaught error): Postgres gets its fast-shutdown signal, the rest SIGKILL
  for (const p of live) killGroup(p.pid, p.stopSignal === "SIGINT" ? "SIGINT" : "SIGKILL");
});

function killGroup(pid, signal) {
  try {
    process.kill(-pid, signal);
    return true;
  } catch {
    return false;
  }
}

/**
 * Spawns `cmd args` and returns a handle:
 *   { name, pid, child, exited: Promise<{code, signal}>, isAlive(), tail(n), stop(graceMs) }
 * Options: cwd, env, logFile (rewritten), echo (stream lines to our stdout with a [name] prefix),
 * uid/gid, stopSignal (default SIGTERM, sent to the whole group).
 */
export function spawnProcess(name, cmd, args, { cwd, env, logFile, echo = false, uid, gid, stopSignal = "SIGTERM" } = {}) {
  const child = spawn(cmd, args, { cwd, env, uid, gid, detached: true, stdio: ["ignore", "pipe", "pipe"] });
  let log = null;
  if (logFile) {
    mkdirSync(path.dirname(logFile), { recursive: true });
    log = createWriteStream(logFile); // each run starts a fresh file
    log.write(`\n===== ${new Date().toISOString()} ${name}: ${path.basename(cmd)} ${args.join(" ")}\n`);
  }
  const lines = [];
  let partial = { stdout: "", stderr: "" };
  const onData = (stream) => (chunk) => {
    const text = partial[stream] + chunk.toString("utf8");
    const parts = text.split(/\r?\n/);
    partial[stream] = parts.pop();
    for (const line of parts) pushLine(line);
  };
  const pushLine = (line) => {
    // eslint-disable-next-line no-control-regex
    const clean = line.replace(/\x1b\[[0-9;]*[A-Za-z]/g, "");
    // access-log lines go to the file only: they would crowd the error tails
    if (!clean.startsWith('{"level":"http"')) lines.push(clean);
    if (lines.length > TAIL_LINES * 5) lines.splice(0, lines.length - TAIL_LINES);
    log?.write(clean + "\n");
    if (echo) process.stdout.write(`[${name}] ${clean}\n`);
  };
  child.stdout.on("data", onData("stdout"));
  child.stderr.on("data", onData("stderr"));

  let alive = true;
  const handle = {
    name,
    pid: child.pid,
    child,
    stopSignal,
    stopping: false,
    isAlive: () => alive,
    tail: (n = TAIL_LINES) => lines.slice(-n).join("\n"),
    exited: null,
    async stop(graceMs = 10_000) {
      handle.stopping = true;
      if (alive) {
        killGroup(child.pid, stopSignal);
        const timer = sleep(graceMs).then(() => "timeout");
        if ((await Promise.race([handle.exited, timer])) === "timeout") killGroup(child.pid, "SIGKILL");
        await handle.exited;
      }
      // grandchildren that outlived the group leader
      killGroup(child.pid, "SIGKILL");
    },
  };
  handle.exited = new Promise((resolve) => {
    child.on("error", (err) => {
      pushLine(`failed to start: ${err.message}`);
    });
    child.on("close", (code, signal) => {
      alive = false;
      live.delete(handle);
      for (const s of ["stdout", "stderr"]) if (partial[s]) pushLine(partial[s]);
      partial = { stdout: "", stderr: "" };
      log?.end();
      resolve({ code, signal });
    });
  });
  live.add(handle);
  return handle;
}

/** Runs a command to completion; rejects with the tail of its output on a non-zero exit. */
export async function runCommand(name, cmd, args, opts = {}) {
  const p = spawnProcess(name, cmd, args, opts);
  const { code, signal } = await p.exited;
  if (code !== 0) {
    const err = new Error(
      `${name} failed (${signal ? `signal ${signal}` : `exit code ${code}`})` +
        (opts.logFile ? `; full log: ${opts.logFile}` : "") +
        `\n--- last lines ---\n${p.tail(30)}`,
    );
    err.tail = p.tail(30);
    throw err;
  }
  return p;
}

export function liveProcesses() {
  return [...live];
}
