/** What the bench ran on: cores, CPU, memory, Node, OS, date, and the healthlint checkout. */
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";

function cpuModel() {
  try {
    const m = /^model name\s*:\s*(.+)$/m.exec(fs.readFileSync("/proc/cpuinfo", "utf8"));
    if (m) return m[1].trim();
  } catch {
    // not Linux
  }
  return os.cpus()[0]?.model ?? "unknown";
}

function nproc() {
  const r = spawnSync("nproc", [], { encoding: "utf8" });
  const n = Number(r.stdout?.trim());
  return Number.isInteger(n) && n > 0 ? n : (os.availableParallelism?.() ?? os.cpus().length);
}

function git(root, args) {
  const r = spawnSync("git", args, { cwd: root, encoding: "utf8" });
  return r.status === 0 ? r.stdout.trim() : undefined;
}

export function machineInfo(root) {
  const commit = git(root, ["rev-parse", "--short", "HEAD"]);
  const dirty = git(root, ["status", "--porcelain", "--untracked-files=no"]);
  return {
    date: new Date().toISOString(),
    nproc: nproc(),
    cpu: cpuModel(),
    memoryGiB: Math.round((os.totalmem() / 2 ** 30) * 10) / 10,
    node: process.version,
    os: `${os.type()} ${os.release()} ${os.arch()}`,
    loadavgAtStart: os.loadavg().map((x) => Math.round(x * 100) / 100),
    healthlintCommit: commit ? `${commit}${dirty ? " (with uncommitted changes)" : ""}` : undefined,
  };
}
