/**
 * Linting many files on several cores: worker threads, each with its own Linter, fed batches of
 * files from one queue. Results come back in the order of the input. Starting a worker costs about
 * as much as starting healthlint, so small runs stay on the main thread.
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
  await Promise.all(
    Array.from({ length: n }, () => {
      const worker = new Worker(workerUrl, { workerData: { options } });
      return new Promise<void>((resolve, reject) => {
        const send = () => {
          if (next >= files.length) {
            void worker.terminate();
            resolve();
            return;
          }
          const start = next;
          next += BATCH;
          worker.postMessage({ start, files: files.slice(start, start + BATCH) });
        };
        worker.on("message", (msg: { start: number; run?: LintRun; error?: { message: string; name: string } }) => {
          if (msg.error) {
            reject(msg.error.name === "ConfigError" ? new ConfigError(msg.error.message) : new Error(msg.error.message));
            void worker.terminate();
            return;
          }
          slots[msg.start / BATCH] = msg.run!.results;
          notices.push(...msg.run!.notices);
          if (msg.run!.failed) failed = true;
          send();
        });
        worker.on("error", reject);
        send();
      });
    }),
  );
  return { results: slots.flat(), notices, failed };
}
