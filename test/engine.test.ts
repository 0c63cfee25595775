import { describe, expect, it } from "vitest";
import { verify, type VerifyOptions } from "../src/engine/verify.js";
import { applyFixes } from "../src/engine/fix.js";
import { parseSource } from "../src/source/parse.js";
import type { ResolvedConfig, Rule, Severity } from "../src/types.js";
import { postRule, throwingRule, wordRule } from "./helpers/rules.js";

function run(text: string, rules: Array<[Rule, Severity, Record<string, unknown>?]>, extra: Partial<VerifyOptions> & Partial<ResolvedConfig> = {}) {
  const config: ResolvedConfig = {
    platform: extra.platform ?? "generic",
    split: extra.split ?? "none",
    settings: {},
    rules: Object.fromEntries(rules.map(([r, s, o]) => [r.meta.id, [s, { word: "forbidden", fix: false, ...(o ?? {}) }]])),
  };
  return verify(text, { config, rules: new Map(rules.map(([r]) => [r.meta.id, r])), today: "2026-11-22", format: "markdown", ...extra });
}

describe("positions", () => {
  it("are 1-based, in UTF-16 code units, end exclusive, after front matter", () => {
    const text = "---\nplatform: x\n---\nHello forbidden world";
    const [m] = run(text, [[wordRule, "warn"]]).messages;
    expect(m).toMatchObject({ line: 4, column: 7, endLine: 4, endColumn: 16 });
    expect(text.slice(m.range[0], m.range[1])).toBe("forbidden");
  });

  it("are not shifted by emoji (a surrogate pair counts two columns, as editors do)", () => {
    const [m] = run("😀😀 forbidden", [[wordRule, "warn"]]).messages;
    expect(m).toMatchObject({ line: 1, column: 6, endColumn: 15 });
  });

  it("count CRLF and lone CR as one line break", () => {
    const crlf = run("one\r\ntwo\r\nthe forbidden word", [[wordRule, "warn"]]).messages[0];
    expect(crlf).toMatchObject({ line: 3, column: 5 });
    const cr = run("one\rtwo\rthe forbidden word", [[wordRule, "warn"]]).messages[0];
    expect(cr).toMatchObject({ line: 3, column: 5 });
    const fm = run("---\r\nplatform: x\r\n---\r\nforbidden", [[wordRule, "warn"]]).messages[0];
    expect(fm).toMatchObject({ line: 4, column: 1 });
  });

  it("skip prose hidden in code, HTML comments, link URLs and front matter", () => {
    const text = [
      "---",
      "title: forbidden",
      "---",
      "`forbidden` and",
      "```",
      "forbidden",
      "```",
      "<!-- forbidden -->",
      "[a link](https://example.org/forbidden) and https://example.org/forbidden too",
      "but this forbidden counts",
    ].join("\n");
    const ms = run(text, [[wordRule, "warn"]]).messages;
    expect(ms.map((m) => [m.line, m.column])).toEqual([[10, 10]]);
  });

  it("keep link text and image alt text as prose", () => {
    const ms = run("[a forbidden link](https://x.org) ![forbidden alt](a.png)", [[wordRule, "warn"]]).messages;
    expect(ms.map((m) => m.column)).toEqual([4, 37]);
  });
});

describe("the source model", () => {
  it("collects links (Markdown, autolinks, bare URLs) and images with their ranges", () => {
    const text = "See [the CDC](https://www.cdc.gov/flu) or <https://who.int> or cdc.gov/flu.\n\n![A nurse](nurse.jpg)";
    const p = parseSource(text, "markdown");
    expect(p.links.map((l) => l.url)).toEqual(["https://www.cdc.gov/flu", "https://who.int", "cdc.gov/flu"]);
    expect(p.links[0].text).toBe("the CDC");
    expect(p.images).toHaveLength(1);
    expect(p.images[0]).toMatchObject({ url: "nurse.jpg", alt: "A nurse" });
    expect(text.slice(...p.images[0].altRange)).toBe("A nurse");
    expect(p.prose).toHaveLength(text.length);
    expect(p.prose).not.toContain("cdc.gov");
  });

  it("reads front matter as data", () => {
    const p = parseSource("---\nplatform: instagram\nsources:\n  - https://cdc.gov\n---\nText", "markdown");
    expect(p.frontMatter).toEqual({ platform: "instagram", sources: ["https://cdc.gov"] });
    expect(p.problems).toEqual([]);
  });

  it("reports front matter that is not YAML, with its line", () => {
    const p = parseSource("---\nplatform: [x\n---\nText", "markdown");
    expect(p.problems).toHaveLength(1);
    expect(p.problems[0].message).toMatch(/Front matter is not valid YAML/);
  });

  it("reports unclosed front matter", () => {
    const p = parseSource("---\nplatform: x\nText with no end", "markdown");
    expect(p.problems[0].message).toMatch(/never closed/);
  });

  it("treats .txt as prose, with URLs masked", () => {
    const p = parseSource("Call us. `not code` <!-- not a comment --> https://example.org", "text");
    expect(p.prose.startsWith("Call us. `not code` <!-- not a comment -->")).toBe(true);
    expect(p.prose.trimEnd()).toBe("Call us. `not code` <!-- not a comment -->");
  });

  it("survives very deep nesting by reading it as plain text", () => {
    const deep = `${"> ".repeat(5000)}deep`;
    const p = parseSource(deep, "markdown");
    expect(p.prose).toHaveLength(deep.length);
  });
});

describe("post splitting", () => {
  const calendar = "# Week 12\n\nMonday forbidden post\n\n---\n\nTuesday post\n\n***\n\nWednesday forbidden post\n";
  it("splits by thematic break", () => {
    const out = run(calendar, [[postRule, "info"], [wordRule, "warn"]], { split: "thematic-break" });
    expect(out.postCount).toBe(3);
    expect(out.messages.filter((m) => m.ruleId === "test-post").map((m) => m.line)).toEqual([1, 7, 11]);
    expect(out.messages.filter((m) => m.ruleId === "test-word").map((m) => m.post)).toEqual([0, 2]);
  });

  it("splits by heading", () => {
    const text = "## Monday\n\nFirst post\n\n## Tuesday\n\nSecond post\n\n### Notes\n\nstill Tuesday\n";
    const out = run(text, [[postRule, "info"]], { split: "heading" });
    expect(out.postCount).toBe(2);
  });

  it("keeps one post when not asked to split", () => {
    expect(run(calendar, [[postRule, "info"]]).postCount).toBe(1);
  });
});

describe("severities", () => {
  it("off rules do not run; info findings carry severity 0", () => {
    expect(run("forbidden", [[wordRule, "off"]]).messages).toEqual([]);
    expect(run("forbidden", [[wordRule, "info"]]).messages[0].severity).toBe(0);
    expect(run("forbidden", [[wordRule, "error"]]).messages[0].severity).toBe(2);
  });
});

describe("a rule that throws", () => {
  it("becomes a fatal finding naming the rule, and other rules still report", () => {
    const out = run("forbidden", [[throwingRule, "error"], [wordRule, "warn"]]);
    expect(out.crashedRules).toEqual(["test-throws"]);
    const fatal = out.messages.find((m) => m.fatal)!;
    expect(fatal.message).toMatch(/Rule 'test-throws' failed.*boom/);
    expect(out.messages.some((m) => m.ruleId === "test-word")).toBe(true);
  });
});

describe("inline directives", () => {
  const lint = (text: string, extra: Partial<VerifyOptions> & Partial<ResolvedConfig> = {}, sev: Severity = "warn") => run(text, [[wordRule, sev]], extra);

  it("disable-next-line, disable-line and block disable/enable", () => {
    const text = [
      "<!-- healthlint-disable-next-line test-word -->",
      "forbidden one", // suppressed
      "forbidden two <!-- healthlint-disable-line -->", // suppressed
      "<!-- healthlint-disable test-word -->",
      "forbidden three", // suppressed
      "<!-- healthlint-enable test-word -->",
      "forbidden four", // reported
    ].join("\n");
    const out = lint(text);
    expect(out.messages.map((m) => m.line)).toEqual([7]);
    expect(out.suppressedMessages.map((m) => m.line)).toEqual([2, 3, 5]);
  });

  it("the last block directive naming the rule decides, whether it names all rules or this one", () => {
    const text = [
      "<!-- healthlint-disable -->",
      "forbidden a", // suppressed: all rules off
      "<!-- healthlint-enable test-word -->",
      "forbidden b", // reported: test-word back on
      "<!-- healthlint-disable other-rule -->",
      "forbidden c", // reported: only other-rule is off
      "<!-- healthlint-disable test-word -->",
      "forbidden d", // suppressed
      "<!-- healthlint-enable -->",
      "forbidden e", // reported
    ].join("\n");
    const out = lint(text);
    expect(out.messages.filter((m) => m.ruleId === "test-word").map((m) => m.line)).toEqual([4, 6, 10]);
    expect(out.suppressedMessages.map((m) => m.line)).toEqual([2, 8]);
  });

  it("thousands of directives and findings in one file are each matched to the right line", () => {
    const lines: string[] = [];
    for (let i = 0; i < 3000; i++) {
      lines.push("<!-- healthlint-disable-next-line test-word -- reviewed -->", "forbidden here", "forbidden there", "");
    }
    const out = lint(lines.join("\n"));
    expect(out.suppressedMessages).toHaveLength(3000);
    expect(out.messages).toHaveLength(3000);
    expect(out.suppressedMessages.every((m) => m.line % 4 === 2)).toBe(true);
    expect(out.messages.every((m) => m.line % 4 === 3)).toBe(true);
  });

  it("disable-file silences the whole file, for the named rule only", () => {
    expect(lint("<!-- healthlint-disable-file test-word -->\nforbidden").messages).toEqual([]);
    expect(lint("<!-- healthlint-disable-file other-rule -->\nforbidden").messages).toHaveLength(1);
  });

  it("are words on a line of their own in .txt files", () => {
    const out = lint("healthlint-disable-next-line test-word\nforbidden\nforbidden", { format: "text" });
    expect(out.messages.map((m) => m.line)).toEqual([3]);
  });

  it("are ignored with inlineConfig: false", () => {
    expect(lint("<!-- healthlint-disable -->\nforbidden", { inlineConfig: false }).messages).toHaveLength(1);
  });

  it("report unused directives when asked", () => {
    const out = lint("<!-- healthlint-disable-next-line test-word -->\nfine", { reportUnusedDisableDirectives: "error" });
    expect(out.messages).toHaveLength(1);
    expect(out.messages[0]).toMatchObject({ ruleId: null, severity: 2, line: 1 });
    expect(out.messages[0].message).toMatch(/Unused healthlint-disable-next-line/);
  });

  it("report a directive that silences an error-level rule without a reason", () => {
    const noReason = lint("<!-- healthlint-disable-next-line test-word -->\nforbidden", {}, "error");
    expect(noReason.messages).toHaveLength(1);
    expect(noReason.messages[0].message).toMatch(/without a reason/);
    const withReason = lint("<!-- healthlint-disable-next-line test-word -- approved by compliance, ticket 481 -->\nforbidden", {}, "error");
    expect(withReason.messages).toEqual([]);
    const warnLevel = lint("<!-- healthlint-disable-next-line test-word -->\nforbidden", {}, "warn");
    expect(warnLevel.messages).toEqual([]);
  });
});

describe("fixes", () => {
  it("apply within their range only, several per text", () => {
    const text = "a forbidden b forbidden c";
    const out = run(text, [[wordRule, "warn", { fix: true }]]);
    const fixed = applyFixes(text, out.messages);
    expect(fixed.output).toBe("a FORBIDDEN b FORBIDDEN c");
    expect(fixed.fixed).toBe(2);
  });

  it("skip a fix that overlaps one already applied", () => {
    const base = { ruleId: "x", severity: 1 as const, message: "", line: 1, column: 1, endLine: 1, endColumn: 1, range: [0, 0] as [number, number] };
    const out = applyFixes("abcdef", [
      { ...base, fix: { range: [0, 3], text: "X" } },
      { ...base, fix: { range: [2, 4], text: "Y" } },
    ]);
    expect(out.output).toBe("Xdef");
    expect(out.remaining).toHaveLength(1);
  });
});
