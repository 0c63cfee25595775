import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { RuleTester } from "../../src/testing/rule-tester.js";
import { FORMATTER_NAMES, loadFormatter, lintText } from "../../src/index.js";
import { builtinRules } from "../../rules/index.js";
import rule, { IDENTIFIER_TYPES, TYPE_LABELS } from "../../rules/patient-identifiers.js";
import type { LintMessage, RuleMeta } from "../../src/types.js";

const tester = new RuleTester();
const any = { context: "any" };

tester.run(rule, {
  valid: [
    // The organisation's own contact details in a call to action.
    "Flu shots are in! Call 555-201-3344 to book, or visit us at 12 Main St, Suite 200.",
    "Questions about your bill? Email us at billing@westsideclinic.org or call our office at (410) 555-0100.",
    "Book online or text us at 410-555-0188. Walk-ins welcome until 5.",
    // Staff and clinicians introduced by name, and their NPI.
    "Welcome Dr. Priya Shah to our cardiology team! Dr. Shah (NPI 1234567893) joins us from Boston.",
    "Meet Jane Smith, our new hygienist! Jane has 10 years of experience and loves kids.",
    "Congratulations to Jenny Alvarez, RN, our employee of the month!",
    "Happy birthday to our amazing nurse manager, Linda Torres! 20 years on 4 West.",
    // Counts, statistics, years, events.
    "A study of 500 patients found that 93-year-olds benefit from daily walks.",
    "We treated 1,200 patients last month and gave 3,400 flu shots. Thank you, team!",
    "Since 1998 we have cared for families across the valley; in 2025 we opened a cancer center.",
    "Join us March 3 for our free screening day! No appointment needed.",
    "Our NICU grads reunion is June 14 at 2pm on the lawn. RSVP at 410-555-0100.",
    "Our patients aged 90 and older are invited to our tea on Friday.",
    // Public-service numbers.
    "If you have chest pain, call 911. In crisis? Call or text 988.",
    "Poison emergency? Call 1-800-222-1222, free and confidential.",
    // Public figures and news.
    "Former President Jimmy Carter, 98, has entered hospice care at home.",
    "RT @KHNews: Nelson Mandela, 94, admitted to hospital for tests, government says.",
    // "patient" as a modifier, plural patients, room numbers that are places.
    "It's Patient Safety Awareness Week! Ask every provider to wash their hands. #PatientSafety",
    "Our patient portal will be down until 5/3. Questions? Email help@westsideclinic.org.",
    "Room 204 is now our lactation room! Open 8 to 5.",
    // Advice in the second person is education, not a reply about someone's care.
    "You should get your flu shot this fall. Talk to your doctor about the high-dose vaccine.",
    "@cityhealth Thanks for sharing! Talk to your doctor about screening.",
    // Fractions and scores are not dates.
    "Give 1/2 the adult dose only if your pediatrician says so. Rated 9/10 by parents.",
    // An @handle is context, never an identifier itself; hashtags are not names.
    "Huge thanks to @DrMaria_Lopez and @CityEMS for the CPR training today! #CPRsavesLives",
    // Labels without a number.
    "Bring your insurance card: member ID numbers are on the front, the group number on the back.",
    "member #IPL2020 #Yellove",
    // Generic "the patient", public figures, organisations named after saints, staff in patient roles.
    "Angelina Jolie's choice highlights BRCA testing. Talk to your patient about family history.",
    "The patient is the center of everything we do at St. Mary's Hospital, Baltimore.",
    "Our patient experience team, led by Carla Mendes, won the award! Congrats, Carla!",
    "Please welcome our new patient navigator, Keisha Brown! Call her at 410-555-0177 with questions.",
    "Every patient deserves dignity. Thank you, Dr. Amanda Lee, for reminding us at grand rounds.",
    "Caring for patients since 1952. Visit us at 200 Oak Avenue, Towson, MD 21204.",
    // The organisation's own address and phone in a reply about someone's care: not the patient's.
    "@jess_k So sorry your son has the flu. Walk-ins welcome at Riverside Health, 1200 Main Street, Monday to Saturday. Questions? Call us at (555) 201-3344.",
    "@sam_t Glad your visit went well! Our clinic at 12 Main St is open late on Thursdays; visit us or call our front desk at 410-555-0100.",
    // A number that passes Luhn but has no card context.
    "LED bulbs 3057 3457 4157 3047 in stock now.",
    // A 3-digit ZIP prefix is allowed unless its area is small.
    { text: "Patients from ZIP code 212xx are invited.", options: any },
    // Years alone are not identifiers, even in audits.
    { text: "Diagnosed in 2019, remission since 2021.", options: any },
    // The allow-list from settings, in any context.
    {
      name: "the organisation's phone, email, domain, address and staff from settings",
      text: "Dr. Priya Shah and Tom Lee answer at 410-555-0142, refills@harborhealth.org, info@harborhealth.org, 4410 Harbor Road.",
      options: any,
      settings: {
        organization: {
          phones: ["(410) 555-0142"],
          emails: ["refills@harborhealth.org"],
          domains: ["harborhealth.org"],
          addresses: ["4410 Harbor Road, Annapolis, MD 21401"],
          staff: ["Dr. Priya Shah", "Tom Lee"],
        },
      },
    },
    { name: "public figures from settings", text: "Our patient Serena Williams thanked the team.", settings: { publicFigures: ["Serena Williams"] } },
    { name: "types can be narrowed", text: "My patient in room 4B just turned 93.", options: { types: ["ssn"] } },
  ],
  invalid: [
    {
      text: "My patient in room 4B just turned 93 today!",
      errors: [
        { messageId: "tied", text: "room 4B", message: /^Room or bed number \(…4B\) is tied to a patient \(next to 'patient'\)/ },
        { messageId: "tied", text: "turned 93", message: /^Age over 89 \(…93\)/ },
      ],
    },
    {
      text: "Happy birthday to Margaret, our NICU grad (DOB 3/2/2024)!",
      errors: [
        { messageId: "tied", text: "Margaret", message: /next to 'NICU grad'/ },
        { messageId: "sensitive", text: "3/2/2024", message: /^Date of birth/ },
      ],
    },
    {
      name: "a reply about someone's visit",
      text: "@jane_d Thanks for the kind words, Jane! So glad your crown visit on Jan 5 went smoothly.",
      errors: [
        { messageId: "tied", text: "Jane", message: /a reply about the person's own care/ },
        { messageId: "tied", text: "Jan 5" },
      ],
    },
    {
      name: "a review reply confirming a visit",
      text: "Thank you for your review, Tom! We're sorry your wait on 3/14 was long.",
      errors: [{ text: "Tom" }, { text: "3/14" }],
    },
    {
      text: "Pt John D., MRN 00483921, home after CABG.",
      errors: [
        { messageId: "tied", text: "John D.", message: /next to 'patient'/ },
        { messageId: "sensitive", text: "00483921", message: /^Medical record number \(…21\) identifies a patient wherever it appears/ },
      ],
    },
    {
      text: "Our patient Mrs. G. was discharged on March 14th. Her daughter Linda never left her side.",
      errors: [{ text: "G." }, { text: "March 14th" }, { text: "Linda" }],
    },
    { text: "I treated a woman yesterday who was 97 years old and still gardening.", errors: [{ text: "97 years old", message: /a person the writer treated/ }] },
    { text: "One of our patients, a ninety-three-year-old teacher, rang the bell today.", errors: [{ text: "ninety-three-year-old" }] },
    { text: "The pt in bed 12 taught us to knit.", errors: [{ text: "bed 12", message: /next to '(?:pt|patient)'/ }] },
    { text: "My daughter Emma was diagnosed with type 1 diabetes at age 4.", errors: [{ text: "Emma", message: /a relative's name beside a condition/ }] },
    { text: "Our patient's son, Michael, drove 600 miles to be here.", errors: [{ text: "Michael" }] },
    { text: "Happy 100th birthday to Rose, our oldest resident!", errors: [{ text: "100th birthday" }, { text: "Rose" }] },
    {
      text: "Our patient Maria is looking for other preemie moms: reach her at 410-555-0187 or maria.lopez84@gmail.com.",
      errors: [{ text: "Maria" }, { messageId: "tied", text: "410-555-0187" }, { messageId: "tied", text: "maria.lopez84@gmail.com" }],
    },
    {
      text: "Our patient Mr. Alvarez, who lives at 1420 Elm Street, Apt 3B, Springfield, IL 62704, thanked the paramedics.",
      errors: [{ text: "Alvarez" }, { messageId: "tied", text: "1420 Elm Street, Apt 3B, Springfield, IL 62704" }],
    },
    {
      name: "a birth announcement names the baby and the parents",
      text: "Welcome to the world, baby Ava! Born 12/24 at 3:14am. Congrats to mom Jessica and dad Ryan!",
      errors: [{ text: "Ava" }, { messageId: "tied", text: "12/24", message: /^Date of birth/ }, { text: "Jessica" }, { text: "Ryan" }],
    },
    { text: "Patient spotlight: Meet Grace, 8, who beat leukemia!", errors: [{ text: "Grace" }] },
    { text: "@mike_r Thanks for the 5 stars, Mike! Glad your knee replacement recovery is going well.", errors: [{ text: "Mike" }] },
    { text: "Hi Sarah, we're so sorry to hear about your experience. Please call our office at 555-201-3344.", errors: [{ text: "Sarah" }] },
    { text: "A patient I treated last week, Mr. Okafor, sent us a card.", errors: [{ text: "Okafor" }] },
    { text: "Grateful for patients like Mr. Thompson, who brings the front desk cookies.", errors: [{ text: "Thompson" }] },
    {
      name: "a person's own e-mail at the end of a sentence and home address with its city",
      text: "Our patient Margaret Okonkwo went home today. Call her daughter at 617-253-4821 or email m.okonkwo1962@gmail.com. She lives at 42 Linden Street, Springfield. Get well soon!",
      errors: [
        { text: "Margaret Okonkwo" },
        { messageId: "tied", text: "617-253-4821" },
        { messageId: "tied", text: "m.okonkwo1962@gmail.com", message: /^Email address/ },
        { messageId: "tied", text: "42 Linden Street, Springfield", message: /^Street address/ },
      ],
    },
    {
      name: "a patient's home is not the organisation's, though 'our' comes first",
      text: "Our patient Rosa Delgado lives at 42 Linden Street and walks to every visit.",
      errors: [{ text: "Rosa Delgado" }, { messageId: "tied", text: "42 Linden Street", message: /^Street address/ }],
    },
    {
      name: "an e-mail autolink in Markdown, at the end of a sentence",
      text: "Our patient Maria is looking for other preemie moms: write to her at <maria.lopez84@gmail.com>.",
      errors: [{ text: "Maria" }, { messageId: "tied", text: "maria.lopez84@gmail.com" }],
    },
    // Labels and cues in unusual spellings and spacing are still found.
    { text: "Intake: MRN00483921 today.", errors: [{ messageId: "sensitive", text: "00483921" }] },
    { text: "Date\nof   birth: 03/14/1962", errors: [{ messageId: "sensitive", text: "03/14/1962" }] },
    { text: "Chart  #: A12345", errors: [{ messageId: "sensitive", text: "A12345" }] },
    { text: "The PT in RM 4 is 93-year-old.", errors: [{ text: "RM 4" }, { text: "93-year-old" }] },
    { text: "Pt. Jones, 93yo, stable.", errors: [{ text: "Jones" }, { text: "93yo" }] },
    // Sensitive anywhere, without a cue.
    { text: "Intake form: SSN 219-45-6781.", errors: [{ messageId: "sensitive", text: "219-45-6781", severity: "error" }] },
    { text: "Member ID XKZ884712093 is on the card.", errors: [{ messageId: "sensitive", text: "XKZ884712093" }] },
    { text: "Medicare card 1EG4-TE5-MK73 arrived.", errors: [{ messageId: "sensitive", text: "1EG4-TE5-MK73" }] },
    { text: "Paid with card 4111 1111 1111 1111 today.", errors: [{ messageId: "sensitive", text: "4111 1111 1111 1111" }] },
    { text: "Wire from GB82 WEST 1234 5698 7654 32 please.", errors: [{ messageId: "sensitive", text: "GB82 WEST 1234 5698 7654 32" }] },
    { text: "Account number: 000123456789 on file.", errors: [{ messageId: "sensitive", text: "000123456789" }] },
    { text: "Baby boy, 7 lb 2 oz, DOB 11/02/2026. Welcome!", errors: [{ messageId: "sensitive", text: "11/02/2026" }] },
    // Patient image file names.
    {
      text: "Healing at 6 weeks!\n\n![X-ray of a wrist](images/john_smith_xray_2024-03-14.jpg)",
      errors: [{ messageId: "tied", line: 3, column: 1, message: /^Patient image file name \(…pg\) is tied to a patient \(a clinical image named after a person\)/ }],
    },
    // Restricted 3-digit ZIP prefixes.
    { text: "Patients from ZIP 036xx joined the trial.", options: any, errors: [{ messageId: "found", text: "036xx" }] },
    // Consent on file: findings become info that cite the reference.
    {
      text: "---\nconsent: AUTH-2026-0142\n---\nMeet Jordan, our patient who ran a marathon after his heart transplant!",
      errors: [{ messageId: "consented", severity: "info", text: "Jordan", message: /written authorisation on file: AUTH-2026-0142\.$/ }],
    },
    {
      text: "---\nconsent: AUTH-7\n---\nSSN 219-45-6781",
      errors: [{ messageId: "consented", severity: "info", message: /identifies a patient wherever it appears; written authorisation on file: AUTH-7/ }],
    },
    // context: any reports everything, clinicians included.
    {
      text: "Dr. Burke called Kevin Veitonen at 780-999-2181 about the 8/16/2017 admission; email kv@example.org.",
      options: any,
      errors: [{ text: "Burke" }, { text: "Kevin Veitonen" }, { text: "780-999-2181" }, { text: "8/16/2017" }, { text: "kv@example.org" }],
    },
    { text: "pt's son ,dave, (240444-1243) was in ew", options: any, errors: [{ text: "dave" }, { text: "(240444-1243" }] },
    { text: "SOCIAL: HUSBAND CALLED THIS AM AS WELL AS A BROTHER VINNY AND A SISTER-IN-LAW.", options: any, errors: [{ text: "VINNY" }] },
    { text: "98 yo gentleman s/p NSTEMI awaiting cath.", options: any, errors: [{ text: "98 yo" }] },
    { text: "Keep getting address 41.173.96.26 blocked error", options: any, errors: [{ messageId: "found", text: "41.173.96.26" }] },
    { text: "my driver's license number is 2270-66-1551", options: any, errors: [{ text: "2270-66-1551" }] },
    { text: "VIN 1M8GDM9AXKP042788 on the ambulance.", options: any, errors: [{ text: "1M8GDM9AXKP042788" }] },
    { text: "Pacemaker serial number PJN123456 checked.", options: any, errors: [{ text: "PJN123456" }] },
    {
      name: "positions survive emoji, CRLF and front matter",
      text: "---\r\nplatform: x\r\n---\r\n🎉🎉 Big day!\r\nOur patient Rosa turned 95 today.",
      errors: [
        { text: "Rosa", line: 5, column: 13 },
        { text: "turned 95", line: 5, column: 18, endColumn: 27 },
      ],
    },
  ],
});

describe("patient-identifiers fixtures", () => {
  const here = path.dirname(fileURLToPath(import.meta.url));
  const dir = path.join(here, "../../fixtures/patient-identifiers");
  const labels = new Map(Object.entries(TYPE_LABELS).map(([k, v]) => [v, k]));
  for (const file of readdirSync(dir).filter((f) => f.endsWith(".md")).sort()) {
    it(file, () => {
      const text = readFileSync(path.join(dir, file), "utf8");
      const expected = /<!-- expect: (.*?) -->/.exec(text)?.[1];
      expect(expected, "each fixture says what it expects").toBeDefined();
      expect(file.startsWith("ok-") === (expected === "none"), "ok- fixtures expect none, flag- fixtures findings").toBe(true);
      const found = tester.lint(rule, { text });
      const got = found.map((m) => `${m.severity === 0 ? "info " : ""}${labels.get(m.message.split(" (")[0]) ?? m.message}`).join(", ");
      expect(got || "none").toBe(expected);
    });
  }
});

/** A post full of identifiers of every type, as an archive export might hold. */
const VALUES = [
  "Margaret Okonkwo",
  "Linda",
  "03/02/1931",
  "March 14th",
  "93-year-old",
  "410-555-0187",
  "maria.lopez84@gmail.com",
  "1420 Elm Street",
  "62704",
  "219-45-6781",
  "00483921",
  "XKZ884712093",
  "1EG4-TE5-MK73",
  "4111 1111 1111 1111",
  "GB82 WEST 1234 5698 7654 32",
  "41.173.96.26",
  "D1234567",
  "1M8GDM9AXKP042788",
  "PJN123456",
  "room 4B",
  "margaret_okonkwo_xray.jpg",
];
const LEAKY_POST = [
  "Our patient Margaret Okonkwo (DOB 03/02/1931), a 93-year-old in room 4B, was discharged March 14th.",
  "Her daughter Linda asked us to call 410-555-0187 or email maria.lopez84@gmail.com.",
  "Address: 1420 Elm Street, Springfield, IL 62704. SSN 219-45-6781, MRN 00483921, member ID XKZ884712093,",
  "MBI 1EG4-TE5-MK73, card 4111 1111 1111 1111, IBAN GB82 WEST 1234 5698 7654 32, IP 41.173.96.26,",
  "driver's license number D1234567, VIN 1M8GDM9AXKP042788, pacemaker serial number PJN123456.",
  "",
  "![chest film](scans/margaret_okonkwo_xray.jpg)",
].join("\n");

describe("patient-identifiers never prints what it found", () => {
  for (const context of ["patient", "any"]) {
    it(`no value appears in any message or any output format (context: ${context})`, async () => {
      const result = await lintText(LEAKY_POST, {
        filePath: "leaky.md",
        configFile: undefined,
        rules: { "patient-identifiers": ["error", { context }] },
        today: "2026-11-22",
      });
      const mine = result.messages.filter((m: LintMessage) => m.ruleId === "patient-identifiers");
      expect(mine.length).toBeGreaterThanOrEqual(context === "any" ? VALUES.length - 2 : 12);
      const rulesMeta: Record<string, RuleMeta> = Object.fromEntries(builtinRules.map((r) => [r.meta.id, r.meta]));
      const outputs = [JSON.stringify(mine)];
      for (const name of FORMATTER_NAMES) {
        const format = await loadFormatter(name);
        outputs.push(format([{ ...result, messages: mine }], { cwd: process.cwd(), rulesMeta, color: false, version: "test" }));
      }
      for (const out of outputs) {
        for (const v of VALUES) expect(out, `'${v}' leaked`).not.toContain(v);
        for (const v of ["Okonkwo", "0187", "6781", "483921", "1111 1111"]) expect(out).not.toContain(v);
      }
    });
  }

  it("prints values only with showMatches", () => {
    const shown = tester.lint(rule, { text: "SSN 219-45-6781", showMatches: true });
    expect(shown[0].message).toContain("219-45-6781");
    const hidden = tester.lint(rule, { text: "SSN 219-45-6781" });
    expect(hidden[0].message).not.toContain("219-45-6781");
  });
});

describe("patient-identifiers stays linear on pathological input", () => {
  const runs: Array<[string, string]> = [
    ["digits", "1".repeat(100_000)],
    ["digit groups", "12 ".repeat(40_000)],
    ["dashed digits", "1-".repeat(50_000)],
    ["slashes", "1/".repeat(50_000)],
    // "1.1.1.…" without spaces is left out: the source parser's URL finder (twitter-text) is slow on it.
    ["dots", "1. ".repeat(33_000)],
    ["capitalised words", "Abc ".repeat(30_000)],
    ["names and commas", "Anna, ".repeat(20_000)],
    ["at signs", "a@".repeat(50_000)],
    ["email-ish", `a@${"b.".repeat(50_000)}`],
    ["street-ish", "12 Main ".repeat(15_000)],
    ["newlines", "Apt 1\n".repeat(20_000)],
    ["patient cues", "our patient Mr. ".repeat(10_000)],
    ["letters", "a".repeat(100_000)],
  ];
  for (const [name, text] of runs) {
    it(`${name} (${text.length} chars)`, () => {
      const found = tester.lint(rule, { text, options: any });
      expect(Array.isArray(found)).toBe(true);
    }, 60_000);
  }
});

describe("patient-identifiers metadata", () => {
  it("declares every type it can report, each with a label", () => {
    for (const t of IDENTIFIER_TYPES) expect(TYPE_LABELS[t]).toBeTruthy();
    expect(rule.meta.defaultSeverity).toBe("error");
    expect(rule.meta.nlp).toBe(true);
  });
});
