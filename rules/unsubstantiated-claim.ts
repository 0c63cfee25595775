import { defineRule } from "../src/rule.js";
import { gramString, gramsOf, type GramString, type GramTable } from "./lib/grams.js";
import type { Post } from "../src/types.js";
import {
  CITATION_TEXT,
  CLAIM_TERMS,
  DEBUNK_CUES,
  EVIDENCE_LINK,
  GUARANTEE_RESULT,
  HEDGE_CUES,
  PROMOTION_CUES,
  SOURCE_KEYS,
  STRONG_HEDGE_CUES,
  type ClaimTerm,
} from "./data/unsubstantiated-claim.js";

type Options = {
  lowerWhenCited: boolean;
  allow: string[];
};

/** Does the post hold any claim word at all? No finding without one. */
const SCREEN =
  /cur(?:e|ing)|miracle|miraculous|guarantee|100\s*(?:%|per)|(?:completely|totally|perfectly|absolutely|entirely)\s+(?:safe|harmless|non|risk)|side[- ]effect|adverse|risk[- ]free|zero[- ]risk|no\s+risk|proven|clinically|science[- ]backed|detox|cleanse|flush|purge|toxins|99|fda|healed|revers|kill|destroy|eliminat|eradicat|wipe|erased|got\s+rid|cleared|lost|lose|drop|shed|melt|gone|disappeared|vanished|results|relie|difference|normal|clear|heal|fix|stop|\bends?\b|melt|forever|permanent|overnight|night\s+one|shown|tested|validated|toxins|instant|permanent|works?\s|goodbye|better\s+than|stronger|safer|burn|disappear|went\s+away|repair|regrow|restor|rebuild|reset|rebalanc|regenerat|unclog|\boff\b|quit|stopped|ditched/i;

/** A post is a few hundred words: past this many claims, the rest add nothing but time. */
const MAX_FINDINGS = 100;

const NEGATOR =
  /\b(?:no|not|never|none|nothing|neither|nor|without|cannot|can't|won't|isn't|aren't|wasn't|weren't|doesn't|don't|didn't|hasn't|haven't|shouldn't|wouldn't|couldn't|nobody)\b|\bno\s+one\b|n't\b/gi;
/** Negations that do not negate what follows ("don't miss our...", "not only"). */
const NOT_NEGATING =
  /^(?:don't|do\s+not|never)\s+(?:miss|wait|forget|settle|let|hesitate|delay|suffer|put\s+off|stress|worry|struggle)\b|^not\s+(?:only|just)\b|^no\s+(?:more|longer|need|matter|wonder|doubt|questions?)\b/i;
/** What ends a negation's reach: a coordinating word between it and the claim. */
const SCOPE_BREAK = /\b(?:and|but|yet|so|while|because|then|&)\b|[+&]/i;
const QUESTION_START =
  /^(?:is|are|was|were|can|could|does|do|did|will|would|should|has|have|what|which|how|why|who|when|myth|fact|true\s+or\s+false|real\s+or)\b/i;

export default defineRule<Options>({
  meta: {
    id: "unsubstantiated-claim",
    description:
      "Absolute or efficacy claims about a product or service (cures, miracle, guaranteed, 100% safe, no side effects, clinically proven, detox) that need competent and reliable scientific evidence.",
    defaultSeverity: "warn",
    options: {
      lowerWhenCited: {
        type: "boolean",
        default: true,
        description: "Report a claim at `info` when the same post cites evidence (a journal, registry or government link, a DOI/PMID/NCT number, a named authority, or front matter `sources`).",
      },
      allow: {
        type: "array",
        items: { type: "string" },
        default: [],
        description: "Phrases never reported (case-insensitive), e.g. a brand or programme name that contains a claim word.",
      },
    },
    messages: {
      claim:
        "\"{{term}}\" is {{label}}; health claims need competent and reliable scientific evidence (FTC Health Products Compliance Guidance). Cite the evidence in the post, or reword.",
      cited:
        "\"{{term}}\" is {{label}}; the post cites a source: check that it supports the claim as worded (FTC Health Products Compliance Guidance).",
    },
  },
  check(ctx) {
    const { post } = ctx;
    const text = post.text;
    const allow = ctx.options.allow.map((a) => a.toLowerCase()).filter((a) => a !== "");
    const lower = text.toLowerCase();

    const found: Array<{ start: number; end: number; term: ClaimTerm }> = [];
    const grams = gramsOf(lower, text);
    for (let t = 0; t < CLAIM_TERMS.length; t++) {
      const term = CLAIM_TERMS[t];
      // Each term's own screen: most posts hold none of its words, and are not searched for it.
      if (!passesScreen(grams, SCREENS[t])) continue;
      if (term.requiresInPost && !term.requiresInPost.test(text)) continue;
      const re = term.pattern;
      re.lastIndex = 0;
      let m: RegExpExecArray | null;
      while ((m = re.exec(text)) !== null) {
        if (m[0].length === 0) {
          re.lastIndex++;
          continue;
        }
        const start = m.index;
        const end = trimEnd(text, start, start + m[0].length);
        if (allowed(lower, allow, start, end)) continue;
        if (isClaim(text, start, end, term)) found.push({ start, end, term });
        if (found.length >= MAX_FINDINGS) break;
      }
      if (found.length >= MAX_FINDINGS) break;
    }
    // A post with no claim word at all has no finding (tested last: it is slower than the screens).
    if (found.length === 0 || !SCREEN.test(text)) return;

    // One finding per claim: "miracle cure" matches two terms; keep the first, widest.
    found.sort((a, b) => a.start - b.start || b.end - a.end);
    const kept: typeof found = [];
    for (const f of found) {
      const last = kept[kept.length - 1];
      if (last && f.start < last.end) {
        last.end = Math.max(last.end, f.end);
        continue;
      }
      kept.push({ ...f });
    }

    const cited = ctx.options.lowerWhenCited && citesEvidence(post);
    for (const f of kept) {
      const term = quoteSafe(text.slice(f.start, f.end));
      ctx.report({
        messageId: cited ? "cited" : "claim",
        data: { term, label: f.term.label },
        range: [f.start, f.end],
        ...(cited ? { severity: "info" as const } : {}),
      });
    }
  },
});

/**
 * The screens of `CLAIM_TERMS` as gram strings: testing a post's character pairs and triples first
 * (one pass over the post, `gramsOf`) spares most of the `includes` calls: a post holds a string
 * only if it holds each of its pairs and triples.
 */
const SCREENS: ReadonlyArray<ReadonlyArray<readonly GramString[]>> = CLAIM_TERMS.map((term) => term.screen.map((group) => group.map(gramString)));

/** True when the post (marked in `grams`) holds a string of every group of the screen. */
function passesScreen(grams: GramTable, screen: ReadonlyArray<readonly GramString[]>): boolean {
  for (let g = 0; g < screen.length; g++) {
    const group = screen[g];
    let hit = false;
    for (let i = 0; i < group.length; i++) {
      if (grams.holds(group[i])) {
        hit = true;
        break;
      }
    }
    if (!hit) return false;
  }
  return true;
}

function trimEnd(text: string, start: number, end: number): number {
  while (end > start && /[\s'-]/.test(text[end - 1])) end--;
  return end;
}

function quoteSafe(s: string): string {
  const one = s.replace(/\s+/g, " ");
  return one.length > 60 ? `${one.slice(0, 57)}...` : one;
}

function allowed(lower: string, allow: string[], start: number, end: number): boolean {
  for (const a of allow) {
    let i = lower.indexOf(a, Math.max(0, start - a.length));
    while (i !== -1 && i < end) {
      if (i + a.length > start) return true;
      i = lower.indexOf(a, i + 1);
    }
  }
  return false;
}

/** Decides whether a matched term is a claim here, or a negation, debunk, question, hedge or other sense. */
export function isClaim(text: string, start: number, end: number, term: ClaimTerm): boolean {
  // Hashtags (#CureAlz, #MiracleBaby) are topics, not claims, except where the term says otherwise.
  if (text[start - 1] === "#" && !term.inHashtag) return false;

  const sentence = sentenceAround(text, start, end);
  const clause = clauseAround(text, start, end, sentence);
  const before = text.slice(Math.max(clause[0], start - 80), start);
  const after = text.slice(end, Math.min(sentence[1], end + 60));
  if (term.unlessBefore?.test(before)) return false;
  if (term.unlessAfter?.test(after)) return false;
  if (negated(before)) return false;
  if (term.needs) {
    const { before: b, after: a, match } = term.needs;
    const ok = (b && b.test(before)) || (a && a.test(after)) || (match && match.test(text.slice(start, end)));
    if (!ok) return false;
  }

  const sentenceText = text.slice(sentence[0], sentence[1]);
  const trimmed = sentenceText.trim();
  if (trimmed.endsWith("?") && (term.kind === "cure" || QUESTION_START.test(trimmed.replace(/^[^\p{L}]+/u, "")))) return false;
  if (DEBUNK_CUES.test(sentenceText) || underMythLabel(text, sentence[0])) return false;
  if (inShortQuote(text, start, end)) return false;

  if (term.hedgeable) {
    const clauseText = text.slice(clause[0], clause[1]);
    if (STRONG_HEDGE_CUES.test(sentenceText)) return false;
    if (HEDGE_CUES.test(sentenceText) && !PROMOTION_CUES.test(clauseText)) return false;
  }
  if (term.kind === "guarantee" && term.id === "guaranteed") {
    const window = text.slice(Math.max(sentence[0], start - 60), Math.min(sentence[1], end + 60));
    const rest = window.replace(/guarantee[sd]?|guaranteeing/gi, " ");
    if (!GUARANTEE_RESULT.test(rest) && !/^\s+to\s/i.test(after)) return false;
  }
  return true;
}

/** True when a negator governs the words right before the claim (within five words, same clause). */
function negated(before: string): boolean {
  const words = before.slice(-60);
  NEGATOR.lastIndex = 0;
  let m: RegExpExecArray | null;
  let last: RegExpExecArray | null = null;
  while ((m = NEGATOR.exec(words)) !== null) last = m;
  if (!last) return false;
  // "don't" is matched as "don't" or as "n't": find the word the negator belongs to.
  let from = last.index;
  while (from > 0 && /[\w']/.test(words[from - 1])) from--;
  const tail = words.slice(from);
  if (NOT_NEGATING.test(tail)) return false;
  const between = words.slice(last.index + last[0].length);
  if (SCOPE_BREAK.test(between)) return false;
  const count = between.trim() === "" ? 0 : between.trim().split(/\s+/).length;
  return count <= 5;
}

/** The sentence holding [start, end): bounded by . ! ? followed by a space, a line break, or the post's ends. */
export function sentenceAround(text: string, start: number, end: number): [number, number] {
  // Bounded, so that a post of one endless sentence stays linear.
  const lo = Math.max(0, start - 300);
  const hi = Math.min(text.length, end + 300);
  let s = start;
  while (s > lo) {
    const c = text[s - 1];
    if (c === "\n" || c === "\r") break;
    if ((c === " " || c === "\t") && s >= 2 && SENTENCE_END.has(text[s - 2]) && !abbreviation(text, s - 2)) break;
    s--;
  }
  let e = end;
  while (e < hi) {
    const c = text[e];
    if (c === "\n" || c === "\r") break;
    if (SENTENCE_END.has(c) && (e + 1 >= text.length || /\s/.test(text[e + 1])) && !abbreviation(text, e)) {
      e++;
      break;
    }
    e++;
  }
  return [s, e];
}

function abbreviation(text: string, dot: number): boolean {
  if (text[dot] !== ".") return false;
  const word = /([A-Za-z]{1,4})$/.exec(text.slice(Math.max(0, dot - 5), dot))?.[1]?.toLowerCase();
  return word !== undefined && ["dr", "mr", "mrs", "ms", "st", "vs", "eg", "ie", "e.g", "i.e", "al", "inc", "no", "jr", "sr", "approx"].includes(word);
}

/** The clause inside a sentence: split at , ; : — – ( ) and quotes. */
const SENTENCE_END = new Set([".", "!", "?", "…"]);
const CLAUSE_STOP = new Set([",", ";", ":", "—", "–", "(", ")", '"', "“", "”", "!"]);

function clauseAround(text: string, start: number, end: number, sentence: [number, number]): [number, number] {
  let s = start;
  while (s > sentence[0] && !CLAUSE_STOP.has(text[s - 1]) && !(text[s - 1] === "-" && text[s - 2] === " ")) s--;
  let e = end;
  while (e < sentence[1] && !CLAUSE_STOP.has(text[e]) && !(text[e] === "-" && text[e + 1] === " ")) e++;
  return [s, e];
}

/** A "Myth:" label governs the lines after it until a "Fact:" / "Truth:" label. */
function underMythLabel(text: string, sentenceStart: number): boolean {
  const window = text.slice(Math.max(0, sentenceStart - 400), sentenceStart + 12);
  const labels = /(?:^|\n|\s)(?:❌\s*)?(myth|fiction|false|fact|truth|reality|true|✅)\b\s*[:#\-—–]?/gi;
  let m: RegExpExecArray | null;
  let lastMyth = -1;
  let lastFact = -1;
  while ((m = labels.exec(window)) !== null) {
    const w = m[1].toLowerCase();
    if (w === "myth" || w === "fiction" || w === "false") lastMyth = m.index;
    else lastFact = m.index;
  }
  return lastMyth > lastFact;
}

/** Scare quotes: a term inside a short quotation ("miracle" cures, ‘detox’ teas) is being talked about. */
const QUOTE_PAIRS: ReadonlyArray<[string, string]> = [
  ["\u201c", "\u201d"],
  ['"', '"'],
  ["\u2018", "\u2019"],
  ["'", "'"],
];
const QUOTE_CHARS = /["'\u201c\u2018]/;

function inShortQuote(text: string, start: number, end: number): boolean {
  const from = Math.max(0, start - 60);
  const nl = text.lastIndexOf("\n", start - 1);
  const left = text.slice(Math.max(from, nl + 1), start);
  if (!QUOTE_CHARS.test(left)) return false;
  const right = text.slice(end, end + 60);
  for (const [open, close] of QUOTE_PAIRS) {
    const o = left.lastIndexOf(open);
    if (o === -1) continue;
    if (open === "'" && o > 0 && /\w/.test(left[o - 1])) continue;
    if (open === '"' && countOf(left, '"') % 2 === 0) continue;
    const inside = left.slice(o + 1);
    if (inside.includes(close) && open !== close) continue;
    const c = open === "'" ? right.search(/'(?![a-z])/i) : right.indexOf(close);
    if (c === -1) continue;
    const quoted = `${inside}${text.slice(start, end)}${right.slice(0, c)}`;
    if (quoted.trim().split(/\s+/).length <= 4) return true;
  }
  return false;
}

function countOf(s: string, ch: string): number {
  let n = 0;
  for (const c of s) if (c === ch) n++;
  return n;
}

/** Evidence cited in the same post: an evidence link, a DOI/PMID/NCT, a named authority, or front matter sources. */
export function citesEvidence(post: Post): boolean {
  if (post.links.some((l) => EVIDENCE_LINK.test(l.url))) return true;
  if (CITATION_TEXT.test(post.text)) return true;
  for (const key of SOURCE_KEYS) {
    const v = post.frontMatter[key];
    if (typeof v === "string" ? v.trim() !== "" : Array.isArray(v) ? v.length > 0 : v !== undefined && v !== null && v !== false)
      return true;
  }
  return false;
}
