/**
 * Data for `endorsement-disclosure`: the vocabulary from which the rule composes a material
 * connection (a giving, paying or partnering word, a commercial party, a first-person recipient),
 * wording that discloses it clearly, and tags the FTC calls too vague. Each entry carries its source.
 *
 * The rule finds the anchor words below in one pass and judges each by its neighbours in the same
 * sentence; the patterns here are matched against short windows of the post's prose (URLs are
 * blanked out; affiliate links are recognised from `post.links`). Every pattern is linear: no
 * nested or adjacent quantifiers over overlapping classes.
 */

export const CFR_255 = "16 CFR 255.5 (2023), disclosure of material connections, https://www.ecfr.gov/current/title-16/part-255";
export const CFR_255_0 =
  "16 CFR 255.0(e) (2023): a material connection includes a business, family or personal relationship, monetary payment, or the provision of free or discounted products (including products not asked for), early access, or other benefits, https://www.ecfr.gov/current/title-16/part-255";
export const DISCLOSURES_101 =
  "FTC, Disclosures 101 for Social Media Influencers (2019, rev. 2023), https://www.ftc.gov/business-guidance/resources/disclosures-101-social-media-influencers";
export const ENDORSEMENT_FAQ =
  "FTC, FTC's Endorsement Guides: What People Are Asking (2023), https://www.ftc.gov/business-guidance/resources/ftcs-endorsement-guides";

/**
 * What follows a giving verb that can make it a gift: a recipient ("me", "us", "it over", "our
 * team"), or a giver after a passive ("by", "from", "courtesy of"). Checked in the anchor regex, so
 * that "give the gift of life" costs nothing more.
 */
const GIVE_NEXT = "(?=\\s+(?:me|us|my|our|it|this|these|them|one|some|a\\s+few|a\\s+couple|a\\s+bunch|a\\s+group|several|over|along|out|off|up|straight|directly|right|to\\s+(?:me|us)|for\\s+(?:me|us|my|our|free)|by|from|courtesy|free)\\b)";

const LET_NEXT = "(?=\\s+(?:me|us)\\s+(?:keep|try|test|borrow|sample|use|have|take)\\b)";
const ASK_NEXT = "(?=\\s+(?:me|us)\\s+(?:(?:out|over|down|up)\\s+)?to\\s)";
const KEEP_NEXT = "(?=\\s+(?:me|us|my|our)\\s+(?:[\\w-]+\\s+){0,2}(?:(?:so|well|fully|constantly|always)\\s+)?(?:stocked|supplied|fu?ell?ed|full|topped|in|hydrated|fed|caffeinated|warm|cozy|comfy|equipped)\\b)";
/** "hosted by @Brand", "for having me at", "had us out to their HQ". */
const HOST_NEXT = "(?=\\s+(?:by|me|us)\\b)";
const CLAUSE_END_NEXT = "(?=\\s*(?:[^\\w\\s'’]|$))";
/**
 * "paid" shows a connection only as "paid me", "paid by", "paid partnership", or after "I was", "I get".
 */
const PAID = "paid(?=\\s+(?:me|us|by|for\\s+(?:my|our|this)|partnership|post|ad|promotion|collab|consultant|spokesperson|ambassador|partner|advisor)\\b)|paid(?<=\\bI\\s+(?:was|am|['’]m|get|got|have\\s+been|['’]ve\\s+been)\\s+paid)";

/** Each word of a space-separated list with the same lookaround, as alternatives (so that they merge into the anchor trie). */
function each(words: string, suffix: string): string {
  return words
    .split(" ")
    .map((w) => w + suffix)
    .join("|");
}

/** One family of anchor words: what it is, and why it can show a material connection. */
export interface AnchorFamily {
  id: string;
  /** Regex source of the anchor words (matched case-insensitively, at a word start). */
  words: string;
  /** A lookahead every word of the family must be followed by. */
  next?: string;
  /** What must stand around the word for it to count (the rule applies it). */
  needs: string;
  source: string;
}

/**
 * The anchor families. Each is a composition: the word alone is never enough, except where `needs`
 * says "alone".
 */
export const ANCHORS: readonly AnchorFamily[] = [
  {
    id: "thanks",
    words: "thanks|thank[\\s-]+you|thx|ty|grateful|shout\\s*-?\\s*outs?|cheers|kudos|props|(?:big|much|so\\s+much|sending|all\\s+the)\\s+love|hats\\s+off",
    needs:
      "\"for sending / gifting / the <thing>\" after it, and a commercial party (a brand's @account, \"the team at Brand\") in the sentence; for a thing that is not a product, also a post by an individual or one that sells",
    source: `${DISCLOSURES_101} ("Thanks [Brand]" thanks a brand for something: a gift); ${CFR_255_0}`,
  },
  {
    id: "give",
    words:
      "sen[dt]|sending|gave|give[ns]?|provid(?:ed|es|ing)|ship(?:ped|s)?|mailed|mails|surprised|spoil(?:ed|s)?|treated|treats|hook(?:ed|s)?|comp(?:ed|'d|s)?|flew|flown|set|put|loan(?:ed|s)?|lent|lends|handed|dropped|passed|delivered|outfitted|equipped|brought|funded|backed|added",
    next: GIVE_NEXT,
    needs:
      "a commercial giver (\"@Brand\", \"the brand\", \"the team at Brand\", \"they\" in a post that tags a brand, a capitalised brand name) and a first-person recipient (\"me\", \"us\", \"my\", \"it over\"); or a passive form naming the giver (\"sent to me by @Brand\"); not family, patients or staff as the giver, not \"sent me home\"",
    source: `${CFR_255_0} (free products, including ones not asked for; travel and other benefits); ${DISCLOSURES_101}`,
  },
  {
    id: "give2",
    // Verbs of handing over whose recipient comes later in the clause: "mailed a starter kit to my house".
    words: "sent|mailed|shipped|dropped|passed|delivered|handed|brought|loaned|lent|gave",
    next: "(?=\\s+(?:a|an|the|their|some|its)\\s[^.!?\\n]{0,60}?\\b(?:me|us|my|our|the\\s+(?:unit|floor|ward|station|crew))\\b)",
    needs: "a commercial giver before the verb and the poster, or the poster's home, office or family, as recipient later in the clause",
    source: `${CFR_255_0} (free products); ${DISCLOSURES_101}`,
  },
  {
    id: "ask",
    // Each verb with the words that must follow it, so that "let us know" and "frequently asked" cost nothing more.
    words: [
      `let${LET_NEXT}|lets${LET_NEXT}`,
      "(?:given|sent|gifted|handed|loaned|lent)(?<=\\bI\\s+(?:was|got|['’]ve\\s+been|have\\s+been|just\\s+got)\\s+\\w+)",
      `asked${ASK_NEXT}|invited${ASK_NEXT}|asked(?=\\s+(?:if|whether)\\s+(?:I|we)\\b)`,
      `keeps?${KEEP_NEXT}|keeping${KEEP_NEXT}|kept${KEEP_NEXT}`,
      `host(?:ed|s|ing)${HOST_NEXT}|hav(?:e|ing)${HOST_NEXT}|had${HOST_NEXT}`,
      `sent${CLAUSE_END_NEXT}|gave${CLAUSE_END_NEXT}`,
    ].join("|"),
    needs:
      "a brand that lets, asks or invites the poster to try, keep or visit (\"@Brand let me keep the demo unit\", \"they asked me to try it\"), keeps them stocked, or the thing a brand sent, named before (\"the massage gun they sent\")",
    source: `${CFR_255_0} (free products and other benefits); ${DISCLOSURES_101}`,
  },
  {
    id: "gift",
    words:
      "gifted|gifting|(?:gifts?|presents?|surprise|care\\s+package|(?:surprise|mystery|gift|happy)\\s+(?:package|box|delivery|mail)|box|boxes|package|parcel|bundle|kit|crate|shipment|delivery|batch|stash|haul|sampler|treats?)(?=\\s+(?:of\\s+(?:[\\w-]+\\s+){1,3})?(?:straight\\s+|direct(?:ly)?\\s+|right\\s+)?from\\s)|gifts?(?=\\s+by\\s)|cover(?:ed|s|ing)(?=\\s+(?:my|our|the|all|travel|flights?|airfare|hotel|lodging|expenses|costs|fees?)\\b)|came\\s+through(?=\\s+with\\s)|(?:came|comes|come)(?=\\s+(?:straight\\s+|directly\\s+|right\\s+)?from\\s)|(?:landed|arrived|showed\\s+up)(?=\\s+(?:on|at|in)\\s+my\\s)|received(?=[^.!?\\n]{0,60}?\\bfrom\\s+(?:the\\s+)?@)",
    needs:
      "\"gifted by @Brand\", \"this was gifted (to me)\", \"a gift from the brand\", \"they covered my travel\"; not \"gifted with patience\", \"a gifted surgeon\"",
    source: `${CFR_255_0} (free products; travel and other benefits); ${DISCLOSURES_101}`,
  },
  {
    id: "perk",
    words:
      "samples?|freebies?|goodies|swag|restock|complimentary|compliments(?=\\s+of\\s)|vip|perks?(?=\\s+of\\s)|(?:straight|directly|right)\\s+from(?=\\s+(?:the\\s+)?(?:brand|company|@|their|team))|from(?=\\s+the\\s+brand\\b(?!['’]))|all[\\s-]+expenses?[\\s-]+(?:covered|paid)|expenses\\s+(?:were\\s+)?(?:covered|paid)|(?:brand|press|media|influencer)\\s+trips?|c\\/o|courtesy|on\\s+the\\s+house|on\\s+them|guests?|pr|press|care\\s+package|goodie\\s+bag|unbox(?:ed|ing)?|early\\s+(?:look|access)|sneak\\s+peek|before\\s+(?:it\\s+|the\\s+)?launch(?:ed|es)?|free(?=\\s+(?:\\w+\\s+)?(?:trial|months?|year|subscription|membership|pairs?|products?|kit|box|samples?|stay|nights?|sessions?|treatments?|facial|upgrade|gear|stuff|swag|tickets?|bottle|supply)\\b)|exchange(?=\\s+for\\s)|reached\\s+out|from\\s+(?:the\\s+|various\\s+|different\\s+)?brands|by\\s+(?:the\\s+|various\\s+|different\\s+)?brands|preview|(?:dime|tab)(?=\\W)|before\\s+(?:it|they)\\s+(?:ships?|drops?|launch(?:es)?|(?:goes|go)\\s+live)|ahead\\s+of(?=\\s+(?:the\\s+|its\\s+|their\\s+)?(?:launch|release)\\b)|before\\s+(?:it|they)\\s+hits?(?=\\s+(?:stores|shelves))",
    needs:
      "a commercial party in the sentence (samples, goodies, \"as their guest\", early access), or the giver named after it (\"courtesy of the brand\", \"c/o @Brand\"); \"PR package\", \"in exchange for a review\" alone",
    source: `${CFR_255_0} (free or discounted products, early access); ${DISCLOSURES_101}`,
  },
  {
    id: "money",
    words:
      `commissions?|commissionable|kickbacks?|affiliate|referral|storefront|store\\s+front|ltk|shopmy|codes?|discount|promo|coupon|\\d{1,2}\\s*%\\s*off|[$£€]\\d{1,3}\\s*off|earn(?:s|ing)?|compensated|${PAID}|save\\s+(?:\\d{1,2}\\s*%|[$£€]\\d)|saves?\\s+you|gets?\\s+you|gives?\\s+you|takes?(?=\\s+(?:\\d{1,2}\\s*%|[$£€]\\d))|shoppable|supports?(?=\\s+(?:this|my|me|the)\\b)|lights\\s+on|(?:a|my)\\s+(?:small\\s+|little\\s+|tiny\\s+)?cut|knock(?:ed|s)?(?=\\s+(?:\\d{1,2}\\s*%|[$£€]\\d))`,
    needs:
      "the poster's own code or link (\"my code\", \"my link\"), or a code (\"use code X\", \"X for 20% off\", \"20% off with X\") in a post that tags a brand and is not an organisation selling its own goods; affiliate, storefront and commission wording alone",
    source: `${ENDORSEMENT_FAQ} (affiliate and referral programs, commissions); ${DISCLOSURES_101}`,
  },
  {
    id: "relation",
    words:
      "partner(?:ed|ing|s|ship)?(?=\\s+(?:up\\s+)?with\\s)|partners?|brand\\s+partner(?:ship)?|creators?|athletes?|officer|director|cmo|co-?founder|founder|investor|shareholder|rep|representative|face\\s+of|(?:made\\s+possible|presented|powered)(?=\\s+by\\s)|collab(?:s|orat(?:e|ed|es|ing|ion))?(?=\\s+with\\s)|team(?:ed|ing)?\\s+up(?=\\s+with\\s)|work(?:ing|ed)?(?=\\s+(?:(?:closely|directly|together)\\s+)?(?:with|alongside)\\s)|ambassadors?|advis(?:or|er|ory)|consultant|spokes(?:person|woman|man|model)|signed\\s+with|represent(?:ing)?|brought\\s+to\\s+you",
    needs:
      "a commercial party after it (\"partnered with @Brand\", \"in collaboration with @Brand\", \"brought to you by\"), from an individual (I, my) or in a post that sells; an ambassador, advisor or consultant of a brand's @account; not a public-health partner (county, CDC, schools, nonprofits)",
    source: `${CFR_255_0} (business relationships); ${DISCLOSURES_101} ("ambassador" alone is not a disclosure)`,
  },
  {
    id: "bond",
    words:
      `advocates?|repping|reppin['’]?|consult(?:s|ed|ing)?(?=\\s+(?:for|with)\\s)|retainer|roster|cohort|squad|lineup|line-up|(?:creat|develop|produc|design|film|writt?)(?:ed|ing|en)(?=\\s+(?:(?:in\\s+(?:partnership|collaboration)\\s+)?with|alongside)\\s)|help(?:ed|ing|s)?\\s+(?:develop|design|create|formulate|build|invent|launch|shape)|(?:started|founded|co-?founded|co-?owns?|owns|runs|launched|built)(?=\\s+@)|${each("company business startup brand label shop", "(?=\\W{1,3}@)")}|${each("partnership collab deal contract sponsorship ambassadorship", "(?<=@[\\w'’+ -]{1,60})")}|${each("deal contract partnership", "(?=\\s+with\\s+(?:the\\s+)?@)")}|as\\s+(?:one\\s+of\\s+)?(?:their|@\\w+['’]s)|${each("council board panel committee coach coaches trainer instructor educator expert specialist lead member physician dietitian nutritionist pharmacist clinician medic nurse", "(?<=@[\\w'’+ -]{1,80})")}|I['’]m(?=\\s+(?:an?|the)\\s)|I\\s+am(?=\\s+(?:an?|the)\\s)|[x×](?=\\s+@)|works?(?=\\s+(?:at|for)\\s+@)|worked(?=\\s+(?:at|for)\\s+@)|employer|by\\s+day|day\\s+job|part\\s+of(?=\\s+(?:the\\s+)?@)`,
    needs:
      "a tie of the poster's own to a brand's @account, in any wording: an advocate, rep, consultant or member of its roster; content created with it; a product the poster helped develop; a company the poster or a relative started, owns or works for; \"my @Brand partnership\", \"as their clinical lead\"; from an individual or a post with no subject, never from an organisation's voice or about a public body",
    source: `${CFR_255_0} (business, family or employment relationships); ${ENDORSEMENT_FAQ} (employees, owners and relatives of the seller)`,
  },
];

/**
 * @accounts and named parties that are public bodies, schools, hospitals or nonprofits: a
 * partnership with them is public health work, not an endorser's material connection.
 */
export const PUBLIC_PARTY =
  /gov|county|city|state|dept|department|public|school|isd\b|librar|univ|college|edu\b|foundation|fund\b|assoc|society|redcross|red cross|ymca|ywca|rotary|lions|kiwanis|habitat|food ?bank|pantry|ems\b|^ems|fire|police|sheriff|council|cdc|nih|fda|^who$|nhs|^cms$|hhs|american|nursing|hospital|medcenter|medical center|health ?system|parenthood|olympic|church|united ?way|charity|nonprofit|alliance|coalition|institute|academy|aap|acog|directrelief|relief|volunteer|ministry|\bva\b|veteran|army|navy|marines|reserve|salvation/i;
export const PUBLIC_PARTY_SOURCE = `${CFR_255} (an endorser's connection to the seller of a product; a public-health partnership is not one)`;

/** Givers that are not a brand: family, patients, colleagues, the poster's own organisation. */
export const NOT_A_GIVER =
  /\b(?:mom|mum|mama|dad|mother|father|parents?|husband|wife|hubby|partner|boyfriend|girlfriend|fianc\S*|kids?|son|daughter|children|family|sister|sis|brother|friends?|bff|bestie|colleagues?|co-?workers?|boss|patients?|nurses?|residents?|students?|staff|team\s*mates?|neighbou?rs?|grandma|grandpa|grandparents?|aunt|uncle|someone|somebody|nobody|no\s+one|everyone|everybody|anyone|who|you|doctor|doc|physician|surgeon|pt|therapist|trainer|coach|pharmacy|pharmacist|hospital|clinic|insurance|insurer|cafeteria|lab|office|department|program|manager|chief|dean|he|she|it)\b\W*$/i;

/** What a giver sends that is not a gift: people home, messages, referrals, replacements. */
export const NOT_A_GIFT =
  /^\s*(?:home|back|away|packing|to\s+(?:the\s+)?(?:er|ed|hospital|urgent|emergency|doctor|specialist|lab|imaging|radiology|icu|or)\b|(?:an?|the|your|my|our|their|his|her|this|these|some)\s+(?:[-\w]+\s+){0,2}(?:dm|message|messages|text|texts|email|emails|e-mail|note|link|question|questions|referral|reminders?|photo|picture|video|article|meme|tiktok|reel|results?|report|bill|invoice|replacement|refund|recall|letter|card|prayers|love|flowers|summary|research|paper|study|studies|guide|newsletter|update|updates|slides|data|invite|invitation|take|thoughts|views|insights?|opinions?|perspectives?|advice|tips|rundown|lowdown|scoop|breakdown|answers?|shout-?out|recap)\b|prayers|love|flowers|good\s+vibes|a\s+ton\s+of\s+(?:questions|dms|messages))/i;

/**
 * Things a brand sends an influencer: a thank-you for one of these from a brand is a thank-you for a
 * gift, whoever posts it.
 */
export const PRODUCT_NOUNS: ReadonlySet<string> = new Set(
  (
    "bottle bottles mask masks serum serums cream creams lotion lotions balm balms pillow pillows blanket blankets brace braces sleeve sleeves kit kits box boxes package packages bundle bundles goodies gift gifts sample samples product products toothbrush toothbrushes floss flosser flossers shoes sneakers scrubs socks bag bags tracker trackers watch watches subscription subscriptions mat mats cushion cushions tea teas snack snacks shake shakes powder powders supplement supplements vitamin vitamins bar bars drink drinks set sets device devices monitor monitors thermometer thermometers cuff cuffs earplugs earbuds headphones glasses sunglasses sunscreen sunscreens spf makeup skincare journal journals planner planners book books swaddle swaddles carrier carriers stroller strollers pump pumps insert inserts insoles patches oil oils spray sprays wipes gummies candle candles robe robes pajamas leggings gear equipment haul shirt shirts hoodie hoodies helmet helmets pads scale scales ring rings band bands app membership trial restock refill stethoscope stethoscopes shoes goodie pairs pair swag mouthguard retinol cleanser moisturizer toothpaste mints rinse jar tub supply samples kicks threads"
  ).split(" "),
);

/** What a thank-you is for when it is not a gift: service, hosting, information, donations. */
export const NOT_A_GIFT_NOUNS: ReadonlySet<string> = new Set(
  (
    "guidance support invite invitation opportunity help hospitality care work visit visits donation donations grant grants shoutout shout-out feature interview recognition award awards update updates reminder reminders info information data tips advice training article coverage podcast conversation chat teamwork service partnership collaboration questions question answers answer event session class talk webinar panel ride lift welcome response heads-up love prayers kindness kind words words cards card flowers meal meals delivery shipping fix repair reply follow retweet mention share sale sales prices hours thread threads explainer explainers post posts video videos reel reels episode content breakdown piece lunch dinner breakfast coffee cookies pizza donuts treats food supplies volunteers time patience hard dedication memories years laughs fun feedback review reviews spotlight nomination nominations honor lecture lectures presentation keynote rounds talk talks"
  ).split(" "),
);

/** Hashtags that disclose clearly (compared whole and case-insensitively: #ADHD is not #ad). */
export const DISCLOSURE_TAGS: ReadonlySet<string> = new Set([
  "ad",
  "ads",
  "advert",
  "advertisement",
  "advertising",
  "sponsored",
  "sponsoredpost",
  "sponsoredcontent",
  "paidad",
  "paidpartnership",
  "paidpartner",
  "paidpost",
]);
export const DISCLOSURE_TAGS_SOURCE = `${DISCLOSURES_101} ("#ad", "#sponsored", "Advertisement", "Sponsored", "Paid partnership")`;

/** Tags that show a connection to a brand by themselves, and are too vague to disclose it. */
export const CUE_TAGS: ReadonlySet<string> = new Set([
  "sp",
  "spon",
  "collab",
  "partner",
  "brandpartner",
  "ambassador",
  "brandambassador",
  "gifted",
  "giftedby",
  "prgift",
  "prhaul",
  "prpackage",
  "prbox",
  "affiliate",
  "affiliatelink",
  "affiliatelinks",
]);
export const CUE_TAGS_SOURCE = `${DISCLOSURES_101} ("sp", "spon", "collab", stand-alone "ambassador"); ${ENDORSEMENT_FAQ} ("#affiliatelink")`;

/**
 * Tags the FTC says are not enough on their own: the tags above, and words that only disclose when
 * a connection is already shown (#thanks, #partnership: hospitals use them for other things).
 */
export const VAGUE_TAGS: ReadonlySet<string> = new Set([
  ...CUE_TAGS,
  "collaboration",
  "partnership",
  "thanks",
  "thankyou",
  "gift",
  "aff",
]);
export const VAGUE_TAGS_SOURCE = `${DISCLOSURES_101} ("don't use vague or confusing terms like 'sp,' 'spon,' or 'collab,' or stand-alone terms like 'thanks' or 'ambassador'"); ${ENDORSEMENT_FAQ}`;

/**
 * Wording that labels the post itself as advertising ("Ad:", "Sponsored |", "paid partnership",
 * "this post is sponsored"). Such a label is checked for placement even when no other cue is found.
 */
export const LABEL_PHRASES =
  /(?:^|\n)[ \t]*[[(]?(?:ad|advertisement|sponsored|paid\s+ad|paid\s+partnership|paid\s+post)[\])]?[ \t]*(?:[:|\-–—]|$)|\bpaid\s+partnership\b|\bsponsored\s+(?:post|content|video|reel)\b|\b(?:this|today's|today’s)\s+(?:post|video|reel|content|story|episode|caption)\s+(?:is|was)\s+(?:sponsored|paid|an\s+ad)\b|\badvertisement\b|(?:^|\n|(?<=[.!?]\s{1,3}))[ \t]*sponsored\s+by\b/gi;

/**
 * Plain statements of the connection ("sponsored by", "I was paid", "I earn a commission", "sent me
 * this for free", "in exchange for an honest review"): a disclosure when the post shows a
 * connection.
 */
export const DISCLOSURE_PHRASES =
  /\bsponsor(?:ed|ing|s)?\s+(?:me|my|us|our|this)\b|\bsponsor(?:ed|ing)\b|\bpaid\s+(?:me|us)\b|\b(?:paid|compensated)\s+(?:by|for\s+this)\b|\bI\s+(?:was|am|'m|’m|get|got|have\s+been|'ve\s+been)\s+(?:paid|compensated)\b|\bpaid\s+(?:consultant|spokesperson|ambassador|partner|advisor|adviser|promotion|collab(?:oration)?)\b|\b(?:I|we)\s+(?:may\s+|might\s+|will\s+|do\s+)?(?:earn|get|receive|make)\s+(?:a\s+)?(?:small\s+|tiny\s+|little\s+)?(?:commissions?|cut|kickback|percentage|money)\b|\b(?:I|we)\s+(?:may\s+|might\s+|will\s+|do\s+)?(?:earn|get|receive|make)\s+(?:paid|a\s+little|a\s+bit|something|a\s+(?:small|tiny)\s+\w+)\b[^.!?\n]{0,40}?\b(?:when|if)\s+you\b|\bcommissions?\s+(?:on|from)\s+(?:any\s+)?(?:purchases|sales)\b|\b(?:earns?|gives?|get|gets|make|makes)\s+(?:me|us)\s+(?:a\s+)?(?:small\s+|tiny\s+|little\s+)?(?:commission|cut|percentage|kickback)\b|\b(?:I|we)\s+(?:get|earn|receive|make)\s+(?:a\s+)?(?:small\s+|tiny\s+|little\s+)?stipend\b|\bearn\s+from\s+qualifying\s+purchases\b|\bin\s+exchange\s+for\s+(?:an?\s+|my\s+)?(?:honest\s+|unbiased\s+)?(?:review|post|feedback|content)\b|\b(?:received|got|given|was\s+given|were\s+given)\s+(?:this|these|it|them)\s+(?:\w+\s+)?(?:for\s+free|free(?:\s+of\s+charge)?|at\s+no\s+cost)\b|\bsent\s+(?:me|us)\s+(?:this|these|it|them)\s+(?:\w+\s+)?(?:for\s+free|free(?:\s+of\s+charge)?|at\s+no\s+cost)\b|\b(?:provided|sent|given|gifted)\s+(?:to\s+me\s+)?(?:for\s+free|free(?:\s+of\s+charge)?|at\s+no\s+cost)\b|\bfree\s+(?:products?|samples?|items?)\s+(?:from|by)\b|\b(?:thanks?|thank\s+you)\s+(?:to\s+)?@\w+\s+for\s+the\s+free\b|\bprovided\s+by\s+@?\w+\s+(?:for\s+free|at\s+no\s+cost)\b/gi;
export const DISCLOSURE_PHRASES_SOURCE = `${DISCLOSURES_101} ("simple and clear" words: "advertisement", "ad", "sponsored", "I got this free", "I'm paid by"); ${ENDORSEMENT_FAQ} ("As an Amazon Associate I earn from qualifying purchases")`;

/** Words of a post that sells, which make a weak cue ("we partnered with @brand") a connection. */
export const PROMOTION_WORDS =
  /\b(?:shop|buy|order\s+(?:now|yours|today)|use\s+code|discount|check\s+out\s+(?:their|the|this|these)|loving\s+(?:this|these|my|the)|\d+\s*%\s+off|link\s+in\s+(?:my\s+)?bio|my\s+(?:favou?rite|fave|go-to|holy\s+grail)|obsessed|(?:I|I'm|I\s+am)\s+(?:loving|in\s+love)|love\s+(?:this|these|how|my\s+new)|try\s+(?:it|them|this|these)\s+(?:out|now|today)|grab\s+(?:yours|one)|get\s+yours|swipe\s+up|tap\s+to\s+shop|giveaway|give\s+away|giving\s+away|to\s+enter|available\s+(?:now\s+)?(?:at|on)\s+@?\w+)\b/i;

/** An organisation selling its own goods: its own discount code is not an endorsement. */
export const OWN_SELLER =
  /\b(?:our|in\s+our)\s+(?:own\s+)?(?:pharmacy|pharmacies|store|stores|shop|online\s+shop|clinic|clinics|practice|office|offices|spa|med\s+spa|location|locations|website|site|app|gift\s+shop|optical|dispensary|counter)\b|\bour\s+own\b|\bin[- ]store\b|\bat\s+(?:the\s+)?front\s+desk\b|\bat\s+our\s+\w+/i;

/** Links that pay the poster per sale: affiliate networks and tagged store links. */
export const AFFILIATE_LINK =
  /^(?:https?:\/\/)?(?:www\.)?(?:amzn\.to|rstyle\.me|liketk\.it|shopltk\.com|go\.shopmy\.us|shopmy\.us|howl\.me|go\.magik\.ly|bit\.ly\/(?:aff|ref)|shareasale\.com|awin1\.com|click\.linksynergy\.com|anrdoezrs\.net|tkqlhce\.com|jdoqocy\.com|dpbolvw\.net|kqzyfj\.com|prf\.hn|skimresources\.com|go\.skimresources\.com|fave\.co|sovrn\.co)(?:[/?#]|$)|[?&](?:tag|aff|affid|aff_id|affiliate|affiliate_id|ref_id|referral|refer|rfsn|irclickid|clickid)=/i;
export const AFFILIATE_LINK_SOURCE = `${ENDORSEMENT_FAQ} (affiliate links need a disclosure near the link)`;

/**
 * Characters a platform shows before "... more". Instagram shows about 125 characters of a
 * caption in the feed (secondary sources; the platform does not publish a figure, and
 * ../shared/domain.md gives only this one). Facebook and LinkedIn also cut long posts at a "see
 * more" link, but no source we hold gives a figure: set `folds` for them.
 */
export const DEFAULT_FOLDS: Readonly<Record<string, number>> = { instagram: 125 };
