/**
 * personalized-medical-advice on hostile input (issue 9): 100,000-character runs of what its patterns
 * repeat on, each with the findings it must give. A pattern that backtracks super-linearly turns
 * one of these into minutes; the assertions are on the findings, never on time.
 *
 * The helpers written by hand to stay linear (sentence splitting, the question test, blanking of
 * hashtags and handles) are also checked against the regular expressions they replace.
 */
import { describe, expect, it } from "vitest";
import { RuleTester } from "../../src/testing/rule-tester.js";
import rule, { blankHashtags, blankTagsAndHandles, isQuestion, sentenceRanges } from "../../rules/personalized-medical-advice.js";

const tester = new RuleTester();
const N = 100_000;
const lint = (text: string) => tester.lint(rule, { text, format: "text" }).map((m) => `${m.line}:${m.column} ${m.message}`);

describe("personalized-medical-advice on 100k-character runs", () => {
  it("spaces and line breaks where a sentence (and a reader's name) may start", () => {
    expect(lint(". " + " ".repeat(N) + "!")).toEqual([]);
    expect(lint("Our patient " + "\n".repeat(N))).toEqual([]);
    expect(lint("Tom:" + "\n ".repeat(N / 2) + "x")).toEqual([]);
    // The name is still found after the run.
    const [m] = lint("\n".repeat(N) + "hey Tom, that's gout.");
    expect(m).toMatch(/^100001:1 .*diagnosis 'gout'.*a reader by name/);
    expect(lint("Thanks." + " ".repeat(N) + "hey Tom, that's gout.")).toEqual([expect.stringMatching(/^1:100008 .*diagnosis 'gout'/)]);
  });

  it("a question mark and spaces, runs of ? and of full stops", () => {
    expect(lint("@jess ?" + " ".repeat(N) + "!")).toEqual([]);
    expect(lint("?".repeat(N))).toEqual([]);
    expect(lint("+0" + ".".repeat(N) + "!")).toEqual([]);
    expect(lint("@jess sounds like shingles?" + " ".repeat(N) + "\"")).toEqual([]);
  });

  it("white space inside a referral, a result and a treatment", () => {
    expect(lint("@jess talk" + " ".repeat(N) + "to your doctor about metformin 500 mg")).toEqual([]);
    expect(lint("@jess your a1c is " + "at ".repeat(N / 3) + "!")).toEqual([]);
    expect(lint("@jess your a1c is " + "at ".repeat(N / 3) + "9.1")).toEqual([expect.stringMatching(/their a1c result/)]);
    expect(lint("@jess " + "you need ".repeat(N / 9) + "a biopsy")).toEqual([expect.stringMatching(/^1:7 .*'biopsy'.*@… in a reply/)]);
  });

  it("one long sentence with many requests, names, mentions or diagnoses", () => {
    // Every request is negated: compromise is asked a bounded number of times, then nothing is reported.
    expect(lint("DM me your labs, not ".repeat(N / 21))).toEqual([]);
    expect(lint("Tom, ".repeat(N / 5))).toEqual([]);
    expect(lint("Aaron, you ".repeat(N / 11))).toEqual([]);
    expect(lint("sounds like flu ".repeat(N / 16) + "?")).toEqual([]);
    expect(lint("#a".repeat(N / 2))).toEqual([]);
    expect(lint("@a ".repeat(N / 3))).toEqual([]);
  });

  it("many sentences of advice: three findings, then the post is done", () => {
    const found = lint("@a " + "Start metformin 500 mg. ".repeat(N / 24));
    expect(found).toHaveLength(3);
    for (const m of found) expect(m).toMatch(/the dose '500 mg'.*@… in a reply/);
  });
});

describe("the linear helpers match the patterns they replace", () => {
  // Short strings from pieces that exercise every branch, drawn with a fixed seed.
  const pieces = ["#", "#a", "#Flu", "#é", "#_x", "#1", "##", "&#x", "/#a", "@", "@jess", ".@x", "a@b", "@@c", "é", "😷", "\u0301", " ", "  ", "\n", "\t",
    ". ", ".", "...", "!", "?", "? ", "?\"", "?’ ", "’", "\"", ")", "e.g. ", "Dr. ", "D. ", "3.5", "a", "A", "1", "Tom", "x"];
  let seed = 7;
  const next = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
  const samples = Array.from({ length: 4000 }, () => Array.from({ length: 1 + Math.floor(next() * 16) }, () => pieces[Math.floor(next() * pieces.length)]).join(next() < 0.5 ? " " : ""));

  const ABBREV = /(?:^|[\s(])(?:dr|mr|mrs|ms|st|vs|etc|e\.g|i\.e|no|approx|jr|sr|prof|inc|dept|u\.s|a\.m|p\.m|[a-z])\.$/i;
  function sentenceRangesByRegex(text: string): Array<[number, number]> {
    const out: Array<[number, number]> = [];
    const push = (s: number, e: number) => {
      while (s < e && /\s/.test(text[s])) s++;
      while (e > s && /\s/.test(text[e - 1])) e--;
      if (e > s) out.push([s, e]);
    };
    let start = 0;
    const re = /[.!?…]+["'”’)]*(?=\s)|\n/g;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const end = m.index + m[0].length;
      if (m[0] === "." && ABBREV.test(text.slice(Math.max(start, m.index - 8), end))) continue;
      push(start, end);
      start = end;
    }
    push(start, text.length);
    return out;
  }
  const blankHashtagsByRegex = (text: string) =>
    text.replace(/(^|[^\w&/#])#([\p{L}\p{M}_][\p{L}\p{M}\p{N}_]*)/gu, (_m, pre: string, tag: string) => pre + " ".repeat(tag.length + 1));

  it("sentenceRanges", () => {
    for (const s of samples) expect(sentenceRanges(s), JSON.stringify(s)).toEqual(sentenceRangesByRegex(s));
  });
  it("isQuestion", () => {
    for (const s of samples) expect(isQuestion(s), JSON.stringify(s)).toBe(/\?\s*["'”’)]*\s*$/.test(s));
  });
  it("blankHashtags and blankTagsAndHandles", () => {
    for (const s of samples) {
      expect(blankHashtags(s), JSON.stringify(s)).toBe(blankHashtagsByRegex(s));
      expect(blankTagsAndHandles(s), JSON.stringify(s)).toBe(blankHashtagsByRegex(s).replace(/(?<![\w@.])@\w{1,30}/g, (h) => " ".repeat(h.length)));
    }
  });
});
