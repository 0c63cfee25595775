/**
 * Data for `endorsement-disclosure`: wording that shows a material connection between the poster
 * and a brand, wording that discloses it clearly, and tags the FTC calls too vague. Each entry
 * carries its source.
 *
 * Patterns are matched case-insensitively (flags `gi` are set) against the post's prose, where
 * URLs are blanked out; affiliate links are recognised from `post.links`.
 */

export const CFR_255 = "16 CFR 255.5 (2023), disclosure of material connections, https://www.ecfr.gov/current/title-16/part-255";
export const DISCLOSURES_101 =
  "FTC, Disclosures 101 for Social Media Influencers (2019, rev. 2023), https://www.ftc.gov/business-guidance/resources/disclosures-101-social-media-influencers";
export const ENDORSEMENT_FAQ =
  "FTC, FTC's Endorsement Guides: What People Are Asking (2023), https://www.ftc.gov/business-guidance/resources/ftcs-endorsement-guides";

/**
 * How a cue counts: `strong` always shows a connection; `weak` only in a post that also sells
 * (shop, code, link in bio, "obsessed") or speaks in the first person singular (an individual, not
 * an organisation); `tagged` only in a post that tags another account; `individual` only in a post
 * in the first person singular that tags another account; `code` (a discount code) only
 * when it is the poster's own code or the post tags another account, and not when an organisation
 * sells its own goods.
 */
export type CueStrength = "strong" | "weak" | "tagged" | "individual" | "code";

/** Things a brand sends an influencer: a thank-you for one of these is a thank-you for a gift. */
export const PRODUCT_NOUNS =
  "bottles?|masks?|serums?|creams?|lotions?|balms?|pillows?|blankets?|braces?|sleeves?|kits?|box(?:es)?|packages?|bundles?|goodies|gifts?|samples?|products?|toothbrush(?:es)?|floss|shoes|sneakers|scrubs|socks|bags?|trackers?|watch(?:es)?|subscriptions?|mats?|cushions?|teas?|snacks?|shakes?|powders?|supplements?|vitamins?|bars|drinks?|bundles?|sets?|devices?|monitors?|thermometers?|cuffs?|earplugs|earbuds|headphones|glasses|sunglasses|sunscreens?|spf|makeup|skincare|journals?|planners?|books?|swaddles?|carriers?|strollers?|bottles?|pumps?|inserts?|insoles|patches|oils?|sprays?|wipes|gummies|candles?|robes?|pajamas|leggings|gear|equipment|goodie\\s+bag|care\\s+package|haul";

export interface ConnectionCue {
  id: string;
  pattern: RegExp;
  strength: CueStrength;
  source: string;
}

export const CONNECTION_CUES: readonly ConnectionCue[] = [
  {
    id: "gifted",
    // "#gifted", "gifted by @brand", "this was gifted", "they gifted me" — not "our gifted surgeons".
    pattern:
      /#gifted\b|#(?:pr|press)(?:gift|package|box|haul)s?\b|\bgifted\s+(?:by|from|to\s+(?:me|us))\b|\b(?:was|were|been|got|get|kindly|generously)\s+gifted\b|\bgifted\s+(?:me|us)\b|\b(?:item|items|product|products|this|these|it)\s+(?:\w+\s+)?(?:was|were|is|are)\s+gifted\b/gi,
    strength: "strong",
    source: `${CFR_255} (free or discounted products are a material connection); ${DISCLOSURES_101}`,
  },
  {
    id: "pr-package",
    pattern: /\b(?:PR|press)\s+(?:box(?:es)?|packages?|haul|gifts?|kits?|mailers?|sends?|list)\b/gi,
    strength: "strong",
    source: `${DISCLOSURES_101} ("free or discounted products")`,
  },
  {
    id: "thanks-for-sending",
    // "thanks @Brand for sending", "thank you to @brand for the goodies", "@Brand sent me".
    pattern:
      /\b(?:thanks?|thank\s+you|ty|big\s+thanks|shout\s*-?out)(?:\s+(?:so\s+much|again))?\s+(?:to\s+)?(?:the\s+(?:team|folks|people)\s+(?:at|from)\s+)?@\w+\s+(?:for\s+(?:sending|gifting|the\s+(?:gifts?|goodies|package|box|samples?|products?|kit))|for\s+(?:having\s+me|the\s+invite|hosting\s+me))\b|@\w+\s+for\s+(?:sending|gifting|the\s+(?:free\s+)?(?:gifts?|goodies|package|box|samples?|products?|kit))\b|(?:@\w+|\bthey)\s+(?:kindly\s+|generously\s+|just\s+)?(?:sent|gifted|gave|shipped|mailed)\s+(?:(?:it|this|these|them|one|some)\s+)?(?:to\s+)?(?:me|us|over|along)\b|\b(?:sent|gifted)\s+to\s+me\s+by\b/gi,
    strength: "strong",
    source: `${CFR_255}; ${DISCLOSURES_101}`,
  },
  {
    id: "thanks-for-product",
    // "Thanks to @AquaPure for the gorgeous new water bottle!" — a thank-you for a product, not for
    // "the new guidance" or "the cookies you donated to our staff".
    pattern: new RegExp(
      `\\b(?:thanks?|thank\\s+you|ty|grateful|shout\\s*-?out)(?:\\s+(?:so\\s+much|again))?\\s+(?:to\\s+)?@\\w+\\s+for\\s+(?:the|my|this|these|our|a|an)\\s+(?:[\\w'-]+\\s+){0,3}(?:${PRODUCT_NOUNS})\\b`,
      "gi",
    ),
    strength: "strong",
    source: `${CFR_255} (free products are a material connection); ${DISCLOSURES_101}`,
  },
  {
    id: "thanks-for-anything",
    // From an individual, a thank-you to a brand for a thing ("for the new bike helmets for my kids").
    pattern:
      /\b(?:thanks?|thank\s+you|ty|grateful|shout\s*-?out)(?:\s+(?:so\s+much|again))?\s+(?:to\s+)?@\w+\s+for\s+(?:the|my|this|these|our|a|an)\s+(?!(?:[\w'-]+\s+){0,2}(?:guidance|support|invite|invitation|opportunity|help|hospitality|care|work|visit|donation|grant|shout\s*-?out|feature|interview|recognition|award|update|reminder|info|information|data|tips|advice|training|article|coverage|podcast|conversation|chat|teamwork|service|partnership|collaboration|reminders|questions?|answers?|event|session|class|talk|webinar|panel|ride|lift|warm\s+welcome|welcome)\b)/gi,
    strength: "weak",
    source: `${CFR_255}; ${DISCLOSURES_101}`,
  },
  {
    id: "brought-to-you-by",
    pattern: /\bbrought\s+to\s+you\s+by\s+@?\w+|\bin\s+collaboration\s+with\s+@\w+|\bcourtesy\s+of\s+@\w+/gi,
    strength: "strong",
    source: `${CFR_255}; ${DISCLOSURES_101}`,
  },
  {
    id: "sent-me",
    // "the @CleanScrubs team was kind enough to send me a few sets"
    pattern:
      /\b(?:sent|gifted|shipped|mailed)\s+me\b|\b(?:enough|kindly|generously|nice|sweet)\s+to\s+(?:send|gift|ship)\s+me\b|\b(?:surprised|spoiled|treated)\s+me\s+(?:with|to)\b/gi,
    strength: "tagged",
    source: `${CFR_255}; ${DISCLOSURES_101}`,
  },
  {
    id: "storefront",
    pattern:
      /\bmy\s+(?:amazon\s+)?(?:storefront|store\s+front|LTK|shop\s+page|amazon\s+(?:store|shop|page|list|finds))\b|\bLTK\b|\bshopmy\b|\((?:affiliate|aff)(?:\s+links?)?\)/gi,
    strength: "strong",
    source: `${ENDORSEMENT_FAQ} (affiliate and storefront links)`,
  },
  {
    id: "gift-words",
    // From an individual who tags a brand: "c/o @brand", "complimentary", "samples", "goodies".
    pattern:
      /\bc\/o\b|\b(?:complimentary|comped|freebies?|goodies|samples?|care\s+package|goodie\s+bag|on\s+the\s+house|courtesy\s+of|provided\s+by|brand\s+partner(?:ship)?)\b/gi,
    strength: "individual",
    source: `${CFR_255} (free or discounted products are a material connection); ${DISCLOSURES_101}`,
  },
  {
    id: "from-the-brand",
    pattern: /\b(?:c\/o|courtesy\s+of|gifted\s+by|sent\s+by|provided\s+by|gift\s+from|from)\s+the\s+(?:brand|company|team\s+at\s+@\w+)\b/gi,
    strength: "strong",
    source: `${CFR_255}; ${DISCLOSURES_101}`,
  },
  {
    id: "received-brand",
    pattern: new RegExp(
      `\\b(?:received|got|unboxed|unboxing)\\s+(?:the|my|a|an|this|these|some|their)\\s+(?:new\\s+)?@\\w+|\\b(?:thanks?|thank\\s+you|ty)\\s+(?:so\\s+much\\s+)?for\\s+(?:sending|gifting|the\\s+(?:[\\w'-]+\\s+){0,3}(?:${PRODUCT_NOUNS}))\\b`,
      "gi",
    ),
    strength: "tagged",
    source: `${CFR_255}; ${DISCLOSURES_101}`,
  },
  {
    id: "use-code-off",
    // "Use DRLIPS for 10% off", "20% off with GLOWDOC": a code without the word "code".
    pattern: /\b[Uu]se\s+["“']?[A-Z][A-Z0-9]{2,19}["”']?\s+(?:for|to\s+(?:get|save)|at\s+checkout)\b|\b\d{1,2}\s*%\s+off\s+with\s+["“']?[A-Z][A-Z0-9]{2,19}\b/g,
    strength: "code",
    source: `${DISCLOSURES_101}; ${ENDORSEMENT_FAQ}`,
  },
  {
    id: "my-code",
    pattern:
      /\b(?:my|our\s+exclusive|exclusive)\s+(?:discount\s+|promo\s+|coupon\s+|referral\s+|affiliate\s+)?(?:code|link|discount)s?\b|\b(?:shop|buy|order|get\s+(?:yours|it|them))\s+(?:through|via|with|using)\s+my\s+(?:link|code)\b/gi,
    strength: "strong",
    source: `${DISCLOSURES_101}; ${ENDORSEMENT_FAQ} (affiliate and referral programs)`,
  },
  {
    id: "discount-code",
    // "use code JESS20", "promo code", "code SAVE15 for 15% off"; not "QR code", "ZIP code", "Code STEMI".
    pattern:
      /\b(?:use|with|enter|apply)\s+(?:the\s+)?(?:promo\s+|discount\s+|coupon\s+)?code\b|\b(?:promo|discount|coupon)\s+codes?\b|\bcode\s*:?\s*["“']?[A-Za-z0-9]{3,20}["”']?\s+(?:for|to\s+(?:get|save)|saves?|gets?)\s+(?:you\s+)?\d+\s*%/gi,
    strength: "code",
    source: `${DISCLOSURES_101}; ${ENDORSEMENT_FAQ}`,
  },
  {
    id: "affiliate",
    // Not "our affiliated hospitals" nor "UCLA-affiliated".
    pattern:
      /#affiliate\w*|\baffiliate\s+(?:links?|codes?|partners?|programs?|marketing)\b|\b(?:I'm|I\s+am|as)\s+an?\s+(?:@?\w+\s+)?affiliate\b|\bcommissionable\s+links?\b/gi,
    strength: "strong",
    source: `${ENDORSEMENT_FAQ} (a hashtag like #affiliatelink may not be adequate)`,
  },
  {
    id: "i-partnered",
    pattern:
      /\bI(?:'ve|\s+have|'m|\s+am|\s+just|'ll\s+be)?\s+(?:(?:so|really|very|super)\s+)?(?:(?:excited|proud|thrilled|happy|honou?red|stoked)\s+to\s+(?:have\s+|be\s+)?)?(?:partnered|partnering|teamed\s+up|teaming\s+up|collaborated|collaborating|working)\s+with\s+@\w+/gi,
    strength: "strong",
    source: `${CFR_255}; ${DISCLOSURES_101}`,
  },
  {
    id: "partnered-with",
    pattern:
      /\b(?:excited|proud|thrilled|happy|honou?red|stoked)\s+to\s+(?:be\s+)?(?:partner(?:ing)?|collaborat(?:e|ing)|team(?:ing)?\s+up|work(?:ing)?)\s+with\s+@\w+|\b(?:partnered|partnering|teamed\s+up|teaming\s+up)\s+with\s+@?\w+|\bin\s+(?:a\s+)?(?:partnership|collaboration|collab)\s+with\s+@?\w+|\b(?:collab|collaboration|partnership)\s+with\s+@\w+/gi,
    strength: "weak",
    source: `${CFR_255}; ${DISCLOSURES_101}`,
  },
  {
    id: "ambassador",
    // A brand's ambassador, not a hospital's "patient ambassadors".
    pattern:
      /\bbrand\s+ambassadors?\b|\bambassadors?\s+(?:for|with|of)\s+@\w+|@\w+\s+ambassadors?\b|\b(?:proud|official|new|an?)\s+@\w+\s+ambassadors?\b/gi,
    strength: "strong",
    source: `${DISCLOSURES_101} ("ambassador" alone is not a disclosure)`,
  },
  {
    id: "sponsor-thanks",
    pattern: /\bthanks?\s+(?:to\s+)?@\w+\s+for\s+(?:partnering|collaborating|teaming\s+up|working\s+with\s+me|supporting\s+(?:me|my|this))\b/gi,
    strength: "strong",
    source: `${CFR_255}; ${DISCLOSURES_101}`,
  },
];

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
  "prgift",
  "prhaul",
  "prpackage",
  "affiliate",
  "affiliatelink",
  "affiliatelinks",
]);

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

/** Wording that discloses the connection in plain words. */
export const DISCLOSURE_PHRASES =
  /(?:^|\n)[ \t]*[[(]?(?:ad|advertisement|sponsored|paid\s+ad|paid\s+partnership|paid\s+post)[\])]?\s*(?:[:|\-–—]|$)|\bpaid\s+partnership\b|\bsponsor(?:ed|ing)\b|\b(?:this|today's)\s+(?:post|video|reel|content|story)\s+(?:is|was)\s+(?:paid|an\s+ad)\b|\b(?:paid|compensated)\s+(?:by|for\s+this)\b|\bI\s+(?:was|am|'m|get|got)\s+(?:paid|compensated)\b|\b(?:I|we)\s+(?:may\s+)?(?:earn|get|receive|make)\s+(?:a\s+)?(?:small\s+|tiny\s+)?(?:commissions?|cut|kickback|percentage|money)\b|\bcommissions?\s+(?:on|from)\s+(?:any\s+)?(?:purchases|sales)\b|\bearn\s+from\s+qualifying\s+purchases\b|\bin\s+exchange\s+for\s+(?:an?\s+|my\s+)?(?:honest\s+|unbiased\s+)?(?:review|post|feedback|content)\b|\b(?:received|got|given|was\s+given|were\s+given)\s+(?:this|these|it|them)\s+(?:\w+\s+)?(?:for\s+free|free(?:\s+of\s+charge)?|at\s+no\s+cost)\b|\bsent\s+(?:me|us)\s+(?:this|these|it|them)\s+(?:\w+\s+)?(?:for\s+free|free(?:\s+of\s+charge)?|at\s+no\s+cost)\b|\bfree\s+(?:products?|samples?|items?)\s+(?:from|by)\b|\bthanks?\s+(?:to\s+)?@\w+\s+for\s+the\s+free\b|\bprovided\s+(?:to\s+me\s+)?(?:for\s+free|free\s+of\s+charge|at\s+no\s+cost|by\s+@?\w+\s+(?:for\s+free|at\s+no\s+cost))\b|\badvertisement\b/gi;

/** Words of a post that sells, which make a weak cue ("we partnered with @brand") a connection. */
export const PROMOTION_WORDS =
  /\b(?:shop|buy|order\s+(?:now|yours|today)|use\s+code|discount|check\s+out\s+(?:their|the|this|these)|loving\s+(?:this|these|my|the)|\d+\s*%\s+off|link\s+in\s+(?:my\s+)?bio|my\s+(?:favou?rite|fave|go-to|holy\s+grail)|obsessed|(?:I|I'm|I\s+am)\s+(?:loving|in\s+love)|love\s+(?:this|these|how|my\s+new)|try\s+(?:it|them|this|these)\s+(?:out|now|today)|grab\s+(?:yours|one)|get\s+yours|swipe\s+up|tap\s+to\s+shop|giveaway|give\s+away|giving\s+away|to\s+enter|available\s+(?:now\s+)?(?:at|on)\s+@?\w+)\b/i;

/** An organisation selling its own goods: its own discount code is not an endorsement. */
export const OWN_SELLER =
  /\b(?:our|in\s+our)\s+(?:pharmacy|pharmacies|store|stores|shop|online\s+shop|clinic|clinics|practice|office|offices|spa|med\s+spa|location|locations|website|site|app|gift\s+shop|optical|dispensary|counter)\b|\bin[- ]store\b|\bat\s+(?:the\s+)?(?:front\s+desk|checkout|our\s+\w+)\b/i;

/** Links that pay the poster per sale: affiliate networks and tagged store links. */
export const AFFILIATE_LINK =
  /^(?:https?:\/\/)?(?:www\.)?(?:amzn\.to|rstyle\.me|liketk\.it|shopltk\.com|go\.shopmy\.us|shopmy\.us|howl\.me|go\.magik\.ly|bit\.ly\/(?:aff|ref)|shareasale\.com|awin1\.com|click\.linksynergy\.com|anrdoezrs\.net|tkqlhce\.com|jdoqocy\.com|dpbolvw\.net|kqzyfj\.com|prf\.hn|skimresources\.com|go\.skimresources\.com|fave\.co|sovrn\.co)(?:[/?#]|$)|[?&](?:tag|aff|affid|aff_id|affiliate|affiliate_id|ref_id|referral|refer|rfsn|irclickid|clickid)=/i;
export const AFFILIATE_LINK_SOURCE = `${ENDORSEMENT_FAQ} (affiliate links need a disclosure near the link)`;

/**
 * Characters a platform shows before "... more". Instagram shows about 125 characters of a
 * caption in the feed (secondary sources; the platform does not publish a figure).
 */
export const DEFAULT_FOLDS: Readonly<Record<string, number>> = { instagram: 125 };
