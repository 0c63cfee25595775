/**
 * Large runs spread over worker threads (--concurrency): the same findings, in the same order, as
 * one thread; errors from any lane end the run with the file named. Runs the built CLI, whose
 * workers are real threads (in-process runs from TypeScript sources stay on one thread).
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { FIXTURES, json, spawnCli } from "./helpers/cli.js";

const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) fs.rmSync(d, { recursive: true, force: true });
});

/** A content repository of `count` posts: copies of the example posts, each file a little different. */
function repo(count: number): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "healthlint-parallel-"));
  dirs.push(dir);
  const examples = fs.readdirSync(path.join(FIXTURES, "posts")).map((f) => fs.readFileSync(path.join(FIXTURES, "posts", f), "utf8"));
  fs.mkdirSync(path.join(dir, "posts"));
  for (let i = 0; i < count; i++) {
    const name = `post-${String(i).padStart(4, "0")}.md`;
    fs.writeFileSync(path.join(dir, "posts", name), `${examples[i % examples.length]}\nPost ${i} of the calendar. #Week${i % 7}\n`);
  }
  fs.writeFileSync(path.join(dir, ".healthlintrc.yml"), "root: true\n");
  return dir;
}

describe("--concurrency", () => {
  it("lints 450 files on 3 lanes with the same findings, in the same order, as on one thread", () => {
    const dir = repo(450);
    const one = spawnCli(["posts", "-f", "json", "--concurrency", "off"], { cwd: dir });
    const three = spawnCli(["posts", "-f", "json", "--concurrency", "3", "--debug"], { cwd: dir });
    expect(one.code).toBe(1);
    expect(three.code).toBe(1);
    expect(three.stderr).not.toMatch(/Error|at .*\.js:\d+/);
    const a = json(one);
    const b = json(three);
    expect(a).toHaveLength(450);
    expect(b.map((r) => r.filePath)).toEqual(a.map((r) => r.filePath));
    expect(b).toEqual(a);
    expect(a.reduce((n, r) => n + r.messages.length, 0)).toBeGreaterThan(450);
  });

  it("a rule that fails on one file in some lane's batch: that file is named, the others are linted, exit 2", () => {
    const dir = repo(300);
    fs.writeFileSync(
      path.join(dir, "fragile.mjs"),
      `export default { rules: { fragile: { meta: { id: "fragile", description: "fails on one post", defaultSeverity: "warn", messages: {} },
  check(ctx) { if (ctx.filePath.endsWith("post-0250.md")) throw new Error("cannot handle post 250"); } } } };
`,
    );
    fs.writeFileSync(path.join(dir, ".healthlintrc.yml"), "root: true\nplugins: [./fragile.mjs]\nrules:\n  fragile/fragile: warn\n");
    const r = spawnCli(["posts", "-f", "json", "--concurrency", "2"], { cwd: dir });
    expect(r.code).toBe(2);
    const results = json(r);
    expect(results).toHaveLength(300);
    const failed = results.filter((x) => x.messages.some((m) => m.fatal));
    expect(failed.map((x) => path.basename(x.filePath))).toEqual(["post-0250.md"]);
    expect(failed[0].messages.find((m) => m.fatal)).toMatchObject({ message: expect.stringMatching(/cannot handle post 250/) });
  });
});
