import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { RuleTester } from "../../src/testing/rule-tester.js";
import { scoreLabelled } from "../helpers/labelled.js";
import rule from "../../rules/endorsement-disclosure.js";
import { CONNECTION_CUES } from "../../rules/data/endorsement-disclosure.js";

const tester = new RuleTester();

tester.run(rule, {
  valid: [
    "#ad My morning routine isn't complete without @VitaGlow greens. Use code NURSEJEN20 for 20% off!",
    "Ad: Loving the new @FlexiBrace knee sleeve for my post-run recovery.",
    "Paid partnership with @CalmSleep: sleep tips for night-shift nurses.",
    "Sponsored | @DermaPure sent me their SPF 50 tint. Use my code DRKAY15.",
    "This post is sponsored by @HeadTrack. Let's talk migraine triggers.",
    "@LatchWell sent me this pump for free to review. Link in bio.",
    "The cuff I recommend (I earn a commission if you buy through this link): https://amzn.to/3xYzAbc",
    "As an Amazon Associate I earn from qualifying purchases. My first-aid kit picks, link in bio!",
    { name: "#ADHD is not #ad", text: "October is #ADHD Awareness Month. Five signs to talk to your doctor about. #adulting" },
    "We've partnered with @CityYMCA to offer free blood pressure screenings every Tuesday.",
    "Meet our patient ambassadors! They greet families in the main lobby.",
    "Flu season sale at our pharmacy: use code FLU10 for 10% off in-store through Sunday.",
    "Congratulations to Dr. Osei, a gifted surgeon and teacher.",
    "Give the gift of life: register as an organ donor.",
    "Thank you to @LincolnHighSchool for hosting our sports physicals day!",
    "Scan the QR code at the front desk to check in.",
    "Our ED ran 14 Code STROKE activations last month.",
    "Our affiliated hospitals now share one patient portal.",
    "Thank you to our sponsors @FirstBank and @Rotary for the Heart Walk!",
    "Our team heads to #PR to support recovery clinics. Thank you @DirectRelief for the supplies.",
    { name: "#ad leading a cluster that starts the post is not buried", text: "#ad #tinnitus #hearinghealth Loving the @QuietEar earbuds for tinnitus nights.", platform: "x" },
    {
      name: "clusterSize is an option",
      text: "Loving the @QuietEar earbuds for tinnitus nights. #ad #tinnitus #hearinghealth",
      options: { clusterSize: 4 },
    },
    { name: "two trailing hashtags are not a cluster", text: "Loving the @QuietEar earbuds for tinnitus nights. #ad #tinnitus", platform: "x" },
    { name: "the platform's own label", text: "---\npaidPartnershipLabel: true\n---\nTracking triggers in the @HeadTrack app helps. Link in bio." },
    { name: "a disclosure before the Instagram fold", text: `#ad ${"Sleep tips for shift workers. ".repeat(8)}Use my code SLEEP20.`, platform: "instagram" },
  ],
  invalid: [
    {
      text: "Thanks @BrightSmileCo for sending! My gums have never felt cleaner.",
      errors: [{ messageId: "missing", text: "Thanks @BrightSmileCo for sending", line: 1, column: 1, severity: "error" }],
    },
    {
      text: "Obsessed with my new toothbrush. #gifted #oralhealth",
      errors: [{ messageId: "vague", text: "#gifted" }],
    },
    { text: "Loving the new @FlexiBrace knee sleeve. #sp", errors: [{ messageId: "vague", text: "#sp" }] },
    { text: "My favorite roller is from @RollRight, link in bio! #spon", errors: [{ messageId: "vague", text: "#spon" }] },
    { text: "My go-to drink is @ReviveElectro. #collab #fitness", errors: [{ messageId: "vague", text: "#collab" }] },
    {
      name: "a vague tag after a real cue",
      text: "I've partnered with @CalmSleep to talk about sleep. #nurselife #partner",
      errors: [{ messageId: "vague", text: "#partner" }],
    },
    { text: "My morning greens from @VitaGlow. Use code NURSEJEN20 for 20% off!", errors: [{ messageId: "missing", text: "Use code" }] },
    { text: "Best magnesium for sleep, from @SleepWellCo. Code DOCSAM for 15% off.", errors: [{ messageId: "missing" }] },
    { text: "The cuff I recommend to every patient: https://amzn.to/3xYzAbc", errors: [{ messageId: "missing", text: "https://amzn.to/3xYzAbc" }] },
    { text: "Everything I use on shift, in my storefront. Affiliate links in bio!", errors: [{ messageId: "missing", text: "my storefront" }] },
    { text: "PR package unboxing! @SmileLab sent me their whitening kit.", errors: [{ messageId: "missing", text: "PR package" }] },
    { text: "I'm now a brand ambassador for @MedScrubs! Check out their new line.", errors: [{ messageId: "missing", text: "brand ambassador" }] },
    { text: "This thermometer was gifted to me and it's the only one I use. Shop via link in bio.", errors: [{ messageId: "missing", text: "This thermometer was gifted" }] },
    {
      name: "we partnered + selling",
      text: "We've partnered with @GlowSerum to bring you their vitamin C serum — shop it at the link in bio!",
      errors: [{ messageId: "missing", text: "partnered with @GlowSerum" }],
    },
    {
      name: "front matter sponsored: true",
      text: "---\nsponsored: true\n---\nThree breastfeeding tips: feed on demand, ask for help early, get a pump that fits.",
      errors: [{ messageId: "missing", line: 4, column: 1, text: "Three", message: /sponsored: true \(front matter\)/ }],
    },
    {
      name: "#ad buried in a trailing cluster",
      text: "Loving the @QuietEar earbuds for tinnitus nights. #tinnitus #hearinghealth #ad",
      platform: "x",
      errors: [{ messageId: "buried", text: "#ad" }],
    },
    {
      name: "#ad first of a trailing cluster is still buried",
      text: "Loving the @QuietEar earbuds for tinnitus nights. #ad #tinnitus #hearinghealth",
      platform: "x",
      errors: [{ messageId: "buried", text: "#ad" }],
    },
    {
      name: "a disclosure after the Instagram fold",
      text: `${"Let's talk protein powders: what to look for on the label. ".repeat(3)}\n\nAd: Paid partnership with @PurePlantPro`,
      platform: "instagram",
      errors: [{ messageId: "afterFold", text: "Ad", message: /first 125 characters, below Instagram's/ }],
    },
    {
      name: "the fold is an option",
      text: `${"Sleep tips for shift workers. ".repeat(8)}#ad Use my code SLEEP20.`,
      platform: "linkedin",
      options: { folds: { linkedin: 140 } },
      errors: [{ messageId: "afterFold", text: "#ad" }],
    },
    {
      name: "positions with emoji and CRLF",
      text: "---\r\nplatform: instagram\r\n---\r\n🦷✨ Thank you @BrightSmileCo for sending!\r\n",
      errors: [{ messageId: "missing", line: 4, column: 5, endColumn: 41 }],
    },
  ],
});

describe("endorsement-disclosure data", () => {
  it("every cue names its source", () => {
    for (const c of CONNECTION_CUES) expect(c.source.length, c.id).toBeGreaterThan(20);
  });
});

describe("endorsement-disclosure on adversarial input", () => {
  for (const [name, unit] of [
    ["hashtags", "#ad #sp #collab "],
    ["spaces and newlines", " \n"],
    ["cue words", "thanks @brand for sending use code ABC10 for 10% off gifted "],
    ["at signs", "@a@b@"],
  ] as const) {
    it(`finishes on 100k characters of ${name}`, () => {
      const text = unit.repeat(Math.ceil(100_000 / unit.length));
      expect(Array.isArray(tester.lint(rule, { text, format: "text", platform: "instagram" }))).toBe(true);
    });
  }
});

const dir = fileURLToPath(new URL("../../fixtures/endorsement-disclosure/", import.meta.url));

/** Fixtures: `flag-*.md` must be reported, `ok-*.md` not; each `<!-- expect: words -->` must be covered. */
describe("endorsement-disclosure fixtures", () => {
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

/**
 * A labelled corpus of one-line posts (label TAB post), linted as Instagram posts: precision and
 * recall must stay above the bars (0.9 / 0.9). Every post is also listed on failure.
 */
describe("endorsement-disclosure labelled corpus", () => {
  it("meets the precision and recall bars", () => {
    const { n, precision, recall, wrong } = scoreLabelled(tester, rule, path.join(dir, "labelled.tsv"), { platform: "instagram", format: "text" });
    expect(n).toBeGreaterThan(150);
    expect(precision, wrong).toBeGreaterThanOrEqual(0.9);
    expect(recall, wrong).toBeGreaterThanOrEqual(0.9);
  });
});
