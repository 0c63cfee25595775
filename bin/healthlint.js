#!/usr/bin/env node
// Thin shim: the CLI returns its exit code and never calls process.exit itself. It runs the
// bundled build (dist/bundle, made by `npm run build`): one file, compiled from a V8 code cache
// when there is one (src/cli/compile-cache.ts); after a lint that found none, it writes one.
import { compileCacheStatus, main, saveCompileCache } from "../dist/bundle/main.js";

process.exitCode = await main(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  stdin: process.stdin,
  cwd: process.cwd(),
  env: process.env,
});
const wrote = saveCompileCache();
if (process.argv.includes("--debug")) {
  const { state, file } = compileCacheStatus;
  process.stderr.write(`healthlint: code cache ${state}${file ? ` (${file})` : ""}${wrote ? ", written" : ""}\n`);
}
