import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { cli, FIXTURES, json, PROJECTS, ROOT, spawnCli } from "./helpers/cli.js";

const POSTS = path.join(FIXTURES, "posts");
const tmp = () => fs.mkdtempSync(path.join(os.tmpdir(), "healthlint-test-"));

describe("exit codes", () => {
  it("0 when there is no error", async () => {
    const r = await cli(["posts/clean.md"], { cwd: path.join(PROJECTS, "basic") });
    expect(r).toMatchObject({ code: 0, stdout: "" });
  });

  it("1 when a finding is an error, and stylish output says where and why", async () => {
    const r = await cli(["posts"], { cwd: path.join(PROJECTS, "basic") });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain("posts/vaccines.md");
    expect(r.stdout).toMatch(/1:81\s+error\s+3 hashtags in this post; the limit for X is 2\.\s+hashtag-overuse/);
    expect(r.stdout).toContain("1 problem (1 error, 0 warnings)");
  });

  it("warnings pass unless --max-warnings is exceeded; info never counts", async () => {
    const dir = path.join(PROJECTS, "nested");
    expect((await cli(["top.md"], { cwd: dir })).code).toBe(0);
    const over = await cli(["top.md", "--max-warnings", "0"], { cwd: dir });
    expect(over.code).toBe(1);
    expect(over.stderr).toMatch(/too many warnings \(maximum: 0\)/);
    const info = await cli(["top.md", "--max-warnings", "0", "--rule", "hashtag-overuse: info"], { cwd: dir });
    expect(info.code).toBe(0);
  });

  it("--quiet reports errors only", async () => {
    const r = await cli(["top.md", "--quiet", "--format", "json"], { cwd: path.join(PROJECTS, "nested") });
    expect(json(r)[0].messages).toEqual([]);
  });

  it("2 for a pattern that matches nothing, unless --no-error-on-unmatched-pattern", async () => {
    const r = await cli(["no-such-dir/*.md"], { cwd: POSTS });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/no files matching the pattern 'no-such-dir\/\*\.md'/);
    expect((await cli(["no-such-dir/*.md", "--no-error-on-unmatched-pattern"], { cwd: POSTS })).code).toBe(0);
  });

  it("2 for an unknown option or format", async () => {
    expect((await cli(["--frmat", "json", "."], { cwd: POSTS })).code).toBe(2);
    const bad = await cli(["--format", "xml", "."], { cwd: POSTS });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/unknown format 'xml'/);
  });

  it("writing to --output-file never changes the exit code, and prints nothing", async () => {
    const out = path.join(tmp(), "report", "healthlint.json");
    const r = await cli(["posts", "--format", "json", "--output-file", out], { cwd: path.join(PROJECTS, "basic") });
    expect(r.code).toBe(1);
    expect(r.stdout).toBe("");
    expect(JSON.parse(fs.readFileSync(out, "utf8"))).toHaveLength(2);
  });
});

describe("inputs", () => {
  it("walks directories for .md, .markdown, .mdx and .txt, skipping node_modules and .git", async () => {
    const dir = tmp();
    for (const f of ["a.md", "b.markdown", "c.mdx", "d.txt", "e.html", "node_modules/x.md", ".git/y.md", "sub/f.md"]) {
      fs.mkdirSync(path.dirname(path.join(dir, f)), { recursive: true });
      fs.writeFileSync(path.join(dir, f), "Hello.\n");
    }
    const r = await cli([".", "--format", "json"], { cwd: dir });
    expect(json(r).map((x) => path.relative(dir, x.filePath)).sort()).toEqual(["a.md", "b.markdown", "c.mdx", "d.txt", path.join("sub", "f.md")]);
  });

  it("expands quoted globs itself and honours .healthlintignore and ignorePatterns", async () => {
    const dir = tmp();
    for (const f of ["posts/a.md", "posts/b.md", "posts/drafts/c.md", "archive/old.md"]) {
      fs.mkdirSync(path.dirname(path.join(dir, f)), { recursive: true });
      fs.writeFileSync(path.join(dir, f), "Hello.\n");
    }
    fs.writeFileSync(path.join(dir, ".healthlintignore"), "posts/drafts/\n");
    fs.writeFileSync(path.join(dir, ".healthlintrc.yml"), "root: true\nignorePatterns: [posts/b.md]\n");
    const r = await cli(["posts/**/*.md", "archive"], { cwd: dir });
    expect(r.code).toBe(0);
    const files = json(await cli(["posts/**/*.md", "archive", "-f", "json"], { cwd: dir })).map((x) => path.relative(dir, x.filePath));
    expect(files.sort()).toEqual([path.join("archive", "old.md"), path.join("posts", "a.md")]);
    const all = json(await cli(["posts/**/*.md", "--no-ignore", "-f", "json"], { cwd: dir }));
    expect(all).toHaveLength(3);
  });

  it("--stdin with --stdin-filename resolves config from that path", async () => {
    const r = await cli(["--stdin", "--stdin-filename", "posts/new.md", "--format", "json"], {
      cwd: path.join(PROJECTS, "basic"),
      stdin: "Walk-in flu shots today. #Flu #Vaccines #Pharmacy",
    });
    expect(r.code).toBe(1);
    const [res] = json(r);
    expect(res.filePath).toBe(path.join(PROJECTS, "basic", "posts", "new.md"));
    expect(res.messages[0]).toMatchObject({ ruleId: "hashtag-overuse", severity: 2, line: 1, column: 41 });
  });

  it("front matter sets the platform; config platform is the default", async () => {
    const dir = tmp();
    fs.writeFileSync(path.join(dir, "a.md"), "---\nplatform: twitter\n---\nOne. #a #b #c #d\n");
    fs.writeFileSync(path.join(dir, "b.md"), "One. #a #b #c #d\n");
    const r = json(await cli([".", "--platform", "instagram", "-f", "json"], { cwd: dir }));
    expect(r.find((x) => x.filePath.endsWith("a.md"))!.messages[0].message).toMatch(/limit for X is 3/);
    expect(r.find((x) => x.filePath.endsWith("b.md"))!.messages).toEqual([]);
  });

  it("splits a content calendar into posts by thematic break", async () => {
    const r = json(await cli(["week-47.md", "-f", "json"], { cwd: path.join(PROJECTS, "calendar") }));
    // Threads allows one hashtag: only Tuesday's post has two.
    expect(r[0].messages.map((m) => [m.line, m.post])).toEqual([[7, 1]]);
  });
});

describe("formats", () => {
  const dir = path.join(PROJECTS, "basic");
  it("json is ESLint's results array", async () => {
    const [res] = json(await cli(["posts/vaccines.md", "-f", "json"], { cwd: dir }));
    expect(res).toMatchObject({ errorCount: 1, warningCount: 0, infoCount: 0, fatalErrorCount: 0 });
    expect(res.messages[0]).toMatchObject({
      ruleId: "hashtag-overuse",
      severity: 2,
      line: 1,
      column: 81,
      endLine: 1,
      endColumn: 94,
      docsUrl: expect.stringMatching(/docs\/rules\/hashtag-overuse\.md$/),
    });
  });

  it("compact is one line per finding", async () => {
    const r = await cli(["posts/vaccines.md", "-f", "compact"], { cwd: dir });
    expect(r.stdout).toContain("posts/vaccines.md: line 1, col 81, Error - 3 hashtags in this post; the limit for X is 2. (hashtag-overuse)");
  });

  it("github annotates with workflow commands", async () => {
    const r = await cli(["posts/vaccines.md", "-f", "github"], { cwd: dir });
    expect(r.stdout.trim()).toBe(
      "::error file=posts/vaccines.md,line=1,col=81,endLine=1,endColumn=94,title=healthlint hashtag-overuse::3 hashtags in this post; the limit for X is 2.",
    );
  });

  it("junit is well-formed XML with one failing case per finding", async () => {
    const r = await cli(["posts", "-f", "junit"], { cwd: dir });
    expect(r.stdout).toMatch(/^<\?xml version="1.0" encoding="utf-8"\?>\n<testsuites>/);
    expect(r.stdout.match(/<failure /g)).toHaveLength(1);
    expect(r.stdout.match(/<testsuite /g)).toHaveLength(2);
  });

  it("sarif is 2.1.0 with a rules entry and help URI per rule", async () => {
    const r = await cli(["posts", "-f", "sarif"], { cwd: dir });
    const log = JSON.parse(r.stdout);
    expect(log.version).toBe("2.1.0");
    expect(log.$schema).toMatch(/sarif/);
    const run = log.runs[0];
    expect(run.tool.driver.name).toBe("healthlint");
    expect(run.tool.driver.rules).toEqual([
      expect.objectContaining({ id: "hashtag-overuse", helpUri: expect.stringMatching(/hashtag-overuse\.md$/) }),
    ]);
    expect(run.results[0]).toMatchObject({
      level: "error",
      ruleId: "hashtag-overuse",
      locations: [{ physicalLocation: { artifactLocation: { uri: "posts/vaccines.md" }, region: { startLine: 1, startColumn: 81 } } }],
    });
  });

  it("a custom formatter module works", async () => {
    const f = path.join(tmp(), "count.mjs");
    fs.writeFileSync(f, "export default (results) => `files: ${results.length}\\n`;\n");
    const r = await cli(["posts", "-f", f], { cwd: dir });
    expect(r.stdout).toBe("files: 2\n");
  });

  it("stylish honours NO_COLOR and --color", async () => {
    const plain = await cli(["posts"], { cwd: dir });
    expect(plain.stdout).not.toMatch(/\u001b\[/);
    const coloured = await cli(["posts", "--color"], { cwd: dir });
    expect(coloured.stdout).toMatch(/\u001b\[/);
  });
});

describe("commands", () => {
  it("`rules --format json` lists every rule with id, description, severity and docs URL", async () => {
    const r = await cli(["rules", "--format", "json"]);
    const rules = JSON.parse(r.stdout);
    expect(rules.map((x: { id: string }) => x.id)).toContain("hashtag-overuse");
    for (const x of rules) expect(x).toEqual(expect.objectContaining({ id: expect.any(String), description: expect.any(String), defaultSeverity: expect.any(String), docsUrl: expect.any(String) }));
  });

  it("`init` writes a starter config and refuses to overwrite one", async () => {
    const dir = tmp();
    const first = await cli(["init"], { cwd: dir });
    expect(first.code).toBe(0);
    expect(fs.readFileSync(path.join(dir, ".healthlintrc.yml"), "utf8")).toMatch(/^# healthlint configuration/);
    const second = await cli(["init"], { cwd: dir });
    expect(second.code).toBe(2);
    expect(second.stderr).toMatch(/already configures healthlint here; not overwriting/);
    // and the config it wrote is valid
    fs.writeFileSync(path.join(dir, "p.md"), "Hello.\n");
    expect((await cli(["p.md"], { cwd: dir })).code).toBe(0);
  });

  it("--print-config prints the resolved config for a file", async () => {
    const r = await cli(["--print-config", "team/posts/launch.txt"], { cwd: path.join(PROJECTS, "nested") });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ platform: "threads", rules: { "hashtag-overuse": ["error", { max: 1 }] } });
  });

  it("--version prints the package version", async () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, "package.json"), "utf8"));
    expect((await cli(["--version"])).stdout.trim()).toBe(pkg.version);
  });
});

describe("fixes", () => {
  it("--fix-dry-run returns output without writing; --fix writes through a rename", async () => {
    const dir = tmp();
    fs.cpSync(path.join(PROJECTS, "plugin"), dir, { recursive: true });
    fs.writeFileSync(
      path.join(dir, "plugins", "house-style.mjs"),
      fs.readFileSync(path.join(dir, "plugins", "house-style.mjs"), "utf8").replace(
        "ctx.report({ messageId: \"bang\", range: [m.index, m.index + 1] })",
        "ctx.report({ messageId: \"bang\", range: [m.index, m.index + 1], fix: { range: [m.index, m.index + 1], text: \".\" } })",
      ),
    );
    const dry = await cli(["post.md", "--fix-dry-run", "-f", "json"], { cwd: dir });
    expect((JSON.parse(dry.stdout)[0] as { output: string }).output).toBe("Our new clinic is open.\n");
    expect(fs.readFileSync(path.join(dir, "post.md"), "utf8")).toBe("Our new clinic is open!\n");
    const fixed = await cli(["post.md", "--fix"], { cwd: dir });
    expect(fixed.code).toBe(0);
    expect(fs.readFileSync(path.join(dir, "post.md"), "utf8")).toBe("Our new clinic is open.\n");
    expect(fs.readdirSync(dir).filter((f) => f.endsWith(".tmp"))).toEqual([]);
  });
});

describe("the built CLI, spawned as users run it", () => {
  it("lints the shipped example posts and exits 1 with findings", () => {
    const r = spawnCli(["fixtures/posts"]);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/heart-month-instagram\.md/);
    expect(r.stderr).toBe("");
  });

  it("reads standard input", () => {
    const r = spawnCli(["--stdin", "--stdin-filename", "post.md", "--platform", "threads", "-f", "json"], { input: "One. #a #b" });
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout)[0].messages[0].ruleId).toBe("hashtag-overuse");
  });
});
