/**
 * The linters healthlint is compared with, installed for the bench only into bench/.tools/
 * (gitignored), at pinned versions so runs on different days compare the same tools.
 *
 * Versions: the newest that run on Node 20. markdownlint-cli2 0.23 and later declare
 * `engines.node >= 22`; 0.22.1 (markdownlint 0.40.0) is the last for Node 20. textlint 15.8.0
 * needs Node >= 20.18.
 */
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

export const TOOL_PACKAGES = {
  textlint: "15.8.0",
  "textlint-rule-write-good": "2.0.0",
  "textlint-rule-no-todo": "2.0.1",
  "textlint-rule-terminology": "5.2.16",
  "textlint-rule-no-empty-section": "1.1.0",
  "markdownlint-cli2": "0.22.1",
};

export const TEXTLINTRC = {
  rules: { "write-good": true, "no-todo": true, terminology: true, "no-empty-section": true },
};

function installedVersion(dir, name) {
  try {
    return JSON.parse(fs.readFileSync(path.join(dir, "node_modules", name, "package.json"), "utf8")).version;
  } catch {
    return undefined;
  }
}

/** Installs the pinned tools into `dir` when any is missing or at another version. Idempotent. */
export function ensureTools(dir, log = () => {}) {
  fs.mkdirSync(dir, { recursive: true });
  const missing = Object.entries(TOOL_PACKAGES).filter(([name, v]) => installedVersion(dir, name) !== v);
  if (missing.length) {
    log(`  installing into ${path.relative(process.cwd(), dir) || dir}: ${missing.map(([n, v]) => `${n}@${v}`).join(" ")}`);
    const specs = Object.entries(TOOL_PACKAGES).map(([n, v]) => `${n}@${v}`);
    const r = spawnSync("npm", ["install", "--prefix", dir, "--no-audit", "--no-fund", "--save-exact", "--loglevel=error", ...specs], {
      stdio: ["ignore", "inherit", "inherit"],
    });
    if (r.status !== 0) throw new Error(`npm install into ${dir} failed (exit ${r.status ?? r.signal})`);
    const still = Object.entries(TOOL_PACKAGES).filter(([name, v]) => installedVersion(dir, name) !== v);
    if (still.length) throw new Error(`after npm install, still missing: ${still.map(([n]) => n).join(", ")}`);
  }
  fs.writeFileSync(path.join(dir, ".textlintrc.json"), `${JSON.stringify(TEXTLINTRC, null, 2)}\n`);
  return {
    textlint: path.join(dir, "node_modules", "textlint", "bin", "textlint.js"),
    markdownlintCli2: path.join(dir, "node_modules", "markdownlint-cli2", "markdownlint-cli2-bin.mjs"),
    versions: Object.fromEntries(Object.keys(TOOL_PACKAGES).map((n) => [n, installedVersion(dir, n)])),
    markdownlint: installedVersion(path.join(dir, "node_modules", "markdownlint-cli2"), "markdownlint") ?? installedVersion(dir, "markdownlint"),
  };
}
