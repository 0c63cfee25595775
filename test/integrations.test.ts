/**
 * Where users run healthlint, exercised as they run it:
 * - GitLab's Code Quality report (the `gitlab` format);
 * - the pre-commit hook's file selection;
 * - the GitHub Action: its composite steps run locally by bash, as the runner would, against a
 *   content repository, with the packed healthlint;
 * - pre-commit: a real git repo, the hook installed from a git repo of healthlint by pre-commit
 *   itself, a commit blocked and then let through; and the same hook call without the framework.
 */
import { createHash } from "node:crypto";
import { execFileSync, spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parse as parseYaml } from "yaml";
import { cli, FIXTURES, ROOT } from "./helpers/cli.js";
import { npmNoise, pack, run, RUN_INSTALL_TESTS, SKIP_NOTE, type Packed } from "./helpers/pack.js";

const HOOKS = parseYaml(fs.readFileSync(path.join(ROOT, ".pre-commit-hooks.yaml"), "utf8")) as Array<Record<string, unknown>>;
const HOOK = HOOKS.find((h) => h.id === "healthlint")!;
/** pre-commit's `files` is a Python regex; `(?i)` at its start is the only inline flag we use. */
const hookFiles = (() => {
  const src = String(HOOK.files);
  return src.startsWith("(?i)") ? new RegExp(src.slice(4), "i") : new RegExp(src);
})();
const PRE_COMMIT = spawnSync("pre-commit", ["--version"], { encoding: "utf8" }).status === 0;

if (!RUN_INSTALL_TESTS) console.warn(`integrations.test.ts: the Action and pre-commit runs are skipped: ${SKIP_NOTE}`);

const tmp = (prefix: string) => fs.mkdtempSync(path.join(os.tmpdir(), prefix));
const git = (cwd: string, ...args: string[]) =>
  execFileSync("git", ["-c", "user.name=Test", "-c", "user.email=test@example.invalid", "-c", "commit.gpgsign=false", "-c", "init.defaultBranch=main", ...args], {
    cwd,
    encoding: "utf8",
    env: { ...process.env, GIT_AUTHOR_DATE: "2026-01-01T00:00:00Z", GIT_COMMITTER_DATE: "2026-01-01T00:00:00Z" },
  });

/**
 * A content repository: the shipped example posts, a notes file that is not a post, and a config
 * that keeps these tests to one rule (rules added later must not change what they expect).
 */
function contentRepo(): string {
  const dir = tmp("healthlint-content-");
  fs.cpSync(path.join(FIXTURES, "posts"), path.join(dir, "posts"), { recursive: true });
  fs.writeFileSync(path.join(dir, ".healthlintrc.yml"), "root: true\nextends: []\nrules:\n  hashtag-overuse: warn\n");
  fs.writeFileSync(path.join(dir, "posts", "clean.md"), "Wash your hands for 20 seconds.\n");
  fs.writeFileSync(path.join(dir, "notes.json"), '{"not": "a post"}\n');
  git(dir, "init", "-q");
  return dir;
}

describe("the gitlab format (GitLab Code Quality)", () => {
  const post = (mrn: string) => `---\nplatform: x\n---\nThanks to our patient, MRN ${mrn}. #a #b #c #d\n`;

  it("has GitLab's fields, maps severities, and fingerprints file+rule+line, never the text", async () => {
    const dir = tmp("healthlint-gitlab-");
    fs.writeFileSync(path.join(dir, ".healthlintrc.yml"), "root: true\nextends: []\nrules:\n  hashtag-overuse: warn\n");
    fs.writeFileSync(path.join(dir, "post.md"), post("12345678"));
    const first = JSON.parse((await cli(["post.md", "-f", "gitlab"], { cwd: dir })).stdout);
    expect(first).toEqual([
      {
        type: "issue",
        engine_name: "healthlint",
        check_name: "hashtag-overuse",
        description: expect.stringMatching(/hashtags in this post.*\(hashtag-overuse\)$/),
        categories: ["Style"],
        fingerprint: createHash("sha256").update("post.md\u0000hashtag-overuse\u00004").digest("hex"),
        severity: "minor",
        location: { path: "post.md", lines: { begin: 4, end: 4 } },
      },
    ]);
    // Other text on the same line: the same finding keeps its fingerprint.
    fs.writeFileSync(path.join(dir, "post.md"), post("99999999"));
    const second = JSON.parse((await cli(["post.md", "-f", "gitlab"], { cwd: dir })).stdout);
    expect(second[0].fingerprint).toBe(first[0].fingerprint);
    const errors = JSON.parse((await cli(["post.md", "-f", "gitlab", "--rule", "hashtag-overuse: error"], { cwd: dir })).stdout);
    expect(errors[0].severity).toBe("major");
  });

  it("repeated findings on one line get distinct fingerprints", async () => {
    const dir = tmp("healthlint-gitlab-");
    fs.mkdirSync(path.join(dir, "plugins"));
    fs.writeFileSync(
      path.join(dir, "plugins", "p.mjs"),
      `export default { name: "p", rules: { bang: { meta: { id: "bang", description: "d", defaultSeverity: "info", messages: { m: "bang" } }, check(ctx) { for (const m of ctx.post.text.matchAll(/!/g)) ctx.report({ messageId: "m", range: [m.index, m.index + 1] }); } } } };\n`,
    );
    fs.writeFileSync(path.join(dir, ".healthlintrc.yml"), "root: true\nextends: []\nplugins: [./plugins/p.mjs]\nrules:\n  p/bang: info\n");
    fs.writeFileSync(path.join(dir, "a.md"), "Yes! Yes! Yes!\n");
    const issues = JSON.parse((await cli(["a.md", "-f", "gitlab"], { cwd: dir })).stdout) as Array<{ fingerprint: string; severity: string }>;
    expect(issues).toHaveLength(3);
    expect(new Set(issues.map((i) => i.fingerprint)).size).toBe(3);
    expect(issues.every((i) => i.severity === "info")).toBe(true);
  });
});

describe("the pre-commit hook definition", () => {
  it("is a node hook named healthlint, run on Markdown and text files only", () => {
    expect(HOOK).toMatchObject({ id: "healthlint", entry: "healthlint", language: "node" });
    for (const f of ["posts/a.md", "b.markdown", "c.mdx", "notes/d.txt", "E.MD"]) expect(hookFiles.test(f)).toBe(true);
    for (const f of ["package.json", "a.md.bak", "script.py", "notes.yml", "md"]) expect(hookFiles.test(f)).toBe(false);
  });
});

describe("the editor setups in docs/integrations.md", () => {
  const doc = fs.readFileSync(path.join(ROOT, "docs", "integrations.md"), "utf8");

  it("the VS Code tasks parse, and their problem matcher reads every line of the compact format", async () => {
    const block = doc.match(/\.vscode\/tasks\.json`:\n\n```json\n([\s\S]*?)\n```/)![1];
    const tasks = JSON.parse(block).tasks as Array<{ problemMatcher: { pattern: { regexp: string } } }>;
    expect(tasks).toHaveLength(2);
    const dir = tmp("healthlint-vscode-");
    fs.mkdirSync(path.join(dir, "posts"));
    fs.writeFileSync(path.join(dir, ".healthlintrc.yml"), "root: true\nextends: []\nrules:\n  hashtag-overuse: warn\n");
    fs.writeFileSync(path.join(dir, "posts", "a.md"), "---\nplatform: instagram\n---\nShots (free) today. #a #b #c #d #e #f #g\n");
    fs.writeFileSync(path.join(dir, "posts", "b.md"), "One. #a #b #c #d\n");
    const compact = (await cli(["posts", "-f", "compact"], { cwd: dir })).stdout.split("\n").filter((l) => l.includes(": line "));
    expect(compact).toHaveLength(2);
    for (const task of tasks) {
      const re = new RegExp(task.problemMatcher.pattern.regexp);
      const m = compact.map((l) => l.match(re));
      expect(m.map((x) => x && [x[1], x[2], x[4], x[6]])).toEqual([
        ["posts/a.md", "4", "Error", "hashtag-overuse"],
        ["posts/b.md", "1", "Warning", "hashtag-overuse"],
      ]);
      expect(m[0]![5]).toMatch(/^7 hashtags in this post/);
    }
  });

  it("the JSON the ALE and nvim-lint snippets read: --stdin with --stdin-filename", async () => {
    expect(doc).toContain("'command': 'healthlint --stdin --stdin-filename %s --format json'");
    expect(doc).toContain('args = { "--stdin", "--stdin-filename", function() return vim.api.nvim_buf_get_name(0) end, "--format", "json" }');
    const r = await cli(["--stdin", "--stdin-filename", "posts/new.md", "--platform", "threads", "--format", "json"], { cwd: tmp("healthlint-editor-"), stdin: "One. #a #b" });
    expect(r.code).toBe(1);
    const [result] = JSON.parse(r.stdout);
    expect(result.messages[0]).toEqual(expect.objectContaining({ ruleId: "hashtag-overuse", severity: expect.any(Number), line: 1, column: expect.any(Number), endLine: 1, endColumn: expect.any(Number), message: expect.any(String) }));
  });
});

describe.skipIf(!RUN_INSTALL_TESTS)("with the packed healthlint installed", () => {
  let packed: Packed;
  let runnerTemp: string;
  let bin: string;

  /** Runs the composite action's steps as a runner does: `run:` steps with bash, `uses:` steps recorded. */
  function runAction(workspace: string, inputs: Record<string, string>) {
    const action = parseYaml(fs.readFileSync(path.join(ROOT, "action.yml"), "utf8")) as {
      inputs: Record<string, { default?: string }>;
      runs: { using: string; steps: Array<{ id?: string; name: string; if?: string; uses?: string; run?: string; shell?: string; env?: Record<string, string>; with?: Record<string, string>; "working-directory"?: string }> };
    };
    expect(action.runs.using).toBe("composite");
    const values: Record<string, string> = {};
    for (const [k, v] of Object.entries(action.inputs)) values[k] = inputs[k] ?? v.default ?? "";
    const outputs: Record<string, Record<string, string>> = {};
    const lookup = (ref: string): string => {
      const [scope, ...rest] = ref.split(".");
      if (scope === "inputs") return values[rest.join(".")] ?? "";
      if (ref === "github.action_path") return ROOT;
      if (ref === "github.workspace") return workspace;
      if (ref === "runner.temp") return runnerTemp;
      if (scope === "steps" && rest[1] === "outputs") return outputs[rest[0]]?.[rest[2]] ?? "";
      throw new Error(`unknown expression ${ref}`);
    };
    const expand = (s: string) => s.replace(/\$\{\{\s*([\w.-]+)\s*\}\}/g, (_m, ref: string) => lookup(ref));
    const condition = (expr: string): boolean => {
      const js = expr
        .replace(/always\(\)/g, "true")
        .replace(/'([^']*)'/g, (_m, s: string) => JSON.stringify(s))
        .replace(/\b(inputs|steps|github|runner)\.[\w.-]+/g, (ref) => JSON.stringify(lookup(ref)))
        .replace(/==/g, "===")
        .replace(/!=/g, "!==")
        .replace(/!====/g, "!==");
      return Boolean(new Function(`return (${js});`)());
    };
    const log: Array<{ name: string; ran: boolean; code?: number; stdout?: string; stderr?: string; uses?: string; with?: Record<string, string> }> = [];
    for (const step of action.runs.steps) {
      if (step.if && !condition(step.if)) {
        log.push({ name: step.name, ran: false });
        continue;
      }
      if (step.uses) {
        const w: Record<string, string> = {};
        for (const [k, v] of Object.entries(step.with ?? {})) w[k] = expand(String(v));
        log.push({ name: step.name, ran: true, uses: step.uses, with: w });
        continue;
      }
      expect(step.shell).toBe("bash");
      expect(step.run).not.toMatch(/\$\{\{/); // inputs reach scripts through env only
      const env: Record<string, string> = {};
      for (const [k, v] of Object.entries(step.env ?? {})) env[k] = expand(String(v));
      const outFile = path.join(runnerTemp, `output-${log.length}`);
      fs.writeFileSync(outFile, "");
      const script = path.join(runnerTemp, `step-${log.length}.sh`);
      fs.writeFileSync(script, step.run!);
      const cwd = path.resolve(workspace, expand(step["working-directory"] ?? "."));
      const r = spawnSync("bash", ["--noprofile", "--norc", "-eo", "pipefail", script], {
        cwd,
        encoding: "utf8",
        env: { ...process.env, ...env, GITHUB_OUTPUT: outFile, GITHUB_PATH: path.join(runnerTemp, "path"), GITHUB_WORKSPACE: workspace, RUNNER_TEMP: runnerTemp, GITHUB_ACTIONS: "true", CI: "true", NO_COLOR: "1", npm_config_prefer_offline: "true", npm_config_update_notifier: "false" },
        timeout: 600_000,
      });
      if (step.id) {
        outputs[step.id] = {};
        for (const line of fs.readFileSync(outFile, "utf8").split("\n")) {
          const i = line.indexOf("=");
          if (i > 0) outputs[step.id][line.slice(0, i)] = line.slice(i + 1);
        }
      }
      log.push({ name: step.name, ran: true, code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr });
      if (r.status !== 0) break; // a failed step stops the job
    }
    return { log, outputs, step: (name: string) => log.find((l) => l.name === name)! };
  }

  beforeAll(() => {
    packed = pack();
    runnerTemp = tmp("healthlint-runner-temp-");
  }, 120_000);

  /** Large folders (installed packages, pre-commit environments) made by these tests. */
  const cleanup: string[] = [];
  afterAll(() => {
    for (const dir of [runnerTemp, packed && path.dirname(packed.tarball), ...cleanup]) if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });

  describe("the GitHub Action, its steps run locally", () => {
    it("installs the package, annotates, writes SARIF (second run from the cache), uploads it, and fails on findings", () => {
      const ws = contentRepo();
      const a = runAction(ws, { package: packed.tarball, "node-version": "", patterns: "posts" });
      expect(a.step("Set up Node.js").ran).toBe(false);
      const install = a.step("Install healthlint");
      expect([install.code, install.stdout?.trim().split("\n").pop()]).toEqual([0, packed.version]);
      bin = a.outputs.install.bin;
      expect(fs.existsSync(bin)).toBe(true);

      const lint = a.step("Run healthlint");
      expect(lint.code).toBe(0);
      expect(a.outputs.lint["exit-code"]).toBe("1");
      const annotations = lint.stdout!.split("\n").filter((l) => l.startsWith("::"));
      expect(annotations.some((l) => /^::error file=posts\/heart-month-instagram\.md,line=8,col=\d+,endLine=8,endColumn=\d+,title=healthlint hashtag-overuse::7 hashtags in this post/.test(l))).toBe(true);
      expect(annotations.every((l) => /^::(error|warning|notice) file=posts\/[\w-]+\.md,line=\d+/.test(l))).toBe(true);

      expect(a.outputs.lint["sarif-file"]).toBe("healthlint.sarif");
      const sarif = JSON.parse(fs.readFileSync(path.join(ws, "healthlint.sarif"), "utf8"));
      expect(sarif.version).toBe("2.1.0");
      expect(sarif.runs[0].tool.driver.name).toBe("healthlint");
      expect(sarif.runs[0].results).toHaveLength(annotations.length);
      expect(sarif.runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri).toMatch(/^posts\//);
      const cache = JSON.parse(fs.readFileSync(path.join(runnerTemp, "healthlint-tool", ".healthlintcache"), "utf8"));
      expect(Object.keys(cache.files)).toContain(path.relative(path.join(runnerTemp, "healthlint-tool"), path.join(ws, "posts", "clean.md")).split(path.sep).join("/"));

      const upload = a.step("Upload SARIF to code scanning");
      expect(upload.uses).toBe("github/codeql-action/upload-sarif@v4");
      expect(upload.with).toEqual({ sarif_file: "./healthlint.sarif", category: "healthlint" });
      expect(fs.existsSync(path.join(ws, upload.with!.sarif_file))).toBe(true);

      const fail = a.step("Fail on findings");
      expect(fail.code).toBe(1);
      expect(fail.stdout).toContain("healthlint exited with 1");
    });

    it("passes on clean posts, can leave the job green on findings, and inputs cannot inject shell code", () => {
      const ws = contentRepo();
      const clean = runAction(ws, { package: packed.tarball, "node-version": "", patterns: "posts/clean.md", sarif: "false" });
      expect(clean.outputs.lint["exit-code"]).toBe("0");
      expect(clean.step("Upload SARIF to code scanning").ran).toBe(false);
      expect(clean.step("Fail on findings").code).toBe(0);

      const lenient = runAction(ws, {
        package: packed.tarball,
        "node-version": "",
        patterns: 'posts/*.md $(touch${IFS}pwned) `touch pwned2`',
        args: "--max-warnings 100 --no-error-on-unmatched-pattern",
        "fail-on-findings": "false",
        "upload-sarif": "false",
      });
      expect(lenient.outputs.lint["exit-code"]).toBe("1");
      expect(lenient.step("Upload SARIF to code scanning").ran).toBe(false);
      expect(lenient.step("Fail on findings").ran).toBe(false);
      expect(fs.existsSync(path.join(ws, "pwned"))).toBe(false);
      expect(fs.existsSync(path.join(ws, "pwned2"))).toBe(false);
    });
  });

  describe("pre-commit", () => {
    /** The files pre-commit would pass to the hook: staged, added/copied/modified/renamed, matching `files`. */
    const staged = (repo: string) =>
      git(repo, "diff", "--staged", "--name-only", "--no-ext-diff", "--diff-filter=ACMRTUXB", "-z")
        .split("\0")
        .filter((f) => f && hookFiles.test(f));

    it("the hook's command on the staged posts, without the framework: `healthlint <staged files>`", () => {
      if (!bin) bin = runAction(contentRepo(), { package: packed.tarball, "node-version": "" }).outputs.install.bin;
      const repo = contentRepo();
      git(repo, "add", "posts/flu-clinic-x.md", "posts/heart-month-instagram.md", "posts/clean.md", "notes.json");
      const files = staged(repo);
      expect(files).toEqual(["posts/clean.md", "posts/flu-clinic-x.md", "posts/heart-month-instagram.md"]);
      const r = run(bin, [...(HOOK.args as string[] | undefined ?? []), ...files], repo);
      expect(r.status).toBe(1);
      expect(r.stdout).toContain("posts/heart-month-instagram.md");
      expect(r.stdout).not.toContain("stroke-awareness-facebook.md"); // not staged
      expect(npmNoise(r.stderr)).toBe("");
    });

    it.skipIf(!PRE_COMMIT && !process.env.CI)(
      "a real pre-commit installs the hook from a git repo of healthlint, blocks a commit with findings, then lets the fixed one through",
      () => {
        expect(PRE_COMMIT, "pre-commit is not installed: .ci/run installs it (apt-get install pre-commit)").toBe(true);
        // The hook repository, as pre-commit clones it: the files git would commit here.
        const hookRepo = tmp("healthlint-hook-repo-");
        const tracked = execFileSync("git", ["ls-files", "-z", "--cached", "--others", "--exclude-standard"], { cwd: ROOT, encoding: "utf8" }).split("\0").filter(Boolean);
        for (const f of tracked) {
          const from = path.join(ROOT, f);
          if (!fs.existsSync(from) || !fs.statSync(from).isFile()) continue;
          fs.mkdirSync(path.dirname(path.join(hookRepo, f)), { recursive: true });
          fs.copyFileSync(from, path.join(hookRepo, f));
        }
        git(hookRepo, "init", "-q");
        git(hookRepo, "add", "-A");
        git(hookRepo, "commit", "-qm", "healthlint");
        const rev = git(hookRepo, "rev-parse", "HEAD").trim();

        const repo = contentRepo();
        fs.writeFileSync(path.join(repo, ".pre-commit-config.yaml"), `repos:\n  - repo: ${hookRepo}\n    rev: ${rev}\n    hooks:\n      - id: healthlint\n`);
        const env = { PRE_COMMIT_HOME: tmp("healthlint-pre-commit-home-"), PRE_COMMIT_COLOR: "never" };
        cleanup.push(hookRepo, repo, env.PRE_COMMIT_HOME);
        const installed = run("pre-commit", ["install"], repo, env);
        expect(installed.status, installed.stderr).toBe(0);
        git(repo, "add", ".pre-commit-config.yaml", ".healthlintrc.yml", "posts/flu-clinic-x.md", "posts/heart-month-instagram.md", "posts/stroke-awareness-facebook.md");

        const t0 = Date.now();
        const blocked = run("git", ["commit", "-m", "three posts"], repo, env);
        const firstRun = Date.now() - t0;
        expect(blocked.status, blocked.stdout + blocked.stderr).toBe(1);
        const out = blocked.stdout + blocked.stderr;
        expect(out).toMatch(/healthlint\.+Failed/);
        expect(out).toContain("posts/heart-month-instagram.md");
        expect(out).toMatch(/7 hashtags in this post/);

        // Cold start of the hook on 3 staged files, the environment installed.
        const times: number[] = [];
        for (let i = 0; i < 3; i++) {
          const t = Date.now();
          run("pre-commit", ["run"], repo, env);
          times.push(Date.now() - t);
        }
        const direct: number[] = [];
        const hookBin = fs.readdirSync(env.PRE_COMMIT_HOME).map((d) => path.join(env.PRE_COMMIT_HOME, d, "node_env-system", "bin", "healthlint")).find((p) => fs.existsSync(p));
        for (let i = 0; hookBin && i < 3; i++) {
          const t = Date.now();
          run(hookBin, ["posts/flu-clinic-x.md", "posts/heart-month-instagram.md", "posts/stroke-awareness-facebook.md"], repo);
          direct.push(Date.now() - t);
        }
        const node: number[] = [];
        for (let i = 0; i < 3; i++) {
          const t = Date.now();
          run(process.execPath, ["-e", "0"], repo);
          node.push(Date.now() - t);
        }
        console.info(
          `integrations.test.ts: pre-commit: first commit (hook install + run) ${(firstRun / 1000).toFixed(1)} s; ` +
            `\`pre-commit run\` on 3 staged posts: ${times.join(", ")} ms; healthlint alone on them: ${direct.join(", ")} ms; \`node -e 0\`: ${node.join(", ")} ms; load average ${os.loadavg().map((l) => l.toFixed(1)).join(" ")}`,
        );

        for (const f of ["posts/heart-month-instagram.md", "posts/stroke-awareness-facebook.md"]) {
          const file = path.join(repo, f);
          fs.writeFileSync(file, fs.readFileSync(file, "utf8").replace(/ #\w+/g, ""));
        }
        git(repo, "add", "-A", "posts");
        const ok = run("git", ["commit", "-m", "three posts, fewer hashtags"], repo, env);
        expect(ok.status, ok.stdout + ok.stderr).toBe(0);
        expect(ok.stdout + ok.stderr).toMatch(/healthlint\.+Passed/);
      },
      900_000,
    );
  });
});
