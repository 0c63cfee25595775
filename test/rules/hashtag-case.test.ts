import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { RuleTester } from "../../src/testing/rule-tester.js";
import rule, { readHashtag } from "../../rules/hashtag-case.js";

const tester = new RuleTester();

tester.run(rule, {
  valid: [
    "Know the signs of stroke. #StrokeAwarenessMonth #BEFAST",
    { name: "acronyms and single words pass", text: "#HIV #COVID19 #Flu #flu #RSV #COPD #AMA #ama #ISI #NAMI #SAMHSA #CDC #WHO", platform: "x" },
    { name: "one-word tags in lower case", text: "#vaccines #wellness #healthcare #breastfeeding #pharmacist #nursing #teamwork #selfcare" },
    { name: "digits with one word", text: "#flu2024 #2024flu #covid19 #COVID2026" },
    { name: "already cased by the writer", text: "#MentalHealth #mentalHealth #FluSeason #HeartMonth" },
    { name: "underscores already separate words", text: "#mental_health #stroke_awareness_month" },
    { name: "not English words", text: "#salud #vacunas #gesundheit #santé #健康" },
    { name: "short tags", text: "#gotm #ptot #ivf" },
    { name: "in code or comments", text: "`#strokeawarenessmonth`\n\n<!-- #mentalhealth -->\n\nStroke month." },
    { name: "in a URL fragment", text: "See https://example.org/page#strokeawarenessmonth" },
  ],
  invalid: [
    {
      text: "May is #strokeawarenessmonth. Know the signs.",
      errors: [{ messageId: "oneCase", text: "#strokeawarenessmonth", message: /CamelCase: #StrokeAwarenessMonth\.$/, suggestions: 1 }],
      output: "May is #StrokeAwarenessMonth. Know the signs.",
    },
    {
      name: "all upper case",
      text: "#WORLDAIDSDAY: get tested.",
      errors: [{ messageId: "oneCase", message: /#WorldAIDSDay/ }],
      output: "#WorldAIDSDay: get tested.",
    },
    {
      name: "acronyms stay in capitals, digits stay",
      text: "#covid19vaccine #hivtesting #ptsdawareness",
      errors: [{ message: /#COVID19Vaccine/ }, { message: /#HIVTesting/ }, { message: /#PTSDAwareness/ }],
      output: "#COVID19Vaccine #HIVTesting #PTSDAwareness",
    },
    {
      name: "several on one line are all fixed",
      text: "#mentalhealth #publichealth #getvaccinated #nursesweek",
      errors: 4,
      output: "#MentalHealth #PublicHealth #GetVaccinated #NursesWeek",
    },
    {
      name: "an ambiguous split is a suggestion with both readings, not a fix",
      text: "Please #wearamask indoors.",
      errors: [{ messageId: "oneCaseUnsure", message: /for example #WearAMask\.$/, suggestions: 2 }],
    },
    {
      name: "a hashtag in a link's text",
      text: "Read [our #hearthealth guide](https://example.org/heart).",
      errors: [{ messageId: "oneCase", text: "#hearthealth" }],
      output: "Read [our #HeartHealth guide](https://example.org/heart).",
    },
    {
      name: "positions after front matter and emoji",
      text: "---\nplatform: instagram\n---\n💪🏽 Move more! #hearthealth",
      errors: [{ line: 4, column: 17, endColumn: 29 }],
      output: "---\nplatform: instagram\n---\n💪🏽 Move more! #HeartHealth",
    },
    {
      name: "a full-width ＃",
      text: "＃mentalhealth matters",
      errors: [{ text: "＃mentalhealth" }],
      output: "＃MentalHealth matters",
    },
  ],
});

describe("hashtag-case segmentation", () => {
  const cases: Array<[string, string | null, boolean?]> = [
    ["strokeawarenessmonth", "StrokeAwarenessMonth", true],
    ["breastcancerawareness", "BreastCancerAwareness", true],
    ["extremeheat", "ExtremeHeat", true],
    ["fightthebite", "FightTheBite", true],
    ["washyourhands", "WashYourHands", true],
    ["knowyournumbers", "KnowYourNumbers", true],
    ["mayoclinic", "MayoClinic", true],
    ["skincancerprevention", "SkinCancerPrevention", true],
    ["womenshealth", "WomensHealth", true],
    ["penisland", "PenisLand", false],
    ["healthcare", null],
    ["telehealth", null],
    ["ama", null],
    ["AMA", null],
    ["GOTEAM", null],
    ["abetterlife", null],
  ];
  for (const [tag, spelling, certain] of cases) {
    it(tag, () => {
      const r = readHashtag(tag);
      if (spelling === null) expect(r).toBeNull();
      else {
        expect(r?.spellings[0]).toBe(spelling);
        expect(r?.certain).toBe(certain);
      }
    });
  }
});

describe("hashtag-case fixtures", () => {
  const dir = new URL("../../fixtures/hashtag-case/", import.meta.url);
  for (const file of fs.readdirSync(dir).filter((f) => f.endsWith(".md"))) {
    it(file, () => {
      const found = tester.lint(rule, { text: fs.readFileSync(new URL(file, dir), "utf8") });
      if (file.startsWith("flag-")) expect(found.length).toBeGreaterThan(0);
      else expect(found.map((m) => m.message)).toEqual([]);
    });
  }
});

describe("hashtag-case on adversarial input", () => {
  it("stays linear on long hashtags and long runs", () => {
    for (const text of ["#" + "a".repeat(100_000), "#" + "ab".repeat(50_000), ("#" + "heart".repeat(3) + " ").repeat(10_000), "#".repeat(100_000)]) {
      const found = tester.lint(rule, { text, format: "text" });
      expect(found.length).toBeLessThanOrEqual(10_000);
    }
  });
});
