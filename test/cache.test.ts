/**
 * --cache: a second run reuses stored findings without calling the rules; editing a file, the
 * config or the options invalidates; the cache holds no post text and no identifier values.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { LintCache, resolveCacheLocation, runKey } from "../src/cache.js";
import { toResult } from "../src/lint.js";
import { cli } from "./helpers/cli.js";
import { makeReviewProject } from "./helpers/review-project.js";

let dir: string;
let counter: string;
const calls = () => (fs.existsSync(counter) ? fs.readFileSync(counter, "utf8").split("\n").filter(Boolean).length : 0);
const reset = () => fs.rmSync(counter, { force: true });

beforeEach(() => {
  dir = makeReviewProject("healthlint-cache-");
  counter = path.join(dir, "calls.txt");
  process.env.HEALTHLINT_TEST_COUNTER = counter;
});
afterEach(() => {
  delete process.env.HEALTHLINT_TEST_COUNTER;
});

const run = (...args: string[]) => cli(["posts", "--cache", "--debug", "--concurrency", "off", "-f", "json", ...args], { cwd: dir });

describe("--cache", () => {
  it("a second run reads every file from the cache: same findings, no rule called", async () => {
    const first = await run();
    expect(first.code).toBe(1);
    expect(first.stderr).toContain("cache .healthlintcache: 0 reused, 3 linted");
    expect(calls()).toBeGreaterThan(0);
    reset();
    const second = await run();
    expect(second.stderr).toContain("cache .healthlintcache: 3 reused, 0 linted");
    expect(calls()).toBe(0);
    expect(second.code).toBe(first.code);
    expect(JSON.parse(second.stdout)).toEqual(JSON.parse(first.stdout));
  });

  it("editing a file relints that file only", async () => {
    await run();
    reset();
    fs.appendFileSync(path.join(dir, "posts/clean.md"), "It cures colds, guaranteed.\n");
    const r = await run();
    expect(r.stderr).toContain("2 reused, 1 linted");
    expect(calls()).toBe(3); // the three plugin rules, on clean.md's one post
    const clean = JSON.parse(r.stdout).find((x: { filePath: string }) => x.filePath.endsWith("clean.md"));
    expect(clean.warningCount).toBe(2);
  });

  it("editing the config (or a --rule) invalidates the files it applies to", async () => {
    await run();
    const rc = path.join(dir, ".healthlintrc.yml");
    fs.writeFileSync(rc, fs.readFileSync(rc, "utf8").replace("demo/absolute-claim: warn", "demo/absolute-claim: error"));
    const r = await run();
    expect(r.stderr).toContain("0 reused, 3 linted");
    const recovery = JSON.parse(r.stdout).find((x: { filePath: string }) => x.filePath.endsWith("recovery.md"));
    expect(recovery.errorCount).toBe(4);
    expect((await run()).stderr).toContain("3 reused, 0 linted");
    const other = await run("--rule", "demo/note: off");
    expect(other.stderr).toMatch(/0 reused, 3 linted \(old cache made by another healthlint version or with other options\)/);
  });

  it("stores no post text and no identifier values", async () => {
    await run();
    const stored = fs.readFileSync(path.join(dir, ".healthlintcache"), "utf8");
    for (const secret of ["12345678", "Maria", "Lopez", "walked out", "therapy", "Wash your hands", "alert(\"x\")", "<script>"]) expect(stored).not.toContain(secret);
    expect(stored).toContain("…78");
    expect(JSON.parse(stored)).toMatchObject({ healthlint: "cache", format: 1, files: { "posts/recovery.md": { hash: expect.stringMatching(/^[0-9a-f]{64}$/) } } });
  });

  it("is not used with --show-matches, which would put identifier values in it", async () => {
    const r = await run("--show-matches");
    expect(r.stderr).toContain("--cache is not used with --show-matches");
    expect(fs.existsSync(path.join(dir, ".healthlintcache"))).toBe(false);
    expect(r.stdout).toContain("12345678");
  });

  it("--cache-location takes a file or a folder; the write leaves no temporary file", async () => {
    fs.mkdirSync(path.join(dir, "tmp"));
    await run("--cache-location", "tmp");
    expect(fs.existsSync(path.join(dir, "tmp", ".healthlintcache"))).toBe(true);
    await run("--cache-location", "cache/lint.json");
    expect(fs.existsSync(path.join(dir, "cache", "lint.json"))).toBe(true);
    expect((await run("--cache-location", "cache/lint.json")).stderr).toContain("3 reused");
    expect(fs.readdirSync(path.join(dir, "cache")).filter((f) => f.endsWith(".tmp"))).toEqual([]);
    expect(resolveCacheLocation("/x", "y/")).toBe(path.join("/x", "y", ".healthlintcache"));
  });

  it("a corrupt cache is ignored and rewritten", async () => {
    fs.writeFileSync(path.join(dir, ".healthlintcache"), "{not json");
    const r = await run();
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("(old cache unreadable)");
    expect(JSON.parse(fs.readFileSync(path.join(dir, ".healthlintcache"), "utf8")).healthlint).toBe("cache");
  });

  it("the html report from a cached run still shows the text, masked", async () => {
    await run();
    const r = await cli(["posts", "--cache", "--debug", "-f", "html"], { cwd: dir });
    expect(r.stderr).toContain("3 reused");
    expect(r.stdout).toContain("••••••78");
    expect(r.stdout).not.toContain("12345678");
    expect(r.stdout).toMatch(/<mark class="seg on sev-1"[^>]*>cures<\/mark>/);
  });

  it("the run key changes with the version; results with fix text or fatal findings are not stored", () => {
    expect(runKey({ version: "1.0.0" })).not.toBe(runKey({ version: "1.0.1" }));
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "healthlint-cache-unit-")), ".healthlintcache");
    const cache = LintCache.load(file, "k");
    const base = { ruleId: "r", severity: 1 as const, message: "m", line: 1, column: 1, endLine: 1, endColumn: 2, range: [0, 1] as [number, number] };
    expect(cache.set(path.join(path.dirname(file), "a.md"), "h", "c", toResult("a.md", [{ ...base, fix: { range: [0, 1], text: "x" } }], 1))).toBe(false);
    expect(cache.set(path.join(path.dirname(file), "b.md"), "h", "c", toResult("b.md", [{ ...base, fatal: true }], 1))).toBe(false);
    expect(cache.set(path.join(path.dirname(file), "c.md"), "h", "c", toResult("c.md", [base], 1))).toBe(true);
  });
});
