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

const WORD = /\p{L}[\p{L}\p{M}'’-]*/gu;
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
  WORD.lastIndex = 0;
  let m: RegExpExecArray | null;
  let last = 0; // end of the last word
  while ((m = WORD.exec(text)) !== null) {
    const gap = text.slice(last, m.index);
    if (start >= 0 && endsSentence(gap, m[0])) close(last + trailingPunct(gap));
    if (start < 0) start = m.index;
    let w = m[0];
    // Keep an abbreviation's periods with it ("e.g.", "U.S."): they do not end the sentence.
    words.push(w.replace(/['’-]+$/, ""));
    last = m.index + w.length;
    if (text[last] === "." && /\p{L}/u.test(text[last + 1] ?? "")) {
      // "U.S.", "e.g.", "Ph.D.": read on through the dotted letters.
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
    let hardest: Sentence | undefined;
    let hardestGrade = -Infinity;
    for (const s of all) {
      let n = 0;
      for (const w of s.words) n += Math.max(1, syllable(w));
      syllables += n;
      const g = fleschKincaid({ sentence: 1, word: s.words.length, syllable: n });
      if (g > hardestGrade) {
        hardestGrade = g;
        hardest = s;
      }
    }
    const grade = fleschKincaid({ sentence: all.length, word: wordCount, syllable: syllables });
    if (grade <= target || !hardest) return;
    ctx.report({
      messageId: "grade",
      data: { grade: Math.round(grade * 10) / 10, target },
      range: [hardest.start, hardest.end],
    });
  },
});
