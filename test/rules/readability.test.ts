import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { RuleTester } from "../../src/testing/rule-tester.js";
import rule, { sentences } from "../../rules/readability.js";

const tester = new RuleTester();
const plain = "Flu season is here. Get your shot now. It is free at our clinic. Bring a friend. We are open every day. ";
const dense =
  "Comprehensive immunization significantly decreases hospitalization probability. Vaccination effectiveness demonstrates substantial variability internationally. Administration recommendations incorporate individualized epidemiological considerations. Contraindications necessitate professional consultation. ";

tester.run(rule, {
  valid: [
    plain.repeat(3),
    { name: "short posts get no grade", text: dense.slice(0, 200) },
    { name: "hashtags, mentions, URLs and emoji are not words", text: `${plain.repeat(2)} #ComprehensiveImmunizationAwareness @InternationalEpidemiologicalAssociation https://example.org/contraindications-necessitate-consultation 💉` },
    { name: "clinician audience", text: `---\naudience: clinicians\n---\n${dense.repeat(2)}` },
    { name: "abbreviations do not end sentences", text: "Dr. Shah sees patients on Mon. and Wed. at 9 a.m. at St. Anne's, e.g. for checkups." },
    { name: "a raised target", text: dense.repeat(2), options: { target: 60 } },
    { name: "alt text is not the post's prose", text: `${plain.repeat(2)}\n\n![${dense}](a.jpg)` },
  ],
  invalid: [
    {
      name: "dense text",
      text: dense.repeat(2),
      errors: [{ messageId: "grade", message: /^Reads at grade \d+(\.\d)? \(Flesch-Kincaid\), above the target of 8/, severity: "info" }],
    },
    {
      name: "a long sentence",
      text: "If you or someone in your household has a fever, cough or body aches and you are at higher risk, call your doctor right away.",
      errors: [{ messageId: "longSentence", message: "This sentence has 25 words; aim for 20 or fewer.", column: 1 }],
    },
    {
      name: "line breaks end sentences when the next line starts a new thought",
      text: "Three tips for the heat\nDrink water all day long even when you are not thirsty at all\nStay inside during the hottest hours of the afternoon if you can do it today",
      options: { maxSentenceWords: 14 },
      errors: [{ messageId: "longSentence", line: 3 }],
    },
    {
      name: "positions after front matter",
      text: "---\nplatform: facebook\n---\nShort one. If you or someone in your household has a fever, cough or body aches and you are at higher risk, call your doctor right away.",
      errors: [{ messageId: "longSentence", line: 4, column: 12 }],
    },
  ],
});

describe("sentences", () => {
  it("splits on end punctuation, blank lines and new-thought line breaks", () => {
    const t = "Flu shots are in! Walk in today.\n\nBring your card\n- Mon to Sat\n- 8am to 6pm";
    expect(sentences(t).map((s) => s.words.join(" "))).toEqual(["Flu shots are in", "Walk in today", "Bring your card", "Mon to Sat", "am to pm"]);
  });
  it("keeps dotted abbreviations and decimals inside a sentence", () => {
    expect(sentences("The U.S. dose is 2.5 mg, e.g. for adults. Next one.").map((s) => s.words.length)).toEqual([8, 2]);
  });
});

describe("readability fixtures", () => {
  const dir = new URL("../../fixtures/readability/", import.meta.url);
  for (const file of fs.readdirSync(dir).filter((f) => f.endsWith(".md"))) {
    it(file, () => {
      const found = tester.lint(rule, { text: fs.readFileSync(new URL(file, dir), "utf8") });
      if (file.startsWith("flag-")) expect(found.length).toBeGreaterThan(0);
      else expect(found.map((m) => m.message)).toEqual([]);
    });
  }
});

describe("readability on adversarial input", () => {
  const runs = ["a ", "a.", "U.S.", ". ", "\n", "a\n", "word ", "e.g. ", "#tag ", "’", "Dr. ", "a-", "A\n"];
  it("splits sentences in linear time", () => {
    for (const run of runs) {
      const text = run.repeat(Math.ceil(100_000 / run.length));
      expect(sentences(text).length).toBeLessThanOrEqual(text.length);
    }
  });
  it("stays linear through the rule", () => {
    // Runs of dotted letters are left out here: twitter-text's URL search in the engine is
    // quadratic on them (reported), which is not this rule's cost.
    for (const run of runs.filter((r) => !r.includes("."))) {
      const text = run.repeat(Math.ceil(100_000 / run.length));
      expect(tester.lint(rule, { text, format: "text" }).length).toBeGreaterThanOrEqual(0);
    }
  });
});
