#!/usr/bin/env node
// Rewrites the rules table in README.md (between the rules-table markers) from the built CLI's
// `healthlint rules --format json`. test/docs.test.ts fails when the table and the rules disagree.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const run = spawnSync(process.execPath, [path.join(root, "bin/healthlint.js"), "rules", "--format", "json"], { encoding: "utf8" });
if (run.status !== 0) {
  console.error(run.stderr || "healthlint rules failed: run npm run build first");
  process.exit(2);
}
const rules = JSON.parse(run.stdout);
const rows = rules.map((r) => `| [${r.id}](docs/rules/${r.id}.md) | ${r.defaultSeverity} | ${r.description.replace(/\|/g, "\\|")} |`);
const table = ["<!-- rules-table:start -->", "| rule | default | what it flags |", "| --- | --- | --- |", ...rows, "<!-- rules-table:end -->"].join("\n");
const readmePath = path.join(root, "README.md");
const readme = fs.readFileSync(readmePath, "utf8");
const next = readme.replace(/<!-- rules-table:start -->[\s\S]*?<!-- rules-table:end -->/, table);
fs.writeFileSync(readmePath, next);
console.log(`README.md: ${rules.length} rules in the table`);
