/**
 * Linting many files on several cores: lanes fed batches of files from one queue, each with its own
 * Linter: the main thread is one lane and worker threads are the others (n lanes, n - 1 workers), so
 * no core waits idle on a main thread that only collects results, and one copy fewer of the rules'
 * data sits in memory. Results come back in the order of the input. Starting a worker costs about
 * as much as starting healthlint, so small runs stay on the main thread alone.
 */
import os from "node:os";
import { Worker } from "node:worker_threads";
import { ConfigError } from "./config/errors.js";
import { Linter, type LintOptions, type LintRun } from "./lint.js";

/** Below this many files per worker, a worker does not pay for its start-up. */
const MIN_FILES_PER_WORKER = 150;
const BATCH = 40;

export type Concurrency = number | "auto" | "off";

export function workerCount(files: number, concurrency: Concurrency): number {
  if (concurrency === "off") return 0;
  const cores = typeof os.availableParallelism === "function" ? os.availableParallelism() : os.cpus().length;
  const wanted = concurrency === "auto" ? cores : concurrency;
  const useful = Math.floor(files / MIN_FILES_PER_WORKER);
  const n = Math.min(wanted, concurrency === "auto" ? useful : files);
  return n >= 2 ? n : 0;
}

export async function lintFilesInParallel(files: string[], options: LintOptions, concurrency: Concurrency): Promise<LintRun> {
  const n = workerCount(files.length, concurrency);
  const workerUrl = new URL("./worker.js", import.meta.url);
  if (n === 0 || !workerUrl.pathname.endsWith(".js") || import.meta.url.endsWith(".ts")) {
    return new Linter(options).lintFiles(files);
  }
  const slots: LintRun["results"][] = [];
  const notices: LintRun["notices"] = [];
  let failed = false;
  let next = 0;
  const take = (): { start: number; files: string[] } | undefined => {
    if (next >= files.length) return undefined;
    const start = next;
    next += BATCH;
    return { start, files: files.slice(start, start + BATCH) };
  };
  const collect = (start: number, run: LintRun) => {
    slots[start / BATCH] = run.results;
    notices.push(...run.notices);
    if (run.failed) failed = true;
  };
  let stopped = false;
  const workers = Array.from({ length: n - 1 }, () => {
    const worker = new Worker(workerUrl, { workerData: { options } });
    return new Promise<void>((resolve, reject) => {
      const send = () => {
        const batch = stopped ? undefined : take();
        if (!batch) {
          void worker.terminate();
          resolve();
          return;
        }
        worker.postMessage(batch);
      };
      worker.on("message", (msg: { start: number; run?: LintRun; error?: { message: string; name: string } }) => {
        if (msg.error) {
          stopped = true;
          reject(msg.error.name === "ConfigError" ? new ConfigError(msg.error.message) : new Error(msg.error.message));
          void worker.terminate();
          return;
        }
        collect(msg.start, msg.run!);
        send();
      });
      worker.on("error", (error) => {
        stopped = true;
        reject(error);
      });
      send();
    });
  });
  const mainLane = (async () => {
    const linter = new Linter(options);
    for (let batch = take(); batch && !stopped; batch = take()) {
      collect(batch.start, await linter.lintFiles(batch.files));
      // Let the workers' finished batches in (and new ones out) between batches of our own.
      await new Promise<void>((resolve) => setImmediate(resolve));
    }
  })().catch((error: unknown) => {
    stopped = true;
    throw error;
  });
  await Promise.all([mainLane, ...workers]);
  return { results: slots.flat(), notices, failed };
}
