import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { RuleTester } from "../../src/testing/rule-tester.js";
import rule from "../../rules/medical-jargon.js";
import { JARGON } from "../../rules/data/medical-jargon.js";

const tester = new RuleTester();

tester.run(rule, {
  valid: [
    "Check your blood pressure: free checks every weekday.",
    { name: "explained in parentheses", text: "High blood pressure (hypertension) often has no symptoms." },
    { name: "explained by a parenthesis after it", text: "Hypertension (high blood pressure) often has no symptoms." },
    { name: "explained with 'or'", text: "A heart attack, or myocardial infarction, can feel like pressure." },
    { name: "explained with 'also called'", text: "Pertussis, also called whooping cough, is on the rise." },
    { name: "explained once, then used", text: "Hypertension (high blood pressure) is common. Hypertension raises stroke risk." },
    { name: "its plain words are near", text: "Edema is swelling in your legs or feet." },
    { name: "front matter says the audience is clinicians", text: "---\naudience: clinicians\n---\nManaging hyperlipidemia and hypertension after MI." },
    { name: "audience as a list", text: "---\naudience: [physicians, nurses]\n---\nHypertension update." },
    { name: "part of a hashtag, mention, URL or another word", text: "#HypertensionAwareness @hypertension_org https://example.org/hypertension nonbenign-ish antihypertension" },
    { name: "in code", text: "`hypertension`" },
  ],
  invalid: [
    {
      text: "Hypertension often has no symptoms.",
      errors: [{ messageId: "jargon", text: "Hypertension", message: "'Hypertension' is jargon to many readers: say 'high blood pressure', or explain it the first time (\"high blood pressure (Hypertension)\").", severity: "info", suggestions: 1 }],
    },
    { name: "each term once per post", text: "Hypertension is common. Hypertension is treatable.", errors: 1 },
    { name: "several terms", text: "Mortality fell and prevalence rose.", errors: [{ text: "Mortality" }, { text: "prevalence" }] },
    { name: "forms and multi-word terms", text: "Cancer metastasized after a myocardial  infarction and adverse events.", errors: [{ text: "metastasized" }, { text: "myocardial  infarction" }, { text: "adverse events" }] },
    { name: "a hyphenated form", text: "Comorbidities and co-morbidity matter.", errors: [{ text: "Comorbidities" }] },
    {
      name: "a suggestion per substitute",
      text: "Get your immunization today.",
      errors: [{ text: "immunization", suggestions: 3, message: /say 'shot'/ }],
    },
    {
      name: "positions after front matter and emoji",
      text: "---\nplatform: facebook\n---\n🩺 Hypertension check",
      errors: [{ line: 4, column: 4, endColumn: 16 }],
    },
  ],
});

describe("medical-jargon list", () => {
  it("gives every entry a plain substitute and a source", () => {
    for (const e of JARGON) {
      expect(e.plain.length, e.term).toBeGreaterThan(0);
      expect(e.source, e.term).toMatch(/CDC|MedlinePlus|NCI/);
    }
  });
  it("has no term twice", () => {
    const forms = JARGON.flatMap((e) => [e.term, ...(e.forms ?? [])].map((f) => f.toLowerCase()));
    expect(new Set(forms).size).toBe(forms.length);
  });
});

describe("medical-jargon fixtures", () => {
  const dir = new URL("../../fixtures/medical-jargon/", import.meta.url);
  for (const file of fs.readdirSync(dir).filter((f) => f.endsWith(".md"))) {
    it(file, () => {
      const found = tester.lint(rule, { text: fs.readFileSync(new URL(file, dir), "utf8") });
      if (file.startsWith("flag-")) expect(found.length).toBeGreaterThan(0);
      else expect(found.map((m) => m.message)).toEqual([]);
    });
  }
});

describe("medical-jargon on adversarial input", () => {
  it("stays linear on long runs", () => {
    for (const run of ["hypertension ", "(", "(hypertension ", "myocardial ", "a-", "co-", " ", "hyper"]) {
      const text = run.repeat(Math.ceil(100_000 / run.length));
      expect(tester.lint(rule, { text, format: "text" }).length).toBeLessThanOrEqual(JARGON.length);
    }
  });
});
