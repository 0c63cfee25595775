import { readdirSync, readFileSync, statSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { findPhoneNumbers } from "../../rules/patient-identifiers.js";

// findPhoneNumbers searches only stretches with seven digits and skips parses that must fail: it
// must find what libphonenumber-js's own findNumbers finds, among the numbers with seven ASCII
// digits or more (the only ones the rule keeps), offsets included.
const require = createRequire(import.meta.url);
const { findNumbers } = require("libphonenumber-js/max") as {
  findNumbers(text: string, options: unknown): Array<{ startsAt: number; endsAt: number }>;
};
const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

function reference(text: string, leniency: "POSSIBLE" | "VALID"): string[] {
  return findNumbers(text, { defaultCountry: "US", v2: true, leniency })
    .filter((f) => text.slice(f.startsAt, f.endsAt).replace(/\D/g, "").length >= 7)
    .map((f) => `${f.startsAt}-${f.endsAt}`);
}
function screened(text: string, leniency: "POSSIBLE" | "VALID"): string[] {
  return findPhoneNumbers(text, leniency).filter((f) => text.slice(f.startsAt, f.endsAt).replace(/\D/g, "").length >= 7).map((f) => `${f.startsAt}-${f.endsAt}`);
}

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = path.join(dir, f);
    return statSync(p).isDirectory() ? files(p) : /\.(md|txt)$/.test(f) ? [p] : [];
  });
}

describe("findPhoneNumbers finds what libphonenumber-js finds", () => {
  it("on the fixtures", () => {
    for (const f of files(path.join(ROOT, "fixtures"))) {
      const text = readFileSync(f, "utf8");
      for (const leniency of ["VALID", "POSSIBLE"] as const) expect(screened(text, leniency), f).toEqual(reference(text, leniency));
    }
  });

  it("on random runs of digits, separators, extensions, letters and line breaks", () => {
    const pieces = ["1", "2", "5", "55", "555", "0100", "201", "3344", "011", "+", "+1 ", "+44 ", "+683 ", "(", ")", " ", "-", ".", "/", "x", " ext. ", " ext ", "#", ",", ";", ":", "\n", "a", "e", "t", "b", "Call ", "room ", "１２３", "٣", " 2024-01-02 ", "7:30", "12/03/2024", "\u00a0"];
    let seed = 12345;
    const rand = (n: number): number => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      return seed % n;
    };
    for (let i = 0; i < 3000; i++) {
      let text = "";
      const n = 3 + rand(30);
      for (let k = 0; k < n; k++) text += pieces[rand(pieces.length)];
      for (const leniency of ["VALID", "POSSIBLE"] as const) expect(screened(text, leniency), JSON.stringify(text)).toEqual(reference(text, leniency));
    }
  });

  it("on numbers the rule reports", () => {
    for (const text of ["Call me at (555) 201-3344 ext. 12", "+44 20 7946 0958\n+1-410-555-0100", "home 410.555.0188 or 410/555/0188", "pt cell 4105550100, wife 410 555 0101"]) {
      for (const leniency of ["VALID", "POSSIBLE"] as const) expect(screened(text, leniency), text).toEqual(reference(text, leniency));
    }
  });
});
