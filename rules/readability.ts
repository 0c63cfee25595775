import { fleschKincaid } from "flesch-kincaid";
import { syllable } from "syllable";
import { defineRule } from "../src/rule.js";
import type { Post } from "../src/types.js";

/**
 * Plain-language targets: NIH "Clear & Simple" and the CDC Clear Communication Index ask for text a
 * reader at grade 6 to 8 can follow; the CDC Index and the Federal Plain Language Guidelines advise
 * sentences of 20 words or fewer. Readability formulas mean little under about 40 words.
 */

export interface Sentence {
  start: number;
  end: number;
  words: string[];
}

/** Abbreviations whose period does not end a sentence. */
const ABBREVIATIONS = new Set([
  "dr", "drs", "mr", "mrs", "ms", "mx", "st", "sr", "jr", "vs", "etc", "e.g", "i.e", "eg", "ie", "no", "vol", "fig",
  "dept", "approx", "appt", "est", "inc", "ltd", "co", "corp", "univ", "ave", "blvd", "rd", "mt", "ft", "oz", "lb",
  "lbs", "mg", "mcg", "ml", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
  "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun", "u.s", "u.k", "a.m", "p.m", "ph.d", "m.d",
  "r.n", "d.o", "pharm.d", "n.p", "p.a",
]);

/** Hashtags, mentions: not words of the text (blanked, offsets kept). */
const TAGS = /[#＃@][\p{L}\p{M}\p{N}_]+/gu;

/** The post's prose for reading: hashtags, mentions and image alt text blanked (URLs and code already are). */
export function readingText(post: Post): string {
  let t = post.text;
  if (post.images.length > 0) {
    const parts: string[] = [];
    let pos = 0;
    for (const img of post.images) {
      const [s, e] = img.altRange;
      if (s < pos) continue;
      parts.push(t.slice(pos, s), t.slice(s, e).replace(/[^\r\n]/g, " "));
      pos = e;
    }
    parts.push(t.slice(pos));
    t = parts.join("");
  }
  return t.replace(TAGS, (m) => " ".repeat(m.length));
}

/**
 * Sentences with their words. A sentence ends at `.`, `!`, `?` or `…` followed by a space (not after
 * an abbreviation or an initial), at a blank line, and at a line break when the line ends with
 * punctuation, a colon or an emoji, or the next line starts a new thought (a capital, a digit, a
 * bullet): social posts use line breaks where prose uses periods.
 */
export function sentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  let start = -1;
  let words: string[] = [];
  const close = (end: number) => {
    if (start >= 0 && words.length > 0) out.push({ start, end, words });
    start = -1;
    words = [];
  };
  let last = 0; // end of the last word
  // Words: a letter, then letters, marks, apostrophes and hyphens (/\p{L}[\p{L}\p{M}'’-]*\/u,
  // scanned by hand: no match object per word).
  for (let at = nextWord(text, 0); at >= 0; at = nextWord(text, last)) {
    const end = wordEnd(text, at);
    let w = text.slice(at, end);
    // Most gaps are a space or a comma: only one with an end mark or a line break can end a sentence.
    if (start >= 0 && mayEndSentence(text, last, at)) {
      const gap = text.slice(last, at);
      if (endsSentence(gap, w)) close(last + trailingPunct(gap));
    }
    if (start < 0) start = at;
    // Keep an abbreviation's periods with it ("e.g.", "U.S."): they do not end the sentence.
    const tail = w.charCodeAt(w.length - 1);
    words.push(tail === 39 || tail === 0x2019 || tail === 45 ? w.replace(/['’-]+$/, "") : w);
    last = end;
    if (text.charCodeAt(last) === 46 /* . */ && isLetterUnit(text.charCodeAt(last + 1))) {
      // "U.S.", "e.g.", "Ph.D.": read on through the dotted letters.
      const dotted = /^(?:\.\p{L}{1,3})+\.?/u.exec(text.slice(last, last + 24));
      if (dotted) {
        w += dotted[0];
        last += dotted[0].length;
      }
    }
    if (text.charCodeAt(last) === 46 && isAbbreviation(w)) last++;
  }
  close(last + trailingPunct(text.slice(last)));
  return out;
}

/**
 * What a character is to a word (/\p{L}[\p{L}\p{M}'’-]*\/u): by UTF-16 unit for the Basic
 * Multilingual Plane, looked up once per unit; by code point for the other planes.
 */
const LETTER_CHAR = 1;
const WORD_CHAR = 2; // a mark, an apostrophe or a hyphen: continues a word, starts none
const OTHER_CHAR = 3;
const BMP_KINDS = new Uint8Array(0x10000);
const ASTRAL_KINDS = new Map<number, number>();
const IS_LETTER = /^\p{L}$/u;
const IS_MARK = /^\p{M}$/u;

function kindOf(ch: string): number {
  return IS_LETTER.test(ch) ? LETTER_CHAR : IS_MARK.test(ch) || ch === "'" || ch === "’" || ch === "-" ? WORD_CHAR : OTHER_CHAR;
}

/** The kind of the character at `i` (a surrogate pair is one character; a lone surrogate is other). */
function charKind(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdfff) {
    const d = text.charCodeAt(i + 1);
    if (c > 0xdbff || !(d >= 0xdc00 && d <= 0xdfff)) return OTHER_CHAR;
    const cp = (c - 0xd800) * 0x400 + (d - 0xdc00) + 0x10000;
    let k = ASTRAL_KINDS.get(cp);
    if (k === undefined) {
      k = kindOf(String.fromCodePoint(cp));
      ASTRAL_KINDS.set(cp, k);
    }
    return k;
  }
  let k = BMP_KINDS[c];
  if (k === 0) k = BMP_KINDS[c] = kindOf(String.fromCharCode(c));
  return k;
}

/** Where the next word starts at or after `from`, or -1. */
function nextWord(text: string, from: number): number {
  for (let i = from; i < text.length; ) {
    const c = text.charCodeAt(i);
    if (c < 128) {
      if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90)) return i;
      i++;
      continue;
    }
    if (charKind(text, i) === LETTER_CHAR) return i;
    i += c >= 0xd800 && c <= 0xdbff && text.charCodeAt(i + 1) >= 0xdc00 && text.charCodeAt(i + 1) <= 0xdfff ? 2 : 1;
  }
  return -1;
}

/** The end of the word that starts (with a letter) at `start`. */
function wordEnd(text: string, start: number): number {
  let i = start;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (c < 128) {
      if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 39 || c === 45) {
        i++;
        continue;
      }
      break;
    }
    const k = charKind(text, i);
    if (k === OTHER_CHAR) break;
    i += c >= 0xd800 && c <= 0xdbff ? 2 : 1; // a letter or mark here is a whole surrogate pair
  }
  return i;
}

/** True when `text[from, to)` holds `.`, `!`, `?`, `…` or a line break (what `endsSentence` looks for). */
function mayEndSentence(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k);
    if (c === 46 || c === 33 || c === 63 || c === 10 || c === 0x2026) return true;
  }
  return false;
}

const LETTER = /\p{L}/u;
/** `/\p{L}/u` on one UTF-16 unit (NaN past the end: false). */
function isLetterUnit(c: number): boolean {
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return c === c && LETTER.test(String.fromCharCode(c));
}

function isAbbreviation(w: string): boolean {
  if (w.length > 8) return false; // longer than any abbreviation ("pharm.d.") or one capital
  const k = w.toLowerCase().replace(/\.$/, "");
  return ABBREVIATIONS.has(k) || /^\p{Lu}$/u.test(w);
}

function trailingPunct(gap: string): number {
  const m = /^[.!?…)"'’”\]]*/.exec(gap);
  return m ? m[0].length : 0;
}

function endsSentence(gap: string, nextWord: string): boolean {
  if (/[.!?…]/.test(gap)) {
    // "3.5 mg", "cdc.gov": a period inside a token is no sentence end; one followed by space is.
    if (/[.!?…]["'’”)\]]*\s/.test(gap) || /[!?…]/.test(gap)) return true;
  }
  const nl = gap.indexOf("\n");
  if (nl < 0) return false;
  if (/\n[ \t]*\r?\n/.test(gap)) return true; // blank line
  const before = gap.slice(0, nl);
  if (/[:;.!?…]\s*$/.test(before) || /\p{Extended_Pictographic}/u.test(before)) return true;
  const after = gap.slice(nl + 1);
  if (/^\s*(?:[-*•+▪►✅✔➡👉]|\d+[.)])/u.test(after) || /\p{Extended_Pictographic}/u.test(after)) return true;
  return /^\p{Lu}/u.test(nextWord);
}

/**
 * Syllables in a word, at least one. `syllable()` runs a dozen regexes and a singularisation per
 * call; posts reuse a small vocabulary, so the count is kept per word (bounded: cleared when full).
 */
const SYLLABLE_COUNTS = new Map<string, number>();
const SYLLABLE_CACHE_MAX = 50_000;
function syllablesOf(word: string): number {
  let n = SYLLABLE_COUNTS.get(word);
  if (n === undefined) {
    n = Math.max(1, syllable(word));
    if (SYLLABLE_COUNTS.size >= SYLLABLE_CACHE_MAX) SYLLABLE_COUNTS.clear();
    SYLLABLE_COUNTS.set(word, n);
  }
  return n;
}

type Options = {
  target: number;
  minWords: number;
  maxSentenceWords: number;
};

const CLINICIANS = /^(?:clinicians?|physicians?|doctors?|professionals?|healthcare professionals?|health professionals?|hcps?|providers?|medical|nurses?|pharmacists?)$/i;

/** True when the front matter says the post is for clinicians (plain-language targets do not apply). */
export function forClinicians(post: Post): boolean {
  const a = post.frontMatter.audience;
  const values = Array.isArray(a) ? a : [a];
  return values.some((v) => typeof v === "string" && CLINICIANS.test(v.trim()));
}

export default defineRule<Options>({
  meta: {
    id: "readability",
    description: "A post reads above the target grade (Flesch-Kincaid) or has sentences over 20 words.",
    defaultSeverity: "info",
    options: {
      target: { type: "number", default: 8, minimum: 0, description: "Highest acceptable Flesch-Kincaid grade." },
      minWords: { type: "integer", default: 40, minimum: 1, description: "Posts with fewer words get no grade (formulas are unreliable on short texts)." },
      maxSentenceWords: { type: "integer", default: 20, minimum: 1, description: "Longest acceptable sentence, in words." },
    },
    messages: {
      grade:
        "Reads at grade {{grade}} (Flesch-Kincaid), above the target of {{target}}: use shorter sentences and everyday words. The hardest sentence is marked.",
      longSentence: "This sentence has {{words}} words; aim for {{max}} or fewer.",
    },
  },
  check(ctx) {
    if (forClinicians(ctx.post)) return;
    const text = readingText(ctx.post);
    const all = sentences(text);
    if (all.length === 0) return;
    const { target, minWords, maxSentenceWords } = ctx.options;
    for (const s of all) {
      if (s.words.length > maxSentenceWords) {
        ctx.report({ messageId: "longSentence", data: { words: s.words.length, max: maxSentenceWords }, range: [s.start, s.end] });
      }
    }
    const wordCount = all.reduce((n, s) => n + s.words.length, 0);
    if (wordCount < minWords) return;
    let syllables = 0;
    const perSentence: number[] = [];
    for (const s of all) {
      let n = 0;
      for (const w of s.words) n += syllablesOf(w);
      syllables += n;
      perSentence.push(n);
    }
    const grade = fleschKincaid({ sentence: all.length, word: wordCount, syllable: syllables });
    if (grade <= target) return;
    // Only a post above the target needs its hardest sentence.
    let hardest: Sentence | undefined;
    let hardestGrade = -Infinity;
    for (let i = 0; i < all.length; i++) {
      const g = fleschKincaid({ sentence: 1, word: all[i].words.length, syllable: perSentence[i] });
      if (g > hardestGrade) {
        hardestGrade = g;
        hardest = all[i];
      }
    }
    if (!hardest) return;
    ctx.report({
      messageId: "grade",
      data: { grade: Math.round(grade * 10) / 10, target },
      range: [hardest.start, hardest.end],
    });
  },
});
