/**
 * personalized-medical-advice: a post that diagnoses, prescribes, doses, or tells one person to
 * start, stop or change a treatment, in public. Public-health education in the second person
 * ("You should get your flu shot", "If you have chest pain, call 911") is not flagged.
 *
 * How it decides, cheapest first:
 * 1. A screen on the raw prose: no "you/your", no @mention, no "DM/send me" => nothing to do.
 * 2. Who is addressed: a reply (the post opens with @handles), an @mention spoken to ("@jess you…"),
 *    a reader named ("Hi Sarah," / "Jess, your…"), "to the woman who asked…", "what you describe".
 * 3. What is said, sentence by sentence: a request for one person's health details ("DM me your
 *    labs"), a diagnosis ("sounds like you have shingles", "from your photo that's cellulitis"), one
 *    person's result read back ("your A1c of 9.2"), or, when someone is addressed, a medicine, dose
 *    or treatment change given as an instruction ("start Keflex 500 mg 4x/day").
 * compromise (`ctx.nlp`) is asked only about the few sentences that pass the screens: is the name a
 * person, is the verb a verb, is the sentence negated.
 */
import { defineRule } from "../src/rule.js";
import type { NlpDocument, Range, RuleContext } from "../src/types.js";
import {
  CONDITIONS,
  CONDITION_SUFFIXES,
  DEFAULT_DISCLAIMERS,
  DOSE_SCHEDULES,
  DOSE_UNITS,
  DRUGS,
  DRUG_STEMS,
  PROCEDURES,
  REFERRAL_TARGETS,
  SOLICITED,
  SYMPTOMS,
  TESTS,
  VACCINES,
  type StemGroup,
  type TermGroup,
} from "./data/personalized-medical-advice-terms.js";
import { NOT_PLAIN_CASE, StemMatcher, TermMatcher } from "./lib/terms.js";

interface Options {
  requireDisclaimer?: boolean;
  disclaimers?: string[];
}

// ---------------------------------------------------------------------------------------------
// Shared text helpers (also used by missing-source).

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** The alternation of a term list: longest first, a space matching spaces or a hyphen. */
export function alternation(terms: readonly string[]): string {
  const uniq = [...new Set(terms.map((t) => t.toLowerCase()))].sort((a, b) => b.length - a.length);
  return uniq.map((t) => escapeRe(t).replace(/ /g, "[ \\t-]")).join("|");
}

/** A whole-word, case-insensitive regex for the terms of some groups. */
export function termsRegex(groups: readonly TermGroup[], flags = "gi"): RegExp {
  const terms = groups.flatMap((g) => g.terms);
  const alt = alternation(terms);
  // `\b` first when every term starts with a word character: the same matches, and the engine
  // looks behind only at the start of a word instead of at every character.
  const before = terms.every((t) => /^\w/.test(t)) ? "\\b(?<!['’-])" : "(?<![\\w'’-])";
  return new RegExp(`${before}(?:${alt})(?![\\w-]|['’]\\w)`, flags);
}

/** A regex for words ending in one of the stems (at least three letters before it). */
function stemRegex(group: StemGroup): RegExp {
  return new RegExp(`\\b(?<!['’-])[a-z]{3,}(?:${alternation(group.stems)})s?(?![\\w-])`, "gi");
}

/** The first word of `s` starting in [from, to) that ends in a stem and is not an exception. */
function firstStemMatch(re: RegExp, except: ReadonlySet<string>, s: string, from = 0, to = s.length): [number, number, string] | null {
  re.lastIndex = from;
  for (let m = re.exec(s); m && m.index < to; m = re.exec(s)) {
    const w = m[0].toLowerCase();
    if (!except.has(w) && !except.has(w.replace(/s$/, ""))) return [m.index, m.index + m[0].length, m[0]];
  }
  return null;
}

/** Abbreviations after which a full stop does not end a sentence. */
const ABBREV = /(?:^|[\s(])(?:dr|mr|mrs|ms|st|vs|etc|e\.g|i\.e|no|approx|jr|sr|prof|inc|dept|u\.s|a\.m|p\.m|[a-z])\.$/i;

/** Is the UTF-16 code unit `c` one that `\s` matches? */
export function isSpaceCode(c: number): boolean {
  return (
    c === 32 ||
    (c >= 9 && c <= 13) ||
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/** Is the UTF-16 code unit `c` one that `\w` matches (ASCII letters, digits, _)? */
function isWordCode(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95;
}

/** " ' ” ’ ) after the end of a sentence. */
function isCloser(c: number): boolean {
  return c === 34 || c === 39 || c === 0x201d || c === 0x2019 || c === 41;
}

/** A run of . ! ? … and closing quotes, or a line break. Linear: it never fails once started. */
const SENTENCE_END_RE = /[.!?…]+["'”’)]*|\n/g;

/**
 * Sentence ranges of a text: split at line breaks and at a run of . ! ? … (and closing quotes)
 * followed by white space. The run is found whole and what follows it checked by hand: as a
 * lookahead (`/[.!?…]+["'”’)]*(?=\s)|\n/g`) a long run of full stops was gone over once from each
 * stop in it.
 */
export function sentenceRanges(text: string): Range[] {
  const out: Range[] = [];
  const push = (s: number, e: number) => {
    while (s < e && isSpaceCode(text.charCodeAt(s))) s++;
    while (e > s && isSpaceCode(text.charCodeAt(e - 1))) e--;
    if (e > s) out.push([s, e]);
  };
  let start = 0;
  SENTENCE_END_RE.lastIndex = 0;
  for (let m = SENTENCE_END_RE.exec(text); m; m = SENTENCE_END_RE.exec(text)) {
    const end = m.index + m[0].length;
    if (m[0] !== "\n") {
      // A stop that is not followed by white space ("3.5", "e.g.,") does not end a sentence.
      if (end >= text.length || !isSpaceCode(text.charCodeAt(end))) continue;
      if (m[0] === "." && ABBREV.test(text.slice(Math.max(start, m.index - 8), end))) continue;
    }
    push(start, end);
    start = end;
  }
  push(start, text.length);
  return out;
}

/** Is the sentence a question: `?`, then closing quotes, white space (`/\?\s*["'”’)]*\s*$/`)? */
export function isQuestion(s: string): boolean {
  let j = s.length;
  while (j > 0 && isSpaceCode(s.charCodeAt(j - 1))) j--;
  while (j > 0 && isCloser(s.charCodeAt(j - 1))) j--;
  while (j > 0 && isSpaceCode(s.charCodeAt(j - 1))) j--;
  return j > 0 && s.charCodeAt(j - 1) === 63;
}

const HASHTAG_BODY = /[\p{L}\p{M}_][\p{L}\p{M}\p{N}_]*/uy;
const HASHTAG_REST = /[\p{L}\p{M}\p{N}_]*/uy;

/** The length of the hashtag body at `at` (`HASHTAG_BODY`), by hand while it is ASCII; 0 if none. */
function hashtagBodyLength(text: string, at: number): number {
  const n = text.length;
  const c = at < n ? text.charCodeAt(at) : 0;
  if (c >= 128) {
    HASHTAG_BODY.lastIndex = at;
    return HASHTAG_BODY.exec(text)?.[0].length ?? 0;
  }
  if (!((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95)) return 0;
  let j = at + 1;
  while (j < n) {
    const d = text.charCodeAt(j);
    if (isWordCode(d)) j++;
    else if (d >= 128) {
      HASHTAG_REST.lastIndex = j;
      return j - at + HASHTAG_REST.exec(text)![0].length;
    } else break;
  }
  return j - at;
}

/**
 * The text with #hashtags blanked (same length): a topic tag is not something said to anyone.
 * As `text.replace(/(^|[^\w&/#])#([\p{L}\p{M}_][\p{L}\p{M}\p{N}_]*)/gu, …)`, found with indexOf.
 */
export function blankHashtags(text: string): string {
  let i = text.indexOf("#");
  if (i < 0) return text;
  let out = "";
  let last = 0;
  for (; i >= 0; i = text.indexOf("#", i + 1)) {
    // The character before is consumed by the pattern it replaces: not one the last tag ended on.
    if (i > 0 && (i === last || isWordCode(text.charCodeAt(i - 1)) || text[i - 1] === "&" || text[i - 1] === "/" || text[i - 1] === "#")) continue;
    const len = hashtagBodyLength(text, i + 1);
    if (len === 0) continue;
    out += text.slice(last, i) + " ".repeat(len + 1);
    last = i + 1 + len;
    i = last - 1;
  }
  return last === 0 ? text : out + text.slice(last);
}

/**
 * The text with #hashtags and @handles blanked (same length): what a post says, not whom it tags.
 * Handles as `/(?<![\w@.])@\w{1,30}/g`, after the hashtags.
 */
export function blankTagsAndHandles(text: string): string {
  const t = blankHashtags(text);
  let i = t.indexOf("@");
  if (i < 0) return t;
  let out = "";
  let last = 0;
  for (; i >= 0; i = t.indexOf("@", i + 1)) {
    if (i > 0 && (isWordCode(t.charCodeAt(i - 1)) || t[i - 1] === "@" || t[i - 1] === ".")) continue;
    let j = i + 1;
    while (j < t.length && j <= i + 30 && isWordCode(t.charCodeAt(j))) j++;
    if (j === i + 1) continue;
    out += t.slice(last, i) + " ".repeat(j - i);
    last = j;
    i = last - 1;
  }
  return last === 0 ? t : out + t.slice(last);
}

// ---------------------------------------------------------------------------------------------
// Vocabulary.

/**
 * `s` lower-cased, or null where lower-casing is not what the `i` flag does (NOT_PLAIN_CASE): the
 * last one is kept, as a sentence is looked up in several lists.
 */
let lastCased = "";
let lastLower: string | null = "";
function lowerOf(s: string): string | null {
  if (s !== lastCased) {
    lastLower = NOT_PLAIN_CASE.test(s) ? null : s.toLowerCase();
    lastCased = s;
  }
  return lastLower;
}

/**
 * A term list: looked up word by word (`TermMatcher`, built on first use), as `termsRegex(groups)`
 * would match; the regex itself only for a text that lower-casing does not fold as `i` does.
 */
class Vocabulary {
  private matcher: TermMatcher | undefined;
  private re: RegExp | undefined;
  constructor(private readonly groups: readonly TermGroup[]) {}
  /** The first term at or after `from` in `s`: [start, end], or null. */
  first(s: string, from = 0): [number, number] | null {
    const lower = lowerOf(s);
    if (lower !== null) return (this.matcher ??= new TermMatcher(this.groups.flatMap((g) => g.terms))).first(lower, from);
    const re = (this.re ??= termsRegex(this.groups));
    re.lastIndex = from;
    const m = re.exec(s);
    return m ? [m.index, m.index + m[0].length] : null;
  }
}

/** Words ending in a stem (`stemRegex`), but not the exceptions. */
class Stems {
  private matcher: StemMatcher | undefined;
  private re: RegExp | undefined;
  private readonly except: ReadonlySet<string>;
  constructor(private readonly group: StemGroup) {
    this.except = new Set(group.except);
  }
  /** The first word of `s` starting in [from, to) that ends in a stem and is not an exception. */
  first(s: string, from = 0, to = s.length): [number, number, string] | null {
    const lower = lowerOf(s);
    if (lower === null) return firstStemMatch((this.re ??= stemRegex(this.group)), this.except, s, from, to);
    const matcher = (this.matcher ??= new StemMatcher(this.group.stems));
    for (let r = matcher.first(lower, from); r && r[0] < to; r = matcher.first(lower, r[1])) {
      const w = lower.slice(r[0], r[1]);
      if (!this.except.has(w) && !this.except.has(w.replace(/s$/, ""))) return [r[0], r[1], s.slice(r[0], r[1])];
    }
    return null;
  }
}

const CONDITION_TERMS = new Vocabulary(CONDITIONS);
const CONDITION_STEMS = new Stems(CONDITION_SUFFIXES);
const SYMPTOM_TERMS = new Vocabulary(SYMPTOMS);
const DRUG_TERMS = new Vocabulary(DRUGS);
const DRUG_STEM_WORDS = new Stems(DRUG_STEMS);
const TEST_ALT = alternation(TESTS.flatMap((g) => g.terms));
const VACCINE_TERMS = new Vocabulary([VACCINES]);
const REFERRAL_ALT = alternation(REFERRAL_TARGETS.terms);
const SOLICITED_ALT = alternation(SOLICITED.flatMap((g) => g.terms));
const UNIT_ALT = alternation(DOSE_UNITS.terms);

const NUM = String.raw`\d+(?:[.,]\d+)?`;
const DOSE_RE = new RegExp(
  String.raw`(?<![\w.])${NUM}(?:\s?-\s?${NUM})?\s?(?:${UNIT_ALT})(?![\w])|(?<![\w.])(?:${alternation(DOSE_SCHEDULES.terms)})(?![\w])|` +
    String.raw`(?<![\w.])\d\s?x\s?(?:\/\s?|a\s|per\s)?(?:day|daily|d|week|wk)\b|\b(?:once|twice|three times|four times|\d times)\s+(?:a|per|each|every)\s+(?:day|night|week)\b|` +
    String.raw`\bevery\s+\d+(?:\s?-\s?\d+)?\s+hours?\b|\b(?:at bedtime|before bed|with meals)\b`,
  "gi",
);

/** Words a treatment instruction starts with. */
const TREATMENT_VERBS =
  "start|stop|take|try|use|apply|double|triple|halve|increase|decrease|reduce|lower|raise|bump|cut|skip|switch|swap|taper|quit|hold|restart|resume|continue|keep taking|come off|go off|get off|get on|go on|stay on|be on|wean|add|drop|up|give|put|rub|ice|avoid|pop|feed|rinse|drink|eat|ask for|ask about|get|grab|pick up|buy|request|rest|stretch";
/** Verbs that need a medicine or dose after them to be a treatment ("get", "ask for"). */
const WEAK_VERBS = /^(?:up|drop|add|give|put|pop|ask for|ask about|get|grab|pick up|buy|request|use|apply|drink|eat|rinse|be on|get on|go on|stay on|rest|stretch)$/i;
const DIRECTIVE_RE = new RegExp(
  String.raw`(?:^|[,;:(—–-]\s*|\b(?:and|then|so|just|please|pls|definitely|maybe|also|now|i'?d|i would|i'?ll|(?:you|he|she|they)(?:'d| should| need to| needs to| must| have to| has to| can| could| might want to| may want to| want to| ought to| gotta| will need to| will have to)|no need to|don'?t|do not|never|i(?:'d| would)? (?:recommend|suggest|advise)(?: (?:that )?(?:you|he|she|they))?|my advice(?: is)?(?: to)?|go ahead and|make sure (?:you|to))\s+)(${TREATMENT_VERBS})\b`,
  "gi",
);
/** "you need antibiotics", "he needs a biopsy", "you should be on a statin". */
const NEED_RE =
  /\b(?:you|he|she|they|(?:your|ur)\s+\w+)\s+(?:really\s+|definitely\s+|probably\s+|likely\s+|just\s+|still\s+|absolutely\s+)?(?:need|needs|should be on|should get|must get|will need|'ll need)\b/gi;
/** Common objects that make a treatment verb something else ("stop by", "take a look"); sticky, tried where the verb ends. */
const NOT_TREATMENT =
  /\s*(?:by|in|over|a look|a moment|a minute|time|care|a seat|a break|part|advantage|the stairs|a walk|a deep breath|our|the app|this recipe|the link|the portal|code|a call|it easy|a few minutes|a day off|the day off|some time)\b/iy;
const REFERRAL_RE = new RegExp(
  String.raw`\b(?:talk|speak|ask|see|call|check|contact|consult|visit|book|schedule|message|text|email|follow up|reach out|head|go|get)\s+(?:in\s+)?(?:with\s+|to\s+|in with\s+)?(?:(?:your|a|an|the|our|one of our)\s*)?(?:own\s+)?(?:${REFERRAL_ALT})\b`,
  "gi",
);

/** A request for one person's health details. */
const SOLICIT_RE = new RegExp(
  String.raw`\b(?:(?:dm|pm|inbox|direct message|message)(?:\s+(?:me|us))?|(?:send|email|e-mail|text|post|share|drop|upload|attach|show|tell|list)\s+(?:me|us)|comment(?:\s+below)?\s+with|(?:drop|post|list|share|upload|put)(?=\s+(?:your|ur|a|an)\s+[\w\s-]{1,40}\b(?:below|in the comments|in comments|in the replies)))\s+(?:(?:a|an|some|the)\s+)?` +
    String.raw`(?:(?:(?:photo|pic|picture|image|video|screenshot|copy|list)s?|close-?up)\s+of\s+)?(?:your|ur|the|that|those)\s+(${SOLICITED_ALT}|photos?|pics?|pictures?|images?)\b`,
  "gi",
);
const SOLICIT_PICTURE_ONLY = /^(?:photos?|pics?|pictures?|images?)$/i;

/** "based on your photo", "from your labs": reading one person's own material. */
const FROM_YOURS_RE =
  /\b(?:based on|from|looking at|judging (?:by|from)|after (?:seeing|looking at|reviewing)|going by|per)\s+(?:your|ur|the)\s+(?:(?:photos?|pics?|pictures?|images?|video|description|symptoms|labs?|lab results|results|bloodwork|blood work|x-?rays?|scans?|mri|ct|numbers|message|dm|comment|post)\b)/gi;

/** A diagnosis spoken to someone: "sounds like you have", "that's probably", "you likely have". */
const SOUNDS_LIKE_RE =
  /\b(?:sounds|looks|seems|feels)\s+(?:to me\s+)?like\s+(you(?:'ve|\s+have|\s+got|\s+might have|\s+may have|'re dealing with|\s+are dealing with|'re having)?|it'?s|that'?s|it\s+is|this\s+is)?/gi;
const YOU_HAVE_RE =
  /\b(?:you|(he|she|they|(?:your|ur)\s+(?:son|daughter|kid|child|baby|toddler|dad|father|mom|mum|mother|husband|wife|partner|grandma|grandpa|grandmother|grandfather)))\s+(?:(most likely|probably|likely|definitely|clearly|certainly|almost certainly|might|may|could|just)\s+)?(?:have|has|'ve got|have got|'s got|has got|got|are dealing with|'re dealing with|is dealing with)\b/gi;
const THAT_IS_RE =
  /\b(?:that|this|it)(?:'s|\s+is|\s+looks|\s+sounds)\s+(?:like\s+)?(?:(?:a|an)\s+)?(?:(?:classic|textbook|probably|likely|definitely|almost certainly|most likely|clearly)\s+)?(?:(?:a|an)\s+)?/gi;

/** One person's result read back. */
const YOUR_RESULT_RE = new RegExp(
  String.raw`\b(?:your|ur|his|her)\s+(?:(?:son|daughter|kid|child|baby|dad|father|mom|mum|mother|husband|wife|partner)['’]s\s+)?(?:recent\s+|latest\s+|last\s+)?(${TEST_ALT})\s+(?=((?:(?:is|was|were|are|of|at|came back|come back|shows?|showed|looks?|looked|reading|level|levels|number|numbers|results?)\s+)+))\2(?:(?:still|a bit|slightly|very|really|way|too|pretty|quite|now|around|about|only|just|a|an|at)\s+)*(${NUM}(?:\s?\/\s?\d+)?|high|low|elevated|normal|borderline|abnormal|fine|concerning|great|good|bad|off|positive|negative|prediabetic|diabetic|perfect|ok|okay|worrying|worse|better)\b`,
  "gi",
);

const NEGATION_RE = /\b(?:never|don'?t|do not|doesn'?t|won'?t|will not|not|no one|nobody|shouldn'?t|should not|can'?t|cannot|avoid)\b/i;
const CONDITIONAL_RE = /\b(?:if|when|whenever|whether|unless|in case|anyone who|anybody who|those who|people who|everyone who|someone who|ask yourself)\b/i;
const GENERIC_AUDIENCE_RE =
  /\b(?:everyone|anyone|anybody|all of you|folks|parents|adults|kids|patients|people|women|men|seniors|teens|families|y'?all|friends)\b/i;

/** The spans of "talk to your doctor" and the like in a sentence: a referral, never the advice itself. */
function referralSpans(sentence: string): Range[] {
  const out: Range[] = [];
  REFERRAL_RE.lastIndex = 0;
  for (let m = REFERRAL_RE.exec(sentence); m; m = REFERRAL_RE.exec(sentence)) out.push([m.index, m.index + m[0].length]);
  return out;
}

// ---------------------------------------------------------------------------------------------

interface Target {
  kind: "reply" | "mention" | "name" | "conversation";
  range: Range;
  label: string;
}

interface Clinical {
  start: number;
  end: number;
  what: string;
}

function firstMatch(re: RegExp, s: string, from = 0): RegExpExecArray | null {
  re.lastIndex = from;
  return re.exec(s);
}

const GAP_WORDS =
  /^(?:a|an|the|some|pretty|really|very|bad|mild|severe|classic|textbook|case|of|touch|early|acute|chronic|viral|bacterial|nasty|probably|likely|definitely|possibly|minor|small|little|bit|kind|sort|form|type|hairline|full|partial|seasonal|common|typical|simple|to|me|just|another|yet|still|such|like|flare|flare-up|bout|mild-to-moderate|moderate)$/i;

const BREAKERS =
  /^(?:about|for|with|that|this|these|those|questions?|new|your|our|my|his|her|their|and|or|but|in|on|at|from|by|what|how|why|when|who|is|are|was|were|be|not|no|any|more|less|great|good|fun|time|day|lot|lots|plenty|way|plan|chance|right)$/i;

const HEAD_NOUN_RE = /^(?:syndrome|disease|disorder|infection|deficiency|fracture|tear|sprain|strain)$/i;

/**
 * A condition named right after a phrase ("sounds like [a bad case of] shingles"), with at most
 * two other words before a generic head ("IT band syndrome").
 */
function conditionAfter(s: string, from: number): Clinical | null {
  const cond = conditionIn(s, from, Math.min(s.length, from + 60));
  if (!cond) return null;
  const words = s.slice(from, cond.start).split(/[\s,]+/).filter(Boolean);
  const other = words.filter((w) => !GAP_WORDS.test(w));
  const head = HEAD_NOUN_RE.test(cond.what);
  const plain = other.every((w) => /^[\w'-]+$/.test(w) && !BREAKERS.test(w));
  if (other.length === 0 || (plain && other.length <= (head ? 2 : 1))) return cond;
  return null;
}

/** The first condition that starts in [from, to) of `s` (a word read whole, even past `to`). */
function conditionIn(s: string, from = 0, to = s.length): Clinical | null {
  const m = CONDITION_TERMS.first(s, from);
  let best: Clinical | null = m && m[0] < to ? { start: m[0], end: m[1], what: s.slice(m[0], m[1]) } : null;
  const stem = CONDITION_STEMS.first(s, from, to);
  if (stem && (!best || stem[0] < best.start)) best = { start: stem[0], end: stem[1], what: stem[2] };
  return best;
}

function drugIn(s: string): Clinical | null {
  const m = DRUG_TERMS.first(s);
  let best: Clinical | null = m ? { start: m[0], end: m[1], what: `the medicine '${s.slice(m[0], m[1])}'` } : null;
  const stem = DRUG_STEM_WORDS.first(s);
  if (stem && (!best || stem[0] < best.start)) best = { start: stem[0], end: stem[1], what: `the medicine '${stem[2]}'` };
  return best;
}

const PROCEDURE_TERMS = new Vocabulary(PROCEDURES);
function procedureIn(s: string): Clinical | null {
  const m = PROCEDURE_TERMS.first(s);
  return m ? { start: m[0], end: m[1], what: `'${s.slice(m[0], m[1])}'` } : null;
}

/** DOSE_RE without `i`, for lower-cased text (built on first use). */
let doseLower: RegExp | undefined;
function doseIn(s: string): Clinical | null {
  const lower = lowerOf(s);
  const m = lower !== null ? firstMatch((doseLower ??= new RegExp(DOSE_RE.source, "g")), lower) : firstMatch(DOSE_RE, s);
  return m ? { start: m.index, end: m.index + m[0].length, what: `the dose '${s.slice(m.index, m.index + m[0].length).trim()}'` } : null;
}

const YOUR_TREATMENT_RE =
  /\b(?:your|ur)\s+(?:meds|medicine|medication|medications|dose|dosage|prescription|pills|insulin|inhaler|antibiotics?|statin|blood pressure (?:meds|medication|pills)|bp meds)\b/gi;

/**
 * compromise, asked at most NLP_BUDGET times for one post: a parse costs milliseconds, and a long
 * or hostile post must not turn every sentence into one. Past the budget `ask` returns null and the
 * caller takes the answer that needs no parse.
 */
const NLP_BUDGET = 24;
interface Nlp {
  ask(text: string): NlpDocument | null;
  /** Counts a question whose answer does not matter (as `ask` would, without the parse). */
  spend(): void;
}
function nlpBudget(ctx: RuleContext<Options>): Nlp {
  let left = NLP_BUDGET;
  // A post that repeats a sentence asks about it again: one parse (the budget counts each question).
  const asked = new Map<string, NlpDocument>();
  return {
    ask(text) {
      if (left <= 0) return null;
      left--;
      let doc = asked.get(text);
      if (doc === undefined) {
        doc = ctx.nlp(text);
        asked.set(text, doc);
      }
      return doc;
    },
    spend() {
      if (left > 0) left--;
    },
  };
}

const RETWEET_RE = /^\s*(?:RT|MT)\b/i;
const LEAD_RE = /^\s*((?:@\w{1,30}[\s,:]*)+)/;
const MENTION_RE = /(?<![\w@.])(\.?)@(\w{1,30})/g;
const CREDIT_BEFORE = /\b(?:rt|mt|via|by|from|cc|h\/t|ht|with|and|to|thanks to|ft|feat|featuring|of|at|on|for|says|per|@)\s*:?\s*$/i;
const THANKS_BEFORE = /\b(?:thanks|thank you)\s*$/i;
const CREDIT_AFTER = /^(?::|['’]s\b|\s+(?:says|said|reports|shares|explains|writes|notes|joins|answers|will|is|was|has|and|&))/i;
const SPOKEN_AFTER = /^[\s,!—–-]*(?:you|your|u|ur|yours|pls|please|i'?d|i would|i think|sounds|looks|that'?s|it'?s)\b/i;
const GREETING_BEFORE = /\b(?:hi|hey|hello|dear|thanks|thank you|ok|okay|yes|no|sorry|so sorry)\s*,?\s*$/i;

/**
 * A capitalised word and a comma (or dash): "Tom, …", "hey Sarah, …". The greeting before it and
 * where it stands (the start of the text, of a line, or after . ! ? : ;) are checked by hand
 * (`nameStandsFirst`): as a prefix of the pattern, a run of spaces there was gone over from each of
 * its characters.
 */
const NAME_CANDIDATE_RE = /\b([A-Z][a-z]{2,15})\s*[,—–-]/g;
/** A greeting that ends where a name's white space starts ("hey Sarah,"). */
const GREETING_END = /(?:hi|hey|hello|dear|thanks|thank you|sorry)$/;
/** What a reader addressed by name is told: "Jess, your…", "Tom, that's gout". */
const NAME_SPOKEN_TO = /\s+(?:you|your|u|ur|i'?d|i would|i think|it|that|this|sounds|looks|based|from|start|stop|take|try|double|increase|decrease|keep|go|definitely|yes|no)\b/y;
const NOT_A_NAME =
  /^(?:there|everyone|everybody|all|friends|folks|team|yes|no|sorry|today|tonight|now|well|also|again|honestly|remember|reminder|parents|moms|dads|ladies|guys|okay|ok|thanks|update|please|note|fyi|friday|monday|tuesday|wednesday|thursday|saturday|sunday|spring|summer|fall|winter)$/i;

/**
 * Does the word at `at` open the text, a line or a sentence: only white space before it, back to
 * the start of the text, a line break, or . ! ? : ; (as `(?:^|[.!?:;]\s+|\n)\s*`)?
 */
function nameStandsFirst(text: string, at: number): boolean {
  let j = at;
  let newline = false;
  while (j > 0 && isSpaceCode(text.charCodeAt(j - 1))) {
    if (text.charCodeAt(j - 1) === 10) newline = true;
    j--;
  }
  if (j === 0 || newline) return true;
  return j < at && /[.!?:;]/.test(text[j - 1]);
}

interface NameCandidate {
  name: string;
  start: number;
  greeted: boolean;
}

/** Capitalised words with a comma that open a sentence; `spokenTo` also asks for the words after. */
function* nameCandidates(text: string, spokenTo: boolean): Generator<NameCandidate> {
  NAME_CANDIDATE_RE.lastIndex = 0;
  for (let m = NAME_CANDIDATE_RE.exec(text); m; m = NAME_CANDIDATE_RE.exec(text)) {
    const start = m.index;
    if (spokenTo) {
      NAME_SPOKEN_TO.lastIndex = m.index + m[0].length;
      if (!NAME_SPOKEN_TO.test(text)) continue;
    }
    // A greeting and white space before the name, the greeting where a sentence starts: "hey Sarah,".
    let j = start;
    while (j > 0 && isSpaceCode(text.charCodeAt(j - 1))) j--;
    const greeting = j < start ? GREETING_END.exec(text.slice(Math.max(0, j - 9), j)) : null;
    if (greeting && nameStandsFirst(text, j - greeting[0].length)) yield { name: m[1], start, greeted: true };
    else if (nameStandsFirst(text, start)) yield { name: m[1], start, greeted: false };
  }
}

/** The first person a post speaks to: a reply, an @mention spoken to, a reader named, a conversation. */
function firstTarget(ctx: RuleContext<Options>, nlp: Nlp, text: string): Target | null {
  if (!RETWEET_RE.test(text)) {
    const lead = LEAD_RE.exec(text);
    if (lead) {
      const s = lead[0].indexOf("@");
      const handle = /@\w+/.exec(lead[1])![0];
      return { kind: "reply", range: [s, s + handle.length], label: `@${ctx.mask(handle.slice(1))} in a reply` };
    }
    if (text.includes("@")) {
      MENTION_RE.lastIndex = 0;
      for (let m = MENTION_RE.exec(text); m; m = MENTION_RE.exec(text)) {
        const start = m.index + m[1].length;
        const before = text.slice(Math.max(0, start - 24), start);
        const after = text.slice(start + m[0].length - m[1].length, start + m[0].length - m[1].length + 24);
        if (CREDIT_BEFORE.test(before) && !THANKS_BEFORE.test(before)) continue;
        if (CREDIT_AFTER.test(after)) continue;
        if (SPOKEN_AFTER.test(after) || GREETING_BEFORE.test(before)) {
          const handle = "@" + m[2];
          return { kind: "mention", range: [start, start + handle.length], label: `@${ctx.mask(handle.slice(1))} by @mention` };
        }
      }
    }
  }
  // A reader addressed by name: "hey Sarah, your…" or "Jess, your…" (compromise decides whether
  // a name without a greeting is a person's).
  for (const c of nameCandidates(text, true)) {
    if (NOT_A_NAME.test(c.name)) continue;
    if (!c.greeted && !(nlp.ask(c.name)?.has("#Person") ?? false)) continue;
    return { kind: "name", range: [c.start, c.start + c.name.length], label: "a reader by name" };
  }
  CONVERSATION_RE.lastIndex = 0;
  const m = CONVERSATION_RE.exec(text);
  if (m) return { kind: "conversation", range: [m.index, m.index + m[0].length], label: "one person, answered in public" };
  return null;
}

const CONVERSATION_RE =
  /\b(?:replying to\b|in reply to\b|to the (?:woman|man|mom|mum|dad|person|patient|lady|guy|gentleman|parent|reader|follower|one|nurse|student|friend)\s+who\s+(?:asked|messaged|dm'?d|wrote|commented|emailed|reached out|sent|posted|tagged)|(?:from )?what you(?:'re| are)? (?:describe|describing|described|wrote|said|mentioned)|you (?:mentioned|described|said) (?:your|you|that)|thanks for (?:asking|your question|reaching out|sharing your)|(?:your|ur) (?:question|dm|message|comment)\b)/gi;

interface Act {
  range: Range;
  messageId: "solicit" | "personalAdvice";
  what: string;
  /** The act names one person by itself (no @mention needed). */
  standalone: boolean;
}

/**
 * The words LINKED_RE and YOUR_RESULT_RE link or read back: each match holds one, with white space
 * on both sides, so until a sentence holds one the patterns are not compiled (once they are, a
 * search costs less than the look-up: `linkedUsed`, `resultUsed`).
 */
const LINKED_TERMS = new Vocabulary([...SYMPTOMS, ...TESTS, { source: "LINKED_RE", terms: ["symptoms", "numbers"] }]);
const TEST_TERMS = new Vocabulary(TESTS);
let linkedUsed = false;
let resultUsed = false;

/** "those symptoms are anxiety", "your EKG shows AFib", "the swelling in your ankle is a sprain". */
const LINKED_RE = new RegExp(
  String.raw`\b(?:your|ur|those|these|that|this|the|his|her)\s+(?:[\w'-]+\s+){0,2}?(?:${alternation([...SYMPTOMS.flatMap((g) => g.terms), ...TESTS.flatMap((g) => g.terms), "symptoms", "numbers"])})(?:\s+(?:in|on|of)\s+(?:your|his|her|the)\s+[\w'-]+)?\s+(?:is|are|was|were|=|say|says|shows?|showed|points? to|suggests?|means?|indicates?|confirms?)\s+`,
  "gi",
);

/** A negation between two offsets ("it's not the flu", "doesn't sound like"). */
function negatedBetween(s: string, from: number, to: number): boolean {
  return /\b(?:not|never|no|isn'?t|aren'?t|doesn'?t|don'?t|wasn'?t|rule[ds]? out|unlikely)\b|n't\b/i.test(s.slice(from, to));
}

/** "photo", "pics": a picture asked for, clinical only in context. */
const PICTURE_CONTEXT_RE = /\b(?:take a look|have a look|tell you|let you know|what it is|diagnos|assess|check it)\b/i;
/** Objects of a request that are clinical only when someone is addressed or a condition named. */
const VAGUE_OBJECT_RE =
  /^(?:history|situation|case|records|chart|skin|eye|ear|foot|feet|teeth|tooth|throat|tongue|gums|nail|toenail|numbers|results|prescription|prescriptions|meds|medications)$/i;
const WE_WILL_RE = /\b(?:i'?ll|we'?ll|i can|we can|i will|we will)\b/i;
const SHOULD_BE_RE = /\b(?:should|must|needs? to|ought to)\s+be\b/i;
const HEDGES_THAT_DO_NOT_DIAGNOSE = /^(?:might|may|could|just)$/i;
const YOU_WORD_RE = /\b(?:your|ur|you)\b/i;
const SAFE_WITH_RE =
  /\b(?:is|are|'s)\s+(?:fine|safe|ok|okay|good)\s+(?:to take|with|for you)\b|\byou(?:'re| are)\s+(?:fine|safe|ok|okay)\s+to\s+(?:take|use|stop|start)\b/i;
const REFERRAL_BEFORE_RE = /\b(?:whether|if|ask|check)\b/i;
/** Words before a treatment verb that leave it possibly a noun ("Stop signs", "and drink specials"). */
const WEAK_LEAD_RE = /^(?:[,;:(—–-]|and|then|so|just|definitely|maybe|also|now)?$/i;
/** The word after a treatment verb. */
const NEXT_WORD_RE = /\s+([\w'’-]+)/y;
/** Words that put the word before them in a verb's place: an object ("stop the…", "start taking…"). */
const OBJECT_WORD_RE = /^(?:your|ur|yours|the|a|an|his|her|their|them|him|it|this|that|these|those|some|any|all|my|our|one|two|\d.*|[a-z]{2,}ing)$/i;
/** Verbs compromise may read as nouns that are treatment verbs all the same. */
const VERB_ANYWAY_RE = /^(?:up|ice|double|halve|taper|wean|pop|rest|stretch)$/i;
const NEGATION_WORDS_RE = /\b(?:never|avoid|no one|nobody)\b/i;
/**
 * Negations compromise always tags #Negative (checked on every such sentence of the fixtures, the
 * benchmark corpus and the evaluation set): no parse needed. A bare "not" is left to compromise
 * ("not only", "whether or not").
 */
const SURE_NEGATION_RE = /\b(?:don't|won't|can't|shouldn't|doesn't|cannot|do not|will not|should not)\b/i;

/** The clinical acts of one sentence (`s` is the sentence with hashtags blanked). */
function actsIn(nlp: Nlp, s: string, base: number, targeted: boolean): Act[] {
  const acts: Act[] = [];
  // Facts about the whole sentence, found once and only when asked: a loop over the matches of one
  // pattern must not go over the whole sentence again for each (a long unpunctuated post is one
  // "sentence").
  let conditionalMemo: boolean | undefined;
  const conditional = () => (conditionalMemo ??= CONDITIONAL_RE.test(s));
  let questionMemo: boolean | undefined;
  const question = () => (questionMemo ??= isQuestion(s));
  let genericMemo: boolean | undefined;
  const generic = () => (genericMemo ??= GENERIC_AUDIENCE_RE.test(s));
  let conditionMemo: Clinical | null | undefined;
  const condition = () => (conditionMemo === undefined ? (conditionMemo = conditionIn(s)) : conditionMemo);
  let clinicalPictureMemo: boolean | undefined;
  const clinicalPicture = () =>
    (clinicalPictureMemo ??= condition() !== null || SYMPTOM_TERMS.first(s) !== null || PICTURE_CONTEXT_RE.test(s));
  // compromise reads at most a window of the sentence around what was found: a parse costs
  // milliseconds per sentence, and a "sentence" may be a whole unpunctuated post.
  const window = (at: number) => (s.length <= 400 ? s : s.slice(Math.max(0, at - 200), at + 200));
  const negated = (at: number) => {
    const w = window(at);
    if (!NEGATION_RE.test(w)) return false;
    return NEGATION_WORDS_RE.test(w) || SURE_NEGATION_RE.test(w) || (nlp.ask(w)?.has("#Negative") ?? true);
  };
  const range: Range = [base, base + s.length];

  // 1. A request for one person's health details.
  for (let m = firstMatch(SOLICIT_RE, s); m; m = SOLICIT_RE.exec(s)) {
    const object = m[1];
    const pictureOnly = SOLICIT_PICTURE_ONLY.test(object);
    if (pictureOnly && !targeted && !clinicalPicture()) continue;
    if (VAGUE_OBJECT_RE.test(object) && !targeted && !condition() && !WE_WILL_RE.test(s)) continue;
    if (negated(m.index)) continue;
    acts.push({ range, messageId: "solicit", what: `their ${object.toLowerCase()}`, standalone: true });
    return acts;
  }

  if (!targeted && question()) return acts;

  // 2. A diagnosis.
  for (let m = firstMatch(SOUNDS_LIKE_RE, s); m; m = SOUNDS_LIKE_RE.exec(s)) {
    const cond = conditionAfter(s, m.index + m[0].length);
    if (!cond) continue;
    const personal = m[1] !== undefined && /^you/i.test(m[1]);
    if (conditional() || question() || negatedBetween(s, Math.max(0, m.index - 12), cond.end)) continue;
    if (!targeted && !personal) continue;
    acts.push({ range, messageId: "personalAdvice", what: `the diagnosis '${cond.what}'`, standalone: personal });
    return acts;
  }
  for (let m = firstMatch(YOU_HAVE_RE, s); m; m = YOU_HAVE_RE.exec(s)) {
    const cond = conditionAfter(s, m.index + m[0].length);
    if (!cond) continue;
    if (conditional() || question() || negatedBetween(s, Math.max(0, m.index - 12), cond.end)) continue;
    if (m[1] !== undefined && !targeted) continue;
    const hedged = m[1] === undefined && m[2] !== undefined && !HEDGES_THAT_DO_NOT_DIAGNOSE.test(m[2]);
    if (!targeted && !hedged) continue;
    if (!targeted && generic()) continue;
    acts.push({ range, messageId: "personalAdvice", what: `the diagnosis '${cond.what}'`, standalone: hedged });
    return acts;
  }
  const fromYours = firstMatch(FROM_YOURS_RE, s);
  if (targeted || fromYours) {
    for (let m = firstMatch(THAT_IS_RE, s); m; m = THAT_IS_RE.exec(s)) {
      const cond = conditionAfter(s, m.index + m[0].length);
      if (!cond) continue;
      if (conditional() || negatedBetween(s, m.index, cond.end)) continue;
      acts.push({ range, messageId: "personalAdvice", what: `the diagnosis '${cond.what}'`, standalone: fromYours !== null });
      return acts;
    }
  }

  if (targeted) {
    linkedUsed ||= LINKED_TERMS.first(s) !== null;
    for (let m = linkedUsed ? firstMatch(LINKED_RE, s) : null; m; m = LINKED_RE.exec(s)) {
      const cond = conditionAfter(s, m.index + m[0].length);
      if (!cond) continue;
      if (conditional() || negatedBetween(s, m.index, cond.end)) continue;
      acts.push({ range, messageId: "personalAdvice", what: `the diagnosis '${cond.what}'`, standalone: false });
      return acts;
    }
  }

  // 3. One person's result read back.
  resultUsed ||= TEST_TERMS.first(s) !== null;
  for (let m = resultUsed ? firstMatch(YOUR_RESULT_RE, s) : null; m; m = YOUR_RESULT_RE.exec(s)) {
    const numeric = /\d/.test(m[3]);
    if (conditional() || question()) continue;
    if (SHOULD_BE_RE.test(m[0])) continue;
    if (!targeted && !numeric && !fromYours) continue;
    if (!targeted && generic()) continue;
    acts.push({ range, messageId: "personalAdvice", what: `their ${m[1].toLowerCase()} result`, standalone: numeric });
    return acts;
  }

  // 4. A medicine, dose or treatment change given as an instruction. Never standalone: only where
  // someone is addressed.
  if (!targeted) return acts;
  const drug = drugIn(s);
  const dose = doseIn(s);
  const yourTreatment = firstMatch(YOUR_TREATMENT_RE, s);
  const cond = condition();
  const vaccineOnly = !drug && !dose && VACCINE_TERMS.first(s) !== null;
  if (vaccineOnly) return acts;
  const thing: Clinical | null = dose ?? drug ?? (yourTreatment ? { start: yourTreatment.index, end: yourTreatment.index + yourTreatment[0].length, what: `'${yourTreatment[0]}'` } : null);
  const procedure = procedureIn(s);
  const about =
    thing ??
    (cond && YOU_WORD_RE.test(s) ? { ...cond, what: `the condition '${cond.what}'` } : null) ??
    (procedure && firstMatch(NEED_RE, s) ? procedure : null);
  if (!about) return acts;
  let directive = false;
  let referrals: Range[] | undefined;
  let r = 0;
  for (let m = firstMatch(DIRECTIVE_RE, s); m; m = DIRECTIVE_RE.exec(s)) {
    const verbAt = m.index + m[0].length - m[1].length;
    const verbEnd = m.index + m[0].length;
    // "Talk to your doctor about…": the verb inside a referral.
    referrals ??= referralSpans(s);
    while (r < referrals.length && referrals[r][1] <= verbAt) r++;
    let referral = false;
    for (let q = r; q < referrals.length && referrals[q][0] <= verbAt + 2; q++) if (referrals[q][1] > verbAt) referral = true;
    if (referral) continue;
    // "up", "get" and the like are treatment verbs only before a dose or a medicine.
    if (WEAK_VERBS.test(m[1]) && !drug && !dose) continue;
    NOT_TREATMENT.lastIndex = verbEnd;
    if (NOT_TREATMENT.test(s)) continue;
    if (!/\s/.test(m[1]) && WEAK_LEAD_RE.test(m[0].slice(0, m[0].length - m[1].length).trim()) && !verbPlace(s, verbEnd, [drug, dose, thing])) {
      // A verb at the start of a sentence, or after "and": compromise says whether it is one
      // (not asked about the verbs taken as verbs whatever it says).
      if (VERB_ANYWAY_RE.test(m[1])) nlp.spend();
      else {
        const doc = nlp.ask(window(m.index));
        const verb = doc?.match(m[1]);
        if (verb && verb.found && !verb.has("#Verb")) continue;
      }
    }
    directive = true;
    break;
  }
  if (!directive) {
    let procedureAfter: [number, number] | null | undefined;
    for (let m = firstMatch(NEED_RE, s); m; m = NEED_RE.exec(s)) {
      const end = m.index + m[0].length;
      NOT_TREATMENT.lastIndex = end;
      if (NOT_TREATMENT.test(s)) continue;
      if (thing && thing.start >= m.index) directive = true;
      else {
        // The first procedure after the need, found again only when the last one found is behind.
        if (procedureAfter === undefined || (procedureAfter !== null && procedureAfter[0] < end)) procedureAfter = PROCEDURE_TERMS.first(s, end);
        if (procedureAfter) directive = true;
      }
      if (directive) break;
    }
  }
  if (!directive && thing) {
    // "ibuprofen is fine with your lisinopril", "you can take 400 mg"
    const ok = SAFE_WITH_RE.exec(s);
    // "Ask your pharmacist whether ibuprofen is OK…" is a referral, not a verdict.
    directive = ok !== null && !REFERRAL_BEFORE_RE.test(s.slice(0, ok.index));
  }
  if (!directive) return acts;
  if (conditional() && !thing) return acts;
  acts.push({ range, messageId: "personalAdvice", what: about.what, standalone: false });
  return acts;
}

/**
 * Is the word that ends at `verbEnd` in a verb's place: followed by an object (a determiner, a
 * pronoun, a number, an -ing form) or by the medicine or dose itself ("Start metformin…")?
 */
function verbPlace(s: string, verbEnd: number, things: ReadonlyArray<Clinical | null>): boolean {
  NEXT_WORD_RE.lastIndex = verbEnd;
  const next = NEXT_WORD_RE.exec(s);
  if (!next) return false;
  const at = verbEnd + next[0].length - next[1].length;
  return OBJECT_WORD_RE.test(next[1]) || things.some((t) => t !== null && t.start === at);
}

function trimRange(text: string, r: Range): Range {
  let [s, e] = r;
  while (s < e && isSpaceCode(text.charCodeAt(s))) s++;
  while (e > s && isSpaceCode(text.charCodeAt(e - 1))) e--;
  return [s, e];
}

const HEALTH_INFO_GROUPS = [...CONDITIONS, ...DRUGS, ...TESTS.map((g) => ({ ...g, terms: g.terms.filter((t) => t.length > 3) }))];
const HEALTH_INFO_TERMS = new Vocabulary(HEALTH_INFO_GROUPS);

function normaliseSpace(s: string): string {
  return s.toLowerCase().replace(/[’]/g, "'").replace(/\s+/g, " ");
}

/** Cheap test for a post that may speak to someone or ask for something. */
const SCREEN =
  /\b(?:you|your|yours|u|ur)\b|@\w|\b(?:dm|pm|inbox|message|replying|reply)\b|\b(?:send|email|text|post|share|show|tell)\s+(?:me|us)\b|\bto the \w+ who\b/i;
/** Words that make a post's advice personal by themselves, with nobody named (see `actsIn`). */
const STRONG_CUE =
  /\b(?:dm|pm|inbox|direct message|message|send|email|e-mail|text|post|share|drop|upload|attach|show|tell|list|comment)\b[^.!?\n]{0,40}\b(?:your|ur|the|that|those)\b|\b(?:sounds|looks|seems|feels)\s+(?:to me\s+)?like\b|\byou\s+(?:most likely|probably|likely|definitely|clearly|certainly|almost certainly)\b|\b(?:based on|from|looking at|judging|after seeing|going by)\s+(?:your|ur)\b|\b(?:your|ur)\s+[\w\s-]{1,25}?\s(?:of|at|is|was|came back|shows?|showed)\s+(?:an?\s+)?\d/i;

/**
 * Something clinical in a sentence, the screen before `actsIn`: every act it finds needs a request
 * for health details (SOLICIT_RE, which starts with one of SOLICIT_VERB), or a condition, a test, a
 * medicine, a dose, "your meds" or a procedure (CLINICAL_TERMS, CLINICAL_STEMS, then a regex for
 * the dose and "your meds"). Most sentences of even a targeted post have none. The terms are looked
 * up word by word in the lower-cased text (compiling them as one alternation cost a cold start some
 * 10 to 20 ms); where lower-casing is not the same as case-insensitive matching (NOT_PLAIN_CASE), one
 * regex of it all with `i`, on the text itself, built then.
 */
const CLINICAL_TERMS = new TermMatcher([...CONDITIONS, ...TESTS, ...DRUGS, ...PROCEDURES].flatMap((g) => g.terms));
const CLINICAL_STEMS = new StemMatcher([...CONDITION_SUFFIXES.stems, ...DRUG_STEMS.stems]);
/** The rest of the screen: "your meds" (built on first use, like the whole screen with `i`). */
let yourTreatmentLower: RegExp | undefined;
let clinicalTermsI: RegExp | undefined;
function clinicalTermsSource(): string {
  return [
    termsRegex([...CONDITIONS, ...TESTS, ...DRUGS, ...PROCEDURES]).source,
    `\\b(?<!['’-])[a-z]{3,}(?:${alternation([...CONDITION_SUFFIXES.stems, ...DRUG_STEMS.stems])})s?(?![\\w-])`,
    DOSE_RE.source,
    YOUR_TREATMENT_RE.source,
  ].join("|");
}
const SOLICIT_VERB = /\b(?:dm|pm|inbox|direct message|message|send|email|e-mail|text|post|share|drop|upload|attach|show|tell|list|comment|put)\b/i;

/**
 * With nobody addressed, only acts that name one person by themselves count (`standalone`): a
 * request for health details (SOLICIT_RE), "sounds like you…", "you probably have…", "based on your
 * photo…" (FROM_YOURS_RE), or a result with its number ("your A1c of 9.2"). A sentence with none of
 * these has nothing to report.
 */
const STANDALONE_CUE =
  /\b(?:sounds|looks|seems|feels)\s+(?:to me\s+)?like\s+you|\byou\s+(?:most likely|probably|likely|definitely|clearly|certainly|almost certainly)\s+(?:have|has|'ve got|have got|'s got|has got|got|are dealing with|'re dealing with|is dealing with)\b/i;
const DIGIT = /\d/;
const RESULT_OWNER = /\b(?:your|ur|his|her)\b/i;

/** Can the sentence hold an act that names one person by itself? */
function standaloneCue(s: string): boolean {
  return (
    STANDALONE_CUE.test(s) ||
    (DIGIT.test(s) && RESULT_OWNER.test(s)) ||
    firstMatch(FROM_YOURS_RE, s) !== null ||
    (SOLICIT_VERB.test(s) && firstMatch(SOLICIT_RE, s) !== null)
  );
}

/** Does the sentence `s` (`lower`: the same lower-cased, or null) say something clinical? */
function clinicalCue(s: string, lower: string | null): boolean {
  if (lower !== null) {
    if (CLINICAL_TERMS.first(lower) !== null || CLINICAL_STEMS.first(lower) !== null) return true;
    if (firstMatch((doseLower ??= new RegExp(DOSE_RE.source, "g")), lower) !== null) return true;
    if ((yourTreatmentLower ??= new RegExp(YOUR_TREATMENT_RE.source)).test(lower)) return true;
  } else if ((clinicalTermsI ??= new RegExp(clinicalTermsSource(), "i")).test(s)) return true;
  return SOLICIT_VERB.test(s) && firstMatch(SOLICIT_RE, s) !== null;
}

export default defineRule<Options>({
  meta: {
    id: "personalized-medical-advice",
    description: "A post diagnoses, prescribes, doses or changes one person's treatment in public instead of giving general information.",
    defaultSeverity: "warn",
    nlp: true,
    options: {
      requireDisclaimer: {
        type: "boolean",
        default: false,
        description: "Also require a disclaimer (such as \"General information, not medical advice\") on every post that gives health information.",
      },
      disclaimers: {
        type: "array",
        items: { type: "string" },
        default: [...DEFAULT_DISCLAIMERS],
        description: "Phrases accepted as a disclaimer by `requireDisclaimer` (case-insensitive, any spacing).",
      },
    },
    messages: {
      personalAdvice:
        "Individual clinical advice in public ({{what}}) addressed to {{who}}. Move this conversation to a private channel (phone, patient portal) and keep the public reply general.",
      solicit:
        "Asks {{who}} to send {{what}} for one-to-one advice. Move this conversation to a private channel (phone, patient portal) instead of collecting health details here.",
      noDisclaimer: "Health information ({{what}}) with no disclaimer such as \"General information, not medical advice\".",
    },
  },
  check(ctx) {
    const { text } = ctx.post;
    const { requireDisclaimer, disclaimers } = ctx.options;
    if (requireDisclaimer) checkDisclaimer(ctx, disclaimers ?? [...DEFAULT_DISCLAIMERS]);

    // Screen: nothing addressed to anyone, nothing asked for.
    if (!SCREEN.test(text) && nameCandidates(text, false).next().done) return;
    const nlp = nlpBudget(ctx);
    const target = firstTarget(ctx, nlp, text);
    // Hashtags and @handles are blanked for reading what is said (offsets kept).
    const work = blankTagsAndHandles(text);
    if (!target && !STRONG_CUE.test(work)) return;

    const who = target ? target.label : "one person";
    const lowerWork = NOT_PLAIN_CASE.test(work) ? null : work.toLowerCase();
    let reported = 0;
    for (const [s, e] of sentenceRanges(work)) {
      const sentence = work.slice(s, e);
      if (!target && !standaloneCue(sentence)) continue;
      if (!clinicalCue(sentence, lowerWork === null ? null : lowerWork.slice(s, e))) continue;
      for (const act of actsIn(nlp, sentence, s, target !== null)) {
        if (!act.standalone && !target) continue;
        ctx.report({
          messageId: act.messageId,
          data: { what: act.what, who: act.messageId === "solicit" && !target ? "a reader" : who },
          range: trimRange(text, act.range),
        });
        reported++;
      }
      if (reported >= 3) break;
    }
  },
});

function checkDisclaimer(ctx: RuleContext<Options>, disclaimers: readonly string[]): void {
  const fm = ctx.post.frontMatter;
  if (fm.disclaimer !== undefined && fm.disclaimer !== false && fm.disclaimer !== "") return;
  const normal = normaliseSpace(ctx.post.text);
  if (disclaimers.some((d) => d.trim() !== "" && normal.includes(normaliseSpace(d.trim())))) return;
  const text = ctx.post.text;
  const m = HEALTH_INFO_TERMS.first(text);
  if (!m) return;
  ctx.report({ messageId: "noDisclaimer", data: { what: text.slice(m[0], m[1]) }, range: [m[0], m[1]] });
}
