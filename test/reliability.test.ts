/**
 * Bad input gets a clear answer (issue 9): each row of the table in docs/reliability.md is tested
 * here by running the CLI, in-process or spawned. Every answer names the file and the problem, has
 * no stack trace, and ends with the documented exit code. Config rows are in test/config.test.ts.
 *
 * Nothing leaks: no output format, written report, debug log or cache holds an identifier that a
 * rule matched, unless --show-matches.
 */
import { execFileSync, spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { builtinRules } from "../rules/index.js";
import { FORMATTER_NAMES } from "../src/formatters/index.js";
import { Linter } from "../src/lint.js";
import { cli, FIXTURES, json, ROOT } from "./helpers/cli.js";

const BAD = path.join(FIXTURES, "bad-input");
const tmp = () => fs.mkdtempSync(path.join(os.tmpdir(), "healthlint-bad-"));
const STACK = /\n\s+at \S.*:\d+:\d+\)?/;

/** The built CLI in its own process, with a time limit so that a hang fails instead of blocking. */
function spawn(args: string[], cwd: string, timeout = 120_000) {
  const r = spawnSync(process.execPath, [path.join(ROOT, "bin/healthlint.js"), ...args], {
    cwd,
    encoding: "utf8",
    timeout,
    maxBuffer: 64 * 1024 * 1024,
    env: { ...process.env, NO_COLOR: "1" },
  });
  return { code: r.status ?? -1, signal: r.signal, stdout: r.stdout, stderr: r.stderr };
}

type Messages = ReturnType<typeof json>[number]["messages"];
const hashtagFinding = (messages: Messages) => messages.find((m) => m.ruleId === "hashtag-overuse");
/** No rule crashed and nothing was fatal but what the row expects. */
const noRuleFailed = (messages: Messages) => expect(messages.filter((m) => m.fatal && m.ruleId !== null)).toEqual([]);

describe("bad input: files", () => {
  it("empty file: nothing to report, exit 0", async () => {
    const r = await cli(["empty.md"], { cwd: BAD });
    expect(r).toEqual({ code: 0, stdout: "", stderr: "" });
    const stdin = await cli(["--stdin", "--stdin-filename", "empty.md"], { cwd: BAD, stdin: "" });
    expect(stdin.code).toBe(0);
  });

  it("binary file: skipped with a notice naming it; the exit code is what the other files make it", async () => {
    const alone = await cli(["binary.md"], { cwd: BAD });
    expect(alone.code).toBe(0);
    expect(alone.stderr).toBe("healthlint: binary.md: skipped: binary file (it has NUL bytes)\n");
    const withOthers = await cli(["binary.md", "hashtags.md", "--platform", "threads", "-f", "json"], { cwd: BAD });
    expect(withOthers.code).toBe(1);
    expect(withOthers.stderr).toContain("binary.md: skipped: binary file");
    expect(json(withOthers).map((r) => path.basename(r.filePath))).toEqual(["hashtags.md"]);
  });

  it("invalid UTF-8: decoded with U+FFFD, a notice, linted, positions right; exit by findings", async () => {
    const r = await cli(["invalid-utf8.md", "--platform", "threads", "-f", "json"], { cwd: BAD });
    expect(r.code).toBe(1);
    expect(r.stderr).toBe("healthlint: invalid-utf8.md: is not valid UTF-8: invalid bytes were replaced with U+FFFD before linting\n");
    const [res] = json(r);
    noRuleFailed(res.messages);
    // "Caf\uFFFD flu clinic today. #FluSeason #Vaccines": the second hashtag is at column 35.
    expect(hashtagFinding(res.messages)).toMatchObject({ line: 1, column: 35 });
  });

  for (const [file, notice] of [
    ["utf16le-bom.md", "decoded as UTF-16 LE (byte order mark)"],
    ["utf16be-bom.md", "decoded as UTF-16 BE (byte order mark)"],
  ]) {
    it(`UTF-16 with a byte order mark (${file}): decoded, linted, positions right`, async () => {
      const r = await cli([file, "--platform", "threads", "-f", "json"], { cwd: BAD });
      expect(r.code).toBe(1);
      expect(r.stderr).toBe(`healthlint: ${file}: ${notice}\n`);
      const [res] = json(r);
      noRuleFailed(res.messages);
      expect(hashtagFinding(res.messages)).toMatchObject({ line: 2, column: 21, endLine: 2, endColumn: 30 });
    });
  }

  for (const file of ["crlf.md", "lone-cr.md"]) {
    it(`${file === "crlf.md" ? "CRLF" : "lone CR"} line endings: lines and columns counted as an editor does`, async () => {
      const r = await cli([file, "--platform", "threads", "-f", "json"], { cwd: BAD });
      expect(r.code).toBe(1);
      expect(r.stderr).toBe("");
      const [res] = json(r);
      noRuleFailed(res.messages);
      expect(hashtagFinding(res.messages)).toMatchObject({ line: 3, column: 21, endLine: 3, endColumn: 30 });
    });
  }

  it("front matter never closed: an error naming the problem, the rest still linted; exit 1", async () => {
    const r = await cli(["front-matter-unclosed.md", "-f", "json"], { cwd: BAD });
    expect(r.code).toBe(1);
    const [res] = json(r);
    expect(res.messages[0]).toMatchObject({ ruleId: null, fatal: true, line: 1, column: 1, message: expect.stringMatching(/^Front matter opened on line 1 is never closed/) });
    noRuleFailed(res.messages);
    const stylish = await cli(["front-matter-unclosed.md"], { cwd: BAD });
    expect(stylish.stdout).toContain("front-matter-unclosed.md");
    expect(stylish.stdout).toMatch(/1:1\s+error\s+Front matter opened on line 1 is never closed/);
    expect(stylish.stdout + stylish.stderr).not.toMatch(STACK);
  });

  it("front matter that is not YAML, or not a mapping: an error naming the problem; exit 1", async () => {
    const r = await cli(["front-matter-not-yaml.md", "front-matter-not-mapping.md", "--platform", "threads", "-f", "json"], { cwd: BAD });
    expect(r.code).toBe(1);
    const [mapping, yaml] = json(r);
    expect(yaml.messages[0]).toMatchObject({ ruleId: null, fatal: true, message: expect.stringMatching(/^Front matter is not valid YAML/) });
    expect(mapping.messages[0]).toMatchObject({ ruleId: null, fatal: true, message: "Front matter must be a YAML mapping (key: value lines)." });
    for (const res of [yaml, mapping]) {
      noRuleFailed(res.messages);
      // The post after the front matter is linted all the same.
      expect(hashtagFinding(res.messages)).toMatchObject({ line: 5, column: 30 });
    }
    expect(r.stderr).not.toMatch(STACK);
  });

  // About 20 s and 1 GB of memory: run under CI (.ci/run) and with HEALTHLINT_LARGE_TESTS=1.
  it.skipIf(!process.env.HEALTHLINT_LARGE_TESTS && !process.env.CI)("a 50 MB file: completes, and is linted to its last line", { timeout: 1_800_000 }, () => {
    const dir = tmp();
    const posts = fs.readdirSync(path.join(FIXTURES, "posts")).map((f) => fs.readFileSync(path.join(FIXTURES, "posts", f), "utf8").replace(/^---[\s\S]*?\n---\n/, ""));
    const unit = `${posts.join("\n\n---\n\n")}\n\n---\n\n`;
    const copies = Math.ceil((50 * 1024 * 1024) / unit.length);
    // The last lines hold a directive that suppresses nothing: its finding proves the end was read.
    const end = "<!-- healthlint-disable-next-line hashtag-overuse -- end marker -->\nThe end.\n";
    const file = path.join(dir, "calendar.md");
    const fd = fs.openSync(file, "w");
    for (let i = 0; i < copies; i++) fs.writeSync(fd, unit);
    fs.writeSync(fd, end);
    fs.closeSync(fd);
    const size = fs.statSync(file).size;
    expect(size).toBeGreaterThanOrEqual(50 * 1024 * 1024);
    // One cheap rule: this row is about reading, decoding and parsing 50 MB and placing findings to
    // its end; every rule's own growth is test/pathological.test.ts's business.
    fs.writeFileSync(path.join(dir, ".healthlintrc.yml"), "root: true\nextends: []\nplatform: threads\nrules:\n  hashtag-overuse: error\n");
    // A formatter that prints what matters: a report of 50 MB of posts is not the point.
    fs.writeFileSync(path.join(dir, "summary.mjs"), "export default (results) => JSON.stringify(results.map((r) => ({ posts: r.postCount, messages: r.messages })));\n");
    const started = Date.now();
    const r = spawn(["calendar.md", "-f", "./summary.mjs", "--report-unused-disable-directives", "--debug"], dir, 1_700_000);
    console.info(`healthlint: a 50 MB file (${size} bytes, ${copies} copies of the example posts) linted in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    expect(r.signal).toBe(null);
    expect(r.stderr).not.toMatch(STACK);
    expect(r.code).toBe(1);
    const [summary] = JSON.parse(r.stdout) as Array<{ posts: number; messages: Messages }>;
    expect(summary.messages.filter((m) => m.fatal)).toEqual([]);
    expect(summary.posts).toBe(1);
    const first = unit.search(/#\w+\s+#/);
    const second = unit.indexOf("#", first + 1);
    const before = unit.slice(0, second).split("\n");
    expect(hashtagFinding(summary.messages)).toMatchObject({ line: before.length, column: before.at(-1)!.length + 1 });
    const lines = copies * (unit.split("\n").length - 1) + 1;
    expect(summary.messages.find((m) => m.ruleId === null)).toMatchObject({ line: lines, column: 1, message: expect.stringMatching(/^Unused healthlint-disable-next-line/) });
  });

  it("a line of a million characters: completes, linted, positions right", async () => {
    const dir = tmp();
    const line = "Our flu clinic is open today. ".repeat(33_334).slice(0, 1_000_000 - 22) + " #FluSeason #Vaccines";
    fs.writeFileSync(path.join(dir, "long.md"), `${line}\n`);
    const r = await cli(["long.md", "--platform", "threads", "-f", "json"], { cwd: dir });
    expect(r.code).toBe(1);
    const [res] = json(r);
    noRuleFailed(res.messages);
    expect(hashtagFinding(res.messages)).toMatchObject({ line: 1, column: line.indexOf("#Vaccines") + 1 });
  });

  it("deeply nested lists and quotes: linted as plain text with a warning naming the lines; no crash", async () => {
    const dir = tmp();
    const tags = " #FluSeason #Vaccines\n";
    fs.writeFileSync(path.join(dir, "quotes.md"), `${"> ".repeat(50_000)}Flu clinic today.${tags}`);
    fs.writeFileSync(path.join(dir, "bullets.md"), `${"- ".repeat(50_000)}Flu clinic today.${tags}`);
    fs.writeFileSync(path.join(dir, "ordered.md"), `${"1. ".repeat(50_000)}Flu clinic today.${tags}`);
    let indented = "";
    for (let i = 0; i < 1_000; i++) indented += `${"  ".repeat(i)}- level ${i}\n`;
    fs.writeFileSync(path.join(dir, "indented.md"), `${indented}\nFlu clinic today.${tags}`);
    let mixed = "";
    for (let i = 0; i < 2_000; i++) mixed += `${"> ".repeat(i % 100)}- item\n`;
    fs.writeFileSync(path.join(dir, "mixed.md"), `${mixed}\nFlu clinic today.${tags}`);
    const r = await cli([".", "--platform", "threads", "-f", "json"], { cwd: dir });
    expect(r.stderr).not.toMatch(STACK);
    expect(r.code).toBe(1);
    const results = json(r);
    expect(results).toHaveLength(5);
    for (const res of results) {
      noRuleFailed(res.messages);
      const warning = res.messages.find((m) => m.ruleId === null);
      expect(warning, path.basename(res.filePath)).toMatchObject({
        severity: 1,
        message: expect.stringMatching(/^Lines \d+-\d+ were linted as plain text, not Markdown, because lists or quotes are nested 32 or more levels deep/),
      });
      expect(hashtagFinding(res.messages), path.basename(res.filePath)).toBeDefined();
    }
    const stylish = await cli(["quotes.md"], { cwd: dir });
    expect(stylish.stdout).toContain("quotes.md");
    expect(stylish.stdout).toMatch(/1:1\s+warning\s+Lines 1-1 were linted as plain text/);
  });

  it("a folder symlink loop: walked once, no hang; files reached only through a link are not linted twice", () => {
    const dir = tmp();
    fs.mkdirSync(path.join(dir, "posts", "sub"), { recursive: true });
    fs.writeFileSync(path.join(dir, "posts", "a.md"), "Flu clinic today. #FluSeason #Vaccines\n");
    fs.writeFileSync(path.join(dir, "posts", "sub", "b.md"), "Walk in. #FluSeason #Vaccines\n");
    fs.symlinkSync("..", path.join(dir, "posts", "sub", "up"));
    fs.symlinkSync(".", path.join(dir, "posts", "self"));
    for (const args of [["posts"], ["posts/**/*.md"]]) {
      const r = spawn([...args, "--platform", "threads", "-f", "json"], dir, 60_000);
      expect(r.signal, args.join(" ")).toBe(null);
      expect(r.code).toBe(1);
      // Walking a folder names the links it does not enter; a glob never follows them.
      expect(r.stderr).toBe(
        args[0] === "posts"
          ? [path.join("posts", "self"), path.join("posts", "sub", "up")]
              .map((p) => `healthlint: ${p}: a symbolic link to a folder, not followed (name the folder itself to lint it)\n`)
              .join("")
          : "",
      );
      expect(json(r).map((x) => path.relative(dir, x.filePath)).sort()).toEqual([path.join("posts", "a.md"), path.join("posts", "sub", "b.md")]);
    }
  });

  it("files that vanish or cannot be read mid-run: each named, the others linted, exit 2", () => {
    // A plugin rule changes the folder while the run is going: when it lints a.md it deletes b.md,
    // turns c.md into a folder and d.md into a named pipe (reading one would wait forever).
    const dir = tmp();
    fs.writeFileSync(
      path.join(dir, "saboteur.mjs"),
      `import fs from "node:fs";
import path from "node:path";
import { execFileSync } from "node:child_process";
export default { rules: { sabotage: { meta: { id: "sabotage", description: "changes files mid-run", defaultSeverity: "warn", messages: {} },
  check(ctx) {
    if (!ctx.filePath.endsWith("a.md")) return;
    const dir = path.dirname(ctx.filePath);
    fs.rmSync(path.join(dir, "b.md"));
    fs.rmSync(path.join(dir, "c.md"));
    fs.mkdirSync(path.join(dir, "c.md"));
    fs.rmSync(path.join(dir, "d.md"));
    execFileSync("mkfifo", [path.join(dir, "d.md")]);
  } } } };
`,
    );
    fs.writeFileSync(path.join(dir, ".healthlintrc.yml"), "root: true\nplatform: threads\nplugins: [./saboteur.mjs]\nrules:\n  saboteur/sabotage: warn\n");
    for (const f of ["a.md", "b.md", "c.md", "d.md", "e.md"]) fs.writeFileSync(path.join(dir, f), "Flu clinic today. #FluSeason #Vaccines\n");
    const r = spawn(["a.md", "b.md", "c.md", "d.md", "e.md"], dir, 60_000);
    expect(r.signal).toBe(null);
    expect(r.code).toBe(2);
    expect(r.stdout).toMatch(/b\.md\n\s+1:1\s+error\s+Cannot read file: the file disappeared before it could be read/);
    expect(r.stdout).toMatch(/c\.md\n\s+1:1\s+error\s+Cannot read file: it is a folder, not a regular file/);
    expect(r.stdout).toMatch(/d\.md\n\s+1:1\s+error\s+Cannot read file: it is a named pipe \(FIFO\), not a regular file/);
    // a.md and e.md are linted as usual.
    expect(r.stdout).toMatch(/a\.md\n\s+1:30\s+error\s+2 hashtags/);
    expect(r.stdout).toMatch(/e\.md\n\s+1:30\s+error\s+2 hashtags/);
    expect(r.stdout + r.stderr).not.toMatch(STACK);
  });

  it("the Node API, given a list that no longer matches the disk: the same fatal results, the run goes on", async () => {
    const dir = tmp();
    fs.writeFileSync(path.join(dir, "ok.md"), "Flu clinic today.\n");
    fs.mkdirSync(path.join(dir, "folder.md"));
    execFileSync("mkfifo", [path.join(dir, "pipe.md")]);
    fs.symlinkSync("nowhere.md", path.join(dir, "dangling.md"));
    const run = await new Linter({ cwd: dir }).lintFiles(["gone.md", "folder.md", "pipe.md", "dangling.md", "ok.md"]);
    expect(run.failed).toBe(true);
    expect(run.results.map((r) => [path.basename(r.filePath), r.messages[0]?.message ?? ""])).toEqual([
      ["gone.md", "Cannot read file: the file disappeared before it could be read (or is a broken symbolic link)"],
      ["folder.md", "Cannot read file: it is a folder, not a regular file"],
      ["pipe.md", "Cannot read file: it is a named pipe (FIFO), not a regular file"],
      ["dangling.md", "Cannot read file: the file disappeared before it could be read (or is a broken symbolic link)"],
      ["ok.md", expect.not.stringMatching(/^Cannot read file/)],
    ]);
    expect(run.results.at(-1)!.fatalErrorCount).toBe(0);
  });

  it("a symbolic link to a post met while walking a folder is linted, once; a broken one is named; a pipe is not a post", () => {
    const dir = tmp();
    fs.mkdirSync(path.join(dir, "posts"));
    fs.writeFileSync(path.join(dir, "real.md"), "Flu clinic today. #FluSeason #Vaccines\n");
    fs.writeFileSync(path.join(dir, "posts", "a.md"), "Hello.\n");
    fs.symlinkSync("../real.md", path.join(dir, "posts", "link.md"));
    fs.symlinkSync("nowhere.md", path.join(dir, "posts", "dangling.md"));
    execFileSync("mkfifo", [path.join(dir, "posts", "pipe.md")]);
    fs.symlinkSync("a.md", path.join(dir, "posts", "same-as-a.md"));
    const walked = spawn(["posts", "--platform", "threads", "-f", "json"], dir, 60_000);
    expect(walked.signal).toBe(null);
    expect(walked.code).toBe(1);
    expect(walked.stderr).toBe(`healthlint: ${path.join("posts", "dangling.md")}: a broken symbolic link, skipped\n`);
    const results = json(walked);
    expect(results.map((r) => path.basename(r.filePath))).toEqual(["a.md", "link.md"]);
    expect(hashtagFinding(results[1].messages)).toBeDefined();
    const named = spawn(["posts/link.md", "--platform", "threads", "-f", "json"], dir, 60_000);
    expect(named.code).toBe(1);
    expect(hashtagFinding(json(named)[0].messages)).toBeDefined();
  });
});

describe("bad input: configuration (the rest is in test/config.test.ts)", () => {
  // config.test.ts "config errors exit 2 with the file and the problem": broken-yaml, broken-json,
  // unknown-rule, bad-options, bad-severity, unknown-key, plugin-missing, plugin-throws.
  it("--config naming a file that is not YAML, or not a mapping: exit 2, file, line and column", async () => {
    const dir = tmp();
    fs.writeFileSync(path.join(dir, "post.md"), "Hello.\n");
    fs.writeFileSync(path.join(dir, "tabs.yml"), "rules:\n\thashtag-overuse: warn\n");
    fs.writeFileSync(path.join(dir, "list.yml"), "- a\n- b\n");
    const tabs = await cli(["post.md", "--config", "tabs.yml"], { cwd: dir });
    expect(tabs).toMatchObject({ code: 2, stdout: "" });
    expect(tabs.stderr).toBe(`healthlint: ${path.join(dir, "tabs.yml")}:2:1: YAML syntax error: Tabs are not allowed as indentation\n`);
    const list = await cli(["post.md", "--config", "list.yml"], { cwd: dir });
    expect(list).toMatchObject({ code: 2, stdout: "" });
    expect(list.stderr).toBe(`healthlint: ${path.join(dir, "list.yml")}: a config must be a mapping of keys to values\n`);
  });

  it("a JavaScript config that throws: exit 2 with the file and the error, no stack trace", async () => {
    const dir = tmp();
    fs.writeFileSync(path.join(dir, "post.md"), "Hello.\n");
    fs.writeFileSync(path.join(dir, ".healthlintrc.mjs"), 'throw new Error("config exploded");\n');
    const r = await cli(["post.md"], { cwd: dir });
    expect(r).toMatchObject({ code: 2, stdout: "" });
    expect(r.stderr).toBe(`healthlint: ${path.join(dir, ".healthlintrc.mjs")}: config exploded\n`);
  });
});

describe("nothing leaks", () => {
  // A post full of identifiers. The ones patient-identifiers must find, and others that no output
  // may quote either (the html report shows the post itself, with what was found masked).
  const FOUND = { name: "Margaret Okonkwo", dob: "03/14/1962", mrn: "00482913", phone: "617-253-4821", ssn: "412-67-3891" };
  const OTHER = { email: "m.okonkwo1962@gmail.com", address: "42 Linden Street" };
  const POST =
    `Our patient ${FOUND.name} (DOB ${FOUND.dob}, MRN ${FOUND.mrn}) went home today after her hip surgery. ` +
    `Call her daughter at ${FOUND.phone} or email ${OTHER.email}. She lives at ${OTHER.address}, Springfield. SSN ${FOUND.ssn}.\n`;
  const hasRule = builtinRules.some((r) => r.meta.id === "patient-identifiers");
  const leaks = (out: string, values: Record<string, string>) => Object.entries(values).filter(([, v]) => out.includes(v)).map(([k]) => k);

  const project = () => {
    const dir = tmp();
    fs.writeFileSync(path.join(dir, ".healthlintrc.yml"), "root: true\n");
    fs.writeFileSync(path.join(dir, "post.md"), POST);
    return dir;
  };

  it.skipIf(!hasRule)("patient-identifiers finds every identifier of the post (so the checks below are not vacuous)", async () => {
    const r = await cli(["post.md", "-f", "json"], { cwd: project() });
    const found = json(r)[0].messages.filter((m) => m.ruleId === "patient-identifiers");
    for (const [kind, value] of Object.entries(FOUND)) {
      const start = POST.indexOf(value);
      expect(
        found.some((m) => (m.range as number[])[0] <= start && (m.range as number[])[1] >= start + value.length),
        `${kind} '${value}' not reported`,
      ).toBe(true);
    }
  });

  it.skipIf(!hasRule)(`no format (${FORMATTER_NAMES.join(", ")}), report file, --debug log or cache holds a matched identifier`, { timeout: 300_000 }, async () => {
    const dir = project();
    for (const format of FORMATTER_NAMES) {
      for (const debug of [[], ["--debug"]]) {
        const r = await cli(["post.md", "-f", format, ...debug], { cwd: dir });
        expect(r.code, format).toBe(1);
        expect(r.stdout.length, format).toBeGreaterThan(0);
        expect(leaks(r.stdout + r.stderr, FOUND), `${format} ${debug.join(" ")}`).toEqual([]);
        if (format !== "html") expect(leaks(r.stdout + r.stderr, OTHER), format).toEqual([]);
      }
      const out = path.join(dir, "reports", `report.${format}`);
      const written = await cli(["post.md", "-f", format, "--output-file", out], { cwd: dir });
      expect(written.stdout).toBe("");
      const file = fs.readFileSync(out, "utf8");
      expect(file.length).toBeGreaterThan(0);
      expect(leaks(file + written.stderr, FOUND), `${format} --output-file`).toEqual([]);
    }
    // The cache stores findings only.
    const cache = path.join(dir, "cache", "healthlint.cache");
    const cached = await cli(["post.md", "--cache", "--cache-location", cache], { cwd: dir });
    if (!/unknown option '--cache'/.test(cached.stderr)) {
      expect(cached.code).toBe(1);
      const again = await cli(["post.md", "--cache", "--cache-location", cache, "-f", "json"], { cwd: dir });
      expect(leaks(again.stdout, FOUND)).toEqual([]);
      const stored = fs.existsSync(cache) ? fs.readFileSync(cache, "utf8") : "";
      expect(stored.length).toBeGreaterThan(0);
      expect(leaks(stored, { ...FOUND, ...OTHER })).toEqual([]);
    }
  });

  it.skipIf(!hasRule)("--show-matches prints them (the check above would see a leak)", async () => {
    const r = await cli(["post.md", "-f", "json", "--show-matches"], { cwd: project() });
    expect(leaks(r.stdout, FOUND)).toEqual(Object.keys(FOUND));
  });

  it("the engine masks values reported through ctx.mask in every format (with a stand-in rule)", async () => {
    // Independent of patient-identifiers: a plugin rule reports the SSN through ctx.mask, and says
    // it is sensitive (meta.sensitive), so that the html report masks its ranges in the post text.
    const dir = project();
    fs.writeFileSync(
      path.join(dir, "probe.mjs"),
      `export default { rules: { ssn: { meta: { id: "ssn", description: "probe", defaultSeverity: "error", sensitive: true, messages: { found: "SSN {{value}} here." } },
  check(ctx) { for (const m of ctx.post.text.matchAll(/\\d{3}-\\d{2}-\\d{4}/g)) ctx.report({ messageId: "found", data: { value: ctx.mask(m[0]) }, range: [m.index, m.index + m[0].length] }); } } } };\n`,
    );
    fs.writeFileSync(path.join(dir, ".healthlintrc.yml"), "root: true\nextends: []\nplugins: [./probe.mjs]\nrules:\n  probe/ssn: error\n");
    for (const format of FORMATTER_NAMES) {
      const r = await cli(["post.md", "-f", format], { cwd: dir });
      expect(r.code, format).toBe(1);
      expect(r.stdout, format).not.toContain(FOUND.ssn);
    }
    const shown = await cli(["post.md", "-f", "json", "--show-matches"], { cwd: dir });
    expect(json(shown)[0].messages[0].message).toBe(`SSN ${FOUND.ssn} here.`);
  });
});
