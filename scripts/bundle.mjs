#!/usr/bin/env node
/**
 * Bundles the CLI and its worker thread into dist/bundle/ (run by `npm run build`, after tsc).
 * A cold start is mostly Node resolving, reading and compiling modules one by one (about 150 files
 * through the static imports): one bundle file, with shared chunks for the code the worker and the
 * lazily loaded formatters share, loads several times faster. The Node API (`healthlint`,
 * `healthlint/testing`) stays the plain tsc output in dist/src.
 *
 * Left outside the bundle, loaded on first use with require(): packages a rule loads only when a
 * post needs them (compromise, libphonenumber-js, the word lists) and what cosmiconfig loads only
 * for a TypeScript config file.
 */
import { build } from "esbuild";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));

// Chunk names carry a content hash: clear the old ones first.
fs.rmSync(path.join(root, "dist/bundle"), { recursive: true, force: true });

await build({
  absWorkingDir: root,
  entryPoints: { main: "dist/src/cli/main.js", worker: "dist/src/worker.js" },
  outdir: "dist/bundle",
  bundle: true,
  splitting: true,
  format: "esm",
  platform: "node",
  target: "node20",
  // Chunks sit beside worker.js: parallel.ts finds the worker as `./worker.js` from its own module.
  chunkNames: "[name]-[hash]",
  external: ["typescript"],
  // CommonJS packages inside an ES module bundle call require() for Node's built-in modules.
  banner: { js: 'import { createRequire as __healthlintCreateRequire } from "node:module"; const require = __healthlintCreateRequire(import.meta.url);' },
  legalComments: "linked",
  logLevel: "warning",
});
