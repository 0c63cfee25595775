import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { RuleTester } from "../../src/testing/rule-tester.js";
import type { Post, ReportDescriptor } from "../../src/types.js";
import rule from "../../rules/image-alt-text.js";

const tester = new RuleTester();

tester.run(rule, {
  valid: [
    "![Nurse giving a flu shot to an older man in a clinic](img/flu.jpg)",
    { name: "a photographer's credit is not boilerplate", text: "![Photographer Ana Ruiz's portrait of our eight nurses](team.jpg)" },
    { name: "a description that mentions a photo later", text: "![Dr. Shah holding a photo of her first patient's thank-you card](card.jpg)" },
    { name: "alt text that is just a word describing the subject", text: "![Stethoscope](img/steth.jpg)" },
    { name: "a year in a description is not a camera name", text: "![Our 2024 walk team at the finish line](walk.jpg)" },
    { name: "HTML img with a description", text: '<img src="a.png" alt="Chart: flu cases fell 40% after the vaccine drive">' },
    { name: "no images", text: "Flu shots today." },
    { name: "images inside code are not published", text: "```\n![](x.png)\n```" },
  ],
  invalid: [
    { text: "Meet Sam!\n\n![](img/sam.jpg)", errors: [{ messageId: "missing", text: "![](img/sam.jpg)", line: 3, column: 1 }] },
    { name: "only spaces", text: "![   ](img/sam.jpg)", errors: [{ messageId: "missing" }] },
    { name: "the file name", text: "![IMG_4821.JPG](uploads/IMG_4821.JPG)", errors: [{ messageId: "fileName", text: "IMG_4821.JPG" }] },
    { name: "the file name without its extension", text: "![team-photo-final](img/team-photo-final.png)", errors: [{ messageId: "fileName" }] },
    { name: "a camera name", text: "![DSC01234](a.jpg)", errors: [{ messageId: "fileName" }] },
    { name: "a screenshot name", text: "![Screenshot 2024-03-02 at 10.14.55](s.png)", errors: [{ messageId: "fileName" }] },
    { name: "a phone name", text: "![PXL_20240301_101455](p.jpg)", errors: [{ messageId: "fileName" }] },
    { name: "any name with an image extension", text: "![flyer.png](x.jpg)", errors: [{ messageId: "fileName" }] },
    { name: "generic", text: "![image](a.jpg) ![Photo](b.jpg) ![logo](c.png)", errors: [{ messageId: "generic" }, { messageId: "generic" }, { messageId: "generic" }] },
    {
      name: "image of ...",
      text: "![Image of a nurse giving a flu shot](flu.jpg)",
      errors: [{ messageId: "boilerplate", text: "Image of", message: /not start with 'Image of'/, suggestions: 1 }],
    },
    { name: "picture showing ...", text: "![A picture showing our new clinic entrance](c.jpg)", errors: [{ messageId: "boilerplate", text: "A picture showing" }] },
    { name: "photo: ...", text: "![Photo: volunteers at the blood drive](d.jpg)", errors: [{ messageId: "boilerplate" }] },
    {
      name: "HTML img without alt",
      text: 'Flyer: <img src="https://cdn.example.com/flyer.png">',
      errors: [{ messageId: "missing", text: '<img src="https://cdn.example.com/flyer.png">' }],
    },
    { name: "HTML img with the file name", text: '<img src="/a/flu-clinic-flyer.png" alt="flu-clinic-flyer">', errors: [{ messageId: "fileName", text: "flu-clinic-flyer" }] },
    {
      name: "positions after front matter, CRLF and emoji",
      text: "---\r\nplatform: x\r\n---\r\n🦷 Smile!\r\n![](a.jpg)",
      errors: [{ messageId: "missing", line: 5, column: 1, endColumn: 11 }],
    },
  ],
});

describe("image-alt-text fixtures", () => {
  const dir = new URL("../../fixtures/image-alt-text/", import.meta.url);
  for (const file of fs.readdirSync(dir).filter((f) => f.endsWith(".md"))) {
    it(file, () => {
      const found = tester.lint(rule, { text: fs.readFileSync(new URL(file, dir), "utf8") });
      if (file.startsWith("flag-")) expect(found.length).toBeGreaterThan(0);
      else expect(found.map((m) => m.message)).toEqual([]);
    });
  }
});

describe("image-alt-text on adversarial input", () => {
  // The rule's own work, on posts built directly (the engine's Markdown parse of a 100k-character
  // alt text is the engine's concern, not this rule's).
  const run = (alt: string, raw = `![${alt}](a.jpg)`): ReportDescriptor[] => {
    const reports: ReportDescriptor[] = [];
    const post: Post = {
      index: 0,
      offset: 0,
      raw,
      text: raw,
      platform: "x",
      frontMatter: {},
      links: [],
      images: [{ url: "a.jpg", alt, range: [0, raw.length], altRange: [2, 2 + alt.length] }],
      format: "markdown",
    };
    rule.check({ post, options: {}, settings: {}, today: "2026-11-22", showMatches: false, mask: (v) => v, nlp: () => null, report: (d) => reports.push(d) });
    return reports;
  };
  it("stays linear on long alt texts", () => {
    for (const alt of ["1".repeat(100_000), "a_1".repeat(30_000), "image ".repeat(20_000), "IMG_" + "1".repeat(100_000) + "!", "-_ .".repeat(25_000)]) {
      expect(run(alt).length).toBeLessThanOrEqual(1);
    }
  });
  it("stays linear on runs of unclosed and closed tags", () => {
    expect(tester.lint(rule, { text: "<img alt=".repeat(20_000), format: "text" })).toEqual([]);
    expect(tester.lint(rule, { text: '<img src="a.png" alt="">'.repeat(5_000), format: "text" })).toHaveLength(5_000);
  });
});
