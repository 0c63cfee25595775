/**
 * The baseline: --suppress-all records counts per file per rule (never text), later runs fail only
 * on findings beyond them, and --prune-suppressions shrinks the file as posts are fixed.
 */
import fs from "node:fs";
import path from "node:path";
import { beforeEach, describe, expect, it } from "vitest";
import { cli, json } from "./helpers/cli.js";
import { makeReviewProject } from "./helpers/review-project.js";

let dir: string;
const FILE = "healthlint-suppressions.json";
const read = () => JSON.parse(fs.readFileSync(path.join(dir, FILE), "utf8"));
const edit = (rel: string, f: (s: string) => string) => fs.writeFileSync(path.join(dir, rel), f(fs.readFileSync(path.join(dir, rel), "utf8")));
const lint = (...args: string[]) => cli(["posts", ...args], { cwd: dir });

beforeEach(() => {
  dir = makeReviewProject("healthlint-baseline-");
});

describe("--suppress-all", () => {
  it("records error and warning counts per file and rule, with no text, and the run passes", async () => {
    expect((await lint()).code).toBe(1);
    const r = await lint("--suppress-all");
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("0 problems (0 errors, 0 warnings), 1 note (info)");
    expect(r.stderr).toContain(`${FILE}: recorded 6 findings in 2 files`);
    expect(read()).toEqual({
      "posts/recovery.md": { "demo/absolute-claim": { count: 2 }, "demo/phi": { count: 2 } },
      "posts/week-47.md": { "demo/absolute-claim": { count: 1 }, "hashtag-overuse": { count: 1 } },
    });
    const text = fs.readFileSync(path.join(dir, FILE), "utf8");
    for (const secret of ["12345678", "Maria", "78", "cures", "flu shot"]) expect(text).not.toContain(secret);
  });

  it("later runs pass while counts hold, and report every finding of a rule in a file that goes over", async () => {
    await lint("--suppress-all");
    const same = await lint();
    expect(same.code).toBe(0);
    expect(same.stdout).toContain("0 problems (0 errors, 0 warnings), 1 note (info)");
    expect(same.stderr).toContain(`6 known findings suppressed by ${FILE}`);
    // info findings are never recorded, and stay visible
    expect(json(await lint("-f", "json")).flatMap((r) => r.messages.map((m) => m.ruleId))).toEqual(["demo/note"]);

    edit("posts/recovery.md", (s) => s.replace("today!", "today! Her MRN 99887766 is on file."));
    const over = await lint("-f", "json");
    expect(over.code).toBe(1);
    const recovery = json(over).find((r) => r.filePath.endsWith("recovery.md"))!;
    expect(recovery.messages.map((m) => m.ruleId)).toEqual(["demo/phi", "demo/phi", "demo/phi"]);

    fs.writeFileSync(path.join(dir, "posts/new.md"), "Our therapy cures it.\n");
    const fresh = json(await lint("-f", "json")).find((r) => r.filePath.endsWith("new.md"))!;
    expect(fresh.messages.map((m) => m.ruleId)).toEqual(["demo/absolute-claim"]);
  });

  it("--suppress-rule records one rule only", async () => {
    const r = await lint("--suppress-rule", "demo/phi");
    expect(read()).toEqual({ "posts/recovery.md": { "demo/phi": { count: 2 } } });
    expect(r.code).toBe(0); // warnings remain, errors are suppressed
    expect((await lint("--suppress-rule", "no-such-rule")).stderr).toContain("--suppress-rule: no rule 'no-such-rule'");
  });
});

describe("--prune-suppressions", () => {
  it("a fixed finding makes the baseline stale (exit 2) until it is pruned; then the count cannot grow back", async () => {
    await lint("--suppress-all");
    edit("posts/recovery.md", (s) => s.replace(", guaranteed", ""));
    const stale = await lint();
    expect(stale.code).toBe(2);
    expect(stale.stderr).toContain("records findings that are gone: posts/recovery.md: demo/absolute-claim (2 recorded, 1 found)");
    expect(stale.stderr).toContain("--prune-suppressions");
    expect((await lint("--pass-on-unpruned-suppressions")).code).toBe(0);

    const pruned = await lint("--prune-suppressions");
    expect(pruned.code).toBe(0);
    expect(pruned.stderr).toContain("pruned 1 suppressions (5 left)");
    expect(read()["posts/recovery.md"]["demo/absolute-claim"]).toEqual({ count: 1 });

    edit("posts/recovery.md", (s) => s.replace("back pain.", "back pain, guaranteed."));
    expect((await lint("--max-warnings", "0")).code).toBe(1);
  });

  it("a run on some files (a pre-commit hook) judges only their entries; pruning drops deleted files", async () => {
    await lint("--suppress-all");
    edit("posts/week-47.md", (s) => s.replace("cures nothing", "helps"));
    expect((await cli(["posts/recovery.md"], { cwd: dir })).code).toBe(0);
    fs.rmSync(path.join(dir, "posts/week-47.md"));
    await cli(["posts/recovery.md", "--prune-suppressions"], { cwd: dir });
    expect(Object.keys(read())).toEqual(["posts/recovery.md"]);
  });
});

describe("--suppressions-file", () => {
  it("moves the file; paths in it are relative to its folder", async () => {
    await lint("--suppress-all", "--suppressions-file", "lint/baseline.json");
    const data = JSON.parse(fs.readFileSync(path.join(dir, "lint/baseline.json"), "utf8"));
    expect(Object.keys(data)).toEqual(["../posts/recovery.md", "../posts/week-47.md"]);
    expect((await lint("--suppressions-file", "lint/baseline.json")).code).toBe(0);
    expect(fs.existsSync(path.join(dir, FILE))).toBe(false);
  });

  it("a missing or malformed file given explicitly is a config error (exit 2)", async () => {
    const missing = await lint("--suppressions-file", "nope.json");
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/suppressions file not found/);
    fs.writeFileSync(path.join(dir, FILE), '{"posts/a.md": {"r": {"count": "two"}}}');
    const bad = await lint();
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/must map file paths/);
  });

  it("applies to --stdin with --stdin-filename (editors show only new findings)", async () => {
    await lint("--suppress-all");
    const text = fs.readFileSync(path.join(dir, "posts/recovery.md"), "utf8");
    const r = await cli(["--stdin", "--stdin-filename", "posts/recovery.md", "-f", "json"], { cwd: dir, stdin: text });
    expect(r.code).toBe(0);
    expect(json(r)[0].messages).toEqual([]);
    expect((await cli(["--stdin", "--suppress-all"], { cwd: dir, stdin: text })).code).toBe(2);
  });
});
