import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  CONDITIONS,
  CONDITION_SUFFIXES,
  DRUGS,
  DRUG_STEMS,
  PROCEDURES,
  SYMPTOMS,
  TESTS,
  VACCINES,
} from "../../rules/data/personalized-medical-advice-terms.js";
import { GramTable, gramSlots, gramString, gramsOf } from "../../rules/lib/grams.js";
import { StemMatcher, TermMatcher } from "../../rules/lib/terms.js";
import { alternation, termsRegex } from "../../rules/personalized-medical-advice.js";

const GROUPS = [...CONDITIONS, ...TESTS, ...DRUGS, ...PROCEDURES, ...SYMPTOMS, VACCINES];
const TERMS = GROUPS.flatMap((g) => g.terms);
const STEMS = [...CONDITION_SUFFIXES.stems, ...DRUG_STEMS.stems];

/** Every match of a regex, as [start, end]. */
function regexMatches(re: RegExp, s: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  re.lastIndex = 0;
  for (let m = re.exec(s); m; m = re.exec(s)) out.push([m.index, m.index + m[0].length]);
  return out;
}

/** Every match of a matcher, searching on from the end of the last (as a `g` regex does). */
function matcherMatches(m: { first(s: string, from?: number): [number, number] | null }, s: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (let r = m.first(s, 0); r; r = m.first(s, r[1])) out.push(r);
  return out;
}

/** Text made of pieces of the terms, their words, stems and the characters around words. */
function textArbitrary(words: readonly string[]): fc.Arbitrary<string> {
  const piece = fc.oneof(
    fc.constantFrom(...words),
    fc.constantFrom(...words).map((w) => w.slice(0, Math.max(1, w.length - 2))),
    fc.constantFrom(" ", "  ", "\t", "-", "'", "’", ",", ".", "s", "x", "1", "_", "#", "\n", "é"),
  );
  return fc.array(piece, { maxLength: 14 }).map((parts) => parts.join(""));
}

describe("TermMatcher", () => {
  const matcher = new TermMatcher(TERMS);
  const re = termsRegex(GROUPS, "g");
  const words = [...new Set(TERMS.flatMap((t) => [t, ...t.split(/[ ,.-]+/)]))].filter(Boolean);

  it("finds what termsRegex finds on lower-cased text", () => {
    fc.assert(
      fc.property(textArbitrary(words), (text) => {
        expect(matcherMatches(matcher, text)).toEqual(regexMatches(re, text));
      }),
      { numRuns: 3000 },
    );
  });

  it("starts where it is told, as lastIndex does (also inside a word)", () => {
    fc.assert(
      fc.property(textArbitrary(words), fc.nat(60), (text, from) => {
        re.lastIndex = from;
        const m = re.exec(text);
        expect(matcher.first(text, from)).toEqual(m ? [m.index, m.index + m[0].length] : null);
      }),
      { numRuns: 2000 },
    );
  });

  it("reads a space in a term as a space, a tab or a hyphen, and keeps the word boundaries", () => {
    const m = new TermMatcher(["blood pressure", "flu", "hand, foot and mouth disease"]);
    expect(m.first("high blood-pressure")).toEqual([5, 19]);
    expect(m.first("high blood\tpressure")).toEqual([5, 19]);
    expect(m.first("influenza")).toBeNull();
    expect(m.first("flu-like")).toBeNull();
    expect(m.first("anti-flu")).toBeNull();
    expect(m.first("flu's")).toBeNull();
    expect(m.first("flu' ")).toEqual([0, 3]);
    expect(m.first("hand, foot and mouth disease")).toEqual([0, 28]);
  });

  it("refuses a term that does not start and end with a word character", () => {
    expect(() => new TermMatcher(["(flu"])).toThrow();
  });
});

describe("StemMatcher", () => {
  const matcher = new StemMatcher(STEMS);
  const re = new RegExp(`\\b(?<!['’-])[a-z]{3,}(?:${alternation(STEMS)})s?(?![\\w-])`, "g");
  const words = [...STEMS, ...STEMS.map((s) => `abc${s}`), ...STEMS.map((s) => `ab${s}s`), "metformin", "arthritis", "ibuprofen", "x1itis"];

  it("finds what the stem regex finds on lower-cased text", () => {
    fc.assert(
      fc.property(textArbitrary(words), (text) => {
        expect(matcherMatches(matcher, text)).toEqual(regexMatches(re, text));
      }),
      { numRuns: 3000 },
    );
  });
});

describe("grams", () => {
  it("says a string may be held whenever the text holds it, and holds() confirms", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 80 }), fc.string({ minLength: 1, maxLength: 6 }), (text, needle) => {
        const lower = text.toLowerCase();
        const table = new GramTable();
        table.mark(lower);
        const s = gramString(needle.toLowerCase());
        if (lower.includes(s.text)) expect(table.mayHold(s)).toBe(true);
        expect(table.holds(s)).toBe(lower.includes(s.text));
        const words = needle.toLowerCase().split(" ");
        if (words.every((w) => lower.includes(w))) expect(table.mayHoldAll(gramSlots(words))).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it("rules out a string whose letters the text does not hold in a row", () => {
    const table = gramsOf("no claim here");
    expect(table.holds(gramString("miracle"))).toBe(false);
    expect(table.holds(gramString("claim"))).toBe(true);
    expect(gramsOf("a miracle cure").holds(gramString("miracle"))).toBe(true);
  });
});
