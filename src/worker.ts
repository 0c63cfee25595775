/** A worker thread of lintFilesInParallel: lints the batches of files it is sent. */
import { parentPort, workerData } from "node:worker_threads";
import { ConfigError } from "./config/errors.js";
import { Linter, type LintOptions } from "./lint.js";

const linter = new Linter((workerData as { options: LintOptions }).options);

parentPort!.on("message", async (msg: { start: number; files: string[] }) => {
  try {
    const run = await linter.lintFiles(msg.files);
    parentPort!.postMessage({ start: msg.start, run });
  } catch (error) {
    const e = error as Error;
    parentPort!.postMessage({ start: msg.start, error: { message: e.message, name: e instanceof ConfigError ? "ConfigError" : e.name } });
  }
});
