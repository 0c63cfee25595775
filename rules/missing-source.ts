/**
 * missing-source: statistics ("1 in 3 adults", "40% lower risk", "twice as likely"), evidence
 * phrases ("studies show", "a new study finds") and health-fact claims ("X reduces the risk of Y",
 * "X causes Y") in a post that cites nothing: no link, DOI, PMID/PMCID, NCT number, named authority
 * ("according to the CDC", "(Source: WHO)") or `sources` in front matter.
 *
 * Cheapest first: a post with a citation is done after a few regex tests; a sentence is looked at
 * only when a regex finds a number, an evidence phrase or a causal verb in it; compromise
 * (`ctx.nlp`) is asked only about the sentences with a causal verb (is it a statement, in the
 * present, with a subject that is not "we" or "I", not negated, not an instruction).
 * The organisation's own operational numbers ("we treated 1,200 patients", "our 3 new clinics")
 * are not claims.
 */
import { defineRule } from "../src/rule.js";
import type { Link, NlpDocument, Range, RuleContext } from "../src/types.js";
import { AUTHORITIES, EVIDENCE_PHRASES, JOURNALS } from "./data/missing-source.js";
import { isWordCode, runEnd } from "./lib/terms.js";
import { blankTagsAndHandles, isSpaceCode, sentenceRanges } from "./personalized-medical-advice.js";

interface Options {
  authorities?: string[];
  linkCounts?: boolean;
  triggers?: string[];
  claims?: boolean;
}

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

// ---------------------------------------------------------------------------------------------
// Citations.

const DOI_RE = /\b(?:doi:\s*)?10\.\d{4,9}\/[^\s"<>]+/i;
const PMID_RE = /\bPMID:?\s*\d{5,9}\b|\bPMC\d{5,9}\b|\bPMCID:?\s*PMC\d{5,9}\b/i;
const NCT_RE = /\bNCT\d{8}\b/;
/** "Source: …", "Sources: …", "Ref: …", "(via …)" in prose. */
const SOURCE_LABEL_RE = /(?:^|[\s([{*_])(?:sources?|refs?|references?|citations?|data source|study)\s*:\s*\S/i;
/** Attribution around a name: "according to the CDC", "per WHO", "(CDC, 2024)", "CDC data show". */
const ATTRIBUTION_BEFORE = /(?:according to|per|from|by|via|source:?|sources:?|cited by|reported by|data from|figures from|estimates from|report from|report by|published by|published in|in the journal|a study in|study in|research in|findings in|paper in|says|said|reports|report|[([—–]|\s-)\s*(?:the\s+|a\s+|an\s+)?(?:new\s+|latest\s+|recent\s+)?$/i;
const ATTRIBUTION_AFTER =
  /^(?:['’]s\b|\s*(?:[),\]]|,?\s*\d{4}\b|:)|\s+(?:says?|said|reports?|reported|recommends?|recommended|estimates?|estimated|found|finds|data|figures|statistics|stats|numbers|research|researchers|scientists|study|studies|survey|report|guidelines?|guidance|analysis|review|advises?|warns?|notes?|confirms?|shows?|showed|tracks?|states?|projects?|predicts?|urges?|aims?|goals?|targets?|calls for|sets))/i;

/**
 * A regex for names, built on first use: all-capital acronyms match in capitals only, other names in
 * any case. Before it, a screen: a name matches only where the text holds each of the name's runs
 * of word characters as a whole run (the name's runs are separated by characters that are not word
 * characters, and it is bounded by no word character on either side), so a text without all the
 * runs of some name is not searched, and the regex, hundreds of names long, is not compiled.
 */
class NamePattern {
  private re: RegExp | undefined;
  /** The runs of word characters of each name (lower-cased for a pattern with `i`). */
  private readonly runs: ReadonlyArray<readonly string[]>;
  constructor(
    private readonly list: readonly string[],
    private readonly flags: string,
  ) {
    const fold = flags.includes("i");
    this.runs = list.map((n) => (fold ? n.toLowerCase() : n).match(/\w+/g) ?? [""]);
  }

  /**
   * The regex, or null when the text lacks a word of every name (no match possible). Once the regex
   * is compiled, searching with it costs less than the screen: no screen then.
   */
  regexFor(text: string): RegExp | null {
    if (this.list.length === 0 || (this.re === undefined && !this.mayMatch(text))) return null;
    if (this.re === undefined) {
      const alt = [...new Set(this.list)]
        .sort((a, b) => b.length - a.length)
        .map((n) => escapeRe(n).replace(/ /g, "\\s+").replace(/['’]/g, "['’]"))
        .join("|");
      this.re = new RegExp(`(?<![\\w@#])(?:${alt})(?![\\w-]|['’]\\w)`, this.flags);
    }
    return this.re;
  }

  private mayMatch(text: string): boolean {
    const fold = this.flags.includes("i");
    const have = new Set<string>();
    const n = text.length;
    for (let i = 0; i < n; ) {
      if (!isWordCode(text.charCodeAt(i))) {
        i++;
        continue;
      }
      const end = runEnd(text, i);
      const run = text.slice(i, end);
      have.add(fold ? run.toLowerCase() : run);
      i = end;
    }
    return this.runs.some((runs) => runs.every((r) => have.has(r)));
  }
}

function namesRegex(names: readonly string[]): { upper: NamePattern; any: NamePattern } {
  const acronyms = names.filter((n) => /^[A-Z0-9&.-]+$/.test(n) && n.length <= 8);
  const words = names.filter((n) => !acronyms.includes(n));
  return { upper: new NamePattern(acronyms, "g"), any: new NamePattern(words, "gi") };
}

const JOURNAL_RES = namesRegex(JOURNALS.names);
/** Journal names that are also ordinary words: they count only after "published in" and the like. */
const AMBIGUOUS_JOURNALS = /^(?:nature|science|cell|cancer|sleep|chest|stroke|hypertension|vaccine|gut|neurology|radiology|pediatrics|circulation|thorax|lancet|gastroenterology|hepatology)$/i;

const authorityCache = new Map<string, ReturnType<typeof namesRegex>>();
function authorityRegexes(names: readonly string[]): ReturnType<typeof namesRegex> {
  const key = names.join("\u0000");
  let r = authorityCache.get(key);
  if (!r) {
    r = namesRegex(names);
    authorityCache.set(key, r);
  }
  return r;
}

function attributed(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 40), start);
  const after = text.slice(end, end + 30);
  return ATTRIBUTION_BEFORE.test(before) || ATTRIBUTION_AFTER.test(after);
}

function anyAttributed(res: ReturnType<typeof namesRegex>, text: string, requireContext: (name: string) => boolean): boolean {
  for (const names of [res.upper, res.any]) {
    const re = names.regexFor(text);
    if (!re) continue;
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      if (!requireContext(m[0]) || attributed(text, m.index, m.index + m[0].length)) return true;
    }
  }
  return false;
}

/**
 * "according to the Alzheimer's Association", "according to Dr. Lee": a named source. Only tested
 * (never its extent), so it stops at the capital that starts the name: the words of the name after
 * it, as `(?:\s+(?:of|…)?\s*[A-Z][\w'’&.-]*)*`, could only add backtracking.
 */
const ACCORDING_TO_NAMED =
  /\b(?:according to|per|says|said)\s+(?:the\s+)?(?!(?:a|an|one|some|many|most|new|recent|research|studies|study|experts?|doctors?|scientists?|researchers?|data|statistics|reports?|surveys?|sources?|people|this|that|these|those)\b)(?:Dr\.?\s+)?[A-Z]/;

const SOURCE_KEYS = ["sources", "source", "references", "reference", "citations", "citation", "refs", "doi", "pmid"];

const SOURCE_HOST =
  /(?:^|\.)(?:[\w-]+\.gov|[\w-]+\.edu|[\w-]+\.int|gov\.uk|nhs\.uk|doi\.org|pubmed\.ncbi\.nlm\.nih\.gov|ncbi\.nlm\.nih\.gov|nejm\.org|jamanetwork\.com|thelancet\.com|bmj\.com|nature\.com|science\.org|sciencedirect\.com|springer\.com|wiley\.com|cochranelibrary\.com|medrxiv\.org|biorxiv\.org|plos\.org|clinicaltrials\.gov|heart\.org|cancer\.org|diabetes\.org|aap\.org|acog\.org|mayoclinic\.org|clevelandclinic\.org|hopkinsmedicine\.org|kff\.org)$/i;

function linkIsSource(link: Link): boolean {
  if (/\b(?:source|study|studies|report|research|paper|data|journal|guideline|review|trial)\b/i.test(link.text ?? "")) return true;
  try {
    const host = new URL(/^[a-z][\w+.-]*:\/\//i.test(link.url) ? link.url : `https://${link.url}`).hostname;
    return SOURCE_HOST.test(host);
  } catch {
    return false;
  }
}

/** Sources in front matter or a link: found without reading the text, so looked at first. */
function citedByLinkOrFrontMatter(ctx: RuleContext<Options>): boolean {
  const { post, options } = ctx;
  for (const key of SOURCE_KEYS) {
    const v = post.frontMatter[key];
    if (v !== undefined && v !== null && v !== "" && v !== false && !(Array.isArray(v) && v.length === 0)) return true;
  }
  return post.links.length > 0 && (options.linkCounts !== false || post.links.some(linkIsSource));
}

function hasCitation(ctx: RuleContext<Options>): boolean {
  const { post, options } = ctx;
  if (citedByLinkOrFrontMatter(ctx)) return true;
  const raw = post.raw;
  if (DOI_RE.test(raw) || PMID_RE.test(raw) || NCT_RE.test(raw)) return true;
  const text = post.text;
  if (SOURCE_LABEL_RE.test(text)) return true;
  if (ACCORDING_TO_NAMED.test(text)) return true;
  if (anyAttributed(JOURNAL_RES, text, (name) => AMBIGUOUS_JOURNALS.test(name))) return true;
  const names = options.authorities ?? [];
  if (names.length && anyAttributed(authorityRegexes(names), text, () => true)) return true;
  // Any @handle named as the source: "per @StateHealthDept", "a new @urbaninstitute study finds".
  if (/\b(?:according to|per|via|from|by|source:?|h\/t|data from|report from|cited by)\s+(?:the\s+)?@\w+|(?<![\w@])@\w+\s+(?:study|studies|report|data|research|survey|analysis|researchers|scientists|says|said|reports|found|finds|estimates)\b/i.test(text))
    return true;
  // Authorities by handle: @CDCgov, @WHO, @NIH, @US_FDA.
  if (/(?<![\w@])@(?:CDCgov|CDC\w*|WHO|NIH|NIH\w*|US_FDA|FDA\w*|HHSgov|NCIgov|AmericanHeart|AmericanCancer|AmDiabetesAssn|AmerAcadPeds|ACOGAction|NHSEngland|UKHSA|PHAC_GC|CochraneLibrary|NEJM|JAMA_current|TheLancet|bmj_latest|MayoClinic|ClevelandClinic|HopkinsMedicine|USPSTF|AHRQNews|SGottliebFDA|Surgeon_General)\b/i.test(text))
    return true;
  return false;
}

// ---------------------------------------------------------------------------------------------
// Claims.

const NUMBER_WORDS = "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|hundred|thousand";
const NUM = String.raw`\d[\d,]*(?:\.\d+)?`;

/**
 * The screen of a post: no number, no evidence word, no causal verb, nothing to read. Numbers in
 * words count where a statistic can hold them: a scale ("two million people") or a ratio ("one in
 * five adults").
 */
const SCREEN_RE = new RegExp(
  String.raw`\d|percent|twice|half|double|triple|leading|most common|stud(?:y|ies)|research|evidence|proven|shown|scien|expert|doctors|dentists|data|statistic|stats|survey|poll|trial|report|meta-analysis|caus|lead|prevent|reduc|lower|rais|increas|decreas|cut|boost|improv|protect|link|associat|tied|contribut|trigger|worsen|revers|cure|heal|strengthen|weaken|damag|slash|risk|help|result|makes|puts|bad for|good for|changes|ability|power to|likely|effective|works better|works as well|higher|greater|elevated|slows|half of|third|quarter|majority|\bCI\b|\bHR\b|\bOR\b|\bRR\b|p\s?[<=]|million|billion|thousand|hundred|\b(?:${NUMBER_WORDS})\s+(?:in|out of|of every)\b`,
  "i",
);

/** "1 in 3 adults", "9 out of 10 dentists", "one in five". */
const N_IN_M_RE = new RegExp(String.raw`(?<![\w.,$-])(${NUM}|${NUMBER_WORDS})\s+(?:in|out of|of every)\s+(?:every\s+)?(${NUM}|${NUMBER_WORDS})(?![\w-])`, "gi");
/** "40%", "40 percent". */
const PERCENT_RE = new RegExp(String.raw`(?<![\w.,])${NUM}\s?(?:%|percent\b|per cent\b)`, "gi");
/** "twice as likely", "3x more likely", "doubles the risk", "half as many". */
const TIMES_RE =
  /\b(?:twice|three times|four times|five times|ten times|\d+(?:\.\d+)?\s?(?:x|times|-fold|fold))\s+(?:as\s+|more\s+|less\s+|higher\s+|lower\s+|greater\s+)?(?:likely|as likely|the risk|risk|higher|lower|greater|more likely|less likely|as many|as much|more common|the rate|the odds|as common|deadlier|more deadly|faster)\b|\b(?:double|triple|quadruple|halve)[sd]?\s+(?:the\s+|your\s+|their\s+|a\s+person'?s\s+)?(?:risk|odds|chance|chances|rate)\b|\bhalf\s+as\s+(?:likely|many|much)\b/gi;
const POPULATION_NOUNS =
  "americans|adults|people|children|kids|women|men|babies|infants|teens|teenagers|adolescents|seniors|older adults|smokers|deaths|cases|lives|workers|students|patients|persons|individuals|canadians|britons|families|households|veterans|girls|boys|mothers|pregnancies|births|heart attacks|strokes|infections|hospitalizations|hospitalisations|overdoses|diagnoses";
const MYTH_RE = /^\W*(?:myth|false|fiction|misconception|rumou?r)\s*[:#-]/i;

/** "34 million Americans have diabetes", "805,000 heart attacks a year". */
const POPULATION_RE = new RegExp(
  String.raw`(?<![\w.,$-])(?:${NUM}\s?(?:million|billion|thousand|m|k)?\s*|(?:a|one|two|three|four|five|six|seven|eight|nine|ten|hundreds of|thousands of|millions of|billions of)\s+(?:(?:million|billion|thousand)\s*)?)(?:more\s+)?(?:${POPULATION_NOUNS})\b(?:\s+(?:in|across|around)\s+the\s+(?:u\.?s\.?|us|world|country|uk))?\s+(?:have|has|had|die|died|will|get|got|suffer|develop|live|lives|experience|are|were|is|was|each|every|a\s+year|per\s+year|annually|worldwide|globally|nationwide|could|may|need|lack|don'?t|do\s+not|smoke|use|struggle|report|say)\b`,
  "gi",
);
/** "half of all Americans", "nearly two-thirds of adults", "the majority of teens". */
const FRACTION_RE =
  /\b(?:half|a third|one[- ]third|two[- ]thirds|a quarter|one[- ]quarter|three[- ]quarters|a fifth|one[- ]fifth|the majority|a majority|most|the vast majority)\s+of\s+(?:all\s+)?(?:u\.?s\.?\s+|american\s+|older\s+|young\s+|new\s+)?(?:americans|adults|people|children|kids|women|men|babies|infants|teens|teenagers|adolescents|seniors|smokers|deaths|cases|patients|parents|mothers|pregnancies|births|cancers|strokes|heart attacks|infections|overdoses|those|us)\b/gi;
/** "a higher risk of", "at increased risk for", "more likely to develop". */
const RISK_PHRASE_RE =
  /\b(?:(?:higher|lower|greater|increased|reduced|elevated|decreased|bigger|smaller|double|triple)\s+(?:the\s+)?(?:risk|chance|odds|likelihood|rates?)\s+(?:of|for)|(?:more|less)\s+likely\s+to\s+(?:develop|get|have|die|be diagnosed|suffer|experience|need|become|start|use|smoke|drink|survive|recover|catch|spread|be hospitali[sz]ed)|(?:is|are)\s+(?:as|more|less)\s+(?:effective|safe|dangerous|harmful|deadly|addictive|common)\s+(?:as|than)|works?\s+(?:better|as well)\s+(?:than|as))\b/gi;

/** "every 40 seconds, someone…", "every 2 minutes a woman…". */
const RATE_RE = /\bevery\s+\d+(?:\.\d+)?\s+(?:seconds?|minutes?)\b|\bevery\s+\d+\s+hours?(?:\s*,)?\s+(?:someone|somebody|a person|an? american|a woman|a man|a child|a baby|one person)\b/gi;
/** "the leading cause of death", "#1 cause of", "the most common cancer". */
const RANK_RE =
  /\b(?:(?:the\s+)?(?:leading|number one|no\.?\s?1|#1|top|biggest|main|primary|second[- ]leading|third[- ]leading)\s+(?:preventable\s+)?(?:cause|causes|killer|risk factor)\s+of\b|the\s+most\s+common\s+(?:cancer|cause|type|form|chronic|infection|disease|reason|birth defect))/gi;

/** Percentages that are not claims: prices, concentrations, charges, ABV. */
const PERCENT_NOT_CLAIM_AFTER =
  /^\s*(?:off|discount|savings|cash\s?back|apr|apy|interest|tip|match|abv|alc|alcohol by volume|humidity|battery|charged|chance of (?:rain|snow|showers|storms)|of (?:proceeds|profits|sales|funds raised|the proceeds|ticket sales|every purchase)|juice|cotton|recycled|polyester|wool|cocoa|cacao|milk|fat milk|lidocaine|hydrocortisone|benzoyl|salicylic|zinc oxide|minoxidil|chlorhexidine|solution|cream|gel|ointment|saline|dextrose|tint|opacity|zoom|complete|done|funded|of (?:our|my|your)\b|to (?:our|charity|the foundation))/i;
const PERCENT_NOT_CLAIM_BEFORE = /(?:\b(?:save|saving|extra|additional|earn|receive|discount of|tip|sale:?|rated|score|scored|grade|apr of|charged to)\s*$|\b100\s*$)/i;
/** Context that makes a percentage a statistic. */
const PERCENT_CLAIM_AFTER =
  /^\s*(?:of\b|(?:lower|higher|less|more|fewer|greater|smaller|bigger|reduced|increased|reduction|increase|decrease|drop|rise|decline|jump|risk|chance|likelihood|odds|survival|mortality|success|effective|efficacy|improvement|relative|absolute|faster|slower|better|worse|likely|annually|a year|per year|each year|every year|among|in\s+(?:the\s+)?(?:risk|rate|number|deaths|cases|incidence|prevalence|mortality|hospitali[sz]ations|admissions))\b|(?:are|were|have|had|has|will|would|say|said|report|reported|don'?t|do not|did not|didn'?t|die|died|get|experience|develop|suffer|live|lack|never|use|smoke|drink)\b)/i;
const PERCENT_CLAIM_BEFORE =
  /\b(?:by|up|down|nearly|almost|about|around|over|under|more than|less than|fewer than|only|just|roughly|some|approximately|approx\.?|an estimated|estimated|a|rose|fell|dropped|increased|decreased|reduced|cut|lowered|raised|climbed|jumped|grew|declined|plunged|soared|doubled|to|than|at least|as many as|as much as|as few as|of|with)\s*$/i;

/** The org's own figures: "we treated", "our 3 new clinics", "95% of our patients". */
/** "we", "our", "us" (not "US"), "I", "my", but not the "our" of "our bodies". */
const OPERATIONAL_RE =
  /\b(?:[Ww]e|[Ww]e'?ve|[Ww]e'?re|[Oo]ur(?!\s+(?:bodies|body|brains?|hearts?|skin|bones|immune systems?|genes|cells|blood|lungs|guts?|species|planet|children's|kids'|society|country|nation|population))|us|I|I'?ve|[Mm]y)\b/;
/** A comparison with others makes the org's own figure a claim ("30% less likely than the national average"). */
const COMPARATIVE_RE = /\b(?:than|national average|state average|likely|odds|risk|risks|compared (?:to|with)|versus|vs\.?|benchmark)\b/i;

/** Verbs of a causal health claim. */
const CAUSAL_RE =
  /\b(causes?|(?:is|are)\s+(?:often\s+|usually\s+|mostly\s+|mainly\s+)?caused\s+by|leads? to|changes|slows|(?:has|have)\s+the\s+(?:ability|power)\s+to\s+\w+|prevents?|reduces?|lowers?|raises?|increases?|decreases?|cuts?|boosts?|improves?|protects?(?:\s+(?:you|them|us|him|her|kids|children|babies|people|(?:your|their|our|his|her)\s+\w+))?\s+(?:against|from)|(?:is|are)\s+linked\s+(?:to|with)|linked\s+to|(?:is|are)\s+(?:strongly\s+)?associated\s+with|(?:is|are)\s+tied\s+to|contributes?\s+to|triggers?|worsens?|reverses?|cures?|heals?|strengthens?|weakens?|damages?|doubles?|triples?|halves?|slashes?|is\s+(?:a|the)\s+(?:major\s+|leading\s+|main\s+|key\s+)?(?:risk factor|cause)\s+(?:for|of)|(?:is|are)\s+(?:the\s+)?(?:greatest|biggest|main|leading|major|primary)\s+cause|helps?\s+(?:to\s+)?(?:prevent|reduce|lower|protect|fight|control|manage|improve|relieve|repair|boost|with)|(?:is|are)\s+(?:proven|shown|known)\s+to|makes?\s+(?:you|people)\s+(?:more|less)|puts?\s+(?:you|people)\s+at\s+(?:higher\s+|greater\s+|increased\s+)?risk|(?:is|are)\s+(?:bad|good)\s+for\s+(?:your|the)\s+(?:heart|brain|health|teeth|bones|skin|lungs|liver|kidneys|gut))\b/gi;
const CAUSAL_PREFIX_RE =
  /(?:\b(?:can|may|might|could|will|does|do|did|actually|also|often|usually|significantly|greatly|dramatically|drastically|really|even|directly|not only)\s+)+$/i;
/** Objects that make a causal verb a health claim even with a modal ("can raise your risk of stroke"). */
const HEALTH_OBJECT_RE =
  /\b(?:risk|risks|chance|chances|odds|disease|diseases|cancer|cancers|death|deaths|mortality|heart|stroke|diabetes|blood pressure|cholesterol|infection|infections|inflammation|immune|immunity|symptoms|pain|obesity|weight|depression|anxiety|dementia|alzheimer'?s|memory|sleep|bones?|teeth|cavities|gum|lungs?|liver|kidneys?|brain|health|illness|flu|covid|asthma|allergies|arthritis|hospitali[sz]ation|overdose|addiction|fertility|pregnancy|birth defects|complications|recovery|healing|blood sugar|glucose|insulin|cognitive|mental health|life expectancy|lifespan|longevity|spread|transmission|outbreaks?|ulcers?|acne|hair loss|vision|hearing|migraine|headaches?|fatigue|stress|deaf|deafness|blind|blindness|nausea|damage)\b/i;
const PERSONAL_SUBJECT_RE = /^(?:i|we|you|he|she|they|it|this|that|these|those|which|who|there|u|me|us|them|one|our|my|his|her|their)$/i;

interface Claim {
  range: Range;
  kind: "statistic" | "evidence" | "claim";
  what: string;
}

function trim(text: string, s: number, e: number): Range {
  while (s < e && !/[\p{L}\p{N}@#$£€]/u.test(text[s])) s++;
  while (e > s && /[\s"'“”‘’*_)]/.test(text[e - 1])) e--;
  return [s, e];
}

const NUMBER_VALUE: Record<string, number> = {
  a: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  twenty: 20, hundred: 100, thousand: 1000,
};
function numberValue(s: string): number {
  const w = NUMBER_VALUE[s.toLowerCase()];
  return w ?? Number(s.replace(/,/g, ""));
}

/**
 * The text without its last word and the white space before it (as `str.replace(/\s+\S+$/, "")`,
 * which went over a long run of spaces once from each space in it).
 */
function dropLastWord(str: string): string {
  let j = str.length;
  while (j > 0 && !isSpaceCode(str.charCodeAt(j - 1))) j--;
  if (j === str.length || j === 0) return str;
  while (j > 0 && isSpaceCode(str.charCodeAt(j - 1))) j--;
  return str.slice(0, j);
}

/** The patterns of `statisticIn` compiled (used once): searched with from then on, without their cue. */
const USED = new Set<RegExp>();

/** Can `re` match in `lower`: it has been compiled, or `lower` holds one of `words`? */
function worth(re: RegExp, lower: string, words: readonly string[]): boolean {
  if (USED.has(re)) return true;
  for (let i = 0; i < words.length; i++) {
    if (lower.includes(words[i])) {
      USED.add(re);
      return true;
    }
  }
  return false;
}

/**
 * Words without which a pattern of `statisticIn` cannot match (each match holds one, lower-cased):
 * until a sentence holds them, the pattern is not compiled (see `worth`).
 */
const PERCENT_WORDS = ["%", "per"];
const TIMES_WORDS = ["likely", "risk", "higher", "lower", "greater", "many", "much", "common", "rate", "odds", "dead", "faster", "chance"];
const POPULATION_WORDS = POPULATION_NOUNS.split("|");
const FRACTION_WORDS = ["half", "third", "quarter", "fifth", "majority", "most"];
const RANK_WORDS = ["cause", "killer", "risk factor", "most common"];
const RATE_WORDS = ["every"];

/** Statistics in one sentence (`lower`: the sentence lower-cased). */
function statisticIn(s: string, lower: string): { at: number; what: string } | null {
  TEST_STAT_RE.lastIndex = 0;
  const ts = TEST_STAT_RE.exec(s);
  if (ts) return { at: ts.index, what: ts[0] };
  N_IN_M_RE.lastIndex = 0;
  for (let m = N_IN_M_RE.exec(s); m; m = N_IN_M_RE.exec(s)) {
    const a = numberValue(m[1]);
    const b = numberValue(m[2]);
    const around = s.slice(Math.max(0, m.index - 12), m.index + m[0].length + 12);
    // "3-in-1", "4 out of 5 stars", "1 in 2 weeks" are not statistics.
    if (!(a < b) || /\b(?:stars?|rating|rated|score|scale)\b/i.test(around)) continue;
    if (/^\s*(?:days?|weeks?|months?|years?|minutes?|hours?|seconds?)\b/i.test(s.slice(m.index + m[0].length, m.index + m[0].length + 20))) continue;
    return { at: m.index, what: m[0] };
  }
  let context: boolean | undefined;
  PERCENT_RE.lastIndex = 0;
  for (let m = worth(PERCENT_RE, lower, PERCENT_WORDS) ? PERCENT_RE.exec(s) : null; m; m = PERCENT_RE.exec(s)) {
    const before = s.slice(Math.max(0, m.index - 30), m.index);
    const after = s.slice(m.index + m[0].length, m.index + m[0].length + 40);
    if (/^100\b/.test(m[0]) && !/^\s*of\s+(?!our|my|your|the proceeds|proceeds)/i.test(after)) continue;
    if (PERCENT_NOT_CLAIM_AFTER.test(after) || PERCENT_NOT_CLAIM_BEFORE.test(before)) continue;
    if (!PERCENT_CLAIM_AFTER.test(after) && !PERCENT_CLAIM_BEFORE.test(before)) continue;
    context ??= STAT_CONTEXT_RE.test(s);
    if (!context && !PERCENT_OF_GROUP_RE.test(after)) continue;
    return { at: m.index, what: m[0] };
  }
  TIMES_RE.lastIndex = 0;
  const t = worth(TIMES_RE, lower, TIMES_WORDS) ? TIMES_RE.exec(s) : null;
  if (t && STAT_CONTEXT_RE.test(s)) return { at: t.index, what: t[0] };
  POPULATION_RE.lastIndex = 0;
  const p = worth(POPULATION_RE, lower, POPULATION_WORDS) ? POPULATION_RE.exec(s) : null;
  if (p) return { at: p.index, what: dropLastWord(p[0]) };
  FRACTION_RE.lastIndex = 0;
  const f = worth(FRACTION_RE, lower, FRACTION_WORDS) ? FRACTION_RE.exec(s) : null;
  if (f && !/^most\b/i.test(f[0])) return { at: f.index, what: f[0] };
  RATE_RE.lastIndex = 0;
  const r = worth(RATE_RE, lower, RATE_WORDS) ? RATE_RE.exec(s) : null;
  if (r) return { at: r.index, what: r[0] };
  RANK_RE.lastIndex = 0;
  const k = worth(RANK_RE, lower, RANK_WORDS) ? RANK_RE.exec(s) : null;
  if (k) return { at: k.index, what: k[0] };
  return null;
}

/** Words that make a percentage or a ratio a health or population statistic. */
const STAT_CONTEXT_RE = new RegExp(
  String.raw`${HEALTH_OBJECT_RE.source}|\b(?:bod(?:y|ies)|patients?|adults?|people|persons|children|kids|babies|infants|teens|teenagers|adolescents|youth|women|men|mothers|moms|americans|seniors|older adults|smokers|vapers|drinkers|users|population|residents|workers|employees|students|doctors|nurses|physicians|clinicians|dentists|pharmacists|hospitals?|vaccinated|unvaccinated|screened|insured|uninsured|obese|overweight|diagnosed|survivors?|deaths?|cases|births|pregnancies|infections?|readmissions?|admissions?|mortality|survival|incidence|prevalence|efficacy|effective|likely|odds|risk|rates?)\b`,
  "i",
);

/** "65% of cats born with blue eyes are deaf": a share of a group, said to be something. */
const PERCENT_OF_GROUP_RE =
  /^\s*of\s+(?:all\s+)?(?:the\s+)?(?:[\w'’-]+\s+){1,6}?(?:are|is|were|was|have|has|had|will|would|do|does|don'?t|never|say|said|report|get|die|develop|suffer|live|experience)\b/i;
/** Results of a statistical test: "95% CI 1.8–4.3", "aHR 2.8", "p < 0.05". */
const TEST_STAT_RE = /\b\d{2}\s?%\s?(?:CI|confidence interval)\b|\b(?:a?HR|a?OR|RR|IRR)\s*(?:[=:]\s*)?\d+(?:\.\d+)?\b|\bp\s?[<=≤]\s?0?\.\d+/g;

/** The org's own numbers: "we" or "our" in the clause before the figure and no comparison. */
function operational(s: string, at: number): boolean {
  const clauseStart = Math.max(s.lastIndexOf(",", at), s.lastIndexOf(";", at), s.lastIndexOf(":", at), s.lastIndexOf("—", at), 0);
  const head = s.slice(clauseStart, at + 40);
  if (!OPERATIONAL_RE.test(s.slice(clauseStart, at + 30))) return false;
  return !COMPARATIVE_RE.test(head);
}

const EVIDENCE_NOUN_END = /(?:study|report|survey|poll|trial|meta-analysis|review of|research)$/i;
const REPORTING_VERB_RE =
  /\b(?:shows?|showed|shown|finds?|found|suggests?|suggested|says?|said|reveals?|revealed|reports?|reported|links?|linked|indicates?|indicated|concludes?|concluded|confirms?|confirmed|proves?|proved|demonstrates?|demonstrated|published|points? to|ties?|tied|estimates?|estimated)\b/i;

function evidenceRegex(extra: readonly string[], flags = "gi"): RegExp {
  const phrases = [...EVIDENCE_PHRASES.phrases, ...extra.map((p) => p.trim().toLowerCase()).filter(Boolean)];
  const alt = phrases
    .sort((a, b) => b.length - a.length)
    .map((p) => escapeRe(p).replace(/ /g, "\\s+"))
    .join("|");
  return new RegExp(`(?<![\\w'’-])(?:${alt})(?![\\w-])`, flags);
}
const evidenceCache = new Map<string, RegExp>();
/** The built-in phrases without the `i` flag, for lower-cased text (several times faster). */
const EVIDENCE_LOWER_RE = evidenceRegex([], "g");
const EVIDENCE_RE = evidenceRegex([]);

/**
 * Lower-case matching is case-insensitive matching except for these characters (ı, ſ, the Kelvin
 * sign, İ, and the Greek mu, which the `i` flag matches with µ).
 */
const NOT_PLAIN_CASE = /[\u0130\u0131\u017f\u212a\u039c\u03bc]/;

/**
 * Words without which a sentence has no appeal to evidence: each built-in phrase and each noun of
 * EVIDENCE_STRUCTURE_RE contains one (test/rules/missing-source-hostile.test.ts checks it).
 */
export const EVIDENCE_CUE =
  /stud(?:y|ies)|research|scien|evidence|data|statistic|stats|numbers|doctors|dentists|experts|proven|shown|report|survey|poll|trial|meta-analysis|review|according|analysis|paper|findings/i;

/** Words without which a sentence has no statistic (a superset of what `statisticIn` looks for). */
export const STAT_CUE = new RegExp(
  String.raw`\d|\b(?:${NUMBER_WORDS}|hundreds|thousands|millions|billions|twice|times|doubles?|doubled|triples?|tripled|quadruples?|quadrupled|halve[sd]?|half|thirds?|quarters?|fifth|majority|most|causes?|killer|risk factor)\b|\ba\s+(?:million|billion|thousand|more|${POPULATION_NOUNS})`,
  "i",
);

/** "The study indicates…", "Research published last week found…", "scientists at Yale discovered…". */
const EVIDENCE_STRUCTURE_RE =
  /\b(?:(?:the|this|that|a|one|new|recent|latest|large|small|another)\s+)?(?:study|studies|research|report|survey|trial|analysis|paper|review|data|evidence|findings|scientists|researchers)\s+(?:[\w'’,-]+\s+){0,4}?(?:show|shows|showed|shown|found|finds|suggest|suggests|suggested|indicate|indicates|indicated|prove|proves|proved|reveal|reveals|revealed|confirm|confirms|confirmed|demonstrate|demonstrates|demonstrated|discovered|concluded|concludes|links|linked)\b/gi;

/**
 * An appeal to evidence in `s`. `re` finds the phrases in `scan`: `s` itself, or `s` lower-cased
 * for a regex without the `i` flag (same offsets).
 */
function evidenceIn(s: string, re: RegExp, extra: readonly string[], scan = s): { at: number; what: string } | null {
  const question = /\?\s*$/.test(s);
  EVIDENCE_STRUCTURE_RE.lastIndex = 0;
  for (let m = EVIDENCE_STRUCTURE_RE.exec(s); m && !question; m = EVIDENCE_STRUCTURE_RE.exec(s)) {
    const before = s.slice(Math.max(0, m.index - 30), m.index);
    if (/\b(?:our|my|we|us|i)\s+(?:[\w-]+\s+){0,3}$/i.test(before)) continue;
    if (/\b(?:if|whether|what|how|does|do|did)\s+(?:\w+\s+){0,2}$/i.test(before)) continue;
    return { at: m.index, what: m[0].replace(/\s+/g, " ") };
  }
  re.lastIndex = 0;
  for (let m = re.exec(scan); m; m = re.exec(scan)) {
    const phrase = s.slice(m.index, m.index + m[0].length).replace(/\s+/g, " ");
    // "fake \"clinically proven\" labels": the phrase is quoted, not used.
    if (/["“'‘]\s*$/.test(s.slice(Math.max(0, m.index - 2), m.index)) && /^\s*["”'’]/.test(s.slice(m.index + m[0].length, m.index + m[0].length + 2))) continue;
    // "not clinically proven", "no studies show": the post denies the evidence.
    if (/\b(?:not|never|no|isn'?t|aren'?t|wasn'?t|weren'?t|hasn'?t|haven'?t|nor)\s+(?:\w+\s+)?$/i.test(s.slice(Math.max(0, m.index - 24), m.index))) continue;
    const custom = extra.some((x) => x.trim().toLowerCase() === phrase.toLowerCase());
    if (!custom && EVIDENCE_NOUN_END.test(phrase) && !/^according to\b/i.test(phrase)) {
      // "a new study" is a claim only with what it found: "a new study finds…".
      const next = s.slice(m.index + m[0].length, m.index + m[0].length + 90);
      if (!REPORTING_VERB_RE.test(next)) continue;
      if (/^\s+(?:of|on|about|into)\s+(?:our|my)\b/i.test(next)) continue;
      // "Join our new study", "enroll in a clinical trial": an invitation, not evidence.
      const before = s.slice(Math.max(0, m.index - 40), m.index);
      if (/\b(?:join|enrol+|enroll(?:ing)?|participate in|take part in|volunteer for|sign up for|recruiting for|launch(?:ed|ing)?|start(?:ed|ing)?|lead(?:ing)?|our|we(?:'re| are)? (?:running|conducting|leading))\s*$/i.test(before)) continue;
    }
    if (/^(?:shown to|proven to)$/i.test(phrase)) {
      const before = s.slice(Math.max(0, m.index - 20), m.index);
      if (!/\b(?:been|is|are|was|were|be|clinically|scientifically)\s*$/i.test(before)) continue;
    }
    return { at: m.index, what: phrase };
  }
  return null;
}

interface Term {
  text: string;
  start: number;
  tags: Set<string>;
}

/** The terms of a compromise document with their offsets into the parsed text. */
function termsOf(doc: NlpDocument): Term[] {
  const out: Term[] = [];
  for (const sentence of doc.json({ offset: true }) as Array<{ terms: Array<{ text: string; offset: { start: number }; tags: string[] }> }>) {
    for (const t of sentence.terms) out.push({ text: t.text, start: t.offset.start, tags: new Set(t.tags) });
  }
  return out;
}

/** Is the word at `at` used as a verb? compromise's tag, with a rescue for "X reduces Y". */
function usedAsVerb(terms: Term[], at: number, health: boolean): boolean {
  const i = terms.findIndex((t) => t.start === at);
  if (i < 0) return true;
  const t = terms[i];
  if (t.tags.has("Verb")) return true;
  const prev = terms[i - 1];
  const next = terms[i + 1];
  // compromise often reads "Sugary drinks raise your risk" as nouns: a noun before and a noun
  // phrase after make it a verb; with a health object ("Vaping damages your lungs") a gerund
  // subject will do.
  if (
    health &&
    prev !== undefined &&
    (prev.tags.has("Noun") || prev.tags.has("Gerund")) &&
    !prev.tags.has("Pronoun") &&
    next !== undefined &&
    /^[\w]/.test(next.text) &&
    !next.tags.has("Conjunction") &&
    !next.tags.has("Preposition")
  )
    return true;
  return (
    prev !== undefined &&
    prev.tags.has("Noun") &&
    !prev.tags.has("Possessive") &&
    !prev.tags.has("Pronoun") &&
    next !== undefined &&
    /^[\w]/.test(next.text) &&
    !next.tags.has("Conjunction") &&
    !next.tags.has("Preposition") &&
    !next.tags.has("Verb") &&
    (next.tags.has("Determiner") || next.tags.has("Possessive") || next.tags.has("Noun") || next.tags.has("Adjective") || next.tags.has("Value"))
  );
}

/** A causal health claim, confirmed with compromise: a statement with a subject, not an instruction. */
/**
 * compromise is asked about at most NLP_BUDGET sentences of one post: a parse costs milliseconds,
 * and a long or hostile post must not turn each of its sentences into one.
 */
const NLP_BUDGET = 12;
interface Budget {
  left: number;
}

function causalIn(ctx: RuleContext<Options>, s: string, budget: Budget): { at: number; what: string } | null {
  if (/\?\s*$/.test(s) && !/^\s*did you know\b/i.test(s)) return null;
  CAUSAL_RE.lastIndex = 0;
  let terms: Term[] | null = null;
  let tries = 0;
  for (let v = CAUSAL_RE.exec(s); v && tries < 8; v = CAUSAL_RE.exec(s), tries++) {
    // Modals and adverbs before the verb ("can help prevent", "also causes") belong to the claim.
    const pre = CAUSAL_PREFIX_RE.exec(s.slice(Math.max(0, v.index - 80), v.index))?.[0] ?? "";
    const m = { index: v.index - pre.length, 0: pre + v[0], 1: v[1] };
    const verbAt = v.index;
    // The subject is in the words just before the verb: look no further back than that.
    const head = s.slice(Math.max(0, m.index - 160), m.index);
    const modal = /\b(?:can|may|might|could|will)\b/i.test(m[0].slice(0, m[0].length - m[1].length));
    const after = s.slice(m.index + m[0].length, m.index + m[0].length + 80);
    const healthObject = HEALTH_OBJECT_RE.test(after) || /\brisk\b/i.test(m[1]) || (modal && HEALTH_OBJECT_RE.test(s));
    const words = head.trim().split(/\s+/).filter(Boolean);
    if (words.length === 0) continue; // "Reduce your risk…": an instruction
    // A claim has an object: "nutrition changes and movement", "no changes to the vent", "an
    // increase in neo" do not.
    if (/^\s*(?:and|or|but|&|[,.;:!?)]|$)/i.test(after)) continue;
    if (!/\s(?:to|with|against|from|for|of|in)$/i.test(m[0]) && /^\s+(?:in|to|of|at|on|for|from|with|made|were|was|are|is|noted|since|overnight|today|tonight|yesterday|this|per)\b/i.test(after)) continue;
    // "the 21st Century Cures Act": a capitalised verb inside a sentence is part of a name.
    if (/^[A-Z][a-z]/.test(m[1]) && /[a-z]/.test(s) && /\S/.test(s.slice(0, verbAt))) continue;
    // Past-tense narratives ("the storm caused delays") are not present-tense claims.
    if (/^(?:caused|led|prevented|reduced|lowered|raised|increased|decreased|boosted|improved|triggered|worsened|cured|healed)$/i.test(m[1])) continue;
    if (/\b(?:if|whether|unless|does|do|how|what|why|which|that|who)\s+(?:\w+ly\s+)?$/i.test(head)) continue;
    if (/\b(?:not|never|doesn'?t|don'?t|didn'?t|won'?t|can'?t|cannot|isn'?t|aren'?t|no)\b/i.test(m[0]) || /\b(?:not|never|doesn'?t|don'?t|won'?t|can'?t|cannot|isn'?t|aren'?t|no longer)\s*$/i.test(head)) continue;
    if (modal && !healthObject) continue;
    const last = words[words.length - 1].replace(/[^\w'’]/g, "");
    if (
      /^(?:to|and|or|will|would|should|must|please|let|help|helps|can|may|the|a|an|its|their|his|her|your|our|my|of|for|with|in|on|at|by|from|no|any|some|slight|slightly|further|small|large|significant|marked|mild|minimal|new|recent|major|minor|this|that|these|those|requiring|noted|vent|ventilator|med|dose|lifestyle|big|sudden|gradual|steady|sharp|overall|initial|no\.)$/i.test(last) &&
      !modal
    )
      continue;
    // The subject: the words before the verb in the same clause (or the sentence, for "X not only…, but reduces Y").
    const parts = head.split(/([,;:—–()]|\b(?:and|but|so|because|while|when|although|though)\b)/i);
    let clause = parts.pop()!.trim();
    const separator = (parts.pop() ?? "").trim().toLowerCase();
    let coordinated = false;
    if ((!clause || /^(?:also|only|even)$/i.test(clause)) && (separator === "but" || separator === "and")) {
      clause = head.replace(/[,;:—–()]|\b(?:not only|but|and)\b/gi, " ").trim();
      coordinated = true;
    }
    if (!clause) continue;
    const subjectWords = clause.split(/\s+/);
    const first = subjectWords[0].replace(/[^\w]/g, "");
    if (/^(?:we|i|our|my|us|me)$/i.test(first)) continue;
    const subjectHead = subjectWords[subjectWords.length - 1].toLowerCase().replace(/[^\w'’]/g, "");
    if (PERSONAL_SUBJECT_RE.test(subjectHead) && !healthObject) continue;
    // "X cause Y" needs a plural X ("Sugary drinks raise…"); "a bath cause…" is "'cause".
    const verbWord = m[1].split(/\s+/)[0];
    if (!modal && !/s$/i.test(verbWord) && !/^(?:is|are)$/i.test(verbWord)) {
      const plural =
        subjectWords.some((w) => /[^s'’]s$/i.test(w.replace(/[^\w'’]/g, "")) && !/(?:ness|ss|is|us)$/i.test(w.replace(/[^\w]/g, ""))) ||
        /\s(?:and|&)\s/i.test(clause) ||
        /\b(?:children|people|women|men|teeth|feet|data|adults|kids|they)\b/i.test(clause);
      if (!plural) continue;
      // "lower lobe", "double lumen": an adjective before a noun, unless what follows is a health object.
      if (/^(?:lower|raise|double|triple|cut|increase|decrease|change|damage|trigger|boost)$/i.test(verbWord) && !/^\s+(?:the|your|their|our|his|her|a|an|its|this|that|these|those|one'?s)\b/i.test(after) && !HEALTH_OBJECT_RE.test(after.slice(0, 30))) continue;
    }
    // Notes typed in capitals ("INCREASE DIET AND ACTIVITY") are not prose.
    if (s.length > 20 && (s.match(/[A-Z]/g)?.length ?? 0) > 0.6 * (s.match(/[A-Za-z]/g)?.length ?? 1)) return null;
    if (terms === null) {
      if (budget.left <= 0) return null;
      budget.left--;
      terms = termsOf(ctx.nlp(s.length > 600 ? s.slice(0, 600) : s));
    }
    const subjectTerm = terms.filter((t) => t.start < verbAt && !(coordinated && (t.tags.has("Conjunction") || t.tags.has("Adverb")))).pop();
    const riskObject = /^\s*(?:(?:the|your|their|his|her|a|one'?s|a person'?s)\s+)?(?:risk|risks|chance|chances|odds|likelihood)\b/i.test(after);
    if (!riskObject && !usedAsVerb(terms, verbAt, healthObject)) continue;
    if (subjectTerm && (subjectTerm.tags.has("Imperative") || subjectTerm.tags.has("Conjunction") || subjectTerm.tags.has("Preposition"))) continue;
    if (!healthObject && subjectTerm && !subjectTerm.tags.has("Noun") && !subjectTerm.tags.has("Gerund")) continue;
    return { at: verbAt, what: m[1].replace(/\s+/g, " ") };
  }
  return null;
}

/** "X carries a higher risk of Y", "children are more likely to develop asthma". */
function riskPhraseIn(s: string): { at: number; what: string } | null {
  if (/\?\s*$/.test(s) && !/^\s*did you know\b/i.test(s)) return null;
  RISK_PHRASE_RE.lastIndex = 0;
  const m = RISK_PHRASE_RE.exec(s);
  if (!m) return null;
  const head = s.slice(Math.max(0, m.index - 160), m.index);
  if (/^\s*$/.test(head) || /\b(?:if|whether|how|what|why|learn|find out|ask|know)\b[^.]*$/i.test(head)) return null;
  if (/\b(?:not|never|no)\s+(?:\w+\s+)?$/i.test(head)) return null;
  if (OPERATIONAL_RE.test(head) && !COMPARATIVE_RE.test(m[0] + s.slice(m.index + m[0].length, m.index + m[0].length + 120))) return null;
  return { at: m.index, what: m[0].replace(/\s+/g, " ") };
}

export default defineRule<Options>({
  meta: {
    id: "missing-source",
    description: "A statistic, an evidence phrase (\"studies show\") or a health-fact claim in a post that cites no source.",
    defaultSeverity: "warn",
    nlp: true,
    options: {
      authorities: {
        type: "array",
        items: { type: "string" },
        default: AUTHORITIES.flatMap((g) => g.names),
        description:
          "Names accepted as a source when the post attributes the claim to them (\"according to the CDC\", \"(Source: WHO)\", \"CDC data show\"). Acronyms in capitals match only in capitals.",
      },
      linkCounts: {
        type: "boolean",
        default: true,
        description:
          "A bare link counts as a citation. When false, only links to a source (government, university, journal, DOI or PubMed pages, or a link whose text names a study or report) count.",
      },
      triggers: {
        type: "array",
        items: { type: "string" },
        default: [],
        description: "Extra phrases that mark a claim needing a source, added to the built-in evidence phrases (\"clinically shown\").",
      },
      claims: {
        type: "boolean",
        default: true,
        description: "Also flag health-fact claims with a causal verb (\"X reduces the risk of Y\", \"X causes Y\"); statistics and evidence phrases are always checked.",
      },
    },
    messages: {
      missingSource:
        "Unsourced {{kind}} ('{{what}}'): cite a source in the post (a link, DOI or PMID, or a named authority such as \"according to the CDC\") or in front matter `sources`.",
    },
  },
  check(ctx) {
    const { text } = ctx.post;
    const extra = ctx.options.triggers ?? [];
    // A post with a link or sources in front matter is cited: nothing to read.
    if (citedByLinkOrFrontMatter(ctx)) return;
    // Screen: no number, no evidence word, no causal verb.
    if (
      !SCREEN_RE.test(text) &&
      !(extra.length && extra.some((t) => text.toLowerCase().includes(t.toLowerCase())))
    )
      return;
    // Hashtags and @handles are not words of the claim (offsets kept).
    const work = blankTagsAndHandles(text);
    let evidenceRe: RegExp;
    // The built-in phrases are matched on the lower-cased text; custom ones as given.
    let lowerWork: string | null = null;
    if (extra.length === 0) {
      evidenceRe = EVIDENCE_LOWER_RE;
      if (!NOT_PLAIN_CASE.test(work)) lowerWork = work.toLowerCase();
      else evidenceRe = EVIDENCE_RE;
    } else {
      const key = extra.join("\u0000");
      evidenceRe = evidenceCache.get(key) ?? evidenceRegex(extra);
      evidenceCache.set(key, evidenceRe);
    }
    const budget: Budget = { left: NLP_BUDGET };
    const claims: Claim[] = [];
    for (const [s, e] of sentenceRanges(work)) {
      // (At most five findings per post: later claims would not be reported.)
      if (claims.length >= 5) break;
      const sentence = work.slice(s, e);
      // "Myth: vitamin C cures colds." states the claim in order to refute it.
      if (MYTH_RE.test(sentence)) continue;
      const lower = lowerWork === null ? null : lowerWork.slice(s, e);
      const ev = extra.length > 0 || EVIDENCE_CUE.test(lower ?? sentence) ? evidenceIn(sentence, evidenceRe, extra, lower ?? sentence) : null;
      if (ev) {
        claims.push({ range: [s, e], kind: "evidence", what: ev.what });
        continue;
      }
      const st = STAT_CUE.test(lower ?? sentence) ? statisticIn(sentence, lower ?? sentence.toLowerCase()) : null;
      if (st && !operational(sentence, st.at)) {
        claims.push({ range: [s, e], kind: "statistic", what: st.what.trim() });
        continue;
      }
      if (ctx.options.claims !== false) {
        const c = causalIn(ctx, sentence, budget) ?? riskPhraseIn(sentence);
        if (c) claims.push({ range: [s, e], kind: "claim", what: c.what });
      }
    }
    if (claims.length === 0 || hasCitation(ctx)) return;
    // (At most five findings per post: the writer needs to see that sources are missing, not every claim.)
    for (const c of claims.slice(0, 5)) {
      const kind = c.kind === "statistic" ? "statistic" : c.kind === "evidence" ? "appeal to evidence" : "health claim";
      ctx.report({ messageId: "missingSource", data: { kind, what: c.what }, range: trim(text, c.range[0], c.range[1]) });
    }
  },
});
