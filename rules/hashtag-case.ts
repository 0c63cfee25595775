import { defineRule } from "../src/rule.js";
import type { SuggestionDescriptor } from "../src/types.js";
import { ACRONYMS, HEALTH_WORDS, TWO_LETTER_WORDS } from "./data/hashtag-case.js";
import { SUBTLEX_TOTAL, SUBTLEX_WORDS } from "./data/hashtag-case-lexicon.js";
import { postHashtags } from "./hashtag-overuse.js";

/**
 * Dictionary-based segmentation of a run of letters into English words (a unigram model over
 * SUBTLEX-US word frequencies plus health words), with the two best segmentations so that a fix
 * is offered only when the best one is clearly ahead.
 */

/** Words shorter than this many letters in all make no multi-word hashtag (#AMA, #ISI, #hiv). */
const MIN_LETTERS = 6;
/** How frequent (per SUBTLEX) a word must be to be used at all: below it is mostly noise, more so for short words. */
const minCount = (w: string): number => (w.length <= 3 ? 300 : w.length === 4 ? 50 : 5);
/** Suffixes SUBTLEX lists as words; in a hashtag they belong to the word before. */
const SUFFIXES = new Set(["ing", "ers", "ism", "isms", "ness", "tion", "ment", "ist", "ists", "ous", "ive", "ize", "ise", "ity", "ies", "est", "les", "ful"]);
/** ... and this frequent for a segmentation that uses it to count as certain. */
const CERTAIN_COUNT = 50;
/**
 * Extra cost (natural log) of a one- or two-letter word: hashtags use fewer than speech does
 * (#ExtremeHeat, not "extreme he at"). Less for "a", the article hashtags do use (#WearAMask).
 */
const SHORT_WORD_PENALTY = 4;
const ARTICLE_PENALTY = 2;
/** The best segmentation is certain when the next best costs this much more (about 55 times less likely). */
const CERTAIN_GAP = 4;
const MAX_WORD = 24;
/** Prefixes that make one word with what follows (#antivax, #telehealth, #postpartum, #nonprofit). */
const BOUND_PREFIXES = new Set(["anti", "pre", "post", "non", "re", "un", "over", "under", "tele", "bio", "micro", "multi", "co", "inter", "intra", "mega", "mini", "semi", "sub", "super", "trans", "ultra", "neuro", "cardio", "hyper", "hypo", "pro"]);
/** Longer tags are not read (the segmentation is quadratic in the tag's length). */
const MAX_TAG = 64;
const COMMON = 2000;

/**
 * The SUBTLEX-US entries the segmentation uses, from the package's list of `{ word, count }`: words
 * of ASCII letters, lower-cased and merged ("The" and "the"), one-letter words but "a" and two-letter
 * words not in `TWO_LETTER_WORDS` left out, then entries too rare for their length and suffixes
 * dropped. Sorted by UTF-16 code unit. `rules/data/hashtag-case-lexicon.ts` holds its output, so
 * that linting never parses the package's 3.5 MB of JSON (see test/rules/hashtag-case-lexicon.test.ts).
 */
export function subtlexEntries(list: ReadonlyArray<{ word: string; count: number }>): Array<[string, number]> {
  const two = new Set(TWO_LETTER_WORDS.words);
  const freq = new Map<string, number>();
  for (const { word, count } of list) {
    const w = word.toLowerCase();
    if (!/^[a-z]+$/.test(w)) continue;
    if (w.length === 1 && w !== "a") continue;
    if (w.length === 2 && !two.has(w)) continue;
    freq.set(w, (freq.get(w) ?? 0) + count);
  }
  // Short entries of SUBTLEX are often fragments ("ers", "ing", "les"): a short word must be common.
  for (const [w, c] of freq) if (c < minCount(w) || SUFFIXES.has(w)) freq.delete(w);
  return [...freq].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
}

/**
 * The count of `w` in `SUBTLEX_WORDS` (lines of a word and its count, sorted), by binary search in
 * the string as it is: nothing to split, parse or hash when the rule loads. Undefined for a word
 * the list lacks (and for anything but lower-case ASCII letters).
 */
export function subtlexCount(w: string): number | undefined {
  const s = SUBTLEX_WORDS;
  const n = w.length;
  let lo = 0; // always the start of a line
  let hi = s.length;
  while (lo < hi) {
    let mid = (lo + hi) >>> 1;
    while (mid > lo && s.charCodeAt(mid - 1) !== 10) mid--;
    // Compare `w` with the word of the line at `mid` (letters, then the count's digits, which sort
    // before letters: a word sorts before the longer words it starts).
    let k = 0;
    let c = s.charCodeAt(mid);
    while (k < n && c === w.charCodeAt(k) && !(c >= 48 && c <= 57)) c = s.charCodeAt(mid + ++k);
    const end = c >= 48 && c <= 57; // the line's word ends here
    if (k === n && end) {
      let count = 0;
      for (let p = mid + k; (c = s.charCodeAt(p)) >= 48 && c <= 57; p++) count = count * 10 + (c - 48);
      return count;
    }
    if (k === n || (!end && w.charCodeAt(k) < c)) {
      hi = mid; // w sorts before this line's word
    } else {
      const nl = s.indexOf("\n", mid);
      lo = nl < 0 ? s.length : nl + 1;
    }
  }
  return undefined;
}

interface Lexicon {
  /** Frequency of a word, or undefined for a word the lexicon lacks. */
  get(w: string): number | undefined;
  total: number;
  acronyms: Set<string>;
}

let lexicon: Lexicon | undefined;

/** The word frequencies: SUBTLEX (see `subtlexEntries`) with health words and acronyms made common. */
function lex(): Lexicon {
  if (lexicon) return lexicon;
  const acronyms = new Set(ACRONYMS.words);
  const common = new Map<string, number>();
  let total = SUBTLEX_TOTAL;
  const makeCommon = (w: string) => {
    const c = common.get(w) ?? subtlexCount(w) ?? 0;
    const v = Math.max(c, COMMON);
    total += v - c;
    common.set(w, v);
  };
  for (const group of HEALTH_WORDS) for (const w of group.words) makeCommon(w);
  for (const w of acronyms) makeCommon(w);
  lexicon = { get: (w) => common.get(w) ?? subtlexCount(w), total, acronyms };
  return lexicon;
}

interface Segmentation {
  words: string[];
  cost: number;
}

/** The two cheapest segmentations of `s` (lower-case letters) into known words, best first. */
export function segment(s: string): Segmentation[] {
  const { get, total } = lex();
  const n = s.length;
  const best: Segmentation[][] = Array.from({ length: n + 1 }, () => []);
  best[0] = [{ words: [], cost: 0 }];
  for (let i = 1; i <= n; i++) {
    const cands: Segmentation[] = [];
    for (let j = Math.max(0, i - MAX_WORD); j < i; j++) {
      if (best[j].length === 0) continue;
      const w = s.slice(j, i);
      const c = get(w);
      if (c === undefined) continue;
      const cost = Math.log(total / c) + (w === "a" ? ARTICLE_PENALTY : w.length <= 2 ? SHORT_WORD_PENALTY : 0);
      for (const b of best[j]) cands.push({ words: [...b.words, w], cost: b.cost + cost });
    }
    cands.sort((a, b) => a.cost - b.cost);
    best[i] = cands.slice(0, 2);
  }
  return best[n];
}

interface Reading {
  /** CamelCase spellings: the best first, then an alternative when the best is not certain. */
  spellings: string[];
  certain: boolean;
}

/**
 * How a one-case hashtag reads as words, or null when it is one word, an acronym, too short, or
 * not made of known words.
 */
export function readHashtag(tag: string): Reading | null {
  if (tag.length < MIN_LETTERS) return null; // fewer letters than a reading needs (see `read`)
  let reading = READINGS.get(tag);
  if (reading === undefined) {
    reading = read(tag);
    if (READINGS.size >= READINGS_MAX) READINGS.clear();
    READINGS.set(tag, reading);
  }
  return reading;
}

/** Readings by tag: posts repeat their tags, and a reading depends on nothing else (bounded: cleared when full). */
const READINGS = new Map<string, Reading | null>();
const READINGS_MAX = 10_000;

function read(tag: string): Reading | null {
  if (tag.length > MAX_TAG || !/^[A-Za-z0-9]+$/.test(tag)) return null;
  const letters = tag.replace(/[0-9]+/g, "");
  if (letters.length < MIN_LETTERS) return null;
  const upper = letters === letters.toUpperCase();
  if (!upper && letters !== letters.toLowerCase()) return null; // already cased by its writer
  const { get, acronyms } = lex();
  const parts = tag.toLowerCase().match(/[a-z]+|[0-9]+/g) ?? [];
  const best: string[][] = [];
  const alt: string[][] = [];
  let certain = true;
  let words = 0;
  for (const part of parts) {
    if (/^[0-9]/.test(part)) {
      best.push([part]);
      alt.push([part]);
      continue;
    }
    // A word in its own right (#workout, #teamwork, #heatwave) is one word, however it splits.
    if ((get(part) ?? 0) > 0) {
      words += 1;
      best.push([part]);
      alt.push([part]);
      continue;
    }
    const segs = segment(part);
    if (segs.length === 0) return null;
    const [first, second] = segs;
    // An upper-case tag may be an acronym that happens to spell words: demand words of 3+ letters.
    if (upper && first.words.some((w) => w.length < 3)) return null;
    if (first.words[0] === "a" || first.words[first.words.length - 1] === "a") return null;
    words += first.words.length;
    best.push(first.words);
    const close = second !== undefined && second.cost - first.cost < CERTAIN_GAP;
    if (close) certain = false;
    // Offer the runner-up as an alternative only when it is made of common words.
    const plausible = close && second.words.length > 1 && second.words.every((w) => (get(w) ?? 0) >= CERTAIN_COUNT);
    alt.push((plausible ? second : first).words);
    const rare = first.words.filter((w) => (get(w) ?? 0) < CERTAIN_COUNT);
    // "market"+"ers", "lat"+"ism", "tri"+"with"+"me": a word the list lacks, read as a word and a
    // rare fragment. A reading that leans on a rare short piece, or starts with a bound prefix
    // ("anti"+"semitism"), may well be one word: no finding.
    if (rare.some((w) => w.length <= 4)) return null;
    if (BOUND_PREFIXES.has(first.words[0]) && (first.words.length === 2 || !certain)) return null;
    if (rare.length > 0) certain = false;
  }
  if (words < 2) return null;
  const camel = (segs: string[][]) =>
    segs
      .flat()
      .map((w) => (acronyms.has(w) ? w.toUpperCase() : w[0].toUpperCase() + w.slice(1)))
      .join("");
  const spellings = [camel(best)];
  const other = camel(alt);
  if (!certain && other !== spellings[0]) spellings.push(other);
  return { spellings, certain };
}

export default defineRule({
  meta: {
    id: "hashtag-case",
    description: "A multi-word hashtag is written in one case (#strokeawarenessmonth), which screen readers cannot split into words.",
    defaultSeverity: "warn",
    fixable: true,
    hasSuggestions: true,
    options: {},
    messages: {
      oneCase:
        "'#{{tag}}' runs words together in one case, so screen readers read it as one long word; write it in CamelCase: #{{suggestion}}.",
      oneCaseUnsure:
        "'#{{tag}}' runs words together in one case, so screen readers read it as one long word; write it in CamelCase, for example #{{suggestion}}.",
      useSpelling: "Write #{{spelling}}.",
    },
  },
  check(ctx) {
    for (const h of postHashtags(ctx.post)) {
      const reading = readHashtag(h.tag);
      if (!reading) continue;
      const start = h.range[1] - h.tag.length;
      // Offer an edit only where the tag is written as one piece in the file.
      const editable = ctx.post.raw.slice(start, h.range[1]) === h.tag;
      const suggestions: SuggestionDescriptor[] = reading.spellings.map((spelling) => ({
        messageId: "useSpelling",
        data: { spelling },
        ...(editable ? { fix: { range: [start, h.range[1]] as [number, number], text: spelling } } : {}),
      }));
      ctx.report({
        messageId: reading.certain ? "oneCase" : "oneCaseUnsure",
        data: { tag: h.tag, suggestion: reading.spellings[0] },
        range: h.range,
        ...(reading.certain && editable ? { fix: { range: [start, h.range[1]], text: reading.spellings[0] } } : {}),
        suggestions,
      });
    }
  },
});
