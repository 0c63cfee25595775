/**
 * Installable like any npm tool: `npm pack` holds only what users need, and the tarball installed
 * into an empty folder runs (`npx healthlint`, the Node API, every format) with no TypeScript
 * toolchain.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { builtinRules } from "../rules/index.js";
import { FIXTURES, ROOT } from "./helpers/cli.js";
import { npmNoise, pack, run, RUN_INSTALL_TESTS, SKIP_NOTE, staleBuild, type Packed } from "./helpers/pack.js";

if (!RUN_INSTALL_TESTS) console.warn(`package.test.ts: skipped: ${SKIP_NOTE}`);

describe.skipIf(!RUN_INSTALL_TESTS)("the npm package", () => {
  let packed: Packed;
  let app: string;

  beforeAll(() => {
    const stale = staleBuild();
    if (stale.length) console.warn(`package.test.ts: dist/ is older than ${stale.slice(0, 3).join(", ")}${stale.length > 3 ? " ..." : ""}: run npm run build`);
    packed = pack();
    app = fs.mkdtempSync(path.join(os.tmpdir(), "healthlint-app-"));
    // Without a package.json npm would install into the nearest folder above that has one.
    fs.writeFileSync(path.join(app, "package.json"), '{ "name": "healthlint-smoke", "private": true }\n');
    const r = run("npm", ["install", "--no-audit", "--no-fund", "--loglevel=error", packed.tarball], app);
    if (r.status !== 0) throw new Error(`npm install of ${packed.tarball} failed (${r.status}):\n${r.stdout}\n${r.stderr}`);
    fs.cpSync(path.join(FIXTURES, "posts"), path.join(app, "fixtures-copy"), { recursive: true });
    console.info(`package.test.ts: ${path.basename(packed.tarball)}: ${packed.files.length} files, ${(packed.size / 1024).toFixed(0)} kB packed, ${(packed.unpackedSize / 1024).toFixed(0)} kB unpacked`);
  }, 600_000);

  afterAll(() => {
    for (const dir of [app, packed && path.dirname(packed.tarball)]) if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });

  it("holds the built JS, types, rule docs, README, licence and example config, and no sources or tests", () => {
    const files = packed.files;
    for (const f of ["package.json", "README.md", "LICENSE", ".healthlintrc.example.yml", "bin/healthlint.js", "dist/src/index.js", "dist/src/index.d.ts", "dist/src/cli/main.js", "dist/src/worker.js", "dist/src/formatters/html.js", "dist/src/formatters/gitlab.js", "dist/src/testing/rule-tester.js", "dist/rules/index.js"])
      expect(files).toContain(f);
    for (const rule of builtinRules) expect(files).toContain(`docs/rules/${rule.meta.id}.md`);
    const unwanted = files.filter((f) => /^(src|test|bench|fixtures|\.ci|node_modules|scripts)\//.test(f) || (f.endsWith(".ts") && !f.endsWith(".d.ts")) || /tsconfig|eslint\.config|vitest\.config|\.tgz$|\.npmrc$/.test(f));
    expect(unwanted).toEqual([]);
    const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, "package.json"), "utf8"));
    for (const target of [pkg.bin.healthlint, pkg.main, pkg.types, pkg.exports["."].import, pkg.exports["."].types, pkg.exports["./testing"].import])
      expect(files).toContain(target.replace(/^\.\//, ""));
  });

  it("`npx healthlint fixtures-copy` works in an empty folder with no TypeScript toolchain", () => {
    expect(fs.existsSync(path.join(app, "node_modules", "typescript"))).toBe(false);
    expect(fs.existsSync(path.join(app, "node_modules", "vitest"))).toBe(false);
    const r = run("npx", ["--no-install", "healthlint", "fixtures-copy"], app);
    expect(npmNoise(r.stderr)).toBe("");
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/fixtures-copy\/heart-month-instagram\.md/);
    expect(r.stdout).toMatch(/\d+ problems? \(\d+ errors?, \d+ warnings?\)/);
    expect(run("npx", ["--no-install", "healthlint", "--version"], app).stdout.trim()).toBe(packed.version);
  });

  it("every format works from the installed package, and the html report is written", () => {
    const bin = path.join(app, "node_modules", ".bin", "healthlint");
    for (const format of ["stylish", "json", "compact", "sarif", "github", "junit", "gitlab"]) {
      const r = run(bin, ["fixtures-copy", "-f", format], app);
      expect([r.status, npmNoise(r.stderr)]).toEqual([1, ""]);
      expect(r.stdout.length).toBeGreaterThan(0);
    }
    const html = run(bin, ["fixtures-copy", "-f", "html", "-o", "report.html"], app);
    expect(html.status).toBe(1);
    expect(fs.readFileSync(path.join(app, "report.html"), "utf8")).toMatch(/^<!DOCTYPE html>/);
  });

  it("the Node API and its types are importable by package name", () => {
    const script = `import { lintText, loadFormatter, builtinRules } from "healthlint";
const r = await lintText("One. #a #b #c #d #e", { filePath: "post.md", platform: "threads" });
const f = await loadFormatter("json");
console.log(JSON.stringify({ rules: builtinRules.length, ids: r.messages.map((m) => m.ruleId), json: f([r], { cwd: process.cwd(), rulesMeta: {}, color: false, version: "" }).length > 0 }));`;
    const r = run("node", ["--input-type=module", "-e", script], app);
    expect(r.stderr).toBe("");
    const out = JSON.parse(r.stdout);
    expect(out.ids).toContain("hashtag-overuse");
    expect(out.json).toBe(true);
    const pkg = JSON.parse(fs.readFileSync(path.join(app, "node_modules", "healthlint", "package.json"), "utf8"));
    expect(fs.existsSync(path.join(app, "node_modules", "healthlint", pkg.types))).toBe(true);
  });

  it("`healthlint rules` links each rule to a docs page that ships in the package", () => {
    const r = run("npx", ["--no-install", "healthlint", "rules", "--format", "json"], app);
    const rules = JSON.parse(r.stdout) as Array<{ id: string; docsUrl: string }>;
    expect(rules.length).toBe(builtinRules.length);
    for (const rule of rules) {
      expect(rule.docsUrl).toMatch(new RegExp(`docs/rules/${rule.id}\\.md$`));
      expect(fs.existsSync(path.join(app, "node_modules", "healthlint", "docs", "rules", `${rule.id}.md`))).toBe(true);
    }
  });
});
