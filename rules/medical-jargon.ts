import { defineRule } from "../src/rule.js";
import { JARGON, type JargonEntry } from "./data/medical-jargon.js";
import { forClinicians } from "./readability.js";

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/[ -]/g, "[\\s-]+");

/** Every form of every term, longest first, to the entry it belongs to. */
const FORMS = new Map<string, JargonEntry>();
for (const e of JARGON) for (const f of [e.term, ...(e.forms ?? [])]) FORMS.set(f.toLowerCase().replace(/[\s-]+/g, " "), e);
const PATTERN = new RegExp(
  `(?<![\\p{L}\\p{N}#@_/.-])(?:${[...FORMS.keys()]
    .sort((a, b) => b.length - a.length)
    .map(escape)
    .join("|")})(?![\\p{L}\\p{N}_]|-\\p{L}|\\.\\p{L})`,
  "giu",
);

/**
 * A cheap screen before `PATTERN`: the ASCII letter pairs of each form's words, then its longest
 * word. A post holds a form only if its lower-cased prose holds every pair and every word (the pattern is matched with /iu, where an ASCII
 * letter matches only itself in either case, the Kelvin sign, which lower-cases to "k", or the long
 * s for "s": a post with a long s is searched in full). Most posts hold no form, and skip the search.
 */
const FORM_SCREENS: ReadonlyArray<{ pairs: number[]; longest: string }> = [...FORMS.keys()].map((form) => {
  const pairs = new Set<number>();
  let longest = "";
  for (const word of form.split(" ")) {
    if (word.length > longest.length) longest = word;
    for (let i = 1; i < word.length; i++) {
      const a = word.charCodeAt(i - 1);
      const b = word.charCodeAt(i);
      if ((a | b) < 128) pairs.add((a << 7) | b);
    }
  }
  return { pairs: [...pairs], longest };
});

/** `PAIRS[(a << 7) | b] === pairStamp` when the post being checked holds the ASCII characters a, b in a row. */
const PAIRS = new Uint32Array(128 * 128);
let pairStamp = 0;

function mayHoldJargon(lower: string): boolean {
  if (lower.includes("\u017f")) return true;
  if (pairStamp === 0xffffffff) {
    PAIRS.fill(0);
    pairStamp = 0;
  }
  pairStamp++;
  let prev = lower.charCodeAt(0);
  for (let i = 1; i < lower.length; i++) {
    const c = lower.charCodeAt(i);
    if ((prev | c) < 128) PAIRS[(prev << 7) | c] = pairStamp;
    prev = c;
  }
  for (const { pairs, longest } of FORM_SCREENS) {
    let all = true;
    for (const p of pairs) {
      if (PAIRS[p] !== pairStamp) {
        all = false;
        break;
      }
    }
    // Then the form's longest word itself.
    if (all && lower.includes(longest)) return true;
  }
  return false;
}

/** Said right after the term, these introduce its explanation: "hypertension, or high blood pressure". */
const EXPLAINED_AFTER = /^\s*(?:\(|,?\s*(?:or|also called|also known as|aka|meaning|which means|means|i\.e\.|that is)\b|\s*[—–:]\s*)/i;

/** How far (characters) from the term its plain words may stand and still explain it. */
const NEAR = 150;

/** True when the term at [start, end) sits inside parentheses: "high blood pressure (hypertension)". */
function inParentheses(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 60), start);
  const open = before.lastIndexOf("(");
  if (open < 0 || before.slice(open).includes(")")) return false;
  const after = text.slice(end, end + 61);
  const close = after.indexOf(")");
  return close >= 0 && !after.slice(0, close).includes("(");
}

export default defineRule({
  meta: {
    id: "medical-jargon",
    description: "A post uses medical or public-health jargon without explaining it; CDC's Everyday Words list offers plain substitutes.",
    defaultSeverity: "info",
    hasSuggestions: true,
    options: {},
    messages: {
      jargon: "'{{term}}' is jargon to many readers: say '{{plain}}', or explain it the first time (\"{{plain}} ({{term}})\").",
      usePlain: "Write '{{plain}}'.",
    },
  },
  check(ctx) {
    const text = ctx.post.text;
    if (forClinicians(ctx.post)) return;
    const lower = text.toLowerCase();
    if (!mayHoldJargon(lower)) return;
    const hits: Array<{ entry: JargonEntry; start: number; end: number; explained: boolean }> = [];
    PATTERN.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = PATTERN.exec(text)) !== null) {
      const entry = FORMS.get(m[0].toLowerCase().replace(/[\s-]+/g, " "));
      if (!entry) continue;
      const start = m.index;
      const end = start + m[0].length;
      const explained = inParentheses(text, start, end) || EXPLAINED_AFTER.test(text.slice(end, end + 24));
      hits.push({ entry, start, end, explained });
    }
    if (hits.length === 0) return;
    // A term explained once in the post, or with its plain words near it, is explained everywhere.
    const explained = new Set<JargonEntry>();
    for (const h of hits) {
      const near = lower.slice(Math.max(0, h.start - NEAR), h.end + NEAR);
      if (h.explained || h.entry.plain.some((p) => p.length >= 5 && near.includes(p.toLowerCase()))) explained.add(h.entry);
    }
    const reported = new Set<JargonEntry>();
    for (const h of hits) {
      if (explained.has(h.entry) || reported.has(h.entry)) continue;
      reported.add(h.entry);
      const written = text.slice(h.start, h.end);
      const plain = h.entry.plain[0];
      ctx.report({
        messageId: "jargon",
        data: { term: written, plain },
        range: [h.start, h.end],
        suggestions: h.entry.plain.map((p) => {
          const text = /^\p{Lu}/u.test(written) ? p[0].toUpperCase() + p.slice(1) : p;
          return { messageId: "usePlain", data: { plain: text }, fix: { range: [h.start, h.end] as [number, number], text } };
        }),
      });
    }
  },
});
