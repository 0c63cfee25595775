import path from "node:path";
import { describe, expect, it } from "vitest";
import { Linter } from "../src/lint.js";
import { cli, json, PROJECTS } from "./helpers/cli.js";

const config = (dir: string, file: string) => new Linter({ cwd: path.join(PROJECTS, dir) }).configFor(file);

describe("config discovery", () => {
  it("uses the recommended preset when no config exists, with every built-in rule at its default", async () => {
    const linter = new Linter({ cwd: path.join(PROJECTS, "..", "posts") });
    const c = await linter.configFor("flu-clinic-x.md");
    expect(c.rules["hashtag-overuse"][0]).toBe("warn");
    for (const [id, rule] of linter.resolver.rules) expect(c.rules[id][0]).toBe(rule.meta.defaultSeverity);
  });

  it("a config that changes one rule keeps the rest of recommended on", async () => {
    const c = await config("basic", "posts/vaccines.md");
    expect(c.rules["hashtag-overuse"]).toEqual(["error", { max: 2, limits: {} }]);
    expect(c.platform).toBe("x");
    const others = Object.entries(c.rules).filter(([id]) => id !== "hashtag-overuse");
    for (const [, [sev]] of others) expect(sev).not.toBe("off");
  });

  it("nearer configs override farther ones up to root: true; overrides match by glob", async () => {
    const md = await config("nested", "team/posts/launch.md");
    expect(md.platform).toBe("instagram");
    // a severity alone keeps options set by the parent config
    expect(md.rules["hashtag-overuse"]).toEqual(["error", { max: 1, limits: {} }]);
    const txt = await config("nested", "team/posts/launch.txt");
    expect(txt.platform).toBe("threads");
    const top = await config("nested", "top.md");
    expect(top.platform).toBe("facebook");
    expect(top.rules["hashtag-overuse"][0]).toBe("warn");
  });

  it("reads the healthlint key of package.json", async () => {
    expect((await config("package-json", "post.md")).platform).toBe("threads");
  });

  it("extends a config by path; extends: [] starts from nothing", async () => {
    const c = await config("extends-path", "post.md");
    expect(c.platform).toBe("facebook");
    expect(c.rules["hashtag-overuse"]).toEqual(["error", { max: 1, limits: {} }]);
    const none = await config("extends-none", "post.md");
    expect(Object.entries(none.rules).filter(([, [s]]) => s !== "off").map(([id]) => id)).toEqual(["hashtag-overuse"]);
  });

  it("`--config` uses that file alone and skips the search", async () => {
    const linter = new Linter({ cwd: path.join(PROJECTS, "nested"), configFile: path.join(PROJECTS, "basic/.healthlintrc.yml") });
    const c = await linter.configFor("team/posts/launch.md");
    expect(c.platform).toBe("x");
    expect(c.files).toEqual([path.join(PROJECTS, "basic/.healthlintrc.yml")]);
  });

  it("strict turns every rule on and raises info rules to warn", async () => {
    const { builtinRules } = await import("../rules/index.js");
    const strict = new Linter({ cwd: PROJECTS, configFile: path.join(PROJECTS, "..", "..", "test", "helpers", "strict.yml") });
    const c = await strict.configFor("extends-none/post.md");
    for (const r of builtinRules) expect(c.rules[r.meta.id][0]).toBe(r.meta.defaultSeverity === "info" ? "warn" : r.meta.defaultSeverity);
  });
});

describe("config errors exit 2 with the file and the problem", () => {
  const cases: Array<[string, RegExp]> = [
    ["broken-yaml", /broken-yaml[\\/]\.healthlintrc\.yml:\d+:\d+: YAML syntax error/],
    ["broken-json", /broken-json[\\/]\.healthlintrc\.json:3:\d+: JSON syntax error/],
    ["unknown-rule", /unknown rule 'hashtag-overus' \(did you mean 'hashtag-overuse'\?\)/],
    ["bad-options", /hashtag-overuse: option 'max' must be a whole number, got 'two'/],
    ["bad-severity", /severity "warning" is not one of off, info, warn, error/],
    ["unknown-key", /unknown key 'platfrom' \(did you mean 'platform'\?\)/],
    ["plugin-missing", /cannot find package 'healthlint-plugin-nonexistent'/],
    ["plugin-throws", /plugin '\.\/bad-plugin\.mjs' failed to load: plugin exploded at load/],
  ];
  for (const [dir, message] of cases) {
    it(dir, async () => {
      const r = await cli(["post.md"], { cwd: path.join(PROJECTS, dir) });
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(message);
      expect(r.stderr).toContain(dir);
      expect(r.stderr).not.toMatch(/\n\s+at /);
      expect(r.stdout).toBe("");
    });
  }

  it("a bad --rule is a usage error", async () => {
    const r = await cli(["--rule", "hashtag-overuse: loud", "post.md"], { cwd: path.join(PROJECTS, "basic") });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--rule hashtag-overuse: severity "loud"/);
  });
});

describe("plugins", () => {
  it("load from config, and their rules report under plugin/rule ids", async () => {
    const r = await cli(["--format", "json", "post.md"], { cwd: path.join(PROJECTS, "plugin") });
    expect(r.code).toBe(1);
    const [res] = json(r);
    expect(res.messages.map((m) => m.ruleId)).toContain("house-style/no-exclamation");
  });
});
