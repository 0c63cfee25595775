import path from "node:path";
import { describe, expect, it } from "vitest";
import { defineRule, lintFiles, lintText, loadFormatter, verify, builtinRules } from "../src/index.js";
import { FIXTURES, PROJECTS } from "./helpers/cli.js";

describe("Node API", () => {
  it("lintText lints a string as the file it names, with that file's config", async () => {
    const result = await lintText("Flu shots today. #Flu #Vaccines #Pharmacy", {
      cwd: path.join(PROJECTS, "basic"),
      filePath: "posts/new.md",
    });
    expect(result.filePath).toBe(path.join(PROJECTS, "basic", "posts", "new.md"));
    expect(result.errorCount).toBe(1);
    expect(result.messages[0]).toMatchObject({ ruleId: "hashtag-overuse", line: 1, column: 33 });
  });

  it("lintText takes a platform and rules without any config file", async () => {
    const result = await lintText("One. #a #b", { platform: "threads", cwd: path.join(FIXTURES, "posts") });
    expect(result.messages.map((m) => m.messageId)).toEqual(["overCap"]);
    const off = await lintText("One. #a #b", { platform: "threads", rules: { "hashtag-overuse": "off" }, cwd: path.join(FIXTURES, "posts") });
    expect(off.messages).toEqual([]);
  });

  it("lintFiles expands folders and returns one result per file", async () => {
    const results = await lintFiles(["posts"], { cwd: path.join(PROJECTS, "basic") });
    expect(results.map((r) => path.basename(r.filePath))).toEqual(["clean.md", "vaccines.md"]);
  });

  it("loadFormatter returns plain functions", async () => {
    const results = await lintFiles(["posts"], { cwd: path.join(PROJECTS, "basic") });
    const compact = await loadFormatter("compact");
    const out = compact(results, { cwd: path.join(PROJECTS, "basic"), rulesMeta: {}, color: false, version: "1" });
    expect(out).toMatch(/^posts\/vaccines\.md: line 1, col 81, Error/);
    await expect(loadFormatter("nope")).rejects.toThrow(/unknown format 'nope'/);
  });

  it("verify is the pure engine: text and resolved config in, findings out", () => {
    const shout = defineRule({
      meta: { id: "shout", description: "No ALL CAPS words.", defaultSeverity: "warn", messages: { caps: "ALL CAPS: '{{word}}'." } },
      check(ctx) {
        for (const m of ctx.post.text.matchAll(/\b[A-Z]{4,}\b/g)) ctx.report({ messageId: "caps", data: { word: m[0] }, range: [m.index, m.index + m[0].length] });
      },
    });
    const out = verify("Clinic OPEN today", {
      config: { platform: "generic", split: "none", settings: {}, rules: { shout: ["error", {}] } },
      rules: new Map([["shout", shout]]),
      today: "2026-11-22",
    });
    expect(out.messages).toEqual([
      expect.objectContaining({ ruleId: "shout", severity: 2, message: "ALL CAPS: 'OPEN'.", line: 1, column: 8, endColumn: 12 }),
    ]);
  });

  it("exports the built-in rules", () => {
    expect(builtinRules.map((r) => r.meta.id)).toContain("hashtag-overuse");
  });
});
