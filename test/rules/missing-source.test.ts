import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { RuleTester } from "../../src/testing/rule-tester.js";
import rule from "../../rules/missing-source.js";

const tester = new RuleTester();

tester.run(rule, {
  valid: [
    // Cited: link, DOI, PMID/PMCID, NCT, named authority, source label, journal, front matter.
    "1 in 3 adults has high blood pressure. Learn more: https://www.cdc.gov/bloodpressure",
    "1 in 3 adults has high blood pressure, according to the CDC.",
    "Studies show walking lowers heart disease risk (Source: WHO).",
    "CDC data show 1 in 5 adults lives with a mental illness.",
    "Walking after meals lowers blood sugar (doi:10.1007/s40279-022-01649-4).",
    "Early mobility cuts hospital stays by 1.5 days (PMID: 31234567).",
    "Exercise reduces depression symptoms by 30% (PMC7654321).",
    "In the trial (NCT04280705), 40% of patients recovered faster.",
    "A new study in JAMA finds adults who walk 7,000 steps a day have a 50% lower risk of early death.",
    "According to the Alzheimer's Association, 1 in 9 adults over 65 has Alzheimer's.",
    "A new @urbaninstitute study finds 8 million fewer people are uninsured.",
    { text: "---\nsources:\n  - https://www.cdc.gov/diabetes\n---\n38 million Americans have diabetes.", name: "sources in front matter" },
    { text: "Smoking is the leading cause of preventable death. Per the Truth Initiative.", name: "an authority from the configured list" },
    // Not claims: operational numbers, prices, doses, ratings, events, instructions, questions, negations.
    "We treated 1,200 patients last month.",
    "Two nurses will be on site Saturday to answer questions.",
    "One in a million? Meet our new care team.",
    "Our 3 new clinics open Monday.",
    "95% of our patients would recommend us to a friend.",
    "Our ER wait times are down 30% this year.",
    "Take 20% off all eyewear this week.",
    "Our patients rate us 4.9 out of 5 stars.",
    "Take 1 tablet every 4 to 6 hours; no more than 6 tablets in 24 hours.",
    "A 1% hydrocortisone cream can calm the itch.",
    "Reduce your risk of skin cancer: wear SPF 30 or higher.",
    "Wash your hands to help prevent the spread of germs.",
    "Can coffee lower your risk of liver disease? Join our Q&A.",
    "Vaccines do not cause autism.",
    "We're enrolling adults with type 2 diabetes in a new study of a once-weekly medicine.",
    "We're 100% smoke-free on all campuses.",
    "Join us March 3 for a free heart health talk at 6 pm.",
    "Hope ion gotta talk to the judge cause imma look high as hell",
    "The root cause is always the same.",
    { name: "without health-fact claims, only statistics and evidence phrases count", text: "Sugary drinks raise your risk of diabetes.", options: { claims: false } },
  ],
  invalid: [
    {
      text: "1 in 3 adults has high blood pressure. Free BP checks Saturday.",
      errors: [{ messageId: "missingSource", line: 1, column: 1, text: "1 in 3 adults has high blood pressure.", message: /Unsourced statistic \('1 in 3'\)/ }],
    },
    { text: "Breastfed babies have a 40% lower risk of asthma.", errors: [{ messageId: "missingSource", message: /statistic \('40%'\)/ }] },
    { text: "Women are twice as likely as men to experience depression.", errors: [{ messageId: "missingSource", message: /twice as likely/ }] },
    { text: "Studies show that walking cuts your risk of heart disease.", errors: [{ messageId: "missingSource", message: /appeal to evidence \(.studies show.\)/i }] },
    { text: "Research proves that music therapy lowers anxiety.", errors: [{ messageId: "missingSource", message: /research proves/i }] },
    { text: "A new study finds kids who sleep less struggle more in school.", errors: [{ messageId: "missingSource" }] },
    { text: "Doctors agree: the flu shot is the best protection.", errors: [{ messageId: "missingSource" }] },
    { text: "Regular exercise reduces the risk of type 2 diabetes.", errors: [{ messageId: "missingSource", message: /health claim \('reduces'\)/ }] },
    { text: "Smoking causes lung cancer.", errors: [{ messageId: "missingSource", message: /health claim \('causes'\)/ }] },
    { text: "Heart disease is the leading cause of death for women.", errors: [{ messageId: "missingSource" }] },
    { text: "Every 40 seconds, someone in the United States has a heart attack.", errors: [{ messageId: "missingSource" }] },
    { text: "Half of all Americans will develop a chronic disease by 65.", errors: [{ messageId: "missingSource" }] },
    { text: "Patients at our hospital are 30% less likely to be readmitted than the national average.", errors: [{ messageId: "missingSource" }] },
    {
      name: "the finding covers the claim, not the whole post",
      text: "Happy Nutrition Month! 🥦\n\nDiets high in fiber lower the risk of colon cancer. Add beans to every meal.",
      errors: [{ messageId: "missingSource", line: 3, column: 1, text: "Diets high in fiber lower the risk of colon cancer." }],
    },
    {
      name: "positions survive front matter, CRLF and emoji",
      text: "---\r\nplatform: x\r\n---\r\n🩺 Fact:\r\n💪 Exercise improves memory in older adults.",
      errors: [{ messageId: "missingSource", line: 5, column: 4, text: "Exercise improves memory in older adults." }],
    },
    {
      name: "with linkCounts off, a bare link to a non-source is not a citation",
      text: "1 in 3 adults has high blood pressure. Book a check: https://example.org/book",
      options: { linkCounts: false },
      errors: 1,
    },
    {
      name: "extra trigger phrases",
      text: "Clinically shown to whiten teeth in a week!",
      options: { triggers: ["clinically shown"] },
      errors: [{ messageId: "missingSource", message: /clinically shown/i }],
    },
    {
      name: "an authority outside the configured list is not accepted",
      text: "Smoking is the leading cause of preventable death, CDC says.",
      options: { authorities: ["WHO"] },
      errors: 1,
    },
    { text: "1 in 3 adults has high blood pressure.\n\n38 million Americans have diabetes.", errors: 2 },
    // Numbers in words: a scale or a ratio passes the post's screen.
    { text: "Two million people have diabetes.", errors: [{ messageId: "missingSource", message: /statistic \('Two million people'\)/ }] },
    { text: "One in five adults has high blood pressure.", errors: 1 },
    { text: "A million children have asthma.", errors: 1 },
  ],
});

const here = path.dirname(fileURLToPath(import.meta.url));
const fixtures = path.join(here, "../../fixtures/missing-source");

describe("missing-source fixtures", () => {
  for (const kind of ["flagged", "clean"] as const) {
    for (const file of readdirSync(path.join(fixtures, kind)).filter((f) => f.endsWith(".md"))) {
      it(`${kind}/${file}`, () => {
        const text = readFileSync(path.join(fixtures, kind, file), "utf8");
        const found = tester.lint(rule, { text });
        if (kind === "flagged") expect(found.length, "expected a finding").toBeGreaterThan(0);
        else expect(found.map((m) => `${m.line}:${m.column} ${m.message}`)).toEqual([]);
      });
    }
  }
});

describe("missing-source", () => {
  it("with linkCounts off, a link to a government or journal page still counts", () => {
    const text = "1 in 3 adults has high blood pressure: https://www.cdc.gov/bloodpressure/facts.htm";
    expect(tester.lint(rule, { text, options: { linkCounts: false } })).toEqual([]);
  });

  it("is linear on long runs of the characters its patterns repeat on", () => {
    const runs = [
      "1".repeat(100_000),
      "1 in ".repeat(20_000),
      "10% ".repeat(25_000),
      "studies ".repeat(12_000),
      "a new study ".repeat(8_000),
      "causes ".repeat(14_000),
      "X causes Y. ".repeat(8_000),
      "according to ".repeat(8_000),
      "@a ".repeat(30_000),
      "1,".repeat(50_000),
      "A".repeat(100_000),
    ];
    for (const text of runs) {
      const found = tester.lint(rule, { text, format: "text" });
      expect(found.length).toBeLessThanOrEqual(5);
    }
  });
});
