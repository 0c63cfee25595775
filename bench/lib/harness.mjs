/**
 * The bench's own harness: runs a command as a whole process and records wall time, CPU time
 * (user + system) and peak resident memory.
 *
 * Peak memory and CPU come from GNU time (`/usr/bin/time -f ...`) when it is there and works;
 * otherwise from a probe preloaded into the (Node) process with NODE_OPTIONS=--import, which
 * writes `process.resourceUsage()` at exit. Every tool measured here is a Node program, so both
 * ways see the same process. Wall time is measured here, around spawn and exit, in both cases.
 */
import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const here = path.dirname(fileURLToPath(import.meta.url));
const PROBE = path.join(here, "rss-probe.mjs");
const GNU_TIME = "/usr/bin/time";

/** Children running now: ended if the bench itself is interrupted, so none is left behind. */
const running = new Set();
for (const sig of ["SIGINT", "SIGTERM"]) {
  process.on(sig, () => {
    for (const c of running) killGroup(c);
    process.exit(130);
  });
}

/** Ends a child and whatever it started (GNU time's child, a tool's workers): its process group. */
function killGroup(child) {
  try {
    process.kill(-child.pid, "SIGKILL");
  } catch {
    child.kill("SIGKILL");
  }
}

let method;
/** "gnu-time" or "probe": how CPU and peak memory are read. */
export function resourceMethod() {
  if (method) return method;
  method = "probe";
  if (process.env.BENCH_NO_GNU_TIME !== "1" && fs.existsSync(GNU_TIME)) {
    const out = path.join(os.tmpdir(), `bench-time-check-${process.pid}`);
    const r = spawnSync(GNU_TIME, ["-f", "%e %U %S %M", "-o", out, process.execPath, "-e", "0"], { stdio: "ignore" });
    try {
      if (r.status === 0 && /^[\d.]+ [\d.]+ [\d.]+ \d+\s*$/.test(fs.readFileSync(out, "utf8").trim().split("\n").pop())) method = "gnu-time";
    } catch {
      // fall back to the probe
    }
    fs.rmSync(out, { force: true });
  }
  return method;
}

/**
 * Runs `command args` once in `cwd`. stdout goes to /dev/null (as hyperfine does); stderr is kept
 * (its first 2 KB) to explain a failure.
 * @returns {Promise<{wall: number, cpu: number|null, rss: number|null, code: number|null, signal: string|null, stderr: string, timedOut: boolean}>}
 *   wall and cpu in seconds, rss in bytes.
 */
export function runOnce(command, args, { cwd, timeoutMs = 30 * 60 * 1000, env = {} } = {}) {
  const how = resourceMethod();
  const tmp = path.join(os.tmpdir(), `bench-${process.pid}-${Math.random().toString(36).slice(2)}`);
  let cmd = command;
  let argv = args;
  const childEnv = { ...process.env, ...env };
  if (how === "gnu-time") {
    cmd = GNU_TIME;
    argv = ["-f", "%e %U %S %M", "-o", tmp, command, ...args];
  } else {
    childEnv.NODE_OPTIONS = `${childEnv.NODE_OPTIONS ?? ""} --import=${pathToFileURL(PROBE).href}`.trim();
    childEnv.BENCH_PROBE_OUT = tmp;
  }
  return new Promise((resolve) => {
    const devnull = fs.openSync("/dev/null", "w");
    const started = process.hrtime.bigint();
    const child = spawn(cmd, argv, { cwd, env: childEnv, stdio: ["ignore", devnull, "pipe"], detached: true });
    running.add(child);
    let stderr = "";
    child.stderr.on("data", (d) => {
      if (stderr.length < 2048) stderr += d.toString();
    });
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      killGroup(child);
    }, timeoutMs);
    child.on("close", (code, signal) => {
      running.delete(child);
      const wall = Number(process.hrtime.bigint() - started) / 1e9;
      clearTimeout(timer);
      fs.closeSync(devnull);
      let cpu = null;
      let rss = null;
      let exit = code;
      try {
        const text = fs.readFileSync(tmp, "utf8").trim();
        if (how === "gnu-time") {
          // GNU time writes "Command exited with non-zero status N" before the figures.
          const last = text.split("\n").pop();
          const [, user, sys, kb] = last.split(" ").map(Number);
          cpu = user + sys;
          rss = kb * 1024;
          const m = /non-zero status (\d+)/.exec(text);
          exit = m ? Number(m[1]) : code;
          if (/terminated by signal/.test(text)) exit = null;
        } else {
          const u = JSON.parse(text);
          cpu = (u.userCPUTime + u.systemCPUTime) / 1e6;
          rss = u.maxRSS * 1024;
        }
      } catch {
        // no figures: the process died before writing them
      }
      fs.rmSync(tmp, { force: true });
      resolve({ wall, cpu, rss, code: exit, signal, stderr: stderr.slice(0, 2048), timedOut });
    });
  });
}

export function median(xs) {
  const v = xs.filter((x) => x !== null && x !== undefined && Number.isFinite(x)).sort((a, b) => a - b);
  if (!v.length) return null;
  const mid = v.length >> 1;
  return v.length % 2 ? v[mid] : (v[mid - 1] + v[mid]) / 2;
}

/** Summary of several runs of one command. `okCodes`: exit codes that are not failures. */
export function summarise(runs, okCodes = [0, 1]) {
  const ok = runs.filter((r) => !r.timedOut && okCodes.includes(r.code));
  const failed = runs.filter((r) => !ok.includes(r));
  return {
    runs: runs.length,
    ok: ok.length,
    wall: median(ok.map((r) => r.wall)),
    wallMin: ok.length ? Math.min(...ok.map((r) => r.wall)) : null,
    wallMax: ok.length ? Math.max(...ok.map((r) => r.wall)) : null,
    cpu: median(ok.map((r) => r.cpu)),
    rss: ok.length && ok.some((r) => r.rss) ? Math.max(...ok.map((r) => r.rss ?? 0)) : null,
    codes: [...new Set(runs.map((r) => (r.timedOut ? "timeout" : r.code)))],
    failure: failed.length ? `${failed[0].timedOut ? "timed out" : `exit ${failed[0].code ?? failed[0].signal}`}: ${failed[0].stderr.trim().split("\n").slice(0, 3).join(" | ")}` : undefined,
    loadavg: os.loadavg()[0],
  };
}

/** Waits (up to maxMs) for the 1-minute load average to drop under `below`; returns it. */
export async function waitForQuiet({ below = 1.0, maxMs = 0, log = () => {} } = {}) {
  const until = Date.now() + maxMs;
  let said = false;
  while (os.loadavg()[0] >= below && Date.now() < until) {
    if (!said) {
      log(`  waiting for the machine to quieten (load ${os.loadavg()[0].toFixed(2)}, want < ${below}, up to ${Math.round(maxMs / 1000)} s)`);
      said = true;
    }
    await new Promise((r) => setTimeout(r, 5000));
  }
  return os.loadavg()[0];
}
