/**
 * `sentences` scans words by hand (issue 8); this checks it against the regex reading it replaced,
 * on the fixtures and on random text of letters, marks, surrogates, punctuation and line breaks.
 */
import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { sentences } from "../../rules/readability.js";

const WORD = /\p{L}[\p{L}\p{M}'’-]*/gu;

/** The regex reading, with the rule's own sentence-end decisions taken from `sentences` on each gap. */
function reference(text: string): Array<{ start: number; end: number; words: string[] }> {
  const out: Array<{ start: number; end: number; words: string[] }> = [];
  let start = -1;
  let words: string[] = [];
  const close = (end: number) => {
    if (start >= 0 && words.length > 0) out.push({ start, end, words });
    start = -1;
    words = [];
  };
  WORD.lastIndex = 0;
  let m: RegExpExecArray | null;
  let last = 0;
  while ((m = WORD.exec(text)) !== null) {
    const gap = text.slice(last, m.index);
    if (start >= 0 && endsSentence(gap, m[0])) close(last + trailingPunct(gap));
    if (start < 0) start = m.index;
    let w = m[0];
    words.push(w.replace(/['’-]+$/, ""));
    last = m.index + w.length;
    if (text[last] === "." && /\p{L}/u.test(text[last + 1] ?? "")) {
      const dotted = /^(?:\.\p{L}{1,3})+\.?/u.exec(text.slice(last, last + 24));
      if (dotted) {
        w += dotted[0];
        last += dotted[0].length;
        WORD.lastIndex = last;
      }
    }
    if (text[last] === "." && isAbbreviation(w)) last++;
  }
  close(last + trailingPunct(text.slice(last)));
  return out;
}

// The rule's helpers as they were (copied: they are not exported).
const ABBREVIATIONS = new Set([
  "dr", "drs", "mr", "mrs", "ms", "mx", "st", "sr", "jr", "vs", "etc", "e.g", "i.e", "eg", "ie", "no", "vol", "fig",
  "dept", "approx", "appt", "est", "inc", "ltd", "co", "corp", "univ", "ave", "blvd", "rd", "mt", "ft", "oz", "lb",
  "lbs", "mg", "mcg", "ml", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
  "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun", "u.s", "u.k", "a.m", "p.m", "ph.d", "m.d",
  "r.n", "d.o", "pharm.d", "n.p", "p.a",
]);
function isAbbreviation(w: string): boolean {
  const k = w.toLowerCase().replace(/\.$/, "");
  return ABBREVIATIONS.has(k) || /^\p{Lu}$/u.test(w);
}
function trailingPunct(gap: string): number {
  const m = /^[.!?…)"'’”\]]*/.exec(gap);
  return m ? m[0].length : 0;
}
function endsSentence(gap: string, nextWord: string): boolean {
  if (/[.!?…]/.test(gap)) {
    if (/[.!?…]["'’”)\]]*\s/.test(gap) || /[!?…]/.test(gap)) return true;
  }
  const nl = gap.indexOf("\n");
  if (nl < 0) return false;
  if (/\n[ \t]*\r?\n/.test(gap)) return true;
  const before = gap.slice(0, nl);
  if (/[:;.!?…]\s*$/.test(before) || /\p{Extended_Pictographic}/u.test(before)) return true;
  const after = gap.slice(nl + 1);
  if (/^\s*(?:[-*•+▪►✅✔➡👉]|\d+[.)])/u.test(after) || /\p{Extended_Pictographic}/u.test(after)) return true;
  return /^\p{Lu}/u.test(nextWord);
}

describe("sentences reads words as the regex did", () => {
  it("on the fixtures", () => {
    const root = new URL("../../fixtures/", import.meta.url);
    const files: string[] = [];
    const walk = (dir: URL) => {
      for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
        if (e.isDirectory()) walk(new URL(`${e.name}/`, dir));
        else if (/\.(md|txt)$/.test(e.name)) files.push(fs.readFileSync(new URL(e.name, dir), "utf8"));
      }
    };
    walk(root);
    expect(files.length).toBeGreaterThan(100);
    for (const text of files) expect(sentences(text)).toEqual(reference(text));
  });

  it("on random text", () => {
    const pieces = [
      "a", "B", "é", "É", "ß", "ı", "ǅ", "ſ", "K", "\u0301", "\u0903", "'", "’", "-", ".", "!", "?", "…", " ", "\n", "\r\n", "\t",
      "\n\n", ":", ";", ",", "(", ")", "\"", "”", "#", "@", "1", "2.5", "U.S.", "e.g.", "Dr.", "😀", "𝐀", "𝐚", "\ud835", "\udc00",
      "\u{1d7ce}", "\u{10400}", "\u{10428}", "- ", "• ", "1) ", "健", "ـ", "\u200d", "\ufe0f", "Ph.D.", "a.m.",
    ];
    let seed = 42;
    const rnd = () => (seed = (seed * 1103515245 + 12345) >>> 0) / 2 ** 32;
    for (let i = 0; i < 20_000; i++) {
      let text = "";
      const n = 1 + Math.floor(rnd() * 24);
      for (let k = 0; k < n; k++) text += pieces[Math.floor(rnd() * pieces.length)];
      const got = sentences(text);
      const want = reference(text);
      if (JSON.stringify(got) !== JSON.stringify(want)) expect({ text, got }).toEqual({ text, got: want });
    }
  });
});
