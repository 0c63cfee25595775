/**
 * `npm pack` of this repository for the install tests. Scripts are not run (dist/ is what `npm ci`
 * built, as in CI), so packing never rewrites dist/ under tests that are reading it.
 */
import { execFileSync, spawnSync, type SpawnSyncReturns } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { ROOT } from "./cli.js";

/** Heavy tests (npm installs from the registry, pre-commit): always in CI, locally on request. */
export const RUN_INSTALL_TESTS = Boolean(process.env.CI || process.env.HEALTHLINT_INSTALL_TESTS);
export const SKIP_NOTE = "set HEALTHLINT_INSTALL_TESTS=1 (CI sets CI) to run the install tests: they install the packed healthlint from the npm registry";

export interface Packed {
  tarball: string;
  version: string;
  files: string[];
  size: number;
  unpackedSize: number;
}

export function pack(): Packed {
  const dest = fs.mkdtempSync(path.join(os.tmpdir(), "healthlint-pack-"));
  const out = execFileSync("npm", ["pack", "--ignore-scripts", "--json", "--pack-destination", dest], { cwd: ROOT, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
  const [info] = JSON.parse(out) as Array<{ filename: string; version: string; files: Array<{ path: string }>; size: number; unpackedSize: number }>;
  return { tarball: path.join(dest, info.filename), version: info.version, files: info.files.map((f) => f.path).sort(), size: info.size, unpackedSize: info.unpackedSize };
}

/** Source files newer than their build: the packed package would not be what the sources say. */
export function staleBuild(): string[] {
  const stale: string[] = [];
  for (const dir of ["src", "rules"]) {
    for (const rel of fs.readdirSync(path.join(ROOT, dir), { recursive: true }) as string[]) {
      if (!rel.endsWith(".ts") || rel.endsWith(".d.ts")) continue;
      const src = path.join(ROOT, dir, rel);
      const built = path.join(ROOT, "dist", dir, rel.replace(/\.ts$/, ".js"));
      if (!fs.existsSync(built) || fs.statSync(built).mtimeMs < fs.statSync(src).mtimeMs) stale.push(`${dir}/${rel}`);
    }
  }
  return stale;
}

/** Runs a command with npm quiet and cache-first. */
export function run(cmd: string, args: string[], cwd: string, env: Record<string, string | undefined> = {}, input?: string): SpawnSyncReturns<string> {
  return spawnSync(cmd, args, {
    cwd,
    encoding: "utf8",
    input,
    // prefer-offline: packages that `npm ci` already fetched come from npm's cache, without asking
    // the registry again (installs still fetch what is missing).
    env: { ...process.env, NO_COLOR: "1", npm_config_update_notifier: "false", npm_config_fund: "false", npm_config_audit: "false", npm_config_prefer_offline: "true", ...env },
    timeout: 600_000,
  });
}

/** Standard error without npm's own warnings about the machine's npm config. */
export function npmNoise(stderr: string): string {
  return stderr
    .split("\n")
    .filter((l) => !/^npm (warn|notice)/.test(l))
    .join("\n")
    .trim();
}
