import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { parse as parseYaml } from "yaml";
import { RuleTester } from "../../src/testing/rule-tester.js";
import rule, { productsFrom, urlKey } from "../../rules/rx-fair-balance.js";

/** FDA's own example product, from its 2014 draft guidance for character-limited platforms. */
const NOFOCUS = { brand: "NoFocus", established: "rememberine HCl", riskUrl: "www.nofocus.com/risk", risks: ["seizures"] };
const CLEARVIA = {
  brand: "Clearvia",
  established: "lumacitinib",
  riskUrl: "https://clearvia.example.com/safety",
  risks: ["serious infections", "blood clots"],
  boxedWarning: "serious infections",
};
const settings = { products: [NOFOCUS, CLEARVIA] };
const FDA_MODEL =
  "NoFocus (rememberine HCl) for mild to moderate memory loss—may cause seizures in patients with a seizure disorder www.nofocus.com/risk";

const tester = new RuleTester({ settings, platform: "x" });

tester.run(rule, {
  valid: [
    { name: "FDA's model post", text: FDA_MODEL },
    { name: "scheme, www. and a trailing slash do not matter", text: FDA_MODEL.replace("www.nofocus.com/risk", "https://nofocus.com/risk/") },
    { name: "a Markdown link to the risk page", text: "NoFocus (rememberine HCl) for memory loss. May cause seizures. [Risks](https://www.nofocus.com/risk)" },
    { name: "a reminder: the brand with no benefit", text: "Ask your doctor about NoFocus." },
    { name: "unbranded disease awareness", text: "Memory loss is not a normal part of aging. Treatments can help: talk to a doctor." },
    { name: "risk information alone", text: "Important Safety Information: NoFocus may cause seizures. www.nofocus.com/risk" },
    { name: "no products: the rule is off", text: "NoFocus for memory loss!", settings: {} },
    { name: "an empty product list", text: "NoFocus for memory loss!", settings: { products: [] } },
    { name: "a product marked not prescription", text: "NoFocus helps you focus!", settings: { products: [{ ...NOFOCUS, prescription: false }] } },
    { name: "the brand inside another word", text: "NoFocusing on your phone at dinner helps everyone talk." },
    {
      name: "boxed warning stated",
      text: "Clearvia (lumacitinib) for rheumatoid arthritis. Clearvia can cause serious infections. clearvia.example.com/safety",
    },
    {
      name: "each post of a thread judged alone: the balanced one passes",
      text: `${FDA_MODEL}\n\n---\n\nMore about memory clinics on our blog.`,
      split: "thematic-break",
    },
  ],
  invalid: [
    {
      name: "brand with an indication and nothing else",
      text: "Ask your doctor about NoFocus for mild to moderate memory loss.",
      errors: [
        { messageId: "missingRiskUrl", text: "NoFocus", line: 1, column: 23, severity: "error" },
        { messageId: "missingRisk", text: "NoFocus", message: /such as "seizures"/ },
        { messageId: "missingEstablished", text: "NoFocus", message: /\(rememberine HCl\)/ },
      ],
    },
    {
      name: "benefit in one post, risk in the next: the first is not balanced",
      text: "NoFocus (rememberine HCl) for mild to moderate memory loss. 1/2\n\n---\n\n2/2 NoFocus may cause seizures. www.nofocus.com/risk",
      split: "thematic-break",
      errors: [
        { messageId: "missingRiskUrl", line: 1 },
        { messageId: "missingRisk", line: 1 },
      ],
    },
    {
      name: "the established name far from the brand",
      text: "NoFocus is a once-daily pill for memory loss. Talk to your neurologist about it today, and bring your questions.\n\nActive ingredient: rememberine HCl. May cause seizures. www.nofocus.com/risk",
      errors: [{ messageId: "missingEstablished" }],
    },
    {
      name: "the home page is not the risk page",
      text: FDA_MODEL.replace("www.nofocus.com/risk", "www.nofocus.com"),
      errors: [{ messageId: "missingRiskUrl", message: /www\.nofocus\.com\/risk/ }],
    },
    {
      name: "a boxed warning must be stated",
      text: "Clearvia (lumacitinib) for rheumatoid arthritis—may cause blood clots. clearvia.example.com/safety",
      errors: [{ messageId: "missingBoxedWarning", message: /"serious infections"/ }],
    },
    {
      name: "a benefit verb anywhere outside risk sentences",
      text: "Living with memory loss? NoFocus helps adults stay sharp. May cause seizures. www.nofocus.com/risk",
      errors: [{ messageId: "missingEstablished" }],
    },
    {
      name: "a hashtag of the brand",
      text: "#NoFocus (rememberine HCl) works for memory loss. May cause seizures.",
      errors: [{ messageId: "missingRiskUrl", text: "NoFocus" }],
    },
    {
      name: "proximity option",
      text: "NoFocus, the once-daily memory medicine (rememberine HCl), for memory loss. May cause seizures. www.nofocus.com/risk",
      options: { proximity: 10 },
      errors: [{ messageId: "missingEstablished" }],
    },
  ],
});

describe("rx-fair-balance settings", () => {
  const lint = (products: unknown) => () => tester.lint(rule, { text: "NoFocus for memory loss.", settings: { products } });
  it("names the bad field when settings.products is malformed", () => {
    expect(lint({ brand: "NoFocus" })).toThrow(/settings\.products must be a list/);
    expect(lint(["NoFocus"])).toThrow(/settings\.products\[0\] must be a mapping/);
    expect(lint([{ ...NOFOCUS, brand: "" }])).toThrow(/settings\.products\[0\]\.brand must be a non-empty string/);
    expect(lint([NOFOCUS, { ...NOFOCUS, established: undefined }])).toThrow(/settings\.products\[1\]\.established/);
    expect(lint([{ ...NOFOCUS, riskUrl: 42 }])).toThrow(/settings\.products\[0\]\.riskUrl must be a non-empty string.*got 42/);
    expect(lint([{ ...NOFOCUS, riskUrl: "see our site" }])).toThrow(/riskUrl must be a URL/);
    expect(lint([{ ...NOFOCUS, risks: [] }])).toThrow(/settings\.products\[0\]\.risks must be a non-empty list/);
    expect(lint([{ ...NOFOCUS, risks: "seizures" }])).toThrow(/settings\.products\[0\]\.risks must be a non-empty list/);
    expect(lint([{ ...NOFOCUS, risks: ["seizures", 3] }])).toThrow(/settings\.products\[0\]\.risks\[1\]/);
    expect(lint([{ ...NOFOCUS, boxedWarning: [] }])).toThrow(/settings\.products\[0\]\.boxedWarning/);
    expect(lint([{ ...NOFOCUS, prescription: "yes" }])).toThrow(/settings\.products\[0\]\.prescription must be true or false/);
  });
  it("accepts established names as a list and caches the checked products", () => {
    const products = [{ ...NOFOCUS, established: ["rememberine HCl", "rememberine hydrochloride"] }];
    const first = productsFrom({ products });
    expect(first[0].established).toEqual(["rememberine HCl", "rememberine hydrochloride"]);
    expect(productsFrom({ products })).toBe(first);
  });
  it("compares URLs without scheme, www. or trailing slash", () => {
    expect(urlKey("https://www.NoFocus.com/risk/")).toBe(urlKey("nofocus.com/risk"));
    expect(urlKey("http://nofocus.com/risk#isi")).toBe("nofocus.com/risk");
    expect(urlKey("nofocus.com/Risk")).not.toBe(urlKey("nofocus.com/risk"));
  });
});

describe("rx-fair-balance on adversarial input", () => {
  for (const [name, unit] of [
    ["brand names", "NoFocus ("],
    ["brand and benefit", "NoFocus for memory loss helps "],
    ["parentheses", "(((("],
  ] as const) {
    it(`finishes on 100k characters of ${name}`, () => {
      const text = unit.repeat(Math.ceil(100_000 / unit.length));
      expect(Array.isArray(tester.lint(rule, { text, format: "text" }))).toBe(true);
    });
  }
});

const dir = fileURLToPath(new URL("../../fixtures/rx-fair-balance/", import.meta.url));
const fixtureSettings = (parseYaml(readFileSync(path.join(dir, ".healthlintrc.yml"), "utf8")) as { settings: Record<string, unknown> }).settings;

/**
 * Fixtures, linted with the folder's `.healthlintrc.yml` products: `flag-*.md` must be reported,
 * `ok-*.md` not; `*-thread*.md` files are split into posts at `---`.
 */
describe("rx-fair-balance fixtures", () => {
  for (const file of readdirSync(dir).filter((f) => f.endsWith(".md")).sort()) {
    it(file, () => {
      const text = readFileSync(path.join(dir, file), "utf8");
      const found = tester.lint(rule, { text, settings: fixtureSettings, split: file.includes("-thread") ? "thematic-break" : "none" });
      const covered = found.map((m) => text.slice(m.range[0], m.range[1]));
      if (file.startsWith("ok-")) expect(covered).toEqual([]);
      else expect(found.length, "a finding").toBeGreaterThan(0);
      for (const [, want] of text.matchAll(/<!-- expect: (.*?) -->/g)) {
        expect(covered.some((c) => c.includes(want) || want.includes(c)), `expected a finding on "${want}"`).toBe(true);
      }
    });
  }
});
