/**
 * missing-source on hostile input (issue 9): 100,000-character runs of what its patterns repeat on,
 * each with the findings it must give. A pattern that backtracks super-linearly turns one of these
 * into minutes; the assertions are on the findings, never on time.
 *
 * Also: the word screens that decide which sentences are read at all (EVIDENCE_CUE, STAT_CUE) let
 * through every sentence that can hold an appeal to evidence or a statistic.
 */
import { describe, expect, it } from "vitest";
import { RuleTester } from "../../src/testing/rule-tester.js";
import rule, { EVIDENCE_CUE, STAT_CUE } from "../../rules/missing-source.js";
import { EVIDENCE_PHRASES } from "../../rules/data/missing-source.js";

const tester = new RuleTester();
const N = 100_000;
const lint = (text: string, options?: Record<string, unknown>) =>
  tester.lint(rule, { text, format: "text", options }).map((m) => `${m.line}:${m.column} ${m.message}`);

describe("missing-source on 100k-character runs", () => {
  it("a run of full stops, of question marks, of spaces after a sentence", () => {
    expect(lint("+0" + ".".repeat(N) + "!")).toEqual([]);
    expect(lint("?".repeat(N))).toEqual([]);
    expect(lint("1 in 3 adults." + " ".repeat(N) + "!")).toEqual([expect.stringMatching(/^1:1 Unsourced statistic \('1 in 3'\)/)]);
  });

  it("spaces inside a test statistic, a rate, a population and a named source", () => {
    expect(lint("HR" + " ".repeat(N) + "!")).toEqual([]);
    expect(lint("aHR" + " ".repeat(N) + "2.5 for smokers")).toEqual([expect.stringMatching(/^1:1 Unsourced statistic \('aHR\s+2\.5'\)/)]);
    expect(lint("every 2 hours" + " ".repeat(N) + ", someone dies of an overdose")).toEqual([expect.stringMatching(/^1:1 Unsourced statistic \('every 2 hours\s+, someone'\)/)]);
    expect(lint("every 2 hours" + " ".repeat(N) + "x")).toEqual([]);
    expect(lint("Two" + " ".repeat(N) + "!")).toEqual([]);
    expect(lint("34" + " ".repeat(N) + "x")).toEqual([]);
    expect(lint("34 million people" + " ".repeat(N) + "x")).toEqual([]);
    const [pop] = lint("Nearly 34 people" + " ".repeat(N) + "have diabetes.");
    expect(pop).toMatch(/^1:1 Unsourced statistic \('34 people'\)/);
    expect(lint("Sugar causes cavities, according to" + " ".repeat(N) + "x")).toEqual([expect.stringMatching(/health claim \('causes'\)/)]);
    expect(lint("Sugar causes cavities, according to Aa" + " Aa".repeat(N / 3) + "!")).toEqual([]);
  });

  it("many claims: five findings; many sentences for compromise: a bounded number of parses", () => {
    const found = lint("Vaping damages lungs. ".repeat(N / 22));
    expect(found).toHaveLength(5);
    for (const m of found) expect(m).toMatch(/Unsourced health claim \('damages'\)/);
    expect(lint("cures ".repeat(N / 6) + "!")).toEqual([expect.stringMatching(/^1:1 Unsourced health claim \('cures'\)/)]);
    expect(lint("studies ".repeat(N / 8))).toEqual([]);
  });

  it("a link anywhere cites the whole post, however long", () => {
    expect(lint("1 in 3 adults. ".repeat(N / 15) + "https://www.cdc.gov/x")).toEqual([]);
  });
});

describe("the sentence screens", () => {
  it("EVIDENCE_CUE is in every built-in evidence phrase", () => {
    for (const p of EVIDENCE_PHRASES.phrases) expect(EVIDENCE_CUE.test(p), p).toBe(true);
    for (const noun of ["study", "studies", "research", "report", "survey", "trial", "analysis", "paper", "review", "data", "evidence", "findings", "scientists", "researchers"])
      expect(EVIDENCE_CUE.test(noun), noun).toBe(true);
  });

  it("STAT_CUE is in every kind of statistic", () => {
    const statistics = [
      "1 in 3 adults", "one in five", "nine out of ten dentists", "40% lower risk", "40 percent", "twice as likely", "3x more likely",
      "doubles the risk", "halved the odds", "half as many", "34 million Americans have diabetes", "a million people die",
      "a thousand patients need", "hundreds of patients get", "half of all adults", "two-thirds of adults", "the majority of teens",
      "most of us", "every 40 seconds", "the leading cause of death", "the #1 killer of women", "the most common cancer",
      "95% CI 1.8-4.3", "aHR 2.8", "p < 0.05",
    ];
    for (const s of statistics) expect(STAT_CUE.test(s), s).toBe(true);
  });

  it("a sentence without the words is not read, with or without custom triggers", () => {
    expect(lint("Our clinic opens at nine on Saturday.")).toEqual([]);
    expect(lint("This serum is clinically shown to firm skin.", { triggers: ["clinically shown"] })).toEqual([
      expect.stringMatching(/appeal to evidence \('clinically shown'\)/),
    ]);
  });
});
