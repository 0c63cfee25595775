import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { RuleTester } from "../../src/testing/rule-tester.js";
import { scoreLabelled } from "../helpers/labelled.js";
import rule from "../../rules/endorsement-disclosure.js";
import { ANCHORS } from "../../rules/data/endorsement-disclosure.js";

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
    // Hard negatives: giving, providing and partnering words with no endorser's connection.
    "Our pharmacy sent reminders to patients due for their shingles shot.",
    "The CDC provided guidance on RSV vaccines for adults 60 and older.",
    "We partnered with the county health department on free flu shots this Saturday.",
    "Getting your flu shot here? Use code FLU at the front desk so we can bill your insurance.",
    "I paid for this myself: my honest review of the @OuraRing after six months.",
    "Not sponsored! I just love @CeraVe for eczema-prone kids.",
    "Not an ad, not gifted: bought these @Crocs with my own money.",
    "My mom surprised me with a cake after my last night shift.",
    "Dr. Lee, you were gifted with patience and the steadiest hands in the building.",
    "Collab with @SmileDirect? Never. Here's why I don't recommend mail-order aligners.",
    "Thanks @CityMarathon for having our sports medicine team in the medical tent!",
    "Affiliate links? Never on this page. Every product I mention, I paid for.",
    // Hard negatives for the wider wording: relatives, employers, purchases, organisations, people's accounts.
    "My sister sent me a care package of @Nuun tabs for my first week of night shifts.",
    "My mom's company @SunnyDaycare closed this year, and I'm so proud of the 30 years she ran it.",
    "I'm an ICU nurse at @MercyWest, and I'll keep saying it: wear your seatbelt.",
    "Courtesy of our Child Life team: a free coloring book for every kid in the ED this month.",
    "Shout-out to @DrJenGunter for the myth-busting thread everyone should read.",
    "Thank you @Walmart for the $10,000 grant to our free clinic's diabetes program!",
    "No affiliate links, no sponsors: just the blood pressure cuffs I trust, ranked.",
    "link in bio gives me a cut, so if you grab the @PeakRoller through it, thank you",
    "I was given the best advice by my mentor at @MayoClinic.",
    "Received my flu shot from @CVS today, no excuses!",
    "Received an award from @AmericanHeart for our stroke program.",
    // Plain statements of the connection, before the fold, disclose it.
    "I get a commission if you buy through my links. My top 5 pulse oximeters for home.",
    "Thanks @TrueNorthLabs for the free DNA kit! Results in 6 weeks.",
    "Full disclosure, @PureDent sent me these for free to review.",
    "I was paid by @ClearVue to try their blue-light glasses for a month.",
    {
      name: "no fold is assumed for Facebook or LinkedIn (no published figure)",
      text: `${"Long caption about pelvic floor recovery after birth. ".repeat(4)}Ad: paid partnership with @KegelCo.`,
      platform: "facebook",
    },
  ],
  invalid: [
    // A material connection composed of a giving, paying or partnering word, a brand and a recipient.
    { text: "The folks at @OrthoCloud surprised me with their new posture corrector.", errors: [{ messageId: "missing", text: "@OrthoCloud surprised me with" }] },
    { text: "These compression socks are courtesy of the brand. Nurses, your calves deserve better!", errors: [{ messageId: "missing", text: "courtesy of the brand" }] },
    { text: "Thank you for the samples, @GumGuard! Peppermint won.", errors: [{ messageId: "missing", text: "Thank you for the samples" }] },
    { text: "@KindBump sent over their pregnancy pillow and wow.", errors: [{ messageId: "missing", text: "@KindBump sent over" }] },
    { text: "Gifted by @SereneSleepCo: this weighted blanket changed my sleep.", errors: [{ messageId: "missing", text: "Gifted by @SereneSleepCo" }] },
    { text: "In collaboration with @HydraBalance: 3 electrolyte myths.", errors: [{ messageId: "missing", text: "collaboration with @HydraBalance" }] },
    { text: "Use my code DRJAY for 15% off @MealMedic.", errors: [{ messageId: "missing", text: "my code" }] },
    { text: "This post is brought to you by @ClearBreathe air purifiers.", errors: [{ messageId: "missing", text: "brought to you by @ClearBreathe" }] },
    { text: "They comped my visit to the new @GlowLab medspa so I could try it.", errors: [{ messageId: "missing", text: "They comped my" }] },
    { text: "Aveeno sent me a huge box of their new baby lotion.", errors: [{ messageId: "missing", text: "Aveeno sent me" }] },
    { text: "I sit on the medical advisory board for @SleepSure and love their mattress.", errors: [{ messageId: "missing", text: "advisory" }] },
    // The wider slots: later recipients, hosting, roles, relatives, codes in any sentence, early access.
    { text: "The good people at @MintaDent shipped out their new enamel serum for me to try.", errors: [{ messageId: "missing", text: "@MintaDent shipped out their new enamel serum for me" }] },
    { text: "Thank you @AlpineSkin for having me at your Aspen launch weekend!", errors: [{ messageId: "missing" }] },
    { text: "Wrapped up three days in Miami hosted by @DermaWave, my recap is up.", errors: [{ messageId: "missing", text: "hosted by @DermaWave" }] },
    { text: "I consult for @OrthoNext, and their new knee brace is the one I hand my ACL patients.", errors: [{ messageId: "missing", text: "consult for @OrthoNext" }] },
    { text: "My sister started @PureBump and their balm is the only one I recommend.", errors: [{ messageId: "missing", text: "My sister started @PureBump" }] },
    { text: "Save 25% on @FlexiMat with FLEXDOC, my go-to for mobility work.", errors: [{ messageId: "missing" }] },
    { text: "Honored to serve on @Omron's clinical council this year.", errors: [{ messageId: "missing" }] },
    { text: "Weekend in Tulum on @SolWellness's dime, retreat recap below.", errors: [{ messageId: "missing", text: "on @SolWellness's dime" }] },
    { text: "Post-op ice machine reviews: @ColdFlow edition #partnered", errors: [{ messageId: "vague", text: "#partnered" }] },
    { text: "I was given the @GlowLab serum to try for a month.", errors: [{ messageId: "missing", text: "I was given" }] },
    { text: "Received a box of their new gummies from @SleepyBear this week!", errors: [{ messageId: "missing" }] },
    { text: "My sister's brand, @PureBump, just dropped a new balm and I love it.", errors: [{ messageId: "missing" }] },
    { text: "Can't stop using the @Therabody massage gun they sent 🙌", errors: [{ messageId: "missing", text: "they sent" }] },
    { text: "Loving my @Figs scrubs for long shifts! #FigsAmbassador", errors: [{ messageId: "vague", text: "#FigsAmbassador" }] },
    {
      name: "a commission stated after the Instagram fold",
      text: "Q&A time! You asked what sunscreen I use for my kids, how often to reapply, and whether sprays are okay. Mineral, every 2 hours, rub it in. (I earn a commission on purchases from the links in my bio.)",
      platform: "instagram",
      errors: [{ messageId: "afterFold", text: "I earn a commission" }],
    },
    {
      name: "free product in exchange for a post, after the Instagram fold",
      text: "Why I switched my whole family to an electric toothbrush, as a pediatric dentist: better plaque removal, built-in timers, and kids like them. This one was provided free by @BrushBuddy in exchange for an honest post.",
      platform: "instagram",
      errors: [{ messageId: "afterFold" }],
    },
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
  it("every anchor family names its source", () => {
    for (const a of ANCHORS) expect(a.source.length, a.id).toBeGreaterThan(20);
  });
});

describe("endorsement-disclosure on adversarial input", () => {
  for (const [name, unit] of [
    ["hashtags", "#ad #sp #collab "],
    ["spaces and newlines", " \n"],
    ["cue words", "thanks @brand for sending use code ABC10 for 10% off gifted "],
    ["at signs", "@a@b@"],
    ["giving words", "@brand sent me it over they gave us thank you for the "],
    ["role tags", "#aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaambassador "],
    ["sentences", "Thanks @a for the x. "],
    ["role words after a mention", "@a nurse coach lead board member partnership "],
    ["later recipients", "sent a the their some gift to my "],
    ["loose words", "I @brand gift trip hosted partner code free sent thanks "],
    ["capitals", "FLEXDOC ABCDE1 "],
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
 * Labelled corpora of one-line posts (label TAB post), linted as Instagram posts: precision and
 * recall must stay above the bars (0.9 / 0.9). Every post is also listed on failure.
 * `labelled.tsv` is six batches written blind by an earlier session; batches 7, 8 and 9 were written
 * blind on 2026-11-22, and batches 10, 11 and 12 in a later session the same day (their first-run
 * scores are in docs/rules/endorsement-disclosure.md). Once a
 * batch has been used to improve the rule it is a regression test, not a measure of recall on new
 * wording.
 */
describe("endorsement-disclosure labelled corpora", () => {
  for (const [file, size] of [
    ["labelled.tsv", 150],
    ["labelled-batch7.tsv", 100],
    ["labelled-batch8.tsv", 80],
    ["labelled-batch9.tsv", 75],
    ["labelled-batch10.tsv", 130],
    ["labelled-batch11.tsv", 90],
    ["labelled-batch12.tsv", 55],
  ] as const) {
    it(`${file} meets the precision and recall bars`, () => {
      const { n, precision, recall, wrong } = scoreLabelled(tester, rule, path.join(dir, file), { platform: "instagram", format: "text" });
      expect(n).toBeGreaterThan(size);
      expect(precision, wrong).toBeGreaterThanOrEqual(0.9);
      expect(recall, wrong).toBeGreaterThanOrEqual(0.9);
    });
  }
});
