import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { RuleTester } from "../../src/testing/rule-tester.js";
import rule from "../../rules/personalized-medical-advice.js";

const tester = new RuleTester();

tester.run(rule, {
  valid: [
    // Public-health education in the second person (the issue's own examples).
    "You should get your flu shot this fall.",
    "If you have chest pain, call 911.",
    "Talk to your doctor about screening.",
    // Research-style recommendations.
    "Clinicians should assess adults for depression using a validated tool.",
    "Patients with type 2 diabetes should start metformin 500 mg daily unless contraindicated.",
    "Physicians should consider stopping aspirin in adults over 70 without cardiovascular disease.",
    // News tweets that @mention reporters and sources.
    "Today's #getfit tip @MyTrainerBob: Don't eat carbs after lunch. Follow this rule and you WILL lose weight",
    "If you take beta blockers and drink green tea, be careful. via @LATkarenkaplan",
    "RT @CynthiaSass: @goodhealth Q6 If you eat dairy, mix organic cottage cheese w/pesto, veggies & quinoa",
    ".@aspiegelnpr wants to talk to people about their #Sandy experiences. How are you doing? She'll DM you.",
    // Replies that move the conversation to a private channel, or stay general.
    "@jess_22 Thanks for reaching out! Please call our nurse line at 555-201-3344 so we can help with your medication questions privately.",
    "@mike_r So sorry to hear about your diagnosis. Our oncology navigators are here for you.",
    "@jess_22 Great question! Most adults can get the flu shot and COVID vaccine at the same visit.",
    "@user_f You can stop by to pick up your prescription any time before 9 pm.",
    "@tom_w Ask your pharmacist whether ibuprofen is OK with your lisinopril.",
    // Second person that is generic, conditional, a question or negated.
    "Think you have the flu? Stay home and rest.",
    "What does it mean if your A1c is 6.5 or higher? It means you have diabetes.",
    "Your blood pressure should be below 120/80.",
    "Sounds like you've got questions about the new RSV shot. Join our live Q&A Thursday.",
    "You could have hypertension and not know it: get checked at any of our pharmacies.",
    "Never DM your lab results to anyone online. Use the patient portal.",
    "DM us your photos from the Heart Walk! We'll share our favorites.",
    "Send us your questions about menopause and Dr. Alvarez will answer them live.",
    "Get skincare tips based on your photo with our new app!",
    "Keep taking your antibiotics until the prescription is finished, even if you feel better.",
    "Hi Sarah, thanks for the kind review! We're so glad our team made your visit easy.",
    "Parents, your kids need 2 doses of MMR vaccine before kindergarten.",
    { name: "a post with no health information needs no disclaimer", text: "Join us Saturday for our 5K!", options: { requireDisclaimer: true } },
    {
      name: "a disclaimer satisfies requireDisclaimer",
      text: "Ibuprofen can raise blood pressure. General information, not medical advice.",
      options: { requireDisclaimer: true },
    },
    {
      name: "accepted disclaimers are configurable",
      text: "Statins lower LDL cholesterol. Educational content only.",
      options: { requireDisclaimer: true, disclaimers: ["educational content only"] },
    },
    {
      name: "a disclaimer in front matter satisfies requireDisclaimer",
      text: "---\ndisclaimer: true\n---\nStatins lower LDL cholesterol.",
      options: { requireDisclaimer: true },
    },
  ],
  invalid: [
    {
      name: "a reply that diagnoses and doses (the domain notes' example)",
      text: "@jess_22 from your photo that's cellulitis, start Keflex 500 mg 4x/day",
      errors: [
        {
          messageId: "personalAdvice",
          line: 1,
          column: 10,
          text: "from your photo that's cellulitis, start Keflex 500 mg 4x/day",
          message: /diagnosis 'cellulitis'.*addressed to @…22 in a reply.*private channel/,
        },
      ],
    },
    {
      text: "DM me your labs and I'll tell you what to change.",
      errors: [{ messageId: "solicit", text: "DM me your labs and I'll tell you what to change.", message: /their labs/ }],
    },
    { text: "Sounds like you have shingles. Get seen within 72 hours.", errors: [{ messageId: "personalAdvice", text: "Sounds like you have shingles." }] },
    { text: "@sam_t Based on your photo, that mole looks like a seborrheic keratosis.", errors: [{ messageId: "personalAdvice" }] },
    {
      name: "the message names the dose",
      text: "@lisa_r23 Yes! You can take 1000 mg of Tylenol every 6 hours with your amoxicillin.",
      errors: [{ messageId: "personalAdvice", message: /the dose '1000 mg'/ }],
    },
    { text: "@dianeb Your A1c of 9.1 is too high. I'd double your metformin to 1000 mg twice a day.", errors: 2 },
    { text: "@coach_liz you can stop the lisinopril now that your BP is 118/76.", errors: [{ messageId: "personalAdvice" }] },
    { text: "Hi Marcus, you definitely have plantar fasciitis from what you describe.", errors: [{ messageId: "personalAdvice" }] },
    {
      name: "a reader named in a reply on LinkedIn",
      text: "Replying to Tom's comment: Tom, that's gout. Colchicine 0.6 mg now will settle it.",
      errors: [{ messageId: "personalAdvice", message: /diagnosis 'gout'.*a reader by name/ }],
    },
    { text: "To the mom who DM'd me about her toddler: give him ibuprofen 100 mg every 6 hours.", errors: [{ messageId: "personalAdvice" }] },
    { text: "Send us a photo of your rash and our dermatologist will let you know what it is!", errors: [{ messageId: "solicit" }] },
    { text: "Comment with your symptoms below and I'll tell you which supplement to take!", errors: [{ messageId: "solicit" }] },
    { text: "@kate_m it's not the flu, it's strep. You need antibiotics.", errors: 2 },
    { text: "Your potassium of 5.9 is high, so hold the spironolactone until we recheck.", errors: [{ messageId: "personalAdvice" }] },
    {
      name: "positions survive front matter, CRLF and emoji",
      text: "---\r\nplatform: x\r\n---\r\n🩺 Quick reply!\r\n@ella_k looks like you have pink eye.",
      errors: [{ messageId: "personalAdvice", line: 5, column: 9, text: "looks like you have pink eye." }],
    },
    {
      name: "requireDisclaimer: health information with no disclaimer",
      text: "Ibuprofen can raise blood pressure. Check with your pharmacist.",
      options: { requireDisclaimer: true },
      errors: [{ messageId: "noDisclaimer", text: "Ibuprofen", line: 1, column: 1 }],
    },
  ],
});

const here = path.dirname(fileURLToPath(import.meta.url));
const fixtures = path.join(here, "../../fixtures/personalized-medical-advice");

describe("personalized-medical-advice fixtures", () => {
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

describe("personalized-medical-advice", () => {
  it("never prints the handle it found", () => {
    const [m] = tester.lint(rule, { text: "@margaret_h1953 your A1c of 9.4 means you need to start metformin 500 mg." });
    expect(m.message).not.toContain("margaret");
    expect(m.message).toContain("…53");
  });

  it("declares nlp and a warn default", () => {
    expect(rule.meta.nlp).toBe(true);
    expect(rule.meta.defaultSeverity).toBe("warn");
  });

  it("is linear on long runs of the characters its patterns repeat on", () => {
    const runs = [
      "@a ".repeat(40_000),
      "you ".repeat(30_000),
      "your your ".repeat(12_000),
      "sounds like ".repeat(10_000),
      "DM me ".repeat(20_000),
      "1".repeat(100_000),
      "1 mg ".repeat(20_000),
      "Tom, ".repeat(20_000),
      "a".repeat(100_000),
      "#a".repeat(50_000),
    ];
    for (const text of runs) {
      const found = tester.lint(rule, { text, format: "text" });
      expect(found.length).toBeLessThanOrEqual(3);
    }
  });
});
