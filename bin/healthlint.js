#!/usr/bin/env node
// Thin shim: the CLI returns its exit code and never calls process.exit itself. It runs the
// bundled build (dist/bundle, made by `npm run build`: one file loads faster than ~150 modules).
import { main } from "../dist/bundle/main.js";

process.exitCode = await main(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  stdin: process.stdin,
  cwd: process.cwd(),
  env: process.env,
});
