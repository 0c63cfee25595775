import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { RuleTester } from "../../src/testing/rule-tester.js";
import { scoreLabelled } from "../helpers/labelled.js";
import rule from "../../rules/unsubstantiated-claim.js";
import { CLAIM_TERMS } from "../../rules/data/unsubstantiated-claim.js";

const tester = new RuleTester();

tester.run(rule, {
  valid: [
    "There is still no cure for Alzheimer's, but early diagnosis helps families plan.",
    "No vaccine is 100% effective, but the flu shot cuts your risk of hospitalization.",
    "Myth: Vitamin C cures the common cold.\nFact: it may shorten a cold slightly.",
    "Be wary of any product that claims to cure cancer.",
    "Dietary supplements are not FDA approved for safety or effectiveness before they are sold.",
    "Our 12-bed medical detox unit opens Monday for patients withdrawing from alcohol.",
    "You don't need a detox: your liver already detoxes your body.",
    "Join Team Mercy at Saturday's Race for the Cure!",
    "Researchers hope gene therapy could one day cure sickle cell disease.",
    "Our NICU miracle baby went home today! #MiracleBaby",
    "Round up at checkout for Children's Miracle Network Hospitals.",
    "Most people have mild or no side effects after the COVID-19 vaccine.",
    "Cut back on processed and cured meats.",
    "All hearing aids come with a 60-day money-back guarantee.",
    "Same-day appointments guaranteed at all our urgent care locations.",
    "Is there a cure for tinnitus? Not yet, but sound therapy helps.",
    'Those "miracle" weight-loss gummies on your feed are mostly sugar.',
    "No surgery is risk-free, so we talk through every risk with you.",
    "Collagen drinks are not clinically proven to reduce wrinkles.",
    "Antibiotics don't cure colds. They treat bacteria, not viruses.",
    "Under the 21st Century Cures Act you can see results in the portal.",
    "Try a digital detox this weekend: phones off at dinner.",
    "Hepatitis C can be cured with 8 to 12 weeks of pills. Get tested.",
    "She lost 80 lbs, then faced a bigger battle: our story of her recovery.",
    "Walk with us for Alzheimer's. #CureAlz #ENDALZ",
    "We're the first hospital in the region with an FDA-cleared robotic knee system.",
    "Preventive care is covered 100% by most plans.",
    { name: "an allowed phrase is not reported", text: "Shop the Miracle Cream line at the front desk.", options: { allow: ["miracle cream"] } },
  ],
  invalid: [
    {
      text: "Our new CBD gummies cure anxiety naturally! Shop now.",
      errors: [{ messageId: "claim", text: "cure", line: 1, column: 21, endColumn: 25, severity: "warn" }],
    },
    { text: "This serum is clinically proven to reduce wrinkles.", errors: [{ messageId: "claim", text: "clinically proven" }] },
    { text: "Kills 99.9% of germs on contact!", errors: [{ messageId: "claim", text: "Kills 99.9%" }] },
    { text: "Our miracle weight-loss tea melts fat fast!", errors: [{ messageId: "claim", text: "miracle weight-loss" }] },
    {
      name: "two claims in one post",
      text: "Our vitamin gummies are FDA approved and 100% safe for kids.",
      errors: [
        { messageId: "claim", text: "FDA approved" },
        { messageId: "claim", text: "100% safe" },
      ],
    },
    { text: '"This cream cured my eczema in 2 weeks!" - Jess', errors: [{ messageId: "claim", text: "cured my eczema in 2 weeks" }] },
    { text: "I lost 30 lbs in 6 weeks with this shake!", errors: [{ messageId: "claim", text: "lost 30 lbs in 6 weeks" }] },
    { text: "Guaranteed results, or your next visit is free.", errors: [{ messageId: "claim", text: "Guaranteed" }] },
    { text: "All natural, no side effects, risk-free!", errors: [{ messageId: "claim" }, { messageId: "claim", text: "risk-free" }] },
    { text: "Detox your body with our 3-day juice cleanse.", errors: [{ messageId: "claim", text: "Detox" }] },
    { text: "Start the week right. #detox #juicecleanse", errors: [{ messageId: "claim", text: "detox" }] },
    { text: "Plantar fasciitis? Pain gone in 3 sessions!", errors: [{ messageId: "claim", text: "Pain gone in 3 sessions" }] },
    { text: "Don't miss our clinically proven program!", errors: [{ messageId: "claim", text: "clinically proven" }] },
    {
      name: "a negation in another clause does not excuse the claim",
      text: "No needles, no downtime, guaranteed pain relief.",
      errors: [{ messageId: "claim", text: "guaranteed" }],
    },
    {
      name: "a cited claim drops to info",
      text: "Clinically proven to reduce plaque (J Clin Dent 2019;30:1-5).",
      errors: [{ messageId: "cited", severity: "info", text: "Clinically proven" }],
    },
    {
      name: "an evidence link counts as a citation",
      text: "Hand rubs kill 99.9% of germs: https://www.who.int/publications/i/item/9789241597906",
      errors: [{ messageId: "cited", severity: "info" }],
    },
    {
      name: "a shop link is not a citation",
      text: "Hand rubs kill 99.9% of germs: https://shop.example.com/handrub",
      errors: [{ messageId: "claim", severity: "warn" }],
    },
    {
      name: "lowerWhenCited: false keeps cited claims at warn",
      text: "Clinically proven to reduce plaque (J Clin Dent 2019;30:1-5).",
      options: { lowerWhenCited: false },
      errors: [{ messageId: "claim", severity: "warn" }],
    },
    {
      name: "front matter sources count as a citation",
      text: "---\nsources: [https://pubmed.ncbi.nlm.nih.gov/12345678/]\n---\nClinically proven to reduce plaque.",
      errors: [{ messageId: "cited", severity: "info", line: 4, column: 1 }],
    },
    {
      name: "positions: front matter, CRLF and emoji do not shift the finding",
      text: "---\r\nplatform: instagram\r\n---\r\n💧💧 Our IV drip cures hangovers.\r\n",
      errors: [{ messageId: "claim", line: 4, column: 18, endColumn: 23, text: "cures" }],
    },
  ],
});

describe("unsubstantiated-claim term data", () => {
  it("every term names its source", () => {
    for (const t of CLAIM_TERMS) expect(t.source.length, t.id).toBeGreaterThan(20);
  });
  it("every pattern is global and case-insensitive (the rule reuses lastIndex)", () => {
    for (const t of CLAIM_TERMS) expect(t.pattern.flags, t.id).toMatch(/^(?=.*g)(?=.*i)/);
  });
});

describe("unsubstantiated-claim on adversarial input", () => {
  for (const [name, unit] of [
    ["claim words", "cure miracle cure guaranteed results 100% safe no side effects detox "],
    ["spaces", " "],
    ["quotes and negations", "\"no 'not cure \u201c"],
    ["digits and percent", "99.9% 100 % lost 10 lbs in "],
  ] as const) {
    it(`finishes on 100k characters of ${name}`, () => {
      const text = unit.repeat(Math.ceil(100_000 / unit.length));
      const found = tester.lint(rule, { text, format: "text" });
      expect(Array.isArray(found)).toBe(true);
    });
  }
});

const dir = fileURLToPath(new URL("../../fixtures/unsubstantiated-claim/", import.meta.url));

/**
 * Fixtures: `flag-*.md` must be reported at warn or above, `info-*.md` only at info, `ok-*.md` not at
 * all; each `<!-- expect: words -->` must be covered by a finding.
 */
describe("unsubstantiated-claim fixtures", () => {
  for (const file of readdirSync(dir).filter((f) => f.endsWith(".md")).sort()) {
    it(file, () => {
      const text = readFileSync(path.join(dir, file), "utf8");
      const found = tester.lint(rule, { text });
      const covered = found.map((m) => text.slice(m.range[0], m.range[1]));
      const kind = file.split("-")[0];
      if (kind === "ok") expect(covered).toEqual([]);
      else if (kind === "info") {
        expect(found.length).toBeGreaterThan(0);
        expect(found.every((m) => m.severity === 0)).toBe(true);
      } else expect(found.some((m) => m.severity > 0), covered.join(" | ")).toBe(true);
      for (const [, want] of text.matchAll(/<!-- expect: (.*?) -->/g)) {
        expect(covered.some((c) => c.includes(want) || want.includes(c)), `expected a finding on "${want}", got ${covered.join(" | ")}`).toBe(true);
      }
    });
  }
});

/**
 * A labelled corpus of one-line posts (label TAB post), linted as Instagram posts: precision and
 * recall must stay above the bars (0.85 / 0.8). Every post is also listed on failure.
 */
describe("unsubstantiated-claim labelled corpus", () => {
  it("meets the precision and recall bars", () => {
    const { n, precision, recall, wrong } = scoreLabelled(tester, rule, path.join(dir, "labelled.tsv"), { platform: "instagram", format: "text" });
    expect(n).toBeGreaterThan(150);
    expect(precision, wrong).toBeGreaterThanOrEqual(0.85);
    expect(recall, wrong).toBeGreaterThanOrEqual(0.8);
  });
});
