/**
 * Property-based tests over generated posts (issue 9, "Hostile input"): whatever a post holds,
 * linting with every registered rule (the recommended preset) never throws and no rule fails,
 * every finding's range lies inside the file and its line and column agree with its offsets
 * (recomputed here from the text, independently of the engine), and linting is deterministic.
 *
 * Posts are built from realistic fragments (hashtags, emoji, CRLF and lone CR, front matter, code
 * fences, links, HTML comments and directives, names, numbers, identifiers, claims) mixed with
 * random Unicode. HEALTHLINT_PROPERTY_RUNS sets the number of posts (default below).
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import { Linter } from "../src/lint.js";
import type { LintMessage, LintResult } from "../src/types.js";

const RUNS = Number(process.env.HEALTHLINT_PROPERTY_RUNS ?? 400);
const SEED = process.env.HEALTHLINT_PROPERTY_SEED ? Number(process.env.HEALTHLINT_PROPERTY_SEED) : undefined;

// A folder with no config above it that matters: `root: true` stops the search; recommended preset.
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "healthlint-prop-"));
fs.writeFileSync(path.join(dir, ".healthlintrc.yml"), "root: true\n");
const splitDir = path.join(dir, "calendar");
fs.mkdirSync(splitDir);
fs.writeFileSync(path.join(splitDir, ".healthlintrc.yml"), "root: true\nsplit: thematic-break\nplatform: x\n");
const headingDir = path.join(dir, "headings");
fs.mkdirSync(headingDir);
fs.writeFileSync(path.join(headingDir, ".healthlintrc.yml"), "root: true\nsplit: heading\nplatform: threads\n");

const TODAY = "2025-06-01";
let posts = 0;
let findings = 0;

// ---- fragments ----------------------------------------------------------------------------------
const words = fc.constantFrom(
  "flu", "shot", "clinic", "today", "vaccine", "heart", "health", "walk-in", "free", "screening", "blood", "pressure",
  "diabetes", "cancer", "stroke", "the", "and", "your", "our", "we", "you", "should", "stop", "taking", "doctor", "nurse",
  "patient", "daughter", "study", "studies", "show", "cures", "proven", "guaranteed", "risk", "percent", "million",
  "sponsored", "ad", "gifted", "thanks", "partner", "code", "link", "bio", "Rx", "side", "effects", "ask", "call",
  "according", "to", "CDC", "WHO", "Mayo", "NIH", "FDA", "approved", "miracle", "detox", "100%", "natural",
);
const sentence = fc.array(words, { minLength: 1, maxLength: 14 }).map((w) => {
  const s = w.join(" ");
  return s.charAt(0).toUpperCase() + s.slice(1) + ".";
});
const hashtag = fc.oneof(
  fc.constantFrom("#FluSeason", "#HeartMonth", "#a", "#16", "C#", "#café", "#健康", "＃Health", "&#39;", "#", "##", "#_", "#Ad", "#sponsored", "#gifted", "#WearRed", "#mentalhealthawareness"),
  fc.stringMatching(/^#[A-Za-z][A-Za-z0-9_]{0,20}$/),
);
const emoji = fc.constantFrom("😷", "❤️", "👩🏽‍⚕️", "🇺🇸", "💉", "🩺", "\u200d", "\ufe0f", "✨", "🏥", "👍🏿");
const lineBreak = fc.constantFrom("\n", "\r\n", "\r", "\n\n", "\r\n\r\n", "\n\n\n");
const space = fc.constantFrom(" ", "  ", "\t", "\u00a0", "\u200b", "\u3000", "");
const link = fc.constantFrom(
  "[CDC](https://www.cdc.gov/flu)", "https://example.org/a?b=c#d", "cdc.gov/flu", "<https://nih.gov>", "bit.ly/3xYz",
  "![Nurse giving a flu shot #Flu](img/shot.jpg)", "![](x.png)", "[link in bio](https://linktr.ee/clinic)", "[broken](",
  "[ref][1]", "\n\n[1]: https://who.int\n", "www.heart.org", "mailto:info@clinic.org", "https://amzn.to/abc?tag=x-20",
);
const code = fc.constantFrom("`code #a #b`", "```\nconst x = 1; // #tag\n```\n", "~~~\nunclosed fence #a #b #c\n", "    indented code #x\n", "``", "`");
const comment = fc.constantFrom(
  "<!-- note -->", "<!-- healthlint-disable hashtag-overuse -- reason -->", "<!-- healthlint-enable -->",
  "<!-- healthlint-disable-next-line -->", "<!-- healthlint-disable-line patient-identifiers -->", "<!--", "-->",
  "<!-- healthlint-disable-file -->", "<b>bold</b>", "<br>", "healthlint-disable-next-line",
);
const identifier = fc.constantFrom(
  "our patient Margaret Okonkwo", "Mrs. O'Neil", "Dr. Maria Lopez", "123-45-6789", "412-67-3891", "(617) 253-4821",
  "DOB 03/14/1962", "MRN 00482913", "m.okonkwo@gmail.com", "42 Linden Street", "born on May 3, 1950", "age 93",
  "room 12B", "John, 45, from Springfield", "my son Jake", "+44 20 7946 0958", "4111 1111 1111 1111",
);
const number = fc.oneof(
  fc.constantFrom("1 in 3", "9 out of 10", "40%", "100%", "2x", "34 million", "805,000", "2024", "3.5", "-1", "1e9", "½", "٣"),
  fc.integer({ min: -1_000_000, max: 1_000_000 }).map(String),
);
const markdown = fc.constantFrom("# Heading", "## Tuesday", "- item", "* item", "1. item", "> quote", "---", "***", "___", "**bold**", "_em_", "| a | b |", "\\#not", "===", "- [ ] task", "> - > - nested");
const unicode = fc.oneof(fc.string({ unit: "grapheme", maxLength: 12 }), fc.string({ unit: "binary", maxLength: 8 }), fc.string({ maxLength: 8 }));
const fragment = fc.oneof(
  { weight: 6, arbitrary: sentence },
  { weight: 3, arbitrary: hashtag },
  { weight: 2, arbitrary: emoji },
  { weight: 3, arbitrary: lineBreak },
  { weight: 2, arbitrary: link },
  { weight: 1, arbitrary: code },
  { weight: 1, arbitrary: comment },
  { weight: 2, arbitrary: identifier },
  { weight: 2, arbitrary: number },
  { weight: 2, arbitrary: markdown },
  { weight: 2, arbitrary: unicode },
);
const frontMatter = fc.oneof(
  { weight: 4, arbitrary: fc.constant("") },
  {
    weight: 3,
    arbitrary: fc
      .record({
        platform: fc.constantFrom("x", "twitter", "linkedin", "instagram", "facebook", "threads", "generic", "myspace"),
        extra: fc.constantFrom("", "sources: [https://cdc.gov]\n", "consent: on file 2024-01-02\n", "sponsored: true\n", "date: 2019-01-01\n", "audience: patients\n"),
        nl: fc.constantFrom("\n", "\r\n"),
      })
      .map(({ platform, extra, nl }) => `---${nl}platform: ${platform}${nl}${extra.replace(/\n/g, nl)}---${nl}`),
  },
  { weight: 1, arbitrary: fc.constantFrom("---\nplatform: x\n", "---\n: : :\n---\n", "---\n- a\n---\n", "---\r\n\r\n---\r\n", "---\n---\n") },
);
const post = fc
  .record({
    bom: fc.boolean(),
    fm: frontMatter,
    parts: fc.array(fc.tuple(fragment, space), { maxLength: 40 }),
  })
  .map(({ bom, fm, parts }) => `${bom ? "\ufeff" : ""}${fm}${parts.map(([f, s]) => f + s).join("")}`);

// ---- the properties ---------------------------------------------------------------------------

/** 1-based line and UTF-16 column of an offset, counted here: lines end at \r\n, \n or a lone \r. */
function position(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) {
    const c = text.charCodeAt(i);
    if (c === 13 && text.charCodeAt(i + 1) === 10) {
      if (i + 1 >= offset) break; // an offset between \r and \n stays on the line
      i++;
      line++;
      lineStart = i + 1;
    } else if (c === 10 || c === 13) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

function checkMessage(text: string, m: LintMessage, where: string): void {
  findings++;
  const [s, e] = m.range;
  expect(Number.isInteger(s) && Number.isInteger(e), `${where}: integer range`).toBe(true);
  expect(0 <= s && s <= e && e <= text.length, `${where}: range [${s}, ${e}) inside a text of ${text.length}`).toBe(true);
  expect({ line: m.line, column: m.column }, `${where}: start`).toEqual(position(text, s));
  expect({ line: m.endLine, column: m.endColumn }, `${where}: end`).toEqual(position(text, e));
  for (const fix of [m.fix, ...(m.suggestions ?? []).map((x) => x.fix)]) {
    if (!fix) continue;
    expect(0 <= fix.range[0] && fix.range[0] <= fix.range[1] && fix.range[1] <= text.length, `${where}: fix range inside`).toBe(true);
  }
}

/** What must hold for one post linted as `file` under `cwd`. */
async function holds(text: string, cwd: string, file: string): Promise<void> {
  posts++;
  const linter = new Linter({ cwd, today: TODAY });
  const { result, crashed } = await linter.lintText(text, file);
  const linted = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const failures = result.messages.filter((m) => m.fatal && m.ruleId !== null).map((m) => m.message);
  expect(failures, "a rule failed").toEqual([]);
  expect(crashed).toBe(false);
  result.messages.forEach((m, i) => checkMessage(linted, m, `message ${i} (${m.ruleId}: ${m.message})`));
  (result.suppressedMessages ?? []).forEach((m, i) => checkMessage(linted, m, `suppressed ${i} (${m.ruleId})`));
  // Deterministic: the same linter again, and a fresh one, give the same result.
  const again = await linter.lintText(text, file);
  expect(strip(again.result)).toEqual(strip(result));
  const fresh = await new Linter({ cwd, today: TODAY }).lintText(text, file);
  expect(strip(fresh.result)).toEqual(strip(result));
}

const strip = (r: LintResult) => ({ ...r, filePath: path.basename(r.filePath) });

describe("generated posts", () => {
  afterAll(() => {
    console.info(`healthlint property tests: ${posts} generated posts linted (each three times), ${findings} findings checked`);
    fs.rmSync(dir, { recursive: true, force: true });
  });

  const params = { numRuns: RUNS, seed: SEED, endOnFailure: true };

  it("Markdown posts: no rule fails, ranges and positions agree, deterministic", { timeout: 600_000 }, async () => {
    await fc.assert(fc.asyncProperty(post, (text) => holds(text, dir, "post.md")), params);
  });

  it("plain-text posts", { timeout: 600_000 }, async () => {
    await fc.assert(fc.asyncProperty(post, (text) => holds(text, dir, "post.txt")), { ...params, numRuns: Math.ceil(RUNS / 4) });
  });

  it("content calendars split into posts by thematic break and by heading", { timeout: 600_000 }, async () => {
    const calendar = fc.array(post, { minLength: 1, maxLength: 5 }).map((ps) => ps.map((p) => p.replace(/^\ufeff/, "")).join("\n\n---\n\n"));
    const byHeading = fc.array(post, { minLength: 1, maxLength: 5 }).map((ps) => ps.map((p, i) => `## Day ${i}\n\n${p.replace(/^\ufeff/, "")}`).join("\n\n"));
    await fc.assert(fc.asyncProperty(calendar, (text) => holds(text, splitDir, "week.md")), { ...params, numRuns: Math.ceil(RUNS / 4) });
    await fc.assert(fc.asyncProperty(byHeading, (text) => holds(text, headingDir, "week.md")), { ...params, numRuns: Math.ceil(RUNS / 4) });
  });

  it("the generated posts give findings to check (the properties are not vacuous)", () => {
    expect(findings).toBeGreaterThan(posts / 4);
  });

  it("the position helper agrees with hand-counted cases", () => {
    expect(position("a\r\nb", 3)).toEqual({ line: 2, column: 1 });
    expect(position("a\rb", 2)).toEqual({ line: 2, column: 1 });
    expect(position("😷#a", 2)).toEqual({ line: 1, column: 3 });
  });
});
