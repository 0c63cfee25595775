import { defineRule } from "../src/rule.js";
import { JARGON, type JargonEntry } from "./data/medical-jargon.js";
import { gramSlots, gramsOf } from "./lib/grams.js";
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
 * A cheap screen before `PATTERN`: the character pairs and triples of each form's words (see
 * `lib/grams.ts`), then its longest word. A post holds a form only if its lower-cased prose holds
 * every word of it (the pattern is matched with /iu, where an ASCII letter matches only itself in
 * either case, the Kelvin sign, which lower-cases to "k", or the long s for "s": a post with a long
 * s is searched in full). Most posts hold no form, and skip the search.
 */
const FORM_SCREENS: ReadonlyArray<{ words: { triples: number[]; pairs: number[] }; longest: string }> = [...FORMS.keys()].map((form) => {
  const words = form.split(" ");
  const longest = words.reduce((a, b) => (b.length > a.length ? b : a));
  return { words: gramSlots(words), longest };
});
/**
 * Past this length a post holds nearly every triple, and the screen's `includes` for each form (a
 * pass over the post each) costs more than the one search with `PATTERN`: the grams alone decide.
 */
const INCLUDES_MAX = 16_384;

function mayHoldJargon(lower: string, text: string): boolean {
  if (lower.includes("\u017f")) return true;
  const grams = gramsOf(lower, text);
  const confirm = lower.length <= INCLUDES_MAX;
  for (let i = 0; i < FORM_SCREENS.length; i++) {
    const form = FORM_SCREENS[i];
    if (grams.mayHoldAll(form.words) && (!confirm || lower.includes(form.longest))) return true;
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
    if (!mayHoldJargon(lower, text)) return;
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
