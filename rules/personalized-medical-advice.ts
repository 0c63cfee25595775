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
  const alt = alternation(groups.flatMap((g) => g.terms));
  return new RegExp(`(?<![\\w'’-])(?:${alt})(?![\\w-]|['’]\\w)`, flags);
}

/** A regex for words ending in one of the stems (at least three letters before it). */
function stemRegex(group: StemGroup): RegExp {
  return new RegExp(`(?<![\\w'’-])[a-z]{3,}(?:${alternation(group.stems)})s?(?![\\w-])`, "gi");
}

function stemMatches(re: RegExp, except: ReadonlySet<string>, s: string): Array<[number, number, string]> {
  const out: Array<[number, number, string]> = [];
  re.lastIndex = 0;
  for (let m = re.exec(s); m; m = re.exec(s)) {
    const w = m[0].toLowerCase();
    if (!except.has(w) && !except.has(w.replace(/s$/, ""))) out.push([m.index, m.index + m[0].length, m[0]]);
  }
  return out;
}

/** Abbreviations after which a full stop does not end a sentence. */
const ABBREV = /(?:^|[\s(])(?:dr|mr|mrs|ms|st|vs|etc|e\.g|i\.e|no|approx|jr|sr|prof|inc|dept|u\.s|a\.m|p\.m|[a-z])\.$/i;

/** Sentence ranges of a text: split at line breaks and at . ! ? followed by a space. */
export function sentenceRanges(text: string): Range[] {
  const out: Range[] = [];
  const push = (s: number, e: number) => {
    while (s < e && /\s/.test(text[s])) s++;
    while (e > s && /\s/.test(text[e - 1])) e--;
    if (e > s) out.push([s, e]);
  };
  let start = 0;
  const re = /[.!?…]+["'”’)]*(?=\s)|\n/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const end = m.index + m[0].length;
    if (m[0] !== "\n" && m[0] === "." && ABBREV.test(text.slice(Math.max(start, m.index - 8), end))) continue;
    push(start, end);
    start = end;
  }
  push(start, text.length);
  return out;
}

/** The text with #hashtags blanked (same length): a topic tag is not something said to anyone. */
export function blankHashtags(text: string): string {
  return text.replace(/(^|[^\w&/#])#([\p{L}\p{M}_][\p{L}\p{M}\p{N}_]*)/gu, (_m, pre: string, tag: string) => pre + " ".repeat(tag.length + 1));
}

// ---------------------------------------------------------------------------------------------
// Vocabulary.

const CONDITION_RE = termsRegex(CONDITIONS);
const CONDITION_SUFFIX_RE = stemRegex(CONDITION_SUFFIXES);
const CONDITION_EXCEPT = new Set(CONDITION_SUFFIXES.except);
const SYMPTOM_RE = termsRegex(SYMPTOMS);
const DRUG_RE = termsRegex(DRUGS);
const DRUG_STEM_RE = stemRegex(DRUG_STEMS);
const DRUG_EXCEPT = new Set(DRUG_STEMS.except);
const TEST_ALT = alternation(TESTS.flatMap((g) => g.terms));
const VACCINE_RE = termsRegex([VACCINES]);
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
/** Common objects that make a treatment verb something else ("stop by", "take a look"). */
const NOT_TREATMENT =
  /^\s*(?:by|in|over|a look|a moment|a minute|time|care|a seat|a break|part|advantage|the stairs|a walk|a deep breath|our|the app|this recipe|the link|the portal|code|a call|it easy|a few minutes|a day off|the day off|some time)\b/i;
const REFERRAL_RE = new RegExp(
  String.raw`\b(?:talk|speak|ask|see|call|check|contact|consult|visit|book|schedule|message|text|email|follow up|reach out|head|go|get)\s+(?:in\s+)?(?:with\s+|to\s+|in with\s+)?(?:your|a|an|the|our|one of our)?\s*(?:own\s+)?(?:${REFERRAL_ALT})\b`,
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
  String.raw`\b(?:your|ur|his|her)\s+(?:(?:son|daughter|kid|child|baby|dad|father|mom|mum|mother|husband|wife|partner)['’]s\s+)?(?:recent\s+|latest\s+|last\s+)?(${TEST_ALT})\s+(?:(?:is|was|were|are|of|at|came back|come back|shows?|showed|looks?|looked|reading|level|levels|number|numbers|results?)\s+)+(?:(?:still|a bit|slightly|very|really|way|too|pretty|quite|now|around|about|only|just|a|an|at)\s+)*(${NUM}(?:\s?\/\s?\d+)?|high|low|elevated|normal|borderline|abnormal|fine|concerning|great|good|bad|off|positive|negative|prediabetic|diabetic|perfect|ok|okay|worrying|worse|better)\b`,
  "gi",
);

const NEGATION_RE = /\b(?:never|don'?t|do not|doesn'?t|won'?t|will not|not|no one|nobody|shouldn'?t|should not|can'?t|cannot|avoid)\b/i;
const CONDITIONAL_RE = /\b(?:if|when|whenever|whether|unless|in case|anyone who|anybody who|those who|people who|everyone who|someone who|ask yourself)\b/i;
const GENERIC_AUDIENCE_RE =
  /\b(?:everyone|anyone|anybody|all of you|folks|parents|adults|kids|patients|people|women|men|seniors|teens|families|y'?all|friends)\b/i;

/** "Talk to your doctor" and the like: a referral, never the advice itself. */
function onlyReferral(sentence: string, verbAt: number): boolean {
  REFERRAL_RE.lastIndex = 0;
  for (let m = REFERRAL_RE.exec(sentence); m; m = REFERRAL_RE.exec(sentence)) {
    if (m.index <= verbAt + 2 && m.index + m[0].length > verbAt) return true;
  }
  return false;
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

/**
 * A condition named right after a phrase ("sounds like [a bad case of] shingles"), with at most
 * two other words before a generic head ("IT band syndrome").
 */
function conditionAfter(s: string, from: number): Clinical | null {
  const cond = conditionIn(s, from, Math.min(s.length, from + 60));
  if (!cond) return null;
  const words = s.slice(from, cond.start).split(/[\s,]+/).filter(Boolean);
  const other = words.filter((w) => !GAP_WORDS.test(w));
  const head = /^(?:syndrome|disease|disorder|infection|deficiency|fracture|tear|sprain|strain)$/i.test(cond.what);
  const plain = other.every((w) => /^[\w'-]+$/.test(w) && !BREAKERS.test(w));
  if (other.length === 0 || (plain && other.length <= (head ? 2 : 1))) return cond;
  return null;
}

function conditionIn(s: string, from = 0, to = s.length): Clinical | null {
  const slice = s.slice(from, to);
  const m = firstMatch(CONDITION_RE, slice);
  let best: Clinical | null = m ? { start: from + m.index, end: from + m.index + m[0].length, what: m[0] } : null;
  for (const [a, b, w] of stemMatches(CONDITION_SUFFIX_RE, CONDITION_EXCEPT, slice)) {
    if (!best || a + from < best.start) best = { start: from + a, end: from + b, what: w };
    break;
  }
  return best;
}

function drugIn(s: string): Clinical | null {
  const m = firstMatch(DRUG_RE, s);
  let best: Clinical | null = m ? { start: m.index, end: m.index + m[0].length, what: `the medicine '${m[0]}'` } : null;
  for (const [a, b, w] of stemMatches(DRUG_STEM_RE, DRUG_EXCEPT, s)) {
    if (!best || a < best.start) best = { start: a, end: b, what: `the medicine '${w}'` };
    break;
  }
  return best;
}

const PROCEDURE_RE = termsRegex(PROCEDURES);
function procedureIn(s: string): Clinical | null {
  const m = firstMatch(PROCEDURE_RE, s);
  return m ? { start: m.index, end: m.index + m[0].length, what: `'${m[0]}'` } : null;
}

function doseIn(s: string): Clinical | null {
  const m = firstMatch(DOSE_RE, s);
  return m ? { start: m.index, end: m.index + m[0].length, what: `the dose '${m[0].trim()}'` } : null;
}

const YOUR_TREATMENT_RE =
  /\b(?:your|ur)\s+(?:meds|medicine|medication|medications|dose|dosage|prescription|pills|insulin|inhaler|antibiotics?|statin|blood pressure (?:meds|medication|pills)|bp meds)\b/gi;

/** The people a post speaks to, one at a time. */
function findTargets(ctx: RuleContext<Options>, text: string): Target[] {
  const out: Target[] = [];
  const retweet = /^\s*(?:RT|MT)\b/i.test(text);
  if (!retweet) {
    const lead = /^\s*((?:@\w{1,30}[\s,:]*)+)/.exec(text);
    if (lead) {
      const s = lead[0].indexOf("@");
      const handle = /@\w+/.exec(lead[1])![0];
      out.push({ kind: "reply", range: [s, s + handle.length], label: `@${ctx.mask(handle.slice(1))} in a reply` });
    }
    const mention = /(?<![\w@.])(\.?)@(\w{1,30})/g;
    for (let m = mention.exec(text); m; m = mention.exec(text)) {
      const start = m.index + m[1].length;
      if (lead && start < lead[0].length) continue;
      const before = text.slice(Math.max(0, start - 24), start);
      const after = text.slice(start + m[0].length - m[1].length, start + m[0].length - m[1].length + 24);
      if (/\b(?:rt|mt|via|by|from|cc|h\/t|ht|with|and|to|thanks to|ft|feat|featuring|of|at|on|for|says|per|@)\s*:?\s*$/i.test(before) && !/\b(?:thanks|thank you)\s*$/i.test(before)) continue;
      if (/^(?::|['’]s\b|\s+(?:says|said|reports|shares|explains|writes|notes|joins|answers|will|is|was|has|and|&))/i.test(after)) continue;
      const spokenTo =
        /^[\s,!—–-]*(?:you|your|u|ur|yours|pls|please|i'?d|i would|i think|sounds|looks|that'?s|it'?s)\b/i.test(after) ||
        /\b(?:hi|hey|hello|dear|thanks|thank you|ok|okay|yes|no|sorry|so sorry)\s*,?\s*$/i.test(before);
      if (spokenTo) {
        const handle = "@" + m[2];
        out.push({ kind: "mention", range: [start, start + handle.length], label: `@${ctx.mask(handle.slice(1))} by @mention` });
      }
    }
  }
  // A reader addressed by name: "Hi Sarah," or "Jess, your…".
  const named = /(?:^|[.!?:;]\s+|\n)\s*(?:(hi|hey|hello|dear|thanks|thank you|sorry)\s+)?([A-Z][a-z]{2,15})\s*[,—–-]\s+(?=(you|your|u|ur|i'?d|i would|i think|it|that|this|sounds|looks|based|from|start|stop|take|try|double|increase|decrease|keep|go|definitely|yes|no)\b)/g;
  for (let m = named.exec(text); m; m = named.exec(text)) {
    const name = m[2];
    if (/^(?:there|everyone|everybody|all|friends|folks|team|yes|no|sorry|today|tonight|now|well|also|again|honestly|remember|reminder|parents|moms|dads|ladies|guys|okay|ok|thanks|update|please|note|fyi|friday|monday|tuesday|wednesday|thursday|saturday|sunday|spring|summer|fall|winter)$/i.test(name)) continue;
    const start = m.index + m[0].indexOf(name);
    const greeted = m[1] !== undefined;
    if (!greeted && !ctx.nlp(name).has("#Person")) continue;
    out.push({ kind: "name", range: [start, start + name.length], label: "a reader by name" });
  }
  const conv =
    /\b(?:replying to\b|in reply to\b|to the (?:woman|man|mom|mum|dad|person|patient|lady|guy|gentleman|parent|reader|follower|one|nurse|student|friend)\s+who\s+(?:asked|messaged|dm'?d|wrote|commented|emailed|reached out|sent|posted|tagged)|(?:from )?what you(?:'re| are)? (?:describe|describing|described|wrote|said|mentioned)|you (?:mentioned|described|said) (?:your|you|that)|thanks for (?:asking|your question|reaching out|sharing your)|(?:your|ur) (?:question|dm|message|comment)\b)/gi;
  for (let m = conv.exec(text); m; m = conv.exec(text)) {
    out.push({ kind: "conversation", range: [m.index, m.index + m[0].length], label: "one person, answered in public" });
  }
  return out;
}

interface Act {
  range: Range;
  messageId: "solicit" | "personalAdvice";
  what: string;
  /** The act names one person by itself (no @mention needed). */
  standalone: boolean;
}

/** "those symptoms are anxiety", "your EKG shows AFib", "the swelling in your ankle is a sprain". */
const LINKED_RE = new RegExp(
  String.raw`\b(?:your|ur|those|these|that|this|the|his|her)\s+(?:[\w'-]+\s+){0,2}?(?:${alternation([...SYMPTOMS.flatMap((g) => g.terms), ...TESTS.flatMap((g) => g.terms), "symptoms", "numbers"])})(?:\s+(?:in|on|of)\s+(?:your|his|her|the)\s+[\w'-]+)?\s+(?:is|are|was|were|=|say|says|shows?|showed|points? to|suggests?|means?|indicates?|confirms?)\s+`,
  "gi",
);

/** A negation between two offsets ("it's not the flu", "doesn't sound like"). */
function negatedBetween(s: string, from: number, to: number): boolean {
  return /\b(?:not|never|no|isn'?t|aren'?t|doesn'?t|don'?t|wasn'?t|rule[ds]? out|unlikely)\b|n't\b/i.test(s.slice(from, to));
}

function isQuestion(s: string): boolean {
  return /\?\s*["'”’)]*\s*$/.test(s);
}

/** The clinical acts of one sentence (`s` is the sentence with hashtags blanked). */
function actsIn(ctx: RuleContext<Options>, s: string, base: number, targeted: boolean): Act[] {
  const acts: Act[] = [];
  const lower = s.toLowerCase();
  const conditional = CONDITIONAL_RE.test(lower);
  // compromise reads at most a window of the sentence around what was found: a parse costs
  // milliseconds per sentence, and a "sentence" may be a whole unpunctuated post.
  const window = (at: number) => (s.length <= 400 ? s : s.slice(Math.max(0, at - 200), at + 200));
  const negated = (at: number) => {
    const w = window(at).toLowerCase();
    if (!NEGATION_RE.test(w)) return false;
    return /\b(?:never|avoid|no one|nobody)\b/i.test(w) || (ctx.nlp(window(at)) as NlpDocument).has("#Negative");
  };
  const range: Range = [base, base + s.length];

  // 1. A request for one person's health details.
  for (let m = firstMatch(SOLICIT_RE, s); m; m = SOLICIT_RE.exec(s)) {
    const object = m[1];
    const pictureOnly = SOLICIT_PICTURE_ONLY.test(object);
    const clinicalPicture = pictureOnly && (targeted || conditionIn(s) !== null || SYMPTOM_RE.test(s) || /\b(?:take a look|have a look|tell you|let you know|what it is|diagnos|assess|check it)\b/i.test(s));
    SYMPTOM_RE.lastIndex = 0;
    if (pictureOnly && !clinicalPicture) continue;
    if (/^(?:history|situation|case|records|chart|skin|eye|ear|foot|feet|teeth|tooth|throat|tongue|gums|nail|toenail|numbers|results|prescription|prescriptions|meds|medications)$/i.test(object) && !targeted && !conditionIn(s) && !/\b(?:i'?ll|we'?ll|i can|we can|i will|we will)\b/i.test(s))
      continue;
    if (negated(m.index)) continue;
    acts.push({ range, messageId: "solicit", what: `their ${object.toLowerCase()}`, standalone: true });
    return acts;
  }

  if (isQuestion(s) && !targeted) return acts;

  // 2. A diagnosis.
  for (let m = firstMatch(SOUNDS_LIKE_RE, s); m; m = SOUNDS_LIKE_RE.exec(s)) {
    const cond = conditionAfter(s, m.index + m[0].length);
    if (!cond) continue;
    const personal = m[1] !== undefined && /^you/i.test(m[1]);
    if (conditional || isQuestion(s) || negatedBetween(s, Math.max(0, m.index - 12), cond.end)) continue;
    if (!targeted && !personal) continue;
    acts.push({ range, messageId: "personalAdvice", what: `the diagnosis '${cond.what}'`, standalone: personal });
    return acts;
  }
  for (let m = firstMatch(YOU_HAVE_RE, s); m; m = YOU_HAVE_RE.exec(s)) {
    const cond = conditionAfter(s, m.index + m[0].length);
    if (!cond) continue;
    if (conditional || isQuestion(s) || negatedBetween(s, Math.max(0, m.index - 12), cond.end)) continue;
    if (m[1] !== undefined && !targeted) continue;
    const hedged = m[1] === undefined && m[2] !== undefined && !/^(?:might|may|could|just)$/i.test(m[2]);
    if (!targeted && !hedged) continue;
    if (!targeted && GENERIC_AUDIENCE_RE.test(lower)) continue;
    acts.push({ range, messageId: "personalAdvice", what: `the diagnosis '${cond.what}'`, standalone: hedged });
    return acts;
  }
  const fromYours = firstMatch(FROM_YOURS_RE, s);
  if (targeted || fromYours) {
    for (let m = firstMatch(THAT_IS_RE, s); m; m = THAT_IS_RE.exec(s)) {
      const cond = conditionAfter(s, m.index + m[0].length);
      if (!cond) continue;
      if (conditional || negatedBetween(s, m.index, cond.end)) continue;
      acts.push({ range, messageId: "personalAdvice", what: `the diagnosis '${cond.what}'`, standalone: fromYours !== null });
      return acts;
    }
  }

  if (targeted) {
    for (let m = firstMatch(LINKED_RE, s); m; m = LINKED_RE.exec(s)) {
      const cond = conditionAfter(s, m.index + m[0].length);
      if (!cond) continue;
      if (conditional || negatedBetween(s, m.index, cond.end)) continue;
      acts.push({ range, messageId: "personalAdvice", what: `the diagnosis '${cond.what}'`, standalone: false });
      return acts;
    }
  }

  // 3. One person's result read back.
  for (let m = firstMatch(YOUR_RESULT_RE, s); m; m = YOUR_RESULT_RE.exec(s)) {
    const numeric = /\d/.test(m[2]);
    if (conditional || isQuestion(s)) continue;
    if (/\b(?:should|must|needs? to|ought to)\s+be\b/i.test(m[0])) continue;
    if (!targeted && !numeric && !fromYours) continue;
    if (!targeted && GENERIC_AUDIENCE_RE.test(lower)) continue;
    acts.push({ range, messageId: "personalAdvice", what: `their ${m[1].toLowerCase()} result`, standalone: numeric });
    return acts;
  }

  // 4. A medicine, dose or treatment change given as an instruction.
  if (!targeted && !fromYours) return acts;
  const drug = drugIn(s);
  const dose = doseIn(s);
  YOUR_TREATMENT_RE.lastIndex = 0;
  const yourTreatment = YOUR_TREATMENT_RE.exec(s);
  const cond = conditionIn(s);
  const vaccineOnly = !drug && !dose && firstMatch(VACCINE_RE, s) !== null;
  if (vaccineOnly) return acts;
  const thing: Clinical | null = dose ?? drug ?? (yourTreatment ? { start: yourTreatment.index, end: yourTreatment.index + yourTreatment[0].length, what: `'${yourTreatment[0]}'` } : null);
  const procedure = procedureIn(s);
  const about =
    thing ??
    (cond && /\b(?:your|ur|you)\b/i.test(s) ? { ...cond, what: `the condition '${cond.what}'` } : null) ??
    (procedure && NEED_RE.test(s) ? procedure : null);
  NEED_RE.lastIndex = 0;
  if (!about) return acts;
  let directive = false;
  for (let m = firstMatch(DIRECTIVE_RE, s); m; m = DIRECTIVE_RE.exec(s)) {
    const verbAt = m.index + m[0].length - m[1].length;
    if (onlyReferral(s, verbAt)) continue;
    // "up", "get" and the like are treatment verbs only before a dose or a medicine.
    if (WEAK_VERBS.test(m[1]) && !drug && !dose) continue;
    if (NOT_TREATMENT.test(s.slice(m.index + m[0].length))) continue;
    if (!/\s/.test(m[1])) {
      const doc: NlpDocument = ctx.nlp(window(m.index));
      const verb = doc.match(m[1]);
      if (verb.found && !verb.has("#Verb") && !/^(?:up|ice|double|halve|taper|wean|pop|rest|stretch)$/i.test(m[1])) continue;
    }
    directive = true;
    break;
  }
  if (!directive) {
    for (let m = firstMatch(NEED_RE, s); m; m = NEED_RE.exec(s)) {
      const after = s.slice(m.index + m[0].length);
      if (NOT_TREATMENT.test(after)) continue;
      if (thing && thing.start >= m.index) directive = true;
      else if (procedureIn(after)) directive = true;
      if (directive) break;
    }
  }
  if (!directive && thing) {
    // "ibuprofen is fine with your lisinopril", "you can take 400 mg"
    const ok = /\b(?:is|are|'s)\s+(?:fine|safe|ok|okay|good)\s+(?:to take|with|for you)\b|\byou(?:'re| are)\s+(?:fine|safe|ok|okay)\s+to\s+(?:take|use|stop|start)\b/i.exec(s);
    // "Ask your pharmacist whether ibuprofen is OK…" is a referral, not a verdict.
    directive = ok !== null && !/\b(?:whether|if|ask|check)\b/i.test(s.slice(0, ok.index));
  }
  if (!directive) return acts;
  if (conditional && !thing) return acts;
  acts.push({ range, messageId: "personalAdvice", what: about.what, standalone: false });
  return acts;
}

function trimRange(text: string, r: Range): Range {
  let [s, e] = r;
  while (s < e && /\s/.test(text[s])) s++;
  while (e > s && /\s/.test(text[e - 1])) e--;
  return [s, e];
}

const HEALTH_INFO_GROUPS = [...CONDITIONS, ...DRUGS, ...TESTS.map((g) => ({ ...g, terms: g.terms.filter((t) => t.length > 3) }))];
const HEALTH_INFO_RE = termsRegex(HEALTH_INFO_GROUPS);

function normaliseSpace(s: string): string {
  return s.toLowerCase().replace(/[’]/g, "'").replace(/\s+/g, " ");
}

/** Cheap test for a post that may speak to someone or ask for something. */
const SCREEN =
  /\b(?:you|your|yours|u|ur)\b|@\w|\b(?:dm|pm|inbox|message|replying|reply)\b|\b(?:send|email|text|post|share|show|tell)\s+(?:me|us)\b|\bto the \w+ who\b/i;
/** A sentence that opens with a capitalised word and a comma: perhaps a reader's name. */
const NAME_SCREEN = /(?:^|[.!?:;]\s+|\n)\s*(?:(?:hi|hey|hello|dear|thanks|thank you|sorry)\s+)?[A-Z][a-z]{2,15}\s*[,—–-]/;

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
    if (!SCREEN.test(text) && !NAME_SCREEN.test(text)) return;
    const targets = findTargets(ctx, text);
    // Hashtags and @handles are blanked for reading what is said (offsets kept).
    const work = blankHashtags(text).replace(/(?<![\w@.])@\w{1,30}/g, (h) => " ".repeat(h.length));
    const strongCue =
      /\b(?:dm|pm|inbox|direct message|message|send|email|e-mail|text|post|share|drop|upload|attach|show|tell|list|comment)\b[^.!?\n]{0,40}\b(?:your|ur|the|that|those)\b|\b(?:sounds|looks|seems|feels)\s+(?:to me\s+)?like\b|\byou\s+(?:most likely|probably|likely|definitely|clearly|certainly|almost certainly)\b|\b(?:based on|from|looking at|judging|after seeing|going by)\s+(?:your|ur)\b|\b(?:your|ur)\s+[\w\s-]{1,25}?\s(?:of|at|is|was|came back|shows?|showed)\s+(?:an?\s+)?\d/i;
    if (targets.length === 0 && !strongCue.test(work)) return;

    const who = targets.length > 0 ? targets[0].label : "one person";
    let reported = 0;
    for (const [s, e] of sentenceRanges(work)) {
      const sentence = work.slice(s, e);
      for (const act of actsIn(ctx, sentence, s, targets.length > 0)) {
        if (!act.standalone && targets.length === 0) continue;
        ctx.report({
          messageId: act.messageId,
          data: { what: act.what, who: act.messageId === "solicit" && targets.length === 0 ? "a reader" : who },
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
  const m = firstMatch(HEALTH_INFO_RE, ctx.post.text);
  if (!m) return;
  ctx.report({ messageId: "noDisclaimer", data: { what: m[0] }, range: [m.index, m.index + m[0].length] });
}
