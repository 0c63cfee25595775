import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { RuleTester } from "../../src/testing/rule-tester.js";
import rule from "../../rules/stale-statistic.js";

const tester = new RuleTester({ today: "2026-11-22" });

tester.run(rule, {
  valid: [
    "The polio vaccine was licensed in 1955. Since then, cases have fallen 99%.",
    "Founded in 1998, our clinic has cared for more than 50,000 patients.",
    "Get your 2026-27 flu vaccine at any pharmacy location.",
    "A 2024 CDC report found 1 in 5 adults has a mental health condition.",
    { name: "five years is not more than maxAgeYears", text: "A 2021 survey found 1 in 3 adults sleeps too little." },
    "A new study links ultra-processed food to poorer sleep: https://doi.org/10.1093/sleep/zsad001",
    "A new study in JAMA (2026) finds a walk after meals lowers blood sugar.",
    "Healthy People 2030 aims to cut adult obesity to 36%.",
    "Join us March 3, 2019 for our free heart health fair.",
    "The 1918 flu pandemic killed an estimated 50 million people.",
    "Celebrating 25 years! We opened in 2001 and have welcomed 40,000 babies since.",
    "In 2012 we became the first hospital in the state to offer TAVR; 3,000 procedures since.",
    { name: "judged against the post's own date", text: "---\ndate: 2017-05-01\n---\nA 2016 survey found 1 in 3 adults sleeps too little." },
    { name: "undated 'new' may be allowed", text: "New research shows more fiber helps.", options: { flagUndatedNew: false } },
    { name: "a longer maxAgeYears", text: "A 2015 study found 1 in 3 adults sleeps too little.", options: { maxAgeYears: 20 } },
    { name: "flu season advice in January is the season that began last autumn", text: "Still time for your 2025-26 flu shot!", today: "2026-01-15" },
  ],
  invalid: [
    {
      text: "A new study (2014) shows walking cuts heart disease risk.",
      errors: [{ messageId: "newButOld", text: "new study", severity: "info", line: 1, column: 3 }],
    },
    {
      text: "A 2015 study found that 1 in 3 adults don't get enough sleep.",
      errors: [{ messageId: "oldYear", text: "2015", message: /dated 2015, 11 years before the post \(today, 2026-11-22\)/ }],
    },
    { text: "According to 2018 CDC data, 34% of adults have prediabetes.", errors: [{ messageId: "oldYear", text: "2018" }] },
    { text: "In 2014, 30% of adults in our state were obese.", errors: [{ messageId: "oldYear", text: "2014" }] },
    { text: "Smoking causes 480,000 deaths a year (CDC, 2014).", errors: [{ messageId: "oldYear", text: "2014" }] },
    { text: "As of 2016, about 9.4% of Americans had diabetes.", errors: [{ messageId: "oldYear", text: "2016" }] },
    { text: "Obesity rates rose from 2000 to 2018.", errors: [{ messageId: "oldYear", text: "2018" }] },
    {
      text: "Get your 2022-23 flu vaccine today!",
      errors: [{ messageId: "lastSeason", text: "2022-23 flu vaccine", message: /refer to the 2026-27 season/ }],
    },
    { text: "Flu shots for the 2024–2025 season are in.", errors: [{ messageId: "lastSeason" }] },
    { text: "Book your 2023 COVID booster today.", errors: [{ messageId: "lastSeason", text: "2023 COVID booster" }] },
    { text: "The latest data from 2023 show flu hospitalizations rising.", errors: [{ messageId: "newButOld", text: "latest data" }] },
    { text: "New research shows vitamin D may not prevent fractures.", errors: [{ messageId: "newUndated", text: "New research" }] },
    {
      name: "the post's date comes from front matter",
      text: "---\ndate: 2026-03-02\n---\nA 2019 study found 1 in 4 teens vapes.",
      errors: [{ messageId: "oldYear", line: 4, column: 3, message: /post date 2026-03-02/ }],
    },
    {
      name: "a stricter maxAgeYears",
      text: "A 2024 CDC report found 1 in 5 adults has a mental health condition.",
      options: { maxAgeYears: 1 },
      errors: [{ messageId: "oldYear", text: "2024" }],
    },
    {
      name: "configured at warn",
      text: "A 2015 study found 1 in 3 adults sleeps too little.",
      severity: "warn",
      errors: [{ messageId: "oldYear", severity: "warn" }],
    },
  ],
});

describe("stale-statistic on adversarial input", () => {
  for (const [name, unit] of [
    ["years", "2014 "],
    ["new study", "a new study (2014) in 2015, 30% "],
    ["seasons", "2022-23 flu vaccine "],
    ["digits", "1"],
    ["parentheses", "(CDC, "],
  ] as const) {
    it(`finishes on 100k characters of ${name}`, () => {
      const text = unit.repeat(Math.ceil(100_000 / unit.length));
      expect(Array.isArray(tester.lint(rule, { text, format: "text" }))).toBe(true);
    });
  }
});

const dir = fileURLToPath(new URL("../../fixtures/stale-statistic/", import.meta.url));

/** Fixtures: `flag-*.md` must be reported, `ok-*.md` not; each `<!-- expect: words -->` must be covered. */
describe("stale-statistic fixtures", () => {
  for (const file of readdirSync(dir).filter((f) => f.endsWith(".md")).sort()) {
    it(file, () => {
      const text = readFileSync(path.join(dir, file), "utf8");
      const found = tester.lint(rule, { text });
      const covered = found.map((m) => text.slice(m.range[0], m.range[1]));
      if (file.startsWith("ok-")) expect(covered).toEqual([]);
      else expect(found.length, "a finding").toBeGreaterThan(0);
      for (const [, want] of text.matchAll(/<!-- expect: (.*?) -->/g)) {
        expect(covered.some((c) => c.includes(want) || want.includes(c)), `expected a finding on "${want}", got ${covered.join(" | ")}`).toBe(true);
      }
    });
  }
});
