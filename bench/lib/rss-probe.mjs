/**
 * Preloaded into a measured Node process (NODE_OPTIONS=--import=...) when GNU time is missing:
 * writes the process's own resource usage (peak RSS in KiB, CPU in µs) to BENCH_PROBE_OUT at exit.
 */
import fs from "node:fs";

const out = process.env.BENCH_PROBE_OUT;
if (out) {
  // Only the process the bench started: children it spawns must not overwrite the figures.
  delete process.env.BENCH_PROBE_OUT;
  process.on("exit", () => {
    try {
      fs.writeFileSync(out, JSON.stringify(process.resourceUsage()));
    } catch {
      // nothing to report to
    }
  });
}
