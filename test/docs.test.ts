import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { builtinRules } from "../rules/index.js";
import { Linter } from "../src/lint.js";
import { ROOT } from "./helpers/cli.js";

const readme = fs.readFileSync(path.join(ROOT, "README.md"), "utf8");
const table = readme.slice(readme.indexOf("<!-- rules-table:start -->"), readme.indexOf("<!-- rules-table:end -->"));
const rows = [...table.matchAll(/^\| \[([\w-]+)\]\(docs\/rules\/([\w-]+)\.md\) \| (\w+) \| (.+) \|$/gm)];

describe("every rule is documented", () => {
  for (const rule of builtinRules) {
    const id = rule.meta.id;
    it(`${id} has a docs page with rationale, options and examples`, () => {
      const file = path.join(ROOT, "docs", "rules", `${id}.md`);
      expect(fs.existsSync(file), `docs/rules/${id}.md`).toBe(true);
      const page = fs.readFileSync(file, "utf8");
      expect(page).toMatch(new RegExp(`^# ${id}\\b`));
      expect(page.length).toBeGreaterThan(400);
      for (const option of Object.keys(rule.meta.options ?? {})) expect(page, `option ${option} documented`).toContain(option);
      expect(rule.meta.docsUrl).toMatch(new RegExp(`docs/rules/${id}\\.md$`));
    });

    it(`${id} is in the README rules table with its default severity and description`, () => {
      const row = rows.find((r) => r[1] === id);
      expect(row, `README row for ${id}`).toBeDefined();
      expect(row![2]).toBe(id);
      expect(row![3]).toBe(rule.meta.defaultSeverity);
      expect(row![4]).toBe(rule.meta.description);
    });
  }

  it("the README table lists no rule that does not exist", () => {
    expect(rows.map((r) => r[1]).sort()).toEqual(builtinRules.map((r) => r.meta.id).sort());
  });

  it("every message template of every rule names only data it is given a key for", () => {
    for (const rule of builtinRules) for (const m of Object.values(rule.meta.messages)) expect(m).not.toMatch(/\{\{\s*\}\}/);
  });
});

describe(".healthlintrc.example.yml", () => {
  it("is a valid config that documents every top-level key", async () => {
    const file = path.join(ROOT, ".healthlintrc.example.yml");
    const linter = new Linter({ cwd: ROOT, configFile: file });
    const config = await linter.configFor("fixtures/posts/flu-clinic-x.md");
    expect(config.platform).toBe("generic");
    const text = fs.readFileSync(file, "utf8");
    for (const key of ["root", "extends", "platform", "split", "splitHeadingDepth", "rules", "overrides", "ignorePatterns", "plugins", "settings", "reportUnusedDisableDirectives", "requireDisableReason"])
      expect(text).toMatch(new RegExp(`^${key}:`, "m"));
  });
});
