import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { RuleTester } from "../../src/testing/rule-tester.js";
import rule, { hostOf } from "../../rules/link-shortener.js";

const tester = new RuleTester();

tester.run(rule, {
  valid: [
    "Flu clinic hours: https://www.riversidehealth.example.org/flu",
    { name: "an organisation's own short domain is not a generic shortener", text: "Find yours: rvrsd.health/flu" },
    { name: "allow-listed short domain on a generic service", text: "Details: https://go.metrohealth.example.gov/flu", options: { allow: ["go.metrohealth.example.gov"] } },
    { name: "allow-list covers a shortener used under contract", text: "Details: bit.ly/abc", options: { allow: ["bit.ly"] } },
    { name: "allow-list entries may be written as URLs", text: "Details: https://bit.ly/abc", options: { allow: ["https://bit.ly/"] } },
    { name: "a domain that only ends like a shortener", text: "See https://notbit.ly.example.com/x and https://habit.ly.org/" },
    { name: "shortener names in prose are not links", text: "Don't trust bit ly links or tinyurl codes." },
    { name: "youtube's own short domain names its owner", text: "Watch: https://youtu.be/abc123" },
    { name: "links in code are not published", text: "`https://bit.ly/abc`" },
    { name: "email addresses", text: "Write to press@bit.ly.example.org" },
  ],
  invalid: [
    {
      text: "Read more: bit.ly/3xHeartWalk #HeartHealth",
      platform: "x",
      errors: [{ messageId: "shortener", text: "bit.ly/3xHeartWalk", message: /^bit\.ly \(Bitly\) hides where this link goes.*on X it saves nothing/, severity: "info" }],
    },
    { name: "a Markdown link", text: "[order a kit](https://ow.ly/RadonKit26)", platform: "facebook", errors: [{ text: "https://ow.ly/RadonKit26", message: /^ow\.ly \(Hootsuite Ow\.ly\)/ }] },
    { name: "an autolink", text: "<https://buff.ly/4aWomen>", errors: [{ text: "https://buff.ly/4aWomen" }] },
    { name: "www. and case", text: "HTTPS://WWW.TinyURL.com/y6abc", errors: [{ message: /^tinyurl\.com/ }] },
    { name: "a subdomain of a shortener", text: "https://preview.tinyurl.com/y6abc", errors: [{ message: /^tinyurl\.com/ }] },
    { name: "a note for goo.gl", text: "https://goo.gl/maps/abc", errors: [{ message: /may already be broken/ }] },
    { name: "several", text: "bit.ly/a and ow.ly/b and https://example.org", errors: 2 },
    { name: "the allow-list is per domain", text: "bit.ly/a ow.ly/b", options: { allow: ["ow.ly"] }, errors: [{ text: "bit.ly/a" }] },
    {
      name: "positions after front matter and emoji",
      text: "---\nplatform: x\n---\n💉 Book: bit.ly/flu",
      errors: [{ line: 4, column: 10, endColumn: 20 }],
    },
  ],
});

describe("hostOf", () => {
  it("reads hosts as readers type them", () => {
    expect(hostOf("https://user@Bit.ly:443/x?y#z")).toBe("bit.ly");
    expect(hostOf("www.example.org/a")).toBe("example.org");
    expect(hostOf("mailto:a@b.org")).toBeNull();
  });
});

describe("link-shortener fixtures", () => {
  const dir = new URL("../../fixtures/link-shortener/", import.meta.url);
  for (const file of fs.readdirSync(dir).filter((f) => f.endsWith(".md"))) {
    it(file, () => {
      const found = tester.lint(rule, { text: fs.readFileSync(new URL(file, dir), "utf8") });
      if (file.startsWith("flag-")) expect(found.length).toBeGreaterThan(0);
      else expect(found.map((m) => m.message)).toEqual([]);
    });
  }
});

describe("link-shortener on adversarial input", () => {
  it("stays linear on long URLs and many links", () => {
    expect(tester.lint(rule, { text: "https://bit.ly/" + "a".repeat(900), format: "text" })).toHaveLength(1);
    expect(tester.lint(rule, { text: "https://bit.ly/" + "a".repeat(100_000), format: "text" }).length).toBeLessThanOrEqual(1);
    expect(tester.lint(rule, { text: "bit.ly/a ".repeat(10_000), format: "text" })).toHaveLength(10_000);
    expect(tester.lint(rule, { text: "http://" + "a.".repeat(50_000) + "com", format: "text" }).length).toBeLessThanOrEqual(1);
  });
});
