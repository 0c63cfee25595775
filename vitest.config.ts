import { defineConfig } from "vitest/config";

// Under CI the JSON reporter also writes .vitest-report.json, from which .ci/run prints
// "N passed, N failed".
const ci = Boolean(process.env.CI);

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: "forks",
    // Two cores on CI: the install tests wait on the network while others run.
    maxWorkers: 2,
    reporters: ci ? ["default", "json"] : ["default"],
    outputFile: ci ? { json: ".vitest-report.json" } : undefined,
  },
});
