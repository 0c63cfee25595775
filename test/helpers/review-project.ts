/**
 * A small content repository used by the integration tests (html report, cache, baseline): a local
 * plugin with a sensitive identifier rule, a claim rule and an info rule, and a few posts.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

export const PLUGIN = `// A local plugin for tests. HEALTHLINT_TEST_COUNTER: a file that gets a line per rule call.
import fs from "node:fs";
const count = (id) => { if (process.env.HEALTHLINT_TEST_COUNTER) fs.appendFileSync(process.env.HEALTHLINT_TEST_COUNTER, id + "\\n"); };
export default {
  name: "demo",
  rules: {
    phi: {
      meta: {
        id: "phi",
        description: "A medical record number or a patient's name in a post.",
        defaultSeverity: "error",
        sensitive: true,
        messages: { mrn: "Medical record number ({{masked}}) in a post: remove it.", name: "Patient name ({{masked}}) in a post: remove it." },
      },
      check(ctx) {
        count("phi");
        for (const m of ctx.post.text.matchAll(/\\bMRN:? ?(\\d{6,})/g)) {
          const start = m.index + m[0].indexOf(m[1]);
          ctx.report({ messageId: "mrn", data: { masked: ctx.mask(m[1]) }, range: [start, start + m[1].length] });
        }
        for (const m of ctx.post.text.matchAll(/\\bour patient ([A-Z][a-z]+ [A-Z][a-z]+)/g)) {
          const start = m.index + m[0].indexOf(m[1]);
          ctx.report({ messageId: "name", data: { masked: ctx.mask(m[1]) }, range: [start, start + m[1].length] });
        }
      },
    },
    "absolute-claim": {
      meta: {
        id: "absolute-claim",
        description: "An absolute health claim (cure, guaranteed) without evidence.",
        defaultSeverity: "warn",
        docsUrl: "https://example.org/docs/absolute-claim",
        messages: { claim: "'{{word}}' is an absolute claim: cite evidence or soften it." },
      },
      check(ctx) {
        count("absolute-claim");
        for (const m of ctx.post.text.matchAll(/\\b(cures?|guaranteed)\\b/gi)) ctx.report({ messageId: "claim", data: { word: m[0] }, range: [m.index, m.index + m[0].length] });
      },
    },
    note: {
      meta: {
        id: "note",
        description: "Flu posts should link the public-health page.",
        defaultSeverity: "info",
        docsUrl: "javascript:alert(1)",
        messages: { link: "Consider linking the public-health flu page." },
      },
      check(ctx) {
        count("note");
        for (const m of ctx.post.text.matchAll(/flu shot/gi)) ctx.report({ messageId: "link", range: [m.index, m.index + m[0].length] });
      },
    },
  },
};
`;

export const POSTS: Record<string, string> = {
  "posts/recovery.md": `---
platform: facebook
---
So proud of our patient Maria Lopez (MRN 12345678) who walked out today! 🎉 This therapy cures back pain, guaranteed.
`,
  "posts/week-47.md": `---
platform: x
---
Monday: flu shot clinic 9–5 at the Main St. pharmacy. #Flu #Vaccines #Pharmacy #Health

---

Tuesday: <script>alert("x")</script> & "quotes" stay text. Our new therapy cures nothing by itself.
`,
  "posts/clean.md": "Wash your hands for 20 seconds.\n",
};

// extends: [] keeps the tests to these rules, whatever built-in rules are added later.
export const CONFIG = `root: true
extends: []
platform: x
split: thematic-break
plugins: ["./plugins/demo.mjs"]
rules:
  hashtag-overuse: warn
  demo/phi: error
  demo/absolute-claim: warn
  demo/note: info
`;

/** Writes the project into a new temp folder and returns its path. */
export function makeReviewProject(prefix = "healthlint-review-"): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  const files: Record<string, string> = { ".healthlintrc.yml": CONFIG, "plugins/demo.mjs": PLUGIN, ...POSTS };
  for (const [rel, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    fs.writeFileSync(path.join(dir, rel), text);
  }
  return dir;
}
