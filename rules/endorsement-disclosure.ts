import { defineRule } from "../src/rule.js";
import type { Platform, Range } from "../src/types.js";
import {
  AFFILIATE_LINK,
  ANCHORS,
  CUE_TAGS,
  DEFAULT_FOLDS,
  DISCLOSURE_PHRASES,
  DISCLOSURE_TAGS,
  LABEL_PHRASES,
  NOT_A_GIFT,
  NOT_A_GIFT_NOUNS,
  NOT_A_GIVER,
  OWN_SELLER,
  PRODUCT_NOUNS,
  PROMOTION_WORDS,
  PUBLIC_PARTY,
  VAGUE_TAGS,
} from "./data/endorsement-disclosure.js";

type Options = {
  folds: Partial<Record<Platform, number>>;
  clusterSize: number;
};

interface Cue {
  range: Range;
  text: string;
}

interface Disclosure {
  range: Range;
  text: string;
  tag: boolean;
}

type Hashtag = { tag: string; range: Range };

const fold = { type: "integer", minimum: 1 } as const;

export default defineRule<Options>({
  meta: {
    id: "endorsement-disclosure",
    description:
      "A post shows a material connection to a brand (gifted product, paid partnership, discount code, affiliate link) without a clear and conspicuous disclosure such as \"#ad\" or \"Paid partnership with …\".",
    defaultSeverity: "error",
    options: {
      folds: {
        type: "object",
        description:
          "Characters each platform shows before its \"more\" fold; a disclosure past the fold is not conspicuous. Instagram: about 125; no default for the others.",
        properties: { x: fold, linkedin: fold, instagram: fold, facebook: fold, threads: fold, generic: fold },
        default: { ...DEFAULT_FOLDS },
      },
      clusterSize: {
        type: "integer",
        minimum: 2,
        default: 3,
        description:
          "A disclosure hashtag in a run of this many hashtags at the end of the post (or after the first of such a run elsewhere) is buried.",
      },
    },
    messages: {
      missing:
        "Material connection (\"{{cue}}\") with no clear disclosure: say \"#ad\", \"Sponsored\" or \"Paid partnership with …\" near the start of the post (16 CFR 255.5; FTC Disclosures 101).",
      vague:
        "\"{{tag}}\" is too vague to disclose the material connection (\"{{cue}}\"): use \"#ad\", \"Sponsored\" or \"Paid partnership with …\" (FTC Disclosures 101).",
      buried:
        "The disclosure \"{{tag}}\" is buried in a run of hashtags, where readers skip it; put it at the start of the post (16 CFR 255.5; FTC Disclosures 101).",
      afterFold:
        "The disclosure \"{{tag}}\" comes after the first {{fold}} characters, below {{platform}}'s \"more\" fold; put it before the fold (16 CFR 255.5; FTC Disclosures 101).",
    },
  },
  check(ctx) {
    const { post } = ctx;
    const text = post.text;
    if (isTrue(post.frontMatter.paidPartnershipLabel)) return;
    const sponsoredFm = isTrue(post.frontMatter.sponsored);
    const affiliateLink = post.links.find((l) => AFFILIATE_LINK.test(l.url));
    const scan = new Scan(text);
    let cue = scan.firstCue() ?? (text.includes("🎁") ? giftEmoji(text) : undefined) ?? scan.looseCue();
    // Without a cue the scan has read the whole post, and knows whether a label word is in it.
    const labelWords = cue !== undefined || scan.sawLabel;
    // Hashtags matter only when one could disclose or show a connection (or is vague, after a cue).
    const hashtags = (text.includes("#") || text.includes("＃")) && TAG_SCREEN.test(text) ? extractHashtags(text) : [];
    for (const h of hashtags) {
      if (cue && cue.range[0] <= h.range[0]) break;
      // #partnership, #thanks...: a connection only from an individual who tags a brand, or one who sells.
      const weak = !CUE_TAGS.has(h.tag) && VAGUE_TAGS.has(h.tag) && (scan.sells() || (scan.individual() && scan.commercialAt()));
      if (cueTag(h.tag) || weak || brandRoleTag(h.tag)) {
        cue = { range: h.range, text: text.slice(h.range[0], h.range[1]) };
        break;
      }
    }
    if (affiliateLink && (!cue || affiliateLink.range[0] < cue.range[0])) cue = { range: affiliateLink.range, text: "affiliate link" };
    const first = cue ?? (sponsoredFm ? firstWord(text, "sponsored: true (front matter)") : undefined);
    if (!first && !labelWords && hashtags.length === 0) return;

    // A label ("#ad", "Ad:", "Paid partnership") shows a connection too: it must then be conspicuous.
    const disclosures = findDisclosures(text, hashtags, labelWords, first !== undefined);
    if (!first && disclosures.length === 0) return;

    const foldAt = ctx.options.folds[post.platform];
    const begin = Math.max(0, text.search(/\S/));
    const clusters = disclosures.some((d) => d.tag) ? clusterIndex(text, hashtags, ctx.options.clusterSize) : undefined;
    let problem: { kind: "buried" | "afterFold"; d: Disclosure } | undefined;
    for (const d of disclosures) {
      const buried = d.tag && clusters?.get(d.range[0]) === "buried";
      const afterFold = foldAt !== undefined && d.range[0] - begin >= foldAt;
      if (!buried && !afterFold) return;
      problem ??= { kind: afterFold ? "afterFold" : "buried", d };
    }
    if (problem) {
      ctx.report({
        messageId: problem.kind,
        data: { tag: problem.d.text, fold: foldAt, platform: PLATFORM_NAMES[post.platform] },
        range: problem.d.range,
      });
      return;
    }
    if (!first) return;
    const vague = hashtags.find((h) => VAGUE_TAGS.has(h.tag) || cueTag(h.tag) || brandRoleTag(h.tag));
    if (vague) {
      ctx.report({ messageId: "vague", data: { tag: text.slice(vague.range[0], vague.range[1]), cue: first.text }, range: vague.range });
      return;
    }
    ctx.report({ messageId: "missing", data: { cue: first.text }, range: first.range });
  },
});

const PLATFORM_NAMES: Record<Platform, string> = {
  x: "X",
  linkedin: "LinkedIn",
  instagram: "Instagram",
  facebook: "Facebook",
  threads: "Threads",
  generic: "the platform",
};

/** Words without which no label phrase ("Ad:", "Sponsored", "advertisement", "paid partnership") can match. */
const LABEL_WORD = /^(?:ad|sponsor\w*|advertis\w*)$/;
const PAID_P = /^\s+p/i;
/** Starts of the tags `cueTag` recognises by form, for the hashtag screen. */
const CUE_TAG_PREFIX = "(?:gifted|pr(?:gift|sample|box|package|haul|product|send|mail|kit|list|unbox|item)|partnered|partnering|brandrep|ambassadorship)";
/** A post without one of these has no hashtag that can disclose, show or fail to disclose a connection. */
const TAG_SCREEN = new RegExp(
  `[#＃](?:${caseless([...new Set([...DISCLOSURE_TAGS, ...VAGUE_TAGS])].sort((a, b) => b.length - a.length).join("|"))}|[\\p{L}\\p{N}_]{2,30}?${caseless("(?:ambassador|partner|creator|athlete)")}|${caseless(CUE_TAG_PREFIX)}[\\p{L}\\p{N}_]*)(?![\\p{L}\\p{M}\\p{N}_])`,
  "u",
);

/** The anchor words of every family, found in one pass; the capture group says which family. */
const FAMILIES = [
  ...ANCHORS,
  { id: "link", words: "links?|checkout" },
  { id: "label", words: "ad|sponsor\\w*|advertis\\w*" },
] as ReadonlyArray<{ id: string; words: string; next?: string }>;
/**
 * Every anchor word in one regex, a capture group per family. Within a family the alternatives are
 * merged into a trie on their literal prefixes and letters are spelt in both cases (see `caseless`),
 * so that most positions are dropped after a character or two: about three times faster than a
 * flat case-insensitive alternation. The regexes below that run only on posts with a cue keep the
 * shorter `i` form, which compiles faster.
 */
const ANCHOR = new RegExp(
  `\\b(?:${FAMILIES.map((f) => `(${caseless(trie(splitAlternatives(f.words)))})${f.next ? caseless(f.next) : ""}`).join("|")})(?![\\w'’])`,
  "g",
);

/**
 * A regex source that matches ASCII letters in either case without the `i` flag: V8 runs
 * `[tT][hH]…` about 2.5 times faster than `/th…/i` over long text. Escapes (\\s, \\b, \\w) are kept.
 */
function caseless(src: string): string {
  let out = "";
  let inClass = false;
  for (let k = 0; k < src.length; k++) {
    const ch = src[k];
    if (ch === "\\") {
      out += ch + src[++k];
      continue;
    }
    if (inClass) {
      if (ch === "]") inClass = false;
      else if (/[a-z]/i.test(ch)) {
        if (src[k - 1] === "-" || src[k + 1] === "-") throw new Error(`caseless: letter range in ${src}`);
        out += ch.toLowerCase() + ch.toUpperCase();
        continue;
      }
      out += ch;
      continue;
    }
    if (ch === "[") inClass = true;
    else if (ch === "{") {
      // A quantifier such as {1,2}: copy it whole.
      const close = src.indexOf("}", k);
      out += src.slice(k, close + 1);
      k = close;
      continue;
    } else if (ch === "(" && src[k + 1] === "?" && src[k + 2] === "<" && /[a-z]/i.test(src[k + 3])) {
      throw new Error("caseless: named groups are not supported");
    }
    out += /[a-z]/i.test(ch) ? `[${ch.toLowerCase()}${ch.toUpperCase()}]` : ch;
  }
  return out;
}

/** Top-level alternatives of a regex source. */
function splitAlternatives(src: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let inClass = false;
  let cur = "";
  for (let k = 0; k < src.length; k++) {
    const ch = src[k];
    if (ch === "\\") {
      cur += ch + src[++k];
      continue;
    }
    if (inClass) inClass = ch !== "]";
    else if (ch === "[") inClass = true;
    else if (ch === "(") depth++;
    else if (ch === ")") depth--;
    else if (ch === "|" && depth === 0) {
      parts.push(cur);
      cur = "";
      continue;
    }
    cur += ch;
  }
  parts.push(cur);
  return parts;
}

/** Merges alternatives that start with the same (unquantified) letter, recursively. */
function trie(alternatives: string[]): string {
  const byLetter = new Map<string, string[]>();
  const rest: string[] = [];
  for (const a of alternatives) {
    if (a.length > 1 && /^[a-z]/i.test(a) && !/[?*+{]/.test(a[1])) {
      const k = a[0].toLowerCase();
      const list = byLetter.get(k) ?? [];
      list.push(a.slice(1));
      byLetter.set(k, list);
    } else rest.push(a);
  }
  const out: string[] = [];
  for (const [k, list] of byLetter) out.push(list.length === 1 ? `${k}(?:${list[0]})` : `${k}(?:${trie(list)})`);
  return [...out, ...rest].join("|");
}

function isTrue(v: unknown): boolean {
  return v === true || (typeof v === "string" && /^(?:true|yes)$/i.test(v.trim()));
}

/** "🎁 from @Kinship", "🎁 c/o @Brand": the emoji says what the word would. */
const GIFT_EMOJI = /🎁\s*(?:from|by|c\/o|courtesy\s+of|compliments\s+of)\s+@(\w+)/u;
function giftEmoji(text: string): Cue | undefined {
  const m = GIFT_EMOJI.exec(text);
  if (!m || PUBLIC_PARTY.test(m[1])) return undefined;
  return { range: [m.index, m.index + m[0].length], text: m[0] };
}

function firstWord(text: string, label: string): Cue | undefined {
  const m = /\S+/.exec(text);
  if (!m) return undefined;
  return { range: [m.index, m.index + m[0].length], text: label };
}

// ---------------------------------------------------------------------------------------------
// Compositions. Each pattern runs on a short window around an anchor (a sentence, at most a few
// hundred characters), anchored with ^ or $, so the whole scan stays linear in the post's length.

/** A party named after a preposition: "@Brand", "the brand", "the team at Brand", "Brand Name". */
const PARTY_AFTER =
  /^\s*(?:(?:my|our)\s+(?:good\s+)?(?:friends|pals)\s+(?:at|from|over\s+at)\s+|(?:the\s+)?(?:(?:lovely|kind|amazing|sweet|wonderful|awesome|whole|great|fine|good)\s+)?(?:(?:team|folks|people|crew|gang|ladies|guys)\s+(?:at|from|over\s+at)\s+)?)(?:(@\w+)|(brand|company|brands|companies)\b|([A-Z][\w'’&-]*(?:\s+[A-Z][\w'’&-]*){0,3}))/;
/** Capitalised words that are not a brand when they name a party. */
const LOWER = /[a-z]/;
const NOT_BRAND_WORD =
  /^(?:I|The|This|That|These|Those|It|We|He|She|They|You|My|Our|Your|His|Her|Their|Mom|Mum|Dad|God|Santa|Someone|Everyone|Nobody|Today|Yesterday|Dr|Doctor|Nurse|Mr|Mrs|Ms|Miss|Prof|A|An|And|But|So|Then|When|After|Before|Just|Also|Not|No)$/;
const PERSON_TITLE_BEFORE = /\b(?:Dr|Mr|Mrs|Ms|Prof|Nurse|Coach|my|our|your|his|her|a|an)\.?\s*$/i;

/** Giving-verb recipients: "me", "us", "it over for me", "over" (sent over = to me). */
const RECIPIENT =
  /^\s+(?:(?:it|this|these|them|one|some|a\s+few|a\s+couple|a\s+bunch)\s+)?(?:(?:over|along|out)\s+)?(?:(?:to|for)\s+)?(?:me|us)\b|^\s+(?:(?:it|them|these|this)\s+)?(?:over|along)\b/i;
const RECIPIENT_UP = /^\s+(?:me|us)\s+up\b/i;
const RECIPIENT_WITH = /^\s+(?:me|us)\s+(?:with|to)\b/i;
const RECIPIENT_MY = /^\s+(?:me|us|my|our|(?:a\s+few|a\s+couple|a\s+bunch|a\s+group|several|some|all|both|two|three|four|five)\s+of\s+us)\b/i;
const RECIPIENT_LET = /^\s+(?:me|us)\s+(?:keep|try|test(?:-drive)?|borrow|sample|use|have|take\s+home)\b/i;
const ASK_IF = /^\s+(?:if|whether)\s+(?:I|we)(?:['’]d|\s+would|\s+could|\s+wanted\s+to|\s+want\s+to)\s+(?:like\s+to\s+|be\s+up\s+for\s+|be\s+willing\s+to\s+)?(?:try|test|review|share|post|feature|partner|join|be|come|visit)\b/i;
const RECIPIENT_ASK = /^\s+(?:me|us)\s+(?:(?:out|over|down|up)\s+)?to\s+(?:(?:their|the\s+brand['’]s|@\w+['’]s)\b|try|test|review|share|post|feature|talk\s+about|partner|join|tour|visit|check\s+out|be\s+(?:an?|one|part))\b/i;
const RECIPIENT_KEEP =
  /^\s+(?:me|us|my\s+(?:[\w-]+\s+)?[\w-]+|our\s+(?:[\w-]+\s+)?[\w-]+)\s+(?:(?:so|well|fully|constantly|always)\s+)?(?:stocked|supplied|fueled|fuelled|full|hydrated|fed|caffeinated|warm|cozy|comfy|equipped|topped\s+up|in\s+(?:stock|supply)|in\s+(?!(?:the\s+)?(?:loop|check|mind|line|shape|business|touch|order|place|style)\b)[\w-]+)\b/i;
const WITH_AFTER = /^\s+with\s+/i;
const TO_ME_IN = /\b(?:me|us)\b/i;
const GIFT_NOUN = /^(?:gifts?|presents?|surprise|care package|treats?|(?:surprise|mystery|gift|happy) (?:package|box|delivery|mail))$/;
/** Parcels from a brand are gifts only when they arrive: "a bundle from @CleanCo landed in my mailbox". */
const PARCEL_NOUN = /^(?:box|boxes|package|parcel|bundle|kit|crate|shipment|delivery|batch|stash|haul|sampler)$/;
const ARRIVED = /\b(?:landed|arrived|showed\s+up|turned\s+up|came\s+in|received|unbox\w*|mailbox|doorstep|porch|just\s+in)\b/i;
const PURCHASE = /\b(?:bought|buy|buying|ordered|order|purchased?|purchasing|paid|pay|paying)\b/i;
/** A recipient later in the clause: "shipped out their serum for me", "mailed a kit to my house". */
const LATER_RECIPIENT =
  /^[^.!?;:(—]{0,80}?(?:\b(?:to|for)\s+(?:me|us)\b|\bmy\s+way\b|\b(?:to|at)\s+my\s+(?:house|home|door|doorstep|front\s+door|porch|office|clinic|practice|mailbox|place|apartment|flat)\b|\b(?:to|for)\s+(?:my|our|the)\s+(?:[\w-]+\s+){0,2}(?:unit|floor|ward|crew|station|newborn|baby|little\s+one|kids?|son|daughter|twins|family|office|clinic|practice|waiting\s+room|patients|team|staff)\b)/i;
const LATER_VERBS = new Set(["sent", "shipped", "mailed", "dropped", "passed", "delivered", "handed", "brought", "loaned", "lent", "gave", "sending", "ships", "mails"]);
const KIN_GAVE =
  /\b(?:my|our)\s+(?:\w+\s+)?(?:mom|mum|mama|dad|mother|father|parents?|husband|wife|hubby|partner|boyfriend|girlfriend|kids?|son|daughter|sister|sis|brother|friends?|bff|bestie|colleagues?|co-?workers?|boss|manager|patients?|grandma|grandpa|aunt|uncle|neighbou?rs?)\s+(?:\w+\s+)?(?:sent|gave|gifted|got|brought|made|surprised|treated|dropped|mailed|shipped)\b/i;
const THEIR_TEAM_AFTER = /^\s*(?:the\s+brand['’]s|their)\s+(?:[\w-]+\s+)?(?:team|crew|folks|people)\b/i;
const NOT_A_GIFT_FROM = /\b(?:statement|notice|email|e-mail|response|reply|update|recall|letter|announcement|news|word|comment|data|information|info|guidance|results?)\s+$/i;
const TRIED_OR_GOT = /\b(?:got|get|getting|tried|try|trying|testing|tested|sent|gifted|received|hands|early|first|sneak|access|look|peek)\b/i;
const DISCOUNT_WORDS = /^[^.!?]{0,30}?(?:\d\s*%|[$£€]\d|\boff\b|\bfree\b|\bdiscount|\bsavings?\b|\bdeal\b)/i;
/** A discount code: capitals with a digit or at least five letters, not a common acronym. */
const CODE_ANY = /(?<![\w@#$£€])[A-Z](?=[A-Z0-9]*\d|[A-Z0-9]{4})[A-Z0-9]{3,19}(?![\w'’])/g;
const NOT_A_CODE = /^(?:COVID|HIPAA|NSAIDS?|OSHA|FEMA|CPAP|BIPAP|DEXA|FREE|SALE|TODAY|LINK|CODE|WHILE|SUPPLIES|ONLY|LIMITED|THANK|THANKS|NURSES?|DOCTORS?|HEALTH|[A-Z]{1,4}\d{1,3})$/;
function codeToken(s: string): RegExpExecArray | undefined {
  CODE_ANY.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = CODE_ANY.exec(s)) !== null) if (!NOT_A_CODE.test(m[0])) return m;
  return undefined;
}
const MY_LINK_OR_CODE = /\bmy\s+(?:@\w+\s+)?(?:[\w-]+\s+)?(?:link|code|discount|promo)\b|\buse\s+my\s+name\b|\bcode\s+(?:in|at|on)\s+my\s+(?:bio|stories|profile|link)\b|\blink\s+in\s+my\s+(?:bio|stories|profile)\b/i;
const AUDIENCE = /\b(?:for|to)\s+(?:you\s+(?:guys|all)|y['’]all|my\s+(?:followers|community|audience|readers|fam|people|subscribers))\b|\bjust\s+for\s+you\b/i;
const SHOPPABLE_MINE = /^\s+(?:through|via|with|at|on|in)\s+my\b/i;
const SUPPORTS_WHAT = /^\s+(?:this\s+(?:page|channel|account|blog|community)|me|my\s+(?:page|channel|work|content|account|blog|small\s+business)|the\s+(?:page|channel|account|blog))\b/i;
const KEEPS_BEFORE = /\bkeeps?\s+(?:the\s+)?$/i;
const SHOP_OR_LINK = /\b(?:link|links|shop|shopping|order|purchases?|buy|code)\b/i;
const CUT_BEFORE = /\b(?:gives?|giving|get|gets|getting|earn|earns|earning|make|makes|making|take|takes|keep|keeps)\s+(?:me\s+|us\s+)?$/i;
const SPEAKER_BEFORE = /^[^\p{L}\p{N}]*(?:(?:so|super|really|very|officially|now|finally|proudly|happily)\s+)?(?:(?:honou?red|proud|excited|thrilled|happy|stoked|grateful|blessed|lucky)\s+(?:to\s+(?:be\s+|have\s+been\s+)?)?)?(?:an?\s+|the\s+)?$/iu;
const PATIENT_ADVOCATE = /\b(?:patient|consumer|health|nurse|disability|mental\s+health|self)\s+$/i;
const AT_ROLE_LOOSE = /@(\w+)(?:['’]s)?(?:\s+[A-Z][\w+-]*){0,3}\s+$/;
const THEIR_OR_AT_BEFORE = /(?:\btheir|@\w+['’]s?|\bthe\s+@\w+)\s+(?:[\w-]+\s+)?$/i;
const OF_CREATORS = /^\s+(?:of\s+)?(?:[\w-]+\s+)?(?:creators?|athletes?|ambassadors?|nurses|doctors|docs|experts|partners|influencers|advocates)\b/i;
const WITH_PARTY = /^\s+(?:(?:in\s+(?:partnership|collaboration)\s+)?with|alongside)\s+/i;
const OWNER_BEFORE =
  /\b(?:I(?:\s+(?:also|actually|literally|just|recently))?|I['’]ve|my\s+(?:[\w-]+\s+)?(?:sister|sis|brother|husband|wife|hubby|mom|mum|dad|mother|father|parents|son|daughter|cousin|aunt|uncle|partner|fianc\w*|friend|bff|bestie|spouse|boyfriend|girlfriend|family)|our\s+family)\s+(?:(?:just|recently|literally|actually|also|has|have|had)\s+)?(?:co-?\s?)?$/i;
const AT_NEXT_LOOSE = /^\W{0,3}(@\w+)/;
const KIN_BUSINESS_BEFORE =
  /\b(?:my|our\s+family(?:['’]s)?|our\s+little|my\s+(?:[\w-]+\s+)?(?:sister|sis|brother|husband|wife|hubby|mom|mum|dad|mother|father|parents|son|daughter|cousin|aunt|uncle|partner|fianc\w*|friend|bff|bestie|spouse|family)['’]s)\s+(?:(?:own|little|small|new|family|tiny)\s+)?$/i;
const MY_AT_BEFORE = /\bmy\s+(?:[\w-]+\s+){0,2}@(\w+)(?:['’]s)?\s+(?:[\w-]+\s+)?$/i;
const WITH_AT = /^\s+with\s+(?:the\s+)?@(\w+)/i;
const DEAL_VERB_BEFORE = /\b(?:signed|inked|landed|got|have|closed|scored|a|my|brand)\s+(?:a\s+|my\s+|new\s+|brand\s+)*$/i;
const ROLE_AFTER = /^\s+(?:new\s+|official\s+|first\s+)?(?:[\w-]+\s+)?([\w-]+)\b/i;
const NOT_A_ROLE = /^(?:patient|patients|customer|customers|client|clients|fan|fans|user|users|member|members|subscriber|guest|guests|regular|regulars|shopper|buyer|visitor|volunteer|student|doctor|nurse|dentist|pharmacist|provider|physician|kind|sort|type|bit|lot|little|big|huge)$/i;
const AT_FOR_NEXT = /^\s+(?:at|for)\s+(@\w+)/i;
const AT_BEFORE = /\bat\s+@(\w+)\s+$/;
const PRAISE = /\b(?:their|its)\s+(?:new\s+)?[\w-]+|\bbest\b|\brecommend|\blove\b|\bfavou?rite|\bthe\s+one\b|\bobsessed|\bswear\s+by/i;
const PART_OF_AT = /^\s+(?:the\s+)?@(\w+)(?:['’]s)?\s+(?:[\w-]+\s+){0,2}(?:team|family|program|programme|roster|crew|squad|collective|community|network|club|council|panel|board|lineup)\b/i;
const OF_STUFF = /^\s+of(?:\s+[\w-]+){1,3}?(?=\s+from\b)/i;
const RECIPIENT_SPOIL = /^\s+(?:me|us)\b(?!\s+with\s+(?:love|kindness|kind\s+words|attention|compliments|messages))/i;
/** "thanks to the folks at @BodyScan", "thanks to their PR team", "thanks to the Nuun crew". */
const THANKS_TO_TEAM =
  /^\s+to\s+(?:(?:the|their|my)\s+)?(?:(?:lovely|kind|amazing|sweet|wonderful|awesome|whole|great|good|PR)\s+)?(?:(?:team|folks|people|crew|gang|friends)\s+(?:at|from|over\s+at)\s+@(\w+)|(?:(?:PR|marketing|brand)\s+)?(?:team|crew)\b|@?(\w+)\s+(?:PR\s+)?(?:team|crew|folks)\b)/i;
const THEIR_BEFORE_TEAM = /\btheir\b/i;
const HOME_WITH = /^\s*home\s+with\s+(?:an?|some|the|their|a\s+bag|a\s+box)\b/i;
/** Words of a benefit or tie: group 1 weighs 2, group 2 weighs 1. */
const LOOSE = new RegExp(
  `\\b(?:(${caseless(
    "gift(?:s|ed|ing)?|presents?|freebies?|goodies|swag|comped|complimentary|courtesy|compliments|on\\s+the\\s+house|hosted|hosting|invited|invite|invitation|guests?|retreat|summit|trip|flew|flown|vip|perks?|partner(?:ed|ing|ship|s)?|collab\\w*|ambassador\\w*|advocates?|repping|creators?|athletes?|squad|roster|advis[eo]rs?|consult\\w*|retainer|founders?|co-?found\\w*|affiliate|commissions?|storefront|kickbacks?|early\\s+access|sneak\\s+peek|first\\s+look|before\\s+(?:the\\s+|its\\s+)?launch|ahead\\s+of\\s+(?:the\\s+|its\\s+)?launch|to\\s+(?:try|test|review|trial)|test-drive|in-house|hooked|spoil(?:ed|ing)|loan(?:ed|er)|lent|provided|brand\\s+deal",
  )})|(${caseless(
    "sent|send|sends|sending|shipped|mailed|delivered|dropped|free|samples?|trial|demo|codes?|discount|promo|coupon|\\d{1,2}\\s*%\\s*off|save|saves|earn|earns|link\\s+in\\s+(?:my\\s+)?bio|my\\s+link|thanks|thank\\s+you|grateful|shout-?out|family|member|council|board|panel|coach|program|deal|contract|support|tour|toured|launch|event|hotel|travel|stay|team",
  )}))(?![\\w'’])`,
  "g",
);
const NEGATED_NEAR = /\b(?:not|never|no|nobody|without|isn['’]t|wasn['’]t|aren['’]t|didn['’]t|don['’]t|doesn['’]t|no\s+one)\b[^.!?]*$/i;
const OWN_PURCHASE = /\b(?:bought|paid\s+for|purchased|ordered)\b[^.!?]{0,40}\b(?:myself|my\s+own|own\s+money|full\s+price)\b|\b(?:myself|my\s+own\s+money)\b/i;
const BRAND_PHRASE = /\bthe\s+brand\b(?!['’])/i;
/** A product of the business named: "has a new hinged brace out", "just launched a knee brace". */
const PRODUCT_OUT = /\b(?:new|launched|launches|released|drops?|out\s+now|has\s+an?\s+[\w-]+(?:\s+[\w-]+)?\s+out)\b/i;
const I_OWNER = /^\s*I\b/;
/** The poster in the sentence: "I" as a word (not "F.I.R."), "me", "my". */
const LOOSE_ME = /(?<![\w.])I(?![\w.])|\b[Mm][ey]\b/;
const SELF_REF = /\b[Tt]his\s+(?:[\w-]+\s+)?(?:doc|doctor|nurse|PT|RD|dietitian|dentist|derm|pharmacist|physio|mama|mom|dad|girl|guy|gal|coach|runner|midwife|surgeon|hygienist)\b/;
/** A sentence whose subject is the poster, left out: "Spent the weekend at …", "Flew out to …". */
const SUBJECTLESS = /^[^\p{L}\p{N}]*(?:just\s+|finally\s+|officially\s+)?(?:spent|flew|went|got|had|headed|visited|toured|joined|signed|wrapped|landed|started|tried|tested|been|back|honou?red|proud|thrilled|excited|stoked|grateful)\b/iu;
const SEAT_BEFORE = /(?:serve|serving|served|sit|sitting|seat|seated|joined|join|joining|member|appointed|named|elected|welcomed)\s+(?:on|to|of|onto)\s+(?:the\s+)?@(\w+)(?:['’]s)?\s+(?:[\w-]+\s+){0,2}$/i;
const SPEAKER_ANY = /^[^\p{L}\p{N}]*(?:(?:so|super|really|very|officially|now|finally|proudly|happily)\s+)?(?:honou?red|proud|excited|thrilled|happy|stoked|grateful|blessed|lucky)\b/iu;
const ROLE_NOUN = /^(?:coach|coaches|trainer|instructor|educator|expert|specialist|lead|member|physician|dietitian|nutritionist|pharmacist|clinician|medic|nurse)$/;
const I_AM_A = /\b(?:I['’]m|I\s+am|I['’]ve\s+become|now)\s+(?:an?\s+|the\s+|their\s+)?(?:new\s+|official\s+|newest\s+)?$/i;
const JOB_AT = /^\s+(?:(?:new|in-house|staff|lead|head|chief|official|resident|full-time|part-time)\s+)*([\w-]+)(?:\s+[\w-]+){0,2}\s+(?:at|for|with)\s+@(\w+)/i;
const ME_JUST_BEFORE = /\b(?:me|I)\s+$/i;
const FLEW_WITH = /^\s+(?:out\s+|down\s+|up\s+|over\s+)?(?:to\s+(?:[\w-]+\s+){1,3})?(?:with|by|for)\s+@(\w+)/i;
/** "me x @Brand" is a collaboration only in a post about one: "Collab alert", "a guide", "a code". */
const CROSS_CONTEXT = /\b(?:collab\w*|partner\w*|guide|series|episode|content|launch|drop|code|link|giveaway|campaign|capsule|edition)\b/i;
const PERSON_AT = /@(?:Dr|Doc|Nurse|RN|MD)[A-Z_]|@\w+(?:MD|RN|NP|PhD|DDS|DMD|_RD|_PT|DPT)\b/;
const THEIR_TEAM_SEG = /\b(?:their|the\s+brand['’]s)\s+(?:[\w-]+\s+)?team\b/i;
const THING_VERBS = new Set(["sent", "gave", "gifted", "mailed", "shipped"]);
const CLAUSE_END_AFTER = /^(?:\s+(?:over|out|along))?(?:\s*(?:[^\w\s'’]|$)|\s+(?:are|is|was|were|have|has)\b)/u;
const YOU_END = /\byou\s+$/i;
const DOOR_AFTER = /^\s+(?:on|at|in)\s+my\s+(?:[\w-]+\s+)?(?:doorstep|door|porch|mailbox|inbox|desk|office|clinic|house|home|lap|hands)\b/i;
const THEIR_NEXT = /^\s+their\b/i;
const ON_WHOSE_DIME = /\bon\s+(?:@(\w+)['’]s?|their|the\s+brand['’]s|the\s+company['’]s)\s+$/i;
const PARTICLE_ONLY = /^\s+(?:over|along)$/i;
const CODE_IN_MY = /^\s+(?:is\s+)?(?:in|at|on)\s+my\s+(?:bio|stories|profile|link|highlights)\b/i;
const FROM_AT = /\bfrom\s+(?:the\s+)?@(\w+)/i;
const RECEIVED_NOT = /^\s+(?:an?\s+|the\s+|my\s+|our\s+)?(?:[\w-]+\s+)?(?:award|grant|honou?r|certificate|diagnosis|results?|call|message|email|text|letter|note|bill|refund|vaccine|shot|dose|care|treatment|training)\b/i;
const I_WAS_BEFORE = /\bI\s+(?:was|got|['’]ve\s+been|have\s+been|just\s+got)\s+(?:(?:kindly|generously|recently|just)\s+)?$/;
const PARTICLE = /^\s+(?:out|off|over|along|by)\b/i;
const LABEL_START = /(?:^|\n)[^\p{L}\p{N}\n]*$/u;
const LABEL_AFTER = /^\s*[:|\-–—]/;
const RECIPIENT_HOSTED = /^\s+(?:me|us)\s+(?:(?:out|over|down|up)\s+)?(?:at|to|in|for|on)\b/i;
const FUNDED_WHAT = /^\s+(?:my|this|the|our)\s+(?:(?:new|whole|entire|latest|next|month['’]s|week['’]s)\s+)?(?:series|content|channel|video|videos|post|posts|reel|reels|podcast|episode|episodes|work|trip|travel|account|page|blog)\b/i;
const SPONSOR_ME_NEXT = /^\s+(?:me|my|us)\b/i;
const THING_BEFORE = /\b(?:the|this|these|that|those)\s+(?:@\w+\s+)?(?:[\w-]+\s+){0,4}(?:they|you|@\w+|the\s+brand)\s+$/i;
const RECIPIENT_COSTS =
  /^\s+(?:(?:my|our|the|all|all\s+the)\s+)?(?:\w+\s+)?(?:travel|flights?|hotel|stay|trip|expenses|costs|airfare|lodging|tab|bill|visit|treatment|ticket|tickets|fee|fees|rate|registration|entry)\b/i;
const RECIPIENT_ORG = /^\s+our\s+(?:whole\s+|entire\s+)?(?:team|office|staff|unit|practice|clinic|nurses)\b/i;
const TO_TRY = /\bto\s+(?:try|test|trial|pilot|evaluate|review|sample)\b/i;
/** Passive or prepositional giver: "gifted by @Brand", "sent to me by", "a gift from the brand". */
const BY_GIVER = /^\s+(?:(?:to|for)\s+(?:me|us)\s+|my\s+way\s+)?(?:free\s+)?(?:(?:straight|directly|right)\s+)?(?:by|from|courtesy\s+of|compliments\s+of)\s+/i;
const BY_VERBS = new Set(["came", "comes", "come", "gifted", "sent", "given", "provided", "shipped", "mailed", "comped", "loaned", "lent", "delivered", "dropped", "passed", "funded", "backed", "hosted"]);
const GIFTED_OBJECT_BEFORE =
  /\b(?:this|these|it|they|item|items|product|products|which|that)\s+(?:\w+\s+)?(?:was|were|is|are|has\s+been|have\s+been)\s+(?:(?:kindly|generously)\s+)?$/i;
const GIFTED_SUBJECT_SPAN = /\b(?:this|these|it|they)\s+(?:\w+\s+)?(?:was|were|is|are|has\s+been|have\s+been)\s+(?:(?:kindly|generously)\s+)?$/i;

/** A negation just before the anchor: "not gifted", "nobody sent", "isn't sponsored". */
const NEGATED = /\b(?:not|never|no|nobody|without|isn['’]t|wasn['’]t|aren['’]t|weren['’]t|didn['’]t|don['’]t|doesn['’]t|haven['’]t|hasn['’]t|no\s+one)\W{0,3}(?:\w+\W{1,3}){0,2}$/i;
/** A negation right after the party: "Collab with @Brand? Never." */
const NEGATED_AFTER = /^\W{0,4}(?:never|nope|no\b|not\b|lol\s+no)/i;
/** A cue asked and denied: "Affiliate links? Never." */
const DENIED_AFTER = /^(?:\s+[\w'’-]+){0,2}\s*\?+\s*(?:never|nope|no\b|not\b|lol\s+no|hard\s+pass)/i;
/** A family's "our" is an individual's voice: "our twins", "our little one". */
const FAMILY_OUR = /\bour\s+(?:\w+\s+)?(?:kids?|baby|babies|twins|family|little\s+ones?|sons?|daughters?|toddlers?|newborn|boys|girls|home|house|household)\b/i;
/** The organisation's voice: "we", "our", with no "I" or "my" anywhere in the post. */
const WE_OUR = /\b(?:we|we['’](?:re|ve|ll)|our)\b/i;
/** An audience or link of the poster's, which a discount is offered to: "30% off for my followers". */
const MY_AUDIENCE = /\bmy\s+(?:followers|community|audience|readers|fam|people|subscribers|link|code)\b|\blink\s+in\s+my\s+bio\b/i;
/** "one of their creators", "one of @Brand's athletes". */
const ONE_OF_THEIR = /\bone\s+of\s+(?:their|@\w+['’]s)\s+(?:[\w-]+\s+){0,3}$/i;
const THEIR_BEFORE = /\btheir\s+(?:[\w-]+\s+){0,2}$/i;
const ROLE_WORD = /^(?:officer|director|cmo|cso|founder|co-?founder|investor|shareholder|owner|employee|rep|representative|face of)$/;
const ADVISORY_NEXT = /^\s+(?:board|council|panel|committee|role|team|group)\b/i;
const PARTNER_OF = /^\s+(?:of|for|with|at)\s+(?:the\s+)?@(\w+)/i;
/** A brand's @account just before a role: "@Brand partner", "@Garmin Health Ambassador", "@Jaanuu brand rep". */
const AT_ROLE = /@(\w+)(?:['’]s)?(?:\s+(?:brand|health|medical|official|new|nurse|dental|team|wellness|fitness|creator|care))?\s+$/i;
const AS_ROLE_BEFORE = /\b(?:as|be|being|become|became|named|appointed|joined|join|serve|serving)\s+(?:an?\s+|the\s+|their\s+|one\s+of\s+(?:their|the)\s+)?(?:[\w-]+\s+){0,3}$/i;
const PROGRAM_NEXT = /^\s+(?:program|fund|network|collective|community|team|squad)\b/i;
/** Nothing but emoji, punctuation or a heading word before the anchor in its sentence. */
const NO_SUBJECT = /^[^\p{L}\p{N}]*(?:(?:so|super|really|very)\s+)?(?:(?:excited|proud|thrilled|happy|honou?red|stoked)\s+(?:to\s+be\s+|about\s+)?)?(?:now\s+|officially\s+)?$/u;
const THIS_CONTENT_BEFORE = /\b(?:this|today['’]s|the)\s+(?:reel|video|post|episode|series|content|giveaway|live|stream|podcast|webinar|challenge)\s+(?:is|was|has\s+been)?\s*$/i;

const FIRST_PERSON_BEFORE = /\bI\b|\b[Mm][ye]\b/;
const WE_BEFORE = /\b(?:we|we['’](?:re|ve|ll)|our|us)\b/i;
const I_SPAN =
  /\bI(?:['’]ve|\s+have|['’]m|\s+am|\s+just|['’]ll\s+be)?\s+(?:(?:so|really|very|super|now|officially)\s+)?(?:(?:excited|proud|thrilled|happy|honou?red|stoked)\s+to\s+(?:have\s+|be\s+)?)?$/;

const THANKS_FOR = /\bfor\s+/i;
const GIFT_ACT =
  /^(?:sending|gifting|shipping|mailing|backing|funding|covering\s+my|flying\s+me|putting\s+me\s+up|outfitting\s+me|letting\s+me\s+(?:try|test|keep|borrow)|lending\s+me|loaning\s+me|hooking\s+(?:me|us)\s+up|the\s+hook-?up|spoiling\s+(?:me|us)|treating\s+(?:me|us)|surprising\s+(?:me|us)|keeping\s+(?:me|us|my\s+(?:[\w-]+\s+)?[\w-]+|our\s+(?:[\w-]+\s+)?[\w-]+)\s+(?:stocked|supplied|fu?ell?ed|full)|(?:re)?stocking\s+(?:me|us|my|our)|hooking\s+up\s+(?:me|us|my|our)|hooking\s+(?:my|our)\s+(?:[\w-]+\s+){1,3}up|supplying\s+(?:me|us|my|our)|the\s+restock)\b(?!\s+(?:your|in\s+(?:your|our|my|their)\s+(?:prayers|thoughts|hearts?)|us\s+your))/i;
const THANKS_DET = /^(?:the|my|these|this|our|a|an|all\s+(?:the|these|of\s+the)|such\s+(?:a|an))\s+/i;
const WORD = /[\w'’-]+/g;
const VERB_ING_WITH = /^[a-z]+ing\s+(?:me|us|my\s+[\w-]+|our\s+(?:[\w-]+\s+){0,2}?[\w-]+)\s+with\s+(?:(?:the|a|an|some|new|their)\s+)?/i;
const NP_STOP = new Set("for to and with of on from at in that which this during after before you we our is was so by as".split(" "));
const NAMED_TEAM = /\b(?:team|folks|people|crew|gang|friends|partners|pals)\s+(?:at|from|over\s+at)\s+(@?[A-Z][\w'’&-]*)/;
/** Thanked for a partnership with the poster: "for partnering with us", "for teaming up with me". */
const RELATION_ACT = /^(?:(?:partnering|collaborating|teaming\s+up|working)\s+with\s+(?:us|me)|(?:having|hosting|inviting)\s+(?:me|us)|the\s+invit(?:e|ation))\b/i;
const THEIR_TEAM = /\b(?:their|the\s+brand['’]s)\s+team\b/i;

const SAMPLE_NOT = /\b(?:blood|lab|urine|tissue|stool|biopsy|swab|dna|saliva|sputum|specimen|\d[\d,]*)\s+$/i;
const COURTESY_NOT = /\b(?:photo|image|video|picture|graphic|credit|footage|map|data|chart|illustration|art|pic|pics|photos)s?\W*$/i;
const PR_NOUN =
  /^\s+(?:box(?:es)?|packages?|mail|haul|gifts?|kits?|mailers?|sends?|list|unboxing|drop|goodies|products?|samples?|trip)\b/i;
const PRESS_NOUN = /^\s+(?:trips?|box(?:es)?|kits?|gifts?|packages?|samples?|mailers?)\b/i;
const GUEST_BEFORE = /\b(?:as|was|were)\s+(?:their|a|the\s+brand['’]s|@\w+['’]s)\s+(?:\w+\s+)?$/i;
const FREE_THING =
  /^\s+(?:\w+\s+)?(?:trial|month|months|year|subscription|membership|pair|pairs|product|products|kit|box|sample|samples|stay|night|nights|session|sessions|treatment|treatments|facial|upgrade|gear|stuff|swag|tickets?|bottle|supply)\b/i;
const EXCHANGE_FOR =
  /^\s+for\s+(?:an?\s+|my\s+|our\s+)?(?:honest\s+|unbiased\s+|fair\s+)?(?:review|post|feature|content|mention|shout-?out|story|stories|video|reel|promotion|coverage|posting|opinion|feedback)\b/i;
const EARLY_WITH = /thanks\s+to|courtesy|\bsent\b|\bgifted\b|their\s+team|the\s+brand/i;
const REACHED_BEFORE = /(?:\b(?:brands?|compan(?:y|ies)|they)|@\w+)\s+(?:who\s+|that\s+)?$/i;
const FROM_BRANDS_BEFORE = /\b(?:came|come|comes|sent|gifted|gifts|were|was|is|are)\s+(?:\w+\s+)?$/i;

const COMMISSION_BEFORE = /\b(?:earn|earns|get|gets|make|makes|receive|receives|paid)\b[^.!?]{0,30}$/i;
const COMMISSION_AFTER = /^\s+(?:on|from)\s+(?:any\s+|all\s+|qualifying\s+)?(?:purchases|sales|links?|orders)|^\s+(?:if|when)\b|^\s+links?\b/i;
const AFFILIATE_AFTER = /^\s*(?:links?|codes?|partners?|programs?|marketing)\b|^\s*\)/i;
const AFFILIATE_BEFORE = /(?:\b(?:I['’]m|I\s+am|as)\s+an?\s+(?:@?\w+\s+)?|\(\s*)$/i;
const MY_BEFORE = /\bmy\s+(?:(?:discount|promo|coupon|referral|affiliate|exclusive|special|amazon|shop|personal)\s+)?$/i;
/** "my personal @Thorne practitioner discount": the poster's own discount, however it is described. */
const MY_DISCOUNT_BEFORE = /\bmy\s+(?:[\w@'’-]+\s+){1,3}$/i;
const CODE_CONTEXT_BEFORE = /\b(?:use|using|with|enter|apply|promo|discount|coupon|exclusive|special)\s+(?:the\s+)?$/i;
const CODE_TOKEN = /^\s*:?\s*["“'‘]?([A-Z0-9]{3,20})\b["”'’]?/;
const CODE_TOKEN_USE = /\b(?:[Uu]se|[Uu]sing|[Ww]ith|[Cc]ode|[Ee]nter|[Aa]pply)\s+["“'‘]?([A-Z][A-Z0-9]{3,19})\b/;
const CODE_AFTER = /^\W{0,3}(?:for|to\s+(?:get|save)|saves?|gets?|at\s+checkout|and\s+save|\d)/i;
const CHECKOUT_BEFORE = /\b(?:use|enter|apply)\s+["“'‘]?[A-Z][A-Z0-9]{3,19}["”'’]?\s+at\s+$/;
const PAID_BEFORE = /\bI\s+(?:was|am|['’]m|get|got|have\s+been|['’]ve\s+been)\s+$/i;
const COMPENSATED_BEFORE = /\b(?:I|we)\s+(?:was|were|am|are|['’]m|have\s+been|['’]ve\s+been)\s+$/i;
const EARN_AFTER = /^\s+(?:me\s+|us\s+)?(?:a\s+)?(?:small\s+|tiny\s+|little\s+)?(?:commissions?|kickbacks?|cut|percentage|from\s+qualifying)/i;

const PARTNER_WITH = /^\s+(?:up\s+)?(?:(?:closely|directly|together|hand\s+in\s+hand)\s+)?(?:with|alongside)\s+/i;
const AMBASSADOR_NOT = /\b(?:patient|community|health|volunteer|student|peer|youth|family|campus|our|program|hospital|clinic)\s+$/i;
const ADVISOR_NOT = /\bvolunteer\s+(?:\w+\s+)?$/i;
const BY_AFTER = /^\s+by\s+/i;

const MENTION = /(?<![\w@])@(\w{2,})/g;
/** Small patterns of the handlers below, compiled once. */
const FIRST_PERSON_SINGULAR = /\bI\b|\b[Mm][ye]\b/;
const SPACE = /\s/;
const SPACES = /\s+/g;
const WITH_NEXT = /^\s+with\b/i;
const TO_ME_NEXT = /^\s+to\s+(?:me|us)\b/i;
const TRAILING_SPACE = /\s+$/;
const GIVER_AT = /@(\w+)(?:['’]s)?(?:\s+(?:team|crew|folks|people))?\W*$/;
const GIVER_BRAND = /\b(?:the|their|this)\s+(?:\w+\s+)?(?:brand|company|team|folks|people|crew)(?:\s+(?:at|from|over\s+at)\s+(@?[A-Z][\w'’&-]*))?\W*$/i;
const BRAND_OR_COMPANY = /brand|company/i;
const GIVER_THEY = /\b(?:they|they['’]ve|they['’]re|they\s+are|they['’]ve\s+been)\W*$/i;
const BRAND_WORD = /\bbrand|\bcompany/i;
const GIVER_NAME = /(?:^|[^\w@.'’])([A-Z][\w'’&-]+)\W*$/;
const THING_NEXT = /^\W{0,3}(?:an?|their|this|these|some|the|a\s+\w+\s+of)\b/i;
const SIZE_NEXT = /^\s+size/i;
const HOUSE_SERVICE_NEXT = /^\s+(?:consult|parking|valet|screening|shuttle|wifi|wi-fi)/i;
const OF_NEXT = /^\s+of\s+/i;
const UNBOX_BRAND_NEXT = /^\s+(?:the|my|a|an|this|these|some|their)\s+(?:new\s+)?@(\w+)/i;
const BRAND_TEAM_OR_THANKS = /their\s+team|the\s+brand|thanks\s+to/i;
const OUR_BEFORE = /\bour\s+$/i;
const IN_BEFORE = /\bin\s+$/i;
const LINKS_NEXT = /^\s+links?\b/i;
const LINK_OR_CODE_NEXT = /^\s+(?:links?|codes?)\b/i;
const STORE_FRONT = /^store\s+front$/;
const MY_AMAZON_BEFORE = /\bmy\s+(?:amazon\s+)?$/i;
const AMAZON_BEFORE = /amazon\s+$/i;
const MY_JUST_BEFORE = /\bmy\s+$/i;
const USE_CODE_AT_BEFORE = /\b(?:use|enter|apply)\s+\S+\s+at\s+$/i;
const DIGIT = /\d/;
const PAID_ME_NEXT = /^\s+(?:me|us|for\s+(?:my|our)\s+(?:\w+\s+)?(?:trip|travel|flights?|hotel|stay))\b/i;
const CODES_NEXT = /^\s+codes?\b/i;
const CODE_KIND_ONLY = /^(?:promo|discount|coupon)\s+$/i;
const BRAND_BEFORE = /\bbrand\s+$/i;
const AT_NEXT = /^\s+(@\w+)/;
const PROUD_BEFORE = /\bproud|excited|thrilled|honou?red\b/i;
const ENDS_WITH = /with$/;
const BRAND_OR_COMPANY_WORD = /\b(?:brand|company)\b/i;
const IN_A_BEFORE = /\bin\s+(?:a\s+)?$/i;
const OUR_WORD = /\bour\b/i;
const ALL_DIGITS = /^[\d_]+$/;
const DISCLOSURE_TRIM = /[\s:|\-–—]/;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** Lazily computed facts about a post, and the anchor scan. */
class Scan {
  private ats?: Array<{ at: number; end: number; commercial: boolean }>;
  private _individual?: boolean;
  private _sells?: boolean;
  private _ownSeller?: boolean;
  private _orgVoice?: boolean;
  private _self?: boolean;
  /** Whether the scan met a word a label phrase needs ("ad", "sponsored", "advertisement", "paid p…"). */
  sawLabel = false;
  constructor(readonly text: string) {}

  individual(): boolean {
    return (this._individual ??= FIRST_PERSON_SINGULAR.test(this.text) || FAMILY_OUR.test(this.text));
  }
  /** A creator speaking of themselves without "I": "this sleep doc is impressed", "This PT, that's who!". */
  selfVoice(): boolean {
    return (this._self ??= this.individual() || (!this.orgVoice() && SELF_REF.test(this.text)));
  }
  sells(): boolean {
    return (this._sells ??= PROMOTION_WORDS.test(this.text));
  }
  /** Written as an organisation ("we", "our") and not by an individual ("I", "my"). */
  orgVoice(): boolean {
    return (this._orgVoice ??= !this.individual() && WE_OUR.test(this.text));
  }
  ownSeller(): boolean {
    return (this._ownSeller ??= OWN_SELLER.test(this.text));
  }
  mentions() {
    if (!this.ats) {
      this.ats = [];
      if (this.text.includes("@")) {
        MENTION.lastIndex = 0;
        let m: RegExpExecArray | null;
        while ((m = MENTION.exec(this.text)) !== null) {
          this.ats.push({ at: m.index, end: m.index + m[0].length, commercial: !PUBLIC_PARTY.test(m[1]) });
        }
      }
    }
    return this.ats;
  }
  commercialAt(): boolean {
    return this.mentions().some((a) => a.commercial);
  }
  /** A brand's @account in [s, e). */
  commercialAtIn(s: number, e: number): boolean {
    return this.mentions().some((a) => a.commercial && a.at >= s && a.end <= e);
  }
  /** Any @account in [s, e) (public or not). */
  anyAtIn(s: number, e: number): boolean {
    return this.mentions().some((a) => a.at >= s && a.end <= e);
  }

  /** Start of the sentence around `i` (at most 200 characters back). */
  sentStart(i: number): number {
    const t = this.text;
    const lo = Math.max(0, i - 200);
    for (let k = i - 1; k >= lo; k--) {
      const c = t.charCodeAt(k);
      if (c === 10) return k + 1;
      if ((c === 46 || c === 33 || c === 63) && isSpace(t.charCodeAt(k + 1))) return k + 1;
    }
    return lo;
  }
  /** End of the sentence around `j` (at most 200 characters on). */
  sentEnd(j: number): number {
    const t = this.text;
    const hi = Math.min(t.length, j + 200);
    for (let k = j; k < hi; k++) {
      const c = t.charCodeAt(k);
      if (c === 10) return k;
      if ((c === 46 || c === 33 || c === 63) && (k + 1 >= t.length || isSpace(t.charCodeAt(k + 1)))) return k + 1;
    }
    return hi;
  }

  /** The earliest material connection shown in words, or undefined. */
  firstCue(): Cue | undefined {
    const t = this.text;
    ANCHOR.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = ANCHOR.exec(t)) !== null) {
      const prev = t.charCodeAt(m.index - 1);
      if (prev === 64 || prev === 35 || prev === 47 || prev === 0xff03) continue; // @mention, #tag, a/b
      let g = 1;
      while (m[g] === undefined) g++;
      const family = FAMILIES[g - 1].id;
      let word = m[0].toLowerCase();
      if (family === "label") {
        if (LABEL_WORD.test(word)) this.sawLabel = true;
        // "@Brand, who sponsor my training": a connection, stated in words that are also its disclosure.
        const end = m.index + m[0].length;
        if (word.startsWith("sponsor") && SPONSOR_ME_NEXT.test(t.slice(end, end + 6)) && !NEGATED.test(this.before(m.index, 30))) {
          return this.cue(m.index, end);
        }
        continue;
      }
      if (word === "paid" && PAID_P.test(t.slice(m.index + 4, m.index + 7))) this.sawLabel = true;
      if (word.length > 6 && SPACE.test(word)) word = word.replace(SPACES, " ");
      const cue = this.judge(family, word, m.index, m.index + m[0].length);
      if (cue && !DENIED_AFTER.test(t.slice(cue.range[1], cue.range[1] + 16))) return cue;
    }
    return undefined;
  }

  /**
   * The last resort, for wording no composition knows: a sentence that names a brand's @account (or
   * "the brand") and carries words of at least two kinds of benefit or tie (gifts, hosting, money,
   * roles, thanks), weighted, from a poster who is not an organisation, not negated, and not about
   * a relative's gift. Each sentence is scanned once.
   */
  looseCue(): Cue | undefined {
    const t = this.text;
    if (!this.individual()) return undefined;
    const ats = this.mentions();
    const spans: Array<[number, number]> = [];
    for (const a of ats) if (a.commercial) spans.push([this.sentStart(a.at), this.sentEnd(a.end)]);
    if (spans.length === 0) {
      const b = BRAND_PHRASE.exec(t);
      if (!b) return undefined;
      spans.push([this.sentStart(b.index), this.sentEnd(b.index + b[0].length)]);
    }
    let last = -1;
    for (const [s, e] of spans) {
      if (s <= last) continue;
      last = s;
      const sentence = t.slice(s, e);
      if (!LOOSE_ME.test(sentence) || KIN_GAVE.test(sentence) || OWN_PURCHASE.test(sentence)) continue;
      LOOSE.lastIndex = 0;
      let score = 0;
      let first: RegExpExecArray | undefined;
      let m: RegExpExecArray | null;
      while ((m = LOOSE.exec(sentence)) !== null) {
        const prev = sentence.charCodeAt(m.index - 1);
        if (prev === 64 || prev === 35 || (m[0].length > 2 && m[0] === m[0].toUpperCase())) continue;
        if (NEGATED_NEAR.test(sentence.slice(Math.max(0, m.index - 24), m.index))) continue;
        score += m[1] !== undefined ? 2 : 1;
        first ??= m;
        if (score >= 3) break;
      }
      if (score >= 3 && first) return this.cue(s + first.index, s + first.index + first[0].length);
    }
    return undefined;
  }

  private cue(s: number, e: number): Cue {
    return { range: [s, e], text: this.text.slice(s, e).replace(SPACES, " ") };
  }

  private before(i: number, max = 80): string {
    return this.text.slice(Math.max(this.sentStart(i), i - max), i);
  }
  private after(j: number, max = 140): string {
    return this.text.slice(j, Math.min(this.sentEnd(j), j + max));
  }

  /** A party named at the start of `s` (after "by", "of", "with"): its length, and whether it is a brand. */
  private party(s: string): { len: number; commercial: boolean; named?: boolean } | undefined {
    const m = PARTY_AFTER.exec(s);
    if (!m) return undefined;
    if (m[1]) return { len: m[0].length, commercial: !PUBLIC_PARTY.test(m[1]) };
    if (m[2]) return { len: m[0].length, commercial: true };
    const name = m[3];
    const firstName = name.split(SPACE, 1)[0];
    // A name without @ is a brand only in mixed case: "PureHydrate", not "SOB" or "RT" in a note in capitals.
    if (NOT_BRAND_WORD.test(firstName) || PUBLIC_PARTY.test(name) || !LOWER.test(firstName)) return undefined;
    return { len: m[0].length, commercial: true, named: true };
  }

  /** "their clinical team", "the brand's PR team" in a post that tags a brand: the brand. */
  private theirTeam(s: string): { len: number; commercial: boolean; named?: boolean } | undefined {
    const m = THEIR_TEAM_AFTER.exec(s);
    return m && this.commercialAt() ? { len: m[0].length, commercial: true } : undefined;
  }

  private judge(family: string, w: string, i: number, j: number): Cue | undefined {
    switch (family) {
      case "thanks":
        return this.thanks(i, j);
      case "give":
      case "give2":
      case "ask":
      case "gift":
        return this.give(w, i, j);
      case "perk":
        return this.perk(w, i, j);
      case "money":
      case "link":
        return this.money(w, i, j);
      case "relation":
        return this.relation(w, i, j);
      case "bond":
        return this.bond(w, i, j);
      default:
        return undefined;
    }
  }

  // "Thanks @Brand for sending", "thank you to the team at Brand for the new scale",
  // "Thank you for the samples, @Brand!"
  private thanks(i: number, j: number): Cue | undefined {
    const t = this.text;
    const e = this.sentEnd(j);
    const win = t.slice(j, Math.min(e, j + 160));
    const f = THANKS_FOR.exec(win);
    if (!f || f.index > 70) {
      // "Had my first DEXA scan, thanks to the folks at @BodyScan": a benefit credited to a brand's team.
      const tt = THANKS_TO_TEAM.exec(win);
      if (!tt || this.orgVoice() || !this.individual()) return undefined;
      const name = tt[1] ?? tt[2];
      if (name !== undefined ? PUBLIC_PARTY.test(name) || (tt[2] !== undefined && !this.commercialAt()) : !this.commercialAt()) return undefined;
      if (name === undefined && !THEIR_BEFORE_TEAM.test(tt[0])) return undefined;
      return this.cue(i, j + tt[0].length);
    }
    const seg = win.slice(0, f.index);
    const restAt = f.index + f[0].length;
    const rest = win.slice(restAt);
    let kind: "act" | "product" | "other" | "relation";
    let end: number;
    const act = GIFT_ACT.exec(rest);
    const rel = act ? null : RELATION_ACT.exec(rest);
    if (rel) {
      kind = "relation";
      end = restAt + rel[0].length;
    } else if (act) {
      kind = "act";
      end = restAt + act[0].length;
    } else {
      // What is thanked for: the head of the noun phrase after a determiner ("the new running
      // watch"), or after "for <verb>ing us with" ("for outfitting our clinic with new bands").
      const d = THANKS_DET.exec(rest);
      const v = d ? null : VERB_ING_WITH.exec(rest);
      if (!d && !v) return undefined;
      const np = nounPhraseHead(rest, (d ?? v)![0].length);
      if (!np || NOT_A_GIFT_NOUNS.has(np.head)) return undefined;
      kind = v || PRODUCT_NOUNS.has(np.head) ? "product" : "other";
      end = restAt + np.end;
    }
    // The party: a brand's @account or "the team at Brand" between "thanks" and "for", else a
    // brand's @account in the sentence (or, for "for sending", in the post).
    const s = this.sentStart(i);
    const segPublic = this.anyAtIn(j, j + seg.length) && !this.commercialAtIn(j, j + seg.length);
    // A brand's @account thanked by name (not a person's: "@DrJenGunter", "@NurseSam_RN").
    const segAt = this.commercialAtIn(j, j + seg.length) && !PERSON_AT.test(seg);
    if (segPublic) return undefined;
    const named = NAMED_TEAM.exec(seg);
    let party =
      this.commercialAtIn(j, j + seg.length) ||
      (named !== null && !PUBLIC_PARTY.test(named[1])) ||
      this.commercialAtIn(s, e) ||
      (THEIR_TEAM.test(seg) && this.commercialAt());
    if (!party && kind === "act") party = this.commercialAt();
    if (!party) return undefined;
    if ((kind === "other" || kind === "relation") && !(this.selfVoice() || this.sells() || ((segAt || NAMED_TEAM.test(seg) || THEIR_TEAM_SEG.test(seg)) && !this.orgVoice()))) return undefined;
    return this.cue(i, j + end);
  }

  // "@Brand sent me", "the brand kindly sent it over for me", "they comped my visit",
  // "gifted by @Brand", "sent to me by @Brand", "a gift from the brand", "this was gifted to me".
  private give(w: string, i: number, j: number): Cue | undefined {
    // What follows is tested first: most giving verbs give nothing to anyone here.
    const after = this.text.slice(j, j + 140);
    const giftNoun = GIFT_NOUN.test(w);
    const parcel = PARCEL_NOUN.test(w);
    if (giftNoun || parcel || BY_VERBS.has(w)) {
      // "a bundle of travel sizes from @CleanCo": the giver after what is given.
      const of = giftNoun || parcel ? OF_STUFF.exec(after) : null;
      const ofLen = of ? of[0].length : 0;
      const by = BY_GIVER.exec(ofLen ? after.slice(ofLen) : after);
      if (by) {
        const p = this.party(after.slice(ofLen + by[0].length));
        const toMe = TO_ME_IN.test(by[0]);
        const brandWord = p !== undefined && !p.named && BRAND_OR_COMPANY_WORD.test(after.slice(ofLen + by[0].length, ofLen + by[0].length + p.len));
        const voiced = w === "provided" ? this.individual() || (brandWord && !this.orgVoice()) : w === "hosted" || w === "funded" || w === "backed" || parcel ? !this.orgVoice() : true;
        const s = this.sentStart(i);
        const e = this.sentEnd(j);
        // A parcel from a brand is a gift when it arrives, not when it is bought.
        const came = w === "came" || w === "comes" || w === "come";
        const arrived = came ? !PURCHASE.test(this.text.slice(s, e)) && !this.orgVoice() : !parcel || (ARRIVED.test(this.text.slice(s, e)) && !PURCHASE.test(this.text.slice(s, e)));
        if (p?.commercial && voiced && arrived && (!p.named || toMe || w === "gifted" || giftNoun)) {
          const before = this.before(i);
          if (NEGATED.test(before)) return undefined;
          const span = GIFTED_SUBJECT_SPAN.exec(before);
          return this.cue(span ? i - before.length + span.index : i, j + ofLen + by[0].length + p.len);
        }
      }
      if (giftNoun || parcel) return undefined;
      if (w === "gifted") {
        // "Gifted: the @Hapi monitor" or "Gifted | …" as a label: a connection, in a word too vague to disclose it.
        if (LABEL_START.test(this.text.slice(Math.max(0, i - 8), i)) && LABEL_AFTER.test(after)) return this.cue(i, j);
        if (WITH_NEXT.test(after)) return undefined;
        const toMe = TO_ME_NEXT.test(after);
        const before = this.before(i);
        if (NEGATED.test(before)) return undefined;
        if (toMe || GIFTED_OBJECT_BEFORE.test(before)) {
          const span = GIFTED_SUBJECT_SPAN.exec(before);
          return this.cue(span ? i - before.length + span.index : i, j);
        }
      }
    }
    if (w === "received") {
      // "Received a box of their new gummies from @Brand": a gift, unless bought.
      const s = this.sentStart(i);
      const e = this.sentEnd(j);
      const sentence = this.text.slice(s, e);
      const m = FROM_AT.exec(this.text.slice(j, Math.min(e, j + 80)));
      if (!m || PUBLIC_PARTY.test(m[1]) || !this.individual() || this.orgVoice() || PURCHASE.test(sentence) || NEGATED.test(this.before(i, 30))) return undefined;
      if (NOT_A_GIFT.test(this.text.slice(j, j + 60)) || RECEIVED_NOT.test(this.text.slice(j, j + 40))) return undefined;
      return this.cue(i, j + m.index + m[0].length);
    }
    if (w === "landed" || w === "arrived" || w === "showed up") {
      // "since they landed on my doorstep": a brand's product arriving at the poster's door.
      const s = this.sentStart(i);
      const e = this.sentEnd(j);
      const sentence = this.text.slice(s, e);
      if (!this.individual() || this.orgVoice() || PURCHASE.test(sentence) || !this.commercialAtIn(s, e) || !DOOR_AFTER.test(after)) return undefined;
      return this.cue(i, j);
    }
    if (w === "came through") {
      const wa = WITH_AFTER.exec(after);
      if (!wa) return undefined;
      const before = this.before(i);
      const at = GIVER_AT.exec(before);
      if (!at || PUBLIC_PARTY.test(at[1]) || NEGATED.test(before)) return undefined;
      return this.cue(i - before.length + at.index, j + wa[0].length);
    }
    if ((w === "given" || w === "sent" || w === "gifted" || w === "handed" || w === "loaned" || w === "lent") && I_WAS_BEFORE.test(this.before(i, 30))) {
      // "I was given the @Brand serum to try", "I got sent their new line": the poster as recipient, the brand in the sentence.
      const s = this.sentStart(i);
      const e = this.sentEnd(j);
      if (this.commercialAtIn(s, e) && !NOT_A_GIFT.test(after) && !KIN_GAVE.test(this.text.slice(s, e)) && !this.orgVoice()) {
        const before = this.before(i, 30);
        return this.cue(i - before.length + before.search(I_WAS_BEFORE), j);
      }
    }
    let rec: RegExpExecArray | null;
    if (w.startsWith("hook") || w === "set" || w === "put") rec = RECIPIENT_UP.exec(after);
    else if (w.startsWith("host") || w.startsWith("hav") || w === "had") {
      // "@Brand had me out to their HQ", "they're hosting us in Napa": from an individual only.
      rec = this.individual() ? RECIPIENT_HOSTED.exec(after) : null;
    } else if (w === "funded" || w === "backed") rec = this.orgVoice() ? null : FUNDED_WHAT.exec(after);
    else if (w === "outfitted" || w === "equipped") rec = RECIPIENT_MY.exec(after);
    else if (w === "let" || w === "lets") rec = RECIPIENT_LET.exec(after);
    else if (w === "asked" || w === "invited") rec = RECIPIENT_ASK.exec(after) ?? (w === "asked" ? ASK_IF.exec(after) : null);
    else if (w.startsWith("keep") || w === "kept") rec = RECIPIENT_KEEP.exec(after);
    else if (w.startsWith("spoil")) rec = RECIPIENT_SPOIL.exec(after);
    else if (w === "surprised" || w.startsWith("treat")) rec = RECIPIENT_WITH.exec(after);
    else if (w.startsWith("comp")) rec = RECIPIENT_MY.exec(after);
    else if (w.startsWith("cover")) rec = RECIPIENT_COSTS.exec(after);
    else if (w === "flew" || w === "flown") {
      rec = RECIPIENT_MY.exec(after);
      // "Flew out to Portland with @Hydrovita": the poster, left out, flown by the brand.
      if (!rec && !this.orgVoice() && SUBJECTLESS.test(this.text.slice(this.sentStart(i), j))) {
        const m = FLEW_WITH.exec(after);
        if (m && !PUBLIC_PARTY.test(m[1])) return this.cue(i, j + m[0].length);
      }
    }
    else {
      rec = RECIPIENT.exec(after);
      if (!rec && (w === "gave" || w === "sent" || w === "gifted")) {
        rec = RECIPIENT_ORG.exec(after);
        if (rec && !TO_TRY.test(this.after(j))) rec = null;
      }
      if (!rec && LATER_VERBS.has(w)) {
        // "shipped out their new serum for me", "mailed a starter kit to my house", "passed along their swaddle for our newborn".
        const part = PARTICLE.exec(after);
        const rest = part ? after.slice(part[0].length) : after;
        const later = NOT_A_GIFT.test(rest) ? null : LATER_RECIPIENT.exec(rest);
        if (later && (this.individual() || !WE_OUR.test(later[0]))) {
          const before = this.before(i);
          if (NEGATED.test(before)) return undefined;
          const g = this.giver(before, w === "sending" || w === "ships" || w === "mails" ? "sent" : w, rest);
          return g === undefined ? undefined : this.cue(i - before.length + g, j + (part ? part[0].length : 0) + later[0].length);
        }
      }
    }
    const endAt = THING_VERBS.has(w) && (!rec || PARTICLE_ONLY.test(rec[0])) ? CLAUSE_END_AFTER.exec(after) : null;
    if (endAt) {
      // "the massage gun they sent 🙌", "the box @Brand sent!", "the sippy cups you mailed over are…": the thing given comes before.
      const before = this.before(i);
      if (NEGATED.test(before) || !THING_BEFORE.test(before)) return undefined;
      if (YOU_END.test(before)) {
        const s = this.sentStart(i);
        return this.commercialAtIn(s, i) && !this.orgVoice() ? this.cue(i - 4, j) : undefined;
      }
      const g = this.giver(before, w === "mailed" || w === "shipped" ? "sent" : w, " a");
      return g === undefined ? undefined : this.cue(i - before.length + g, j);
    }
    if (!rec) return undefined;
    if (NOT_A_GIFT.test(after.slice(rec[0].length)) && !HOME_WITH.test(after.slice(rec[0].length))) return undefined;
    const before = this.before(i);
    if (NEGATED.test(before)) return undefined;
    const g = this.giver(before, w, after.slice(rec[0].length));
    if (g === undefined) return undefined;
    return this.cue(i - before.length + g, j + rec[0].length);
  }

  /** Where in `before` a commercial giver starts, or undefined. */
  private giver(before: string, verb: string, object: string): number | undefined {
    // Drop adverbs and auxiliaries between the giver and the verb.
    let b = before.replace(TRAILING_SPACE, "");
    for (let k = 0; k < 6; k++) {
      const sp = b.lastIndexOf(" ");
      const last = b.slice(sp + 1).toLowerCase();
      if (!GIVER_FILLERS.has(last)) break;
      b = b.slice(0, Math.max(0, sp)).replace(TRAILING_SPACE, "");
    }
    if (b.length === 0) return undefined;
    if (NOT_A_GIVER.test(b)) return undefined;
    const at = GIVER_AT.exec(b);
    if (at) return PUBLIC_PARTY.test(at[1]) ? undefined : at.index;
    const brand = GIVER_BRAND.exec(b);
    if (brand) {
      if (brand[1]) return PUBLIC_PARTY.test(brand[1]) ? undefined : brand.index;
      if (BRAND_OR_COMPANY.test(brand[0])) return brand.index;
      return this.commercialAt() ? brand.index : undefined;
    }
    const they = GIVER_THEY.exec(b);
    if (they) return this.commercialAt() || BRAND_WORD.test(this.text) ? they.index : undefined;
    // "Aveeno sent me a box of their new lotion": a capitalised name that gives a thing.
    if (verb === "sent" || verb === "gifted" || verb === "shipped" || verb === "mailed" || verb === "gave") {
      const cap = GIVER_NAME.exec(b);
      if (cap && !NOT_BRAND_WORD.test(cap[1]) && !PUBLIC_PARTY.test(cap[1])) {
        const pre = b.slice(0, b.length - cap[0].length + (cap[0].length - cap[0].trimStart().length));
        if (!PERSON_TITLE_BEFORE.test(pre) && THING_NEXT.test(object)) {
          return b.lastIndexOf(cap[1]);
        }
      }
    }
    return undefined;
  }

  private perk(w: string, i: number, j: number): Cue | undefined {
    const t = this.text;
    if (w === "sample" || w === "samples") {
      const before = this.before(i, 40);
      if (SAMPLE_NOT.test(before) || SIZE_NEXT.test(t.slice(j, j + 8))) return undefined;
      return this.commercialAtIn(this.sentStart(i), this.sentEnd(j)) && !NEGATED.test(before) ? this.cue(i, j) : undefined;
    }
    if (w.includes("expenses")) {
      return this.commercialAt() && !this.orgVoice() && !NEGATED.test(this.before(i, 40)) ? this.cue(i, j) : undefined;
    }
    if (w === "restock") {
      return this.commercialAtIn(this.sentStart(i), this.sentEnd(j)) && !this.orgVoice() ? this.cue(i, j) : undefined;
    }
    if (w === "freebie" || w === "freebies" || w === "goodies" || w === "swag" || w === "care package" || w === "goodie bag" || w === "complimentary") {
      if (w === "complimentary" && HOUSE_SERVICE_NEXT.test(t.slice(j, j + 20))) return undefined;
      const s = this.sentStart(i);
      const e = this.sentEnd(j);
      // "my sister sent me a care package of @Nuun tabs": a relative's gift, whatever brand is in it.
      if (KIN_GAVE.test(t.slice(s, e))) return undefined;
      const voiced = w === "complimentary" ? this.individual() : !this.orgVoice();
      return voiced && this.commercialAtIn(s, e) && !NEGATED.test(this.before(i, 40)) ? this.cue(i, j) : undefined;
    }
    if (w === "vip" || w === "perks" || w === "perk") {
      // "VIP seats at the @Nuun half, thanks to the Nuun crew", "Perks of being a @Jaanuu rep".
      if (w !== "vip" && !OF_NEXT.test(t.slice(j, j + 6))) return undefined;
      const s = this.sentStart(i);
      const e = this.sentEnd(j);
      return !this.orgVoice() && this.commercialAtIn(s, e) && !NEGATED.test(this.before(i, 40)) ? this.cue(i, j) : undefined;
    }
    if (w.endsWith(" from") || w === "from") {
      // "straight from the brand", "directly from @Pura's team": a brand handing over its product.
      const a = this.after(j, 80);
      const p = this.party(a) ?? this.theirTeam(a);
      if (!p?.commercial || (p.named && w === "from")) return undefined;
      const s = this.sentStart(i);
      const e = this.sentEnd(j);
      const sentence = t.slice(s, e);
      if (this.orgVoice() || PURCHASE.test(sentence) || NEGATED.test(this.before(i, 40)) || NOT_A_GIFT_FROM.test(this.before(i, 30))) return undefined;
      return this.cue(i, j + p.len);
    }
    if (w === "c/o" || w === "courtesy" || w === "compliments") {
      let a = this.after(j, 80);
      let len = 0;
      if (w === "courtesy" || w === "compliments") {
        const of = OF_NEXT.exec(a);
        if (!of) return undefined;
        if (COURTESY_NOT.test(this.before(i, 40))) return undefined;
        len = of[0].length;
        a = a.slice(len);
      }
      const p = this.party(a) ?? (w === "c/o" ? undefined : this.theirTeam(a));
      // "c/o" is also "complains of": only "c/o @Brand" or "c/o the brand" is a gift.
      if (!p?.commercial || (w === "c/o" && p.named)) return undefined;
      return this.cue(i, j + len + p.len);
    }
    if (w === "on the house" || w === "on them") {
      return this.commercialAtIn(this.sentStart(i), this.sentEnd(j)) && !this.orgVoice() && !NEGATED.test(this.before(i, 40)) ? this.cue(i, j) : undefined;
    }
    if (w.endsWith("trip") || w.endsWith("trips")) {
      return !NEGATED.test(this.before(i, 40)) && !this.orgVoice() ? this.cue(i, j) : undefined;
    }
    if (w === "guest" || w === "guests") {
      return GUEST_BEFORE.test(this.before(i, 40)) && this.commercialAt() ? this.cue(i, j) : undefined;
    }
    if (w === "pr" || w === "press") {
      if (w === "pr" && t.slice(i, j) !== "PR" && t.slice(i, j) !== "pr") return undefined;
      // "PR: a new @ClearSkin serum landed on my desk": the word as a label, too vague to disclose.
      if (w === "pr" && LABEL_START.test(t.slice(Math.max(0, i - 8), i)) && LABEL_AFTER.test(t.slice(j, j + 4)) && this.commercialAt()) return this.cue(i, j);
      const m = (w === "pr" ? PR_NOUN : PRESS_NOUN).exec(t.slice(j, j + 20));
      if (!m) return undefined;
      return this.cue(i, j + m[0].length);
    }
    if (w.startsWith("unbox")) {
      const m = UNBOX_BRAND_NEXT.exec(t.slice(j, j + 60));
      return m && !PUBLIC_PARTY.test(m[1]) ? this.cue(i, j + m[0].length) : undefined;
    }
    if (w.startsWith("ahead") || w.startsWith("before it") || w.startsWith("before they") || w === "preview") {
      // "got a preview of the @Withings monitor before it ships": early access to a brand's product.
      const s = this.sentStart(i);
      const e = this.sentEnd(j);
      const sentence = t.slice(s, e);
      return this.commercialAtIn(s, e) && !this.orgVoice() && TRIED_OR_GOT.test(sentence) && !NEGATED.test(this.before(i, 30)) ? this.cue(i, j) : undefined;
    }
    if (w === "dime" || w === "tab") {
      // "a weekend in Tulum on @SolWellness's dime": the brand paid.
      const before = this.before(i, 40);
      const m = ON_WHOSE_DIME.exec(before);
      if (!m || (m[1] !== undefined && PUBLIC_PARTY.test(m[1])) || (m[1] === undefined && !this.commercialAt())) return undefined;
      return this.orgVoice() ? undefined : this.cue(i - before.length + m.index, j);
    }
    if (w.startsWith("early") || w.startsWith("sneak") || w.startsWith("before")) {
      const s = this.sentStart(i);
      const e = this.sentEnd(j);
      const sentence = t.slice(s, e);
      return EARLY_WITH.test(sentence) && (this.commercialAtIn(s, e) || BRAND_TEAM_OR_THANKS.test(sentence)) && this.individual()
        ? this.cue(i, j)
        : undefined;
    }
    if (w === "free") {
      const m = FREE_THING.exec(t.slice(j, j + 40));
      if (!m || !this.selfVoice()) return undefined;
      const before = this.before(i, 40);
      if (NEGATED.test(before) || OUR_BEFORE.test(before)) return undefined;
      return this.commercialAtIn(this.sentStart(i), this.sentEnd(j)) ? this.cue(i, j + m[0].length) : undefined;
    }
    if (w === "exchange") {
      const m = EXCHANGE_FOR.exec(t.slice(j, j + 60));
      if (!m) return undefined;
      const s = IN_BEFORE.exec(this.before(i, 10));
      return this.cue(s ? i - (this.before(i, 10).length - s.index) : i, j + m[0].length);
    }
    if (w === "reached out") {
      return REACHED_BEFORE.test(this.before(i, 40)) && this.individual() ? this.cue(i, j) : undefined;
    }
    if (w.endsWith("brands")) {
      return FROM_BRANDS_BEFORE.test(this.before(i, 40)) && this.individual() ? this.cue(i, j) : undefined;
    }
    return undefined;
  }

  private money(w: string, i: number, j: number): Cue | undefined {
    const t = this.text;
    if (w.startsWith("save") || w.startsWith("get") || w.startsWith("give") || w.startsWith("take") || w.startsWith("knock")) {
      // "Save 25% on @FlexiMat with FLEXDOC", "DENTALDAN gets you a free brush head", "@BiteRight knocked 20% off … for you guys".
      const s = this.sentStart(i);
      const e = this.sentEnd(j);
      const sentence = t.slice(s, e);
      if ((w.startsWith("get") || w.startsWith("give")) && !DISCOUNT_WORDS.test(t.slice(j, j + 40))) return undefined;
      if (NEGATED.test(this.before(i, 30))) return undefined;
      const code = codeToken(sentence);
      const mine = MY_LINK_OR_CODE.test(sentence);
      const audience = w.startsWith("knock") && AUDIENCE.test(sentence);
      if (!code && !mine && !audience) return undefined;
      if (!this.codeCounts(mine)) return undefined;
      return this.cue(code ? Math.min(i, s + code.index) : i, code ? Math.max(j, s + code.index + code[0].length) : j);
    }
    if (w === "shoppable") {
      const a = t.slice(j, j + 40);
      return (SHOPPABLE_MINE.test(a) || MY_JUST_BEFORE.test(this.before(i, 10))) && !this.orgVoice() ? this.cue(i, j) : undefined;
    }
    if (w.startsWith("support") || w === "lights on") {
      // "shopping through my link supports this page", "keeps the lights on around here": an affiliate's thanks.
      if (w.startsWith("support") && !SUPPORTS_WHAT.test(t.slice(j, j + 30))) return undefined;
      if (w === "lights on" && !KEEPS_BEFORE.test(this.before(i, 20))) return undefined;
      return !this.orgVoice() && SHOP_OR_LINK.test(t) && !NEGATED.test(this.before(i, 30)) ? this.cue(i, j) : undefined;
    }
    if (w.endsWith("cut")) {
      const before = this.before(i, 40);
      return CUT_BEFORE.test(before) && !NEGATED.test(before) && !this.orgVoice() ? this.cue(i - before.length + before.search(CUT_BEFORE), j) : undefined;
    }
    if (w.startsWith("commission") || w.startsWith("kickback")) {
      if (w === "commissionable") return LINKS_NEXT.test(t.slice(j, j + 10)) ? this.cue(i, j) : undefined;
      const before = this.before(i, 60);
      if (NEGATED.test(before)) return undefined;
      return COMMISSION_BEFORE.test(before) || COMMISSION_AFTER.test(t.slice(j, j + 30)) ? this.cue(i, j) : undefined;
    }
    if (w === "affiliate") {
      const a = t.slice(j, j + 20);
      const before = this.before(i, 40);
      if (NEGATED.test(before)) return undefined;
      return AFFILIATE_AFTER.test(a) || AFFILIATE_BEFORE.test(before) ? this.cue(i, j) : undefined;
    }
    if (w === "referral") {
      return LINK_OR_CODE_NEXT.test(t.slice(j, j + 10)) && (MY_BEFORE.test(this.before(i, 30)) || this.commercialAt())
        ? this.cue(i, j)
        : undefined;
    }
    if (w === "storefront" || STORE_FRONT.test(w)) {
      const before = this.before(i, 30);
      const m = MY_AMAZON_BEFORE.exec(before);
      return m || AMAZON_BEFORE.test(before) ? this.cue(m ? i - before.length + m.index : i, j) : undefined;
    }
    if (w === "ltk") return t.slice(i, j) === "LTK" || MY_JUST_BEFORE.test(this.before(i, 10)) ? this.cue(i, j) : undefined;
    if (w === "shopmy") return this.cue(i, j);
    if (w === "link" || w === "links" || w === "discount") {
      const before = this.before(i, 40);
      const m = MY_BEFORE.exec(before) ?? (w === "discount" && this.commercialAt() ? MY_DISCOUNT_BEFORE.exec(before) : null);
      if (!m || NEGATED.test(before.slice(0, m.index))) return undefined;
      return this.cue(i - before.length + m.index, j);
    }
    if (w === "code" || w === "codes" || w === "promo" || w === "coupon") return this.code(w, i, j);
    if (w === "checkout") {
      const before = this.before(i, 40);
      return CHECKOUT_BEFORE.test(before) && this.codeCounts(false) ? this.cue(i - before.length + before.search(USE_CODE_AT_BEFORE), j) : undefined;
    }
    if (w.endsWith("off")) {
      const s = this.sentStart(i);
      const e = this.sentEnd(j);
      const sentence = t.slice(s, e);
      const m = CODE_TOKEN_USE.exec(sentence);
      if (m && (DIGIT.test(m[1]) || m[1].length >= 5)) return this.codeCounts(false) ? this.cue(s + m.index, s + m.index + m[0].length) : undefined;
      // "30% off @Brand with the link in my bio", "20% off for my followers"
      if (MY_AUDIENCE.test(sentence) && this.commercialAtIn(s, e) && !this.ownSeller()) return this.cue(i, j);
      return undefined;
    }
    if (w === "paid") {
      const before = this.before(i, 40);
      if (PAID_BEFORE.test(before) && !NEGATED.test(before)) return this.cue(i, j);
      const g = PAID_ME_NEXT.exec(t.slice(j, j + 40));
      if (g && !NEGATED.test(before)) {
        const giver = this.giver(before, "paid", "");
        if (giver !== undefined) return this.cue(i - before.length + giver, j + g[0].length);
      }
      return undefined;
    }
    if (w === "compensated") return COMPENSATED_BEFORE.test(this.before(i, 30)) ? this.cue(i, j) : undefined;
    if (w.startsWith("earn")) {
      return EARN_AFTER.test(t.slice(j, j + 40)) && !NEGATED.test(this.before(i, 30)) ? this.cue(i, j) : undefined;
    }
    return undefined;
  }

  /** Whether a discount code counts: the poster's own, or in a post that tags a brand, and not an organisation's own sale. */
  private codeCounts(mine: boolean): boolean {
    if (this.ownSeller()) return false;
    return mine || this.commercialAt();
  }

  // "use code JESS20", "my code", "code DOCSAM for 15% off", "promo code".
  private code(w: string, i: number, j: number): Cue | undefined {
    const t = this.text;
    const before = this.before(i, 40);
    const my = MY_BEFORE.exec(before);
    if (my && (w === "code" || w === "codes")) return this.cue(i - before.length + my.index, j);
    if (w === "promo" || w === "coupon") {
      const m = CODES_NEXT.exec(t.slice(j, j + 8));
      if (!m) return undefined;
      return this.codeCounts(false) ? this.cue(i, j + m[0].length) : undefined;
    }
    // "with the code in my bio": the poster's own code, named by where it is.
    if (CODE_IN_MY.test(t.slice(j, j + 30)) && (w === "code" || w === "codes")) return this.codeCounts(true) ? this.cue(i, j) : undefined;
    const tok = CODE_TOKEN.exec(t.slice(j, j + 30));
    const ctxBefore = CODE_CONTEXT_BEFORE.exec(before);
    const ok = (tok !== null && (ctxBefore !== null || CODE_AFTER.test(t.slice(j + tok[0].length, j + tok[0].length + 20)))) || (ctxBefore !== null && CODE_KIND_ONLY.test(ctxBefore[0]));
    if (!ok || !this.codeCounts(false)) return undefined;
    const s = ctxBefore ? i - before.length + ctxBefore.index : i;
    return this.cue(s, j);
  }

  /**
   * A tie of the poster's own to a brand, in any of the ways it is said: "repping @Brand", "I consult
   * for @Brand", "on retainer with", "their roster of creators", "created with @Brand", "as someone
   * who helped develop the @Brand spacer", "my sister started @Brand", "our family business @Brand",
   * "my @Brand partnership", "as their clinical lead", "a nurse educator at @Brand by day".
   * Never in an organisation's voice, never with a public body, never negated.
   */
  private bond(w: string, i: number, j: number): Cue | undefined {
    const t = this.text;
    // Every tie is to a brand's @account near the word (or in its sentence): most anchors ("nurse", "board") stop here.
    const near = t.lastIndexOf("@", j + 60);
    if (near < 0 || near < i - 120 || this.orgVoice()) return undefined;
    const before = this.before(i, 80);
    if (NEGATED.test(before)) return undefined;
    const s = this.sentStart(i);
    const e = this.sentEnd(j);
    const sentence = t.slice(s, e);
    const firstPerson = FIRST_PERSON_BEFORE.test(sentence);
    const bare = NO_SUBJECT.test(before) || SPEAKER_BEFORE.test(before);
    const at = (m: RegExpExecArray | null) => m !== null && !PUBLIC_PARTY.test(m[1]);
    if (w.startsWith("advocate")) {
      if (AMBASSADOR_NOT.test(before) || PATIENT_ADVOCATE.test(before)) return undefined;
      const role = AT_ROLE_LOOSE.exec(before);
      const of = PARTNER_OF.exec(t.slice(j, j + 40));
      if (!(at(role) || at(of))) return undefined;
      const lead = role ? before.slice(0, role.index) : before;
      return firstPerson || bare || SPEAKER_BEFORE.test(lead) || AS_ROLE_BEFORE.test(lead) || I_AM_A.test(lead) ? this.cue(role ? i - before.length + role.index : i, of ? j + of[0].length : j) : undefined;
    }
    if (w.startsWith("repp")) {
      const m = AT_NEXT.exec(t.slice(j, j + 40));
      return m && !PUBLIC_PARTY.test(m[1]) && (firstPerson || bare) ? this.cue(i, j + m[0].length) : undefined;
    }
    if (w.startsWith("consult")) {
      const m = PARTNER_OF.exec(t.slice(j, j + 40));
      return at(m) && firstPerson ? this.cue(i, j + m![0].length) : undefined;
    }
    if (w === "retainer" || w === "roster" || w === "cohort" || w === "squad" || w === "lineup" || w === "line-up") {
      if (!this.commercialAtIn(s, e) || !(firstPerson || bare || this.selfVoice())) return undefined;
      if (w !== "retainer" && !THEIR_OR_AT_BEFORE.test(before) && !OF_CREATORS.test(t.slice(j, j + 40))) return undefined;
      return this.cue(i, j);
    }
    if (w.startsWith("help")) {
      return this.commercialAtIn(s, e) && this.individual() ? this.cue(i, j) : undefined;
    }
    if (w.startsWith("creat") || w.startsWith("develop") || w.startsWith("produc") || w.startsWith("design") || w.startsWith("film") || w.startsWith("writ")) {
      // "Created with @SafeSip", "filmed in partnership with @Brand", "developed alongside @Brand".
      const m = WITH_PARTY.exec(t.slice(j, j + 60));
      if (!m) return undefined;
      const p = this.party(t.slice(j + m[0].length, j + m[0].length + 60));
      if (!p?.commercial || p.named) return undefined;
      return firstPerson || bare || THIS_CONTENT_BEFORE.test(before) ? this.cue(i, j + m[0].length + p.len) : undefined;
    }
    if (w === "started" || w.endsWith("founded") || w.endsWith("own") || w.endsWith("owns") || w === "runs" || w === "launched" || w === "built") {
      // "My sister started @PureBump", "I co-founded @Brand", "my husband runs @Brand".
      const m = AT_NEXT.exec(t.slice(j, j + 40));
      const owner = OWNER_BEFORE.exec(before);
      if (!at(m) || !owner) return undefined;
      // A relative's business is a tie when the post commends what it sells; "I co-founded @Brand" always is.
      if (!I_OWNER.test(owner[0]) && !(PRAISE.test(t) || this.sells() || PRODUCT_OUT.test(t))) return undefined;
      return this.cue(i - before.length + before.search(OWNER_BEFORE), j + m![0].length);
    }
    if (w === "company" || w === "business" || w === "startup" || w === "brand" || w === "label" || w === "shop") {
      // "Our family business @KneeKind", "my sister's company, @Brand".
      const m = AT_NEXT_LOOSE.exec(t.slice(j, j + 40));
      if (!at(m) || !KIN_BUSINESS_BEFORE.test(before) || !(PRAISE.test(t) || this.sells() || PRODUCT_OUT.test(t))) return undefined;
      return this.cue(i - before.length + before.search(KIN_BUSINESS_BEFORE), j + m![0].length);
    }
    if (w === "partnership" || w === "collab" || w === "deal" || w === "contract" || w === "sponsorship" || w === "ambassadorship") {
      // "Year three of my @Hoka partnership", "my @Brand deal", "signed a deal with @Brand".
      const my = MY_AT_BEFORE.exec(before);
      if (at(my)) return this.cue(i - before.length + my!.index, j);
      const m = WITH_AT.exec(t.slice(j, j + 40));
      return at(m) && firstPerson && DEAL_VERB_BEFORE.test(before) ? this.cue(i, j + m![0].length) : undefined;
    }
    if (w.startsWith("as ")) {
      // "as their clinical lead", "as @Brand's medical voice": a role for the brand, said by the poster.
      const role = ROLE_AFTER.exec(t.slice(j, j + 40));
      if (!role || NOT_A_ROLE.test(role[1])) return undefined;
      return this.commercialAtIn(s, e) && (firstPerson || SUBJECTLESS.test(sentence)) ? this.cue(i, j + role[0].length) : undefined;
    }
    if (w.startsWith("work") || w === "employer" || w === "by day" || w === "day job") {
      // "I work at @Brand", "a nurse educator at @Brand by day", "my employer @Brand", with praise of its products.
      let m: RegExpExecArray | null = null;
      let from = i;
      if (w.startsWith("work")) m = AT_FOR_NEXT.exec(t.slice(j, j + 40));
      else if (w === "by day") {
        const b = AT_BEFORE.exec(before);
        if (b) {
          m = b;
          from = i - before.length + b.index;
        }
      } else m = AT_NEXT_LOOSE.exec(t.slice(j, j + 40));
      if (!at(m) || !(firstPerson || MY_JUST_BEFORE.test(before))) return undefined;
      return PRAISE.test(t) || this.sells() ? this.cue(from, w === "by day" ? j : j + m![0].length) : undefined;
    }
    if (w === "council" || w === "board" || w === "panel" || w === "committee") {
      // "Honored to serve on @Omron's clinical council", "I sit on the @Brand medical board".
      const m = SEAT_BEFORE.exec(before);
      if (!at(m) || !(firstPerson || bare || SPEAKER_ANY.test(before))) return undefined;
      return this.cue(i - before.length + m!.index, j);
    }
    if (ROLE_NOUN.test(w)) {
      // "Officially a @Hoka Global Run Club coach": a role held for the brand, announced by the poster.
      const m = AT_ROLE_LOOSE.exec(before);
      if (!at(m)) return undefined;
      const lead = before.slice(0, m!.index);
      if (!(SPEAKER_BEFORE.test(lead) || AS_ROLE_BEFORE.test(lead) || I_AM_A.test(lead))) return undefined;
      return this.cue(i - before.length + m!.index, j);
    }
    if (w.startsWith("i")) {
      // "I'm the in-house dietitian at @GreenChef", with praise of what it sells.
      const m = JOB_AT.exec(t.slice(j, j + 60));
      if (!m || !at(m.slice(1) as unknown as RegExpExecArray) || NOT_A_ROLE.test(m[1])) return undefined;
      return PRAISE.test(t) || this.sells() ? this.cue(i, j + m[0].length) : undefined;
    }
    if (w === "x" || w === "×") {
      // "me x @PureLeaf", "@Brand x me": a collaboration written as a cross.
      const m = AT_NEXT.exec(t.slice(j, j + 40));
      if (!m || PUBLIC_PARTY.test(m[1]) || !ME_JUST_BEFORE.test(before) || !CROSS_CONTEXT.test(t)) return undefined;
      return this.cue(i - before.length + before.search(ME_JUST_BEFORE), j + m[0].length);
    }
    if (w === "part of") {
      // "part of the @Brand creator family", "part of @Brand's program".
      const m = PART_OF_AT.exec(t.slice(j, j + 60));
      return at(m) && (firstPerson || bare) ? this.cue(i, j + m![0].length) : undefined;
    }
    return undefined;
  }

  private relation(w: string, i: number, j: number): Cue | undefined {
    const t = this.text;
    if (w.startsWith("ambassador")) {
      const before = this.before(i, 60);
      if (NEGATED.test(before)) return undefined;
      const at = AT_ROLE.exec(before);
      if (at && !PUBLIC_PARTY.test(at[1])) return this.cue(i - before.length + at.index, j);
      if (AMBASSADOR_NOT.test(before)) return undefined;
      if (THEIR_BEFORE.test(before) && this.commercialAt() && !this.orgVoice()) return this.cue(i, j);
      const brand = BRAND_BEFORE.exec(before);
      if (brand) return this.cue(i - before.length + brand.index, j);
      const s = this.sentStart(i);
      return this.commercialAtIn(s, this.sentEnd(j)) ? this.cue(i, j) : undefined;
    }
    // A role for a brand: "medical advisor for @Brand", "@Brand partner", "one of their creators".
    if (w.startsWith("advis") || w === "consultant" || w.startsWith("spokes") || w.startsWith("creator") || w.startsWith("athlete") || w === "partner" || w === "partners" || ROLE_WORD.test(w)) {
      const before = this.before(i, 80);
      if (ADVISOR_NOT.test(before) || AMBASSADOR_NOT.test(before) || NEGATED.test(before)) return undefined;
      if (w === "advisory" && !ADVISORY_NEXT.test(t.slice(j, j + 14))) return undefined;
      const s = this.sentStart(i);
      const e = this.sentEnd(j);
      if (!this.commercialAtIn(s, e)) return undefined;
      const firstPerson = FIRST_PERSON_BEFORE.test(t.slice(s, e));
      if (w.startsWith("partner")) {
        // Only "@Brand partner" or "partner of/for @Brand": "partners" alone is every hospital's word.
        const at = AT_ROLE.exec(before);
        const of = PARTNER_OF.exec(t.slice(j, j + 40));
        if (!((at && !PUBLIC_PARTY.test(at[1])) || (of && !PUBLIC_PARTY.test(of[1])))) return undefined;
        return !this.orgVoice() ? this.cue(at ? i - before.length + at.index : i, of ? j + of[0].length : j) : undefined;
      }
      if (ROLE_WORD.test(w)) {
        // "chief medical officer for @Brand", "@Brand brand rep", "the new face of @Brand": the role must be the brand's.
        const at = AT_ROLE.exec(before);
        const of = (w === "face of" ? AT_NEXT : PARTNER_OF).exec(t.slice(j, j + 40));
        // "trusting me to be the face of their fertility line": the brand named elsewhere in the sentence.
        if (w === "face of" && !of && THEIR_NEXT.test(t.slice(j, j + 10)) && this.commercialAtIn(s, e) && firstPerson) return this.cue(i, j);
        if (!((at && !PUBLIC_PARTY.test(at[1])) || (of && !PUBLIC_PARTY.test(of[1])))) return undefined;
        return firstPerson || !this.orgVoice() ? this.cue(at ? i - before.length + at.index : i, of ? j + of[0].length : j) : undefined;
      }
      if (w.startsWith("creator") || w.startsWith("athlete")) {
        return firstPerson || ONE_OF_THEIR.test(before) || PROGRAM_NEXT.test(t.slice(j, j + 12)) ? this.cue(i, j) : undefined;
      }
      // "I've joined @Brand's advisory board", "signed on as a medical advisor for @Brand"; not "@Brand Advisor Dr Saks".
      return firstPerson || AS_ROLE_BEFORE.test(before) ? this.cue(i, j) : undefined;
    }
    if (w.startsWith("brought") || w.startsWith("made") || w === "presented" || w === "powered") {
      const a = this.after(j, 80);
      const by = BY_AFTER.exec(a);
      if (!by) return undefined;
      const p = this.party(a.slice(by[0].length));
      if (!p?.commercial) return undefined;
      // "This reel was made possible by @Brand"; from an organisation, "made possible by" thanks a sponsor of its event.
      if (!w.startsWith("brought") && !THIS_CONTENT_BEFORE.test(this.before(i, 40)) && (this.orgVoice() || !this.individual())) return undefined;
      return this.cue(i, j + by[0].length + p.len);
    }
    if (w.startsWith("brand")) {
      return this.individual() && this.commercialAt() && !NEGATED.test(this.before(i, 30)) ? this.cue(i, j) : undefined;
    }
    if (w.startsWith("represent") || w === "signed with") {
      const a = t.slice(j, j + 40);
      const m = AT_NEXT.exec(a);
      if (!m || PUBLIC_PARTY.test(m[1])) return undefined;
      const before = this.before(i, 60);
      if (NEGATED.test(before) || !(FIRST_PERSON_BEFORE.test(before) || (PROUD_BEFORE.test(before) && !this.orgVoice()))) return undefined;
      return this.cue(i, j + m[0].length);
    }
    // partner / collaborate / team up / work with: "with" a brand.
    let a = this.after(j, 100);
    let withLen = 0;
    if (!ENDS_WITH.test(w)) {
      const m = PARTNER_WITH.exec(a);
      if (!m) return undefined;
      withLen = m[0].length;
      a = a.slice(withLen);
    }
    const p = this.party(a);
    if (!p?.commercial) return undefined;
    const name = a.slice(0, p.len);
    // A capitalised name with no @ is a brand only for an individual's partnership.
    const isAt = name.includes("@") || BRAND_OR_COMPANY_WORD.test(name);
    if (NEGATED_AFTER.test(t.slice(j + withLen + p.len, j + withLen + p.len + 16))) return undefined;
    const before = this.before(i, 60);
    if (NEGATED.test(before)) return undefined;
    const end = j + withLen + p.len;
    const collabStrong = IN_A_BEFORE.test(before) && (w.startsWith("collab") || (w.startsWith("partnership") && !this.orgVoice()));
    const firstPerson = FIRST_PERSON_BEFORE.test(before);
    const we = WE_BEFORE.test(before);
    // No subject at all ("Teaming up with @Brand this month!"): the poster speaks.
    const bare = NO_SUBJECT.test(before);
    if (w.startsWith("work") && !firstPerson && !(bare && !this.orgVoice())) return undefined;
    let strong: boolean;
    if (collabStrong) strong = isAt;
    else if (firstPerson && !OUR_WORD.test(before.slice(-20))) strong = true;
    else if (we) strong = false;
    else strong = this.individual() || (bare && !this.orgVoice());
    if (!isAt && !firstPerson) return undefined;
    if (!strong && !this.sells()) return undefined;
    const span = I_SPAN.exec(before);
    return this.cue(span ? i - before.length + span.index : i, end);
  }
}

/**
 * The head noun of the phrase that starts at `from` in `s`: the last of up to six words before a
 * preposition, a conjunction or punctuation ("the gorgeous new water bottle!" -> "bottle"; "the
 * new guidance on RSV" -> "guidance"). Lower case, with where it ends.
 */
function nounPhraseHead(s: string, from: number): { head: string; end: number } | undefined {
  WORD.lastIndex = from;
  let head: string | undefined;
  let end = from;
  let wm: RegExpExecArray | null;
  for (let k = 0; k < 6 && (wm = WORD.exec(s)) !== null; k++) {
    if (head !== undefined && PUNCT_BETWEEN.test(s.slice(end, wm.index))) break;
    const word = wm[0].toLowerCase();
    if (NP_STOP.has(word)) break;
    head = word;
    end = wm.index + wm[0].length;
  }
  return head === undefined ? undefined : { head, end };
}
const PUNCT_BETWEEN = /[^\s]/;

const GIVER_FILLERS = new Set([
  "kindly",
  "generously",
  "just",
  "recently",
  "so",
  "very",
  "lovingly",
  "graciously",
  "also",
  "even",
  "literally",
  "actually",
  "already",
  "sweetly",
  "totally",
  "again",
  "have",
  "has",
  "had",
  "been",
  "was",
  "were",
  "who",
  "is",
  "enough",
  "to",
  "kind",
  "nice",
  "sweet",
  "generous",
  "lovely",
  "thoughtful",
  "and",
  "then",
  "out",
  "reached",
]);

function isSpace(c: number): boolean {
  return c === 32 || c === 10 || c === 13 || c === 9 || c === 160 || Number.isNaN(c);
}

const HASHTAG = /(?<![\p{L}\p{M}\p{N}_&/#＃@])[#＃]([\p{L}\p{M}\p{N}_]+)/gu;

/** Hashtags as X and Instagram link them: whole tags, not all digits. */
function extractHashtags(text: string): Hashtag[] {
  const out: Hashtag[] = [];
  HASHTAG.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = HASHTAG.exec(text)) !== null) {
    if (ALL_DIGITS.test(m[1])) continue;
    out.push({ tag: m[1].toLowerCase(), range: [m.index, m.index + m[0].length] });
  }
  return out;
}

/** "#FigsAmbassador", "#OuraPartner": a brand's ambassador or partner tag (not #PatientAmbassador, #CommunityPartner). */
const BRAND_ROLE_TAG = /^([\p{L}\p{N}_]{2,30}?)(?:ambassador|brandpartner|partner|creator|athlete)$/u;
const ROLE_TAG_NOT = /^(?:patient|community|health|peer|student|volunteer|youth|campus|family|hospital|clinic|care|research|school|public|global|trusted|care|nurse|our|proud)/;
/** Tag forms that show a connection and are too vague to disclose it: #GiftedByOura, #PRSample, #partnered. */
const CUE_TAG_FORM = /^(?:gifted\w*|pr(?:gifts?|gifted|samples?|box|boxes|packages?|haul|products?|sends?|mail|kits?|list|unboxing|items?)|partnered|partnering|brandpartnership|brandrep|brandreps|ambassadorship|creatorpartner)$/;
function cueTag(tag: string): boolean {
  return CUE_TAGS.has(tag) || CUE_TAG_FORM.test(tag);
}

function brandRoleTag(tag: string): boolean {
  const m = BRAND_ROLE_TAG.exec(tag);
  return m !== null && !ROLE_TAG_NOT.test(m[1]);
}

function addPhrases(text: string, re: RegExp, out: Disclosure[]): void {
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    let s = m.index;
    let e = s + m[0].length;
    while (s < e && SPACE.test(text[s])) s++;
    while (e > s && DISCLOSURE_TRIM.test(text[e - 1])) e--;
    // "#sponsored" is found as a hashtag already.
    if (text[s - 1] === "#" || text[s - 1] === "＃") continue;
    if (NEGATED_DISCLOSURE.test(text.slice(Math.max(0, s - 12), s))) continue;
    let dup = false;
    for (const d of out) if (d.range[0] <= s && s < d.range[1]) dup = true;
    if (dup) continue;
    out.push({ range: [s, e], text: text.slice(s, e).replace(SPACES, " "), tag: false });
  }
}

const NEGATED_DISCLOSURE = /\b(?:not|no|non|never|isn['’]t|wasn['’]t|aren['’]t|n['’]t)[\s-]*$/i;

function findDisclosures(text: string, hashtags: Hashtag[], labelWords: boolean, connection: boolean): Disclosure[] {
  const out: Disclosure[] = [];
  for (const h of hashtags) {
    if (DISCLOSURE_TAGS.has(h.tag)) out.push({ range: h.range, text: text.slice(h.range[0], h.range[1]), tag: true });
  }
  if (labelWords) addPhrases(text, LABEL_PHRASES, out);
  if (connection) addPhrases(text, DISCLOSURE_PHRASES, out);
  out.sort((a, b) => a.range[0] - b.range[0]);
  return out;
}

/**
 * Runs of hashtags with nothing but spaces, punctuation or emoji between them. In a run of at least
 * `size` that ends the post, every hashtag is "buried" (FTC: a disclosure mixed into a group of
 * hashtags at the end is easy to miss); in such a run elsewhere, every hashtag after the first.
 */
function clusterIndex(text: string, hashtags: Hashtag[], size: number): Map<number, "lead" | "buried"> {
  const out = new Map<number, "lead" | "buried">();
  let run: Hashtag[] = [];
  const flush = () => {
    if (run.length >= size) {
      const trailing = !LETTER_OR_DIGIT.test(text.slice(run[run.length - 1].range[1]));
      run.forEach((h, i) => out.set(h.range[0], i === 0 && !trailing ? "lead" : "buried"));
    }
    run = [];
  };
  for (const h of hashtags) {
    const prev = run[run.length - 1];
    if (prev && LETTER_OR_DIGIT.test(text.slice(prev.range[1], h.range[0]))) flush();
    run.push(h);
  }
  flush();
  return out;
}
