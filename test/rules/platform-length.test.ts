import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { RuleTester } from "../../src/testing/rule-tester.js";
import type { Post } from "../../src/types.js";
import rule, { publishedText, xLength } from "../../rules/platform-length.js";

const tester = new RuleTester();
const words = (n: number, w = "care") => Array.from({ length: n }, () => w).join(" ");

tester.run(rule, {
  valid: [
    { name: "X: a long URL counts 23", text: `Flu shots are in at every clinic. ${"a".repeat(200)} https://example.org/${"x".repeat(300)}`, platform: "x" },
    { name: "X: exactly 280", text: "a".repeat(280), platform: "x" },
    { name: "X: 140 CJK characters are 280", text: "健".repeat(140), platform: "x" },
    { name: "X: a Markdown link's URL counts 23 whatever its length", text: `${"a".repeat(200)} [our page](https://example.org/${"p".repeat(400)})`, platform: "x" },
    { name: "X: HTML comments and code are not published", text: `${"a".repeat(250)}\n\n<!-- ${"note ".repeat(100)} -->\n\n\`\`\`\n${"b".repeat(400)}\n\`\`\``, platform: "x" },
    { name: "X: image alt text is not part of the post", text: `${"a".repeat(250)}\n\n![${"alt text ".repeat(60)}](photo.jpg)`, platform: "x" },
    { name: "X: emphasis markers are not published", text: `**${"a".repeat(276)}**`, platform: "x" },
    { name: "X: leading and trailing blank lines are not published", text: `\n\n${"a".repeat(280)}\n\n\n`, platform: "x" },
    { name: "X: CRLF counts as one line break", text: `${"a".repeat(139)}\r\n${"a".repeat(140)}`, platform: "x" },
    { name: "a .txt post is counted as written", text: `${"a".repeat(276)} **`, platform: "x", format: "text" },
    { text: "a".repeat(3000), platform: "linkedin" },
    { text: "a".repeat(2200), platform: "instagram" },
    { name: "Instagram: an emoji with a skin tone is 2 code points", text: `${"a".repeat(2198)}👍🏽`, platform: "instagram" },
    { text: "a".repeat(500), platform: "threads" },
    { text: "a".repeat(63206), platform: "facebook" },
    { name: "generic: no limit", text: "a".repeat(100000) },
    { text: "a".repeat(400), platform: "x", options: { max: 400 } },
    { name: "the disclosure is before the fold", text: `#ad Paid partnership with Solara. ${words(60)}`, platform: "instagram" },
    { name: "a second disclosure after the fold does not matter when one is before it", text: `Ad: ${words(60)} #ad`, platform: "instagram" },
    { name: "X has no fold", text: `${words(40)} #ad`, platform: "x" },
    { name: "generic has no fold", text: `${words(60)} #ad` },
    { name: "folds: 0 turns the fold check off", text: `${words(60)} #ad`, platform: "instagram", options: { folds: { instagram: 0 } } },
    { name: "a larger fold", text: `${words(40)} #ad`, platform: "instagram", options: { folds: { instagram: 400 } } },
    { name: "#ADHD is not #ad", text: `${words(60)} #ADHD #adhdawareness`, platform: "instagram" },
    { name: "a disclaimer inside a comment is not published", text: `${words(60)} <!-- Not medical advice. -->`, platform: "instagram" },
    { name: "a late #ad is endorsement-disclosure's to report, not this rule's", text: `${words(60)} #ad`, platform: "instagram" },
    { name: "empty post", text: "<!-- nothing yet -->", platform: "x" },
  ],
  invalid: [
    {
      name: "X: 281 characters",
      text: "a".repeat(281),
      platform: "x",
      errors: [{ messageId: "tooLongX", message: /^281 weighted characters; X allows 280 \(1 over\)/, column: 281, endColumn: 282, severity: "error" }],
    },
    {
      name: "X: emoji count 2",
      text: `${"a".repeat(270)} ${"💉".repeat(5)}`,
      platform: "x",
      errors: [{ messageId: "tooLongX", message: /^281 weighted/, text: "💉" }],
    },
    {
      name: "X: a Markdown link publishes its text and its URL",
      text: `${"a".repeat(250)} [Book online](https://example.org/book)`,
      platform: "x",
      errors: [{ messageId: "tooLongX", message: /^286 weighted/, endColumn: 291 }],
    },
    {
      name: "X: front matter and a second post do not count",
      text: `---\nplatform: x\n---\n${"a".repeat(290)}\n\n---\n\nshort`,
      split: "thematic-break",
      errors: [{ messageId: "tooLongX", line: 4, column: 281, endColumn: 291 }],
    },
    { name: "Threads: 501", text: "a".repeat(501), platform: "threads", errors: [{ messageId: "tooLong", message: "501 characters; Threads allows 500 (1 over)." }] },
    { text: "a".repeat(3001), platform: "linkedin", errors: [{ messageId: "tooLong", message: /LinkedIn allows 3000/ }] },
    { text: "a".repeat(2201), platform: "instagram", errors: [{ messageId: "tooLong" }] },
    { text: "a".repeat(63207), platform: "facebook", errors: [{ messageId: "tooLong" }] },
    { name: "max overrides the limit", text: "a".repeat(101), platform: "linkedin", options: { max: 100 }, errors: [{ messageId: "tooLong", message: /allows 100/ }] },
    { name: "max on X is weighted", text: "健".repeat(51), platform: "x", options: { max: 100 }, errors: [{ messageId: "tooLongX", message: /^102 weighted/ }] },
    { name: "max applies to generic", text: "a".repeat(11), options: { max: 10 }, errors: [{ messageId: "tooLong" }] },
    {
      name: "Instagram: a disclaimer after 125 characters",
      text: `${words(40)} Thanks for reading. Not medical advice.`,
      platform: "instagram",
      errors: [{ messageId: "afterFold", severity: "warn", text: "Not medical advice", message: /^The disclaimer 'Not medical advice' starts after what Instagram shows/ }],
    },
    {
      name: "Instagram: a disclaimer after the third line",
      text: "Desk neck? Try this:\n1. Chin tucks\n2. Shoulder rolls\nNot medical advice.",
      platform: "instagram",
      errors: [{ messageId: "afterFold", text: "Not medical advice" }],
    },
    {
      name: "LinkedIn: risk information after the fold",
      text: `${words(40)}\n\nImportant Safety Information: may cause serious allergic reactions.`,
      platform: "linkedin",
      errors: [{ messageId: "afterFold", text: "Important Safety Information" }],
    },
    {
      name: "one finding per kind, on the first one",
      text: `${words(40)} Not medical advice. For educational purposes only.`,
      platform: "facebook",
      errors: [{ messageId: "afterFold", text: "Not medical advice" }],
    },
    {
      name: "too long and a late disclaimer",
      text: `${words(110)} Not medical advice.`,
      platform: "threads",
      errors: [
        { messageId: "tooLong", severity: "error" },
        { messageId: "afterFold", severity: "warn", text: "Not medical advice" },
      ],
    },
    {
      name: "a warn-level config keeps the fold finding at warn",
      text: `${words(40)} Not medical advice.`,
      platform: "instagram",
      severity: "warn",
      errors: [{ messageId: "afterFold", severity: "warn" }],
    },
  ],
});

describe("platform-length fixtures", () => {
  const dir = new URL("../../fixtures/platform-length/", import.meta.url);
  for (const file of fs.readdirSync(dir).filter((f) => f.endsWith(".md"))) {
    it(file, () => {
      const found = tester.lint(rule, { text: fs.readFileSync(new URL(file, dir), "utf8") });
      if (file.startsWith("flag-")) expect(found.length).toBeGreaterThan(0);
      else expect(found.map((m) => m.message)).toEqual([]);
    });
  }
});

describe("platform-length on adversarial input", () => {
  const runs = ["*", "_", "~", "\\", "#", " ", "\n", "\r\n", "a", "*a", "_a ", "**a_", "# ", "not ", "paid ", "side effects ", "💉"];
  it("stays linear through the rule (text posts: the engine's Markdown parse is not this rule's)", () => {
    for (const ch of runs) {
      const text = ch.repeat(Math.ceil(100_000 / ch.length));
      for (const platform of ["x", "instagram"] as const) {
        const found = tester.lint(rule, { text, platform, format: "text" });
        expect(found.length).toBeLessThanOrEqual(2);
      }
    }
  });
  it("reduces Markdown in linear time", () => {
    for (const ch of runs) {
      const text = ch.repeat(Math.ceil(100_000 / ch.length));
      const post: Post = { index: 0, offset: 0, raw: text, text, platform: "x", frontMatter: {}, links: [], images: [], format: "markdown" };
      const pub = publishedText(post);
      expect(pub.text.length).toBeLessThanOrEqual(text.length);
      expect(xLength(pub.text).weightedLength).toBeGreaterThanOrEqual(0);
    }
  });
});
