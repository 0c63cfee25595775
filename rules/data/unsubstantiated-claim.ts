/**
 * Claim language for `unsubstantiated-claim`: absolute or efficacy wording that the FTC and FDA
 * expect to be backed by competent and reliable scientific evidence. Each entry carries the
 * guidance it comes from.
 *
 * Patterns are matched case-insensitively against the post's prose. They must stay linear on any
 * input: no nested unbounded quantifiers, only bounded gaps.
 */

export type ClaimKind =
  | "cure"
  | "miracle"
  | "guarantee"
  | "absolute"
  | "no-side-effects"
  | "risk-free"
  | "proven"
  | "detox"
  | "kills-germs"
  | "fda-approved"
  | "testimonial";

export interface ClaimTerm {
  id: string;
  kind: ClaimKind;
  /** Matched case-insensitively (flags `gi` are added). */
  pattern: RegExp;
  /**
   * A cheap screen: groups of lower-case ASCII strings; every match of `pattern` contains one string
   * of each group, so a post whose lower-cased prose lacks all the strings of a group is not
   * searched. (Sound because the patterns are matched with /gi without /u, where an ASCII letter
   * matches only itself in either case.)
   */
  screen: ReadonlyArray<readonly string[]>;
  /** What the claim is, for the message. */
  label: string;
  /** Where the rule comes from: regulation, guidance or enforcement record. */
  source: string;
  /** The claim is not one when the clause before it matches (tested on at most ~80 chars). */
  unlessBefore?: RegExp;
  /** The claim is not one when the text right after it matches (tested on at most ~60 chars). */
  unlessAfter?: RegExp;
  /**
   * Research, hope and hedged-fact wording ("may", "researchers", "a possible cure") in the clause
   * makes this term a statement about science, not a product claim, unless the clause promotes
   * (our/my/this...).
   */
  hedgeable?: boolean;
  /** The post must also match this for the term to count (e.g. "FDA approved" of a supplement). */
  requiresInPost?: RegExp;
  /**
   * The term is a claim only when one of these matches: the clause before it (up to ~80 chars), the
   * text after it (up to ~60 chars), or the matched text itself.
   */
  needs?: { before?: RegExp; after?: RegExp; match?: RegExp };
  /** Count the term inside a hashtag (#detox). Default: hashtags are not claims. */
  inHashtag?: boolean;
}

export const FTC_HPCG =
  "FTC, Health Products Compliance Guidance (Dec 2022), https://www.ftc.gov/business-guidance/resources/health-products-compliance-guidance";
const FTC_HPCG_ESTABLISHMENT = `${FTC_HPCG} (section 2.3, establishment claims: "clinically proven" must be backed by the level of evidence it states)`;
const FTC_HPCG_ABSOLUTE = `${FTC_HPCG} (section 2.2, express and implied claims; section 3, competent and reliable scientific evidence)`;
const FTC_ENDORSEMENT_TYPICAL =
  "16 CFR 255.2(b) (2023): an endorsement conveys that the endorser's results are representative; https://www.ecfr.gov/current/title-16/part-255";
const FDA_HEALTH_FRAUD =
  "FDA, Health Fraud Scams: 'miracle cure', 'quick fix', 'guaranteed', 'no side effects' as signs of health fraud, https://www.fda.gov/consumers/health-fraud-scams";
const FDA_SUPPLEMENTS =
  "FDA, Information for Consumers on Using Dietary Supplements: FDA does not approve dietary supplements, https://www.fda.gov/food/dietary-supplements/information-consumers-using-dietary-supplements";
const FDA_MISBRANDING = "21 U.S.C. 331(a) and 21 CFR 101.93(g): a product promising to cure or treat disease is regulated as a drug";
const NCCIH_DETOX =
  "NCCIH, 'Detoxes' and 'Cleanses': What You Need To Know (no compelling evidence), https://www.nccih.nih.gov/health/detoxes-and-cleanses-what-you-need-to-know; FTC v. detox-tea marketers (Teami LLC, 2020)";
const EPA_ANTIMICROBIAL =
  "EPA, antimicrobial pesticide claims (40 CFR 156.10) and FTC HPCG: a kill-rate claim needs testing for the stated organisms";

/** Words of a claim of efficacy or result, used near "guaranteed" / "guarantee". */
const RESULT_WORDS =
  "results?|relief|relieve[sd]?|cure[sd]?|heal(?:s|ed|ing)?|lose|loss|weight|pounds|lbs|inches|work(?:s)?|effective|fix(?:es)?|whiter|brighter|smile|pain[- ]free|painless|improve(?:s|ment)?|clear(?:er)?|grow(?:th)?|stop(?:s)?|reverse[sd]?|younger|feel better|success|sick|illness|healthy|immun(?:e|ity)|protect(?:s|ion|ed)?|prevent(?:s|ion)?|outcome[s]?|recover(?:y)?|difference|safe|lower(?:s|ed)?|reduc(?:e|es|ed)|blood\\s+(?:pressure|sugar)|cholesterol|a1c|pain|slim(?:mer)?|firm(?:er)?|tight(?:er)?|fade[sd]?|smooth(?:er)?|regrow(?:th)?|thick(?:er)?|fertil\\w*|pregnan\\w*|conceive|sober|sleep|glow(?:ing)?|drug[- ]free|without\\s+(?:drugs|surgery|pills|medication)|symptoms?|migraines?|anxiety|wrinkles|acne|hair";

/** A product or a promoter before the claim, in its clause: "our", "this serum", "laser therapy". */
const PRODUCT_BEFORE =
  /(?:\b(?:our|this|these|my|it)\b|\b(?:syrups?|supplements?|sprays?|oils?|teas?|gumm(?:y|ies)|tinctures?|extracts?|serums?|creams?|gels?|balms?|lotions?|patch(?:es)?|capsules?|pills?|drops|therap(?:y|ies)|treatments?|lasers?|devices?|formulas?|blends?|silver|vitamins?\w*|herb\w*|elderberry|zinc|shots?|drips?|infusions?|machines?|lamps?|purifiers?|products?|programs?|protocols?|plans?|diets?|shakes?|wraps?|injections?|masks?|mouthpieces?|strips?|toothpastes?|mouthwash(?:es)?|session|sessions)\b)[^.!?\n]{0,60}$/i;

export const CLAIM_TERMS: readonly ClaimTerm[] = [
  {
    id: "cure",
    kind: "cure",
    screen: [["cure", "curing"]],
    pattern: /\bcur(?:e[sd]?|ing)\b/gi,
    label: "a promise to cure",
    source: `${FTC_HPCG_ABSOLUTE}; ${FDA_MISBRANDING}; ${FDA_HEALTH_FRAUD}`,
    // "search for a cure", "Race for the Cure", "until there's a cure", "no cure", "no known cure".
    unlessBefore:
      /(?:\buntil(?:\s+[\w']+){0,3}\s+(?:a|an|the)\s+|\b(?:for|toward|towards|find|finding|found|fund|funding|search|quest|hope|hopes|closer|road|path|race|walk|run|ride|until|no|not|without|potential|possible|promising|future|elusive)\s+(?:(?:a|an|the|one|known|single|effective|real|true|to)\s+){0,2}|\b(?:salt|sugar|dry|light|uv|self|heat)[- ]|\bresin\s+|\bcomposite\s+|\b(?:treatments?|therapies|vaccines|medicines|drugs|biomarkers|prevention|diagnostics)\s+(?:and|or|&)\s+|\/)$/i,
    // "cured meats", "cure time", "cure rates" (a statistic), "cure is not in sight".
    unlessAfter:
      /^(?:\s+(?:meats?|ham|hams|bacon|salmon|sausages?|fish|pork|foods?|time|times|light|lamp|rates?|research|act|acts|initiative|foundation|(?:is|are)\s+(?:not|still\s+not)|(?:does|do)\s+not|(?:doesn't|don't)\s+exist|(?:remains?|is)\s+(?:elusive|years\s+away))\b)/i,
    hedgeable: true,
  },
  {
    id: "miracle",
    kind: "miracle",
    screen: [["miracle", "miraculous"]],
    // A miracle said of a product or result, not a NICU "miracle baby" or Children's Miracle Network.
    pattern:
      /\bmiracle[- ](?!(?:babies|baby|kids?|child(?:ren)?|network|league|balloons?|mile|on|of|in|at|is|was|that|and|for|to|workers?|grads?|twins?|boys?|girls?|story|stories|moments?|month|minute|whip|gro|ball|run|walk|famil(?:y|ies)|hospitals?|city|valley|house|street|ward|unit|team|nurses?|mom|dad|mother|father|survivor|recovery|happened|happens)\b)(?:super)?(?:cures?|drugs?|pills?|supplements?|creams?|treatments?|products?|remed(?:y|ies)|teas?|diets?|serums?|oils?|shots?|results?|formulas?|fix(?:es)?|ingredients?|injections?|devices?|gummies|powders?|juices?|waters?|drinks?|shakes?|elixirs?|tonics?|sprays?|patch(?:es)?|masks?|gels?|lotions?|capsules?|vitamins?|berr(?:y|ies)|seeds?|foods?|mushrooms?|machines?|procedures?|therap(?:y|ies)|protocols?|programs?|herbs?|solutions?|weight[- ]loss|fat[- ]burners?|anti[- ]aging|superfoods?|foods?|plants?|roots?|moss|leaf|leaves|fruits?|compounds?|molecules?|peptides?|hormones?|bullets?|in\s+a\s+(?:bottle|jar|pill|can))\b|\bmiracle[- ]workers?\s+(?:for|on|against)\s+(?!(?:our|these|the|their|all|every|so\s+many|those|patients|families|babies|kids)\b)|\bworks?\s+miracles\b|\bmiraculous\s+(?:results?|cures?|healing|effects?|benefits?|relief)\b/gi,
    label: "a miracle claim",
    source: `${FDA_HEALTH_FRAUD}; ${FTC_HPCG_ABSOLUTE}`,
  },
  {
    id: "guaranteed",
    kind: "guarantee",
    screen: [["guarantee"]],
    // Result words within a few words on either side are checked by `requiresNear` in the rule.
    pattern: /\bguarantee[sd]?\b|\bguaranteeing\b/gi,
    label: "a promise of results",
    source: `${FDA_HEALTH_FRAUD}; ${FTC_HPCG_ABSOLUTE}`,
    unlessBefore:
      /(?:\b(?:money[- ]back|refund|price|price[- ]match|satisfaction|lowest[- ]price|no|not|never|can't|cannot|can\s+not|won't|no\s+one\s+can|nobody\s+can)\s+(?:a\s+|any\s+)?|\bno\s+(?:\w+\s+){0,3}(?:is|are|can\s+be)\s+)$/i,
    unlessAfter:
      /^(?:\s+(?:issue|renewable|acceptance|coverage|appointments?|same[- ]day|pricing|price|delivery|shipping|refund|money)\b|\s*(?:or|,)\s*(?:your\s+)?money\s+back)/i,
  },
  {
    id: "100-percent",
    kind: "absolute",
    screen: [["100"]],
    pattern:
      /\b100\s*(?:%|percent|per\s+cent)\s*(?:effective|efficacy|safe|safety|successful|success(?:\s+rate)?|guaranteed|cure(?:\s+rate)?|results?|pain[- ]free|painless|risk[- ]free|harmless|non[- ]?toxic|accurate|accuracy|protection|protected|protects?|proven|satisfaction\s+guaranteed)\b/gi,
    label: "an absolute (100%) claim",
    source: `${FTC_HPCG_ABSOLUTE}; ${FDA_HEALTH_FRAUD}`,
    // "no vaccine is 100% effective", "nothing is 100% safe", "isn't 100% accurate".
    unlessBefore: /(?:\b(?:no|not|never|nothing|none|neither|nor|isn't|aren't|wasn't|is\s+not|are\s+not)\b[^,;:.!?]{0,60})$/i,
  },
  {
    id: "completely-safe",
    kind: "absolute",
    screen: [["completely", "totally", "perfectly", "absolutely", "entirely", "100%"]],
    pattern: /\b(?:completely|totally|perfectly|absolutely|entirely|100%)\s+(?:safe|harmless|non[- ]?toxic|risk[- ]free)\b/gi,
    label: "an absolute safety claim",
    source: `${FTC_HPCG_ABSOLUTE}; ${FDA_HEALTH_FRAUD}`,
  },
  {
    id: "no-side-effects",
    kind: "no-side-effects",
    screen: [["side effect", "side-effect", "adverse"]],
    pattern: /\b(?:no|zero|without(?:\s+any)?|free\s+of|free\s+from)\s+(?:\w+\s+)?(?:side[- ]effects?|adverse\s+(?:effects?|reactions?))\b|\bside[- ]effects?[- ]free\b/gi,
    label: "an absolute safety claim",
    hedgeable: true,
    source: `${FDA_HEALTH_FRAUD}; ${FTC_HPCG_ABSOLUTE}`,
    // "most people have mild or no side effects", "few or no side effects", "not without side effects",
    // "some people have no side effects at all".
    unlessBefore:
      /(?:\b(?:or|not|nothing|no\s+(?:\w+\s+){0,3}(?:is|are|comes?|has|have)|most|many|some|few|majority|many\s+people|usually|often|may|might|report(?:ed|s)?)\b[^,;:.!?]{0,50})$/i,
    unlessAfter: /^\s+(?:at\s+all\s+)?(?:or|and)\s+(?:mild|minor|few)\b/i,
  },
  {
    id: "risk-free",
    kind: "risk-free",
    screen: [["risk"]],
    pattern: /\brisk[- ]free\b|\bzero[- ]risk\b|\bno\s+risks?\s+(?:at\s+all|whatsoever)\b/gi,
    label: "an absolute safety claim",
    source: `${FTC_HPCG_ABSOLUTE}; ${FDA_HEALTH_FRAUD}`,
    unlessBefore: /(?:\b(?:no|not|never|nothing|none|isn't|aren't|is\s+not|are\s+not)\b[^,;:.!?]{0,50})$/i,
  },
  {
    id: "clinically-proven",
    kind: "proven",
    screen: [["proven", "shown", "tested", "validated", "science"]],
    pattern:
      /\b(?:clinically|scientifically|medically|dermatologist|doctor|dentist)[- ](?:proven|shown|tested|validated)\b|\bproven\s+by\s+(?:science|research|studies|clinical\s+(?:trials?|studies))\b|\bscience[- ](?:backed|proven)\b/gi,
    label: "an establishment claim (it states its level of proof)",
    source: FTC_HPCG_ESTABLISHMENT,
    unlessBefore: /(?:\b(?:no|not|never|nothing|none|isn't|aren't|wasn't|weren't|hasn't|haven't|is\s+not|are\s+not|has\s+not|have\s+not|been\s+not|lack|lacks|without)\b[^,;:.!?]{0,40})$/i,
  },
  {
    id: "detox",
    kind: "detox",
    screen: [["detox", "toxins", "cleans", "flush", "purg"]],
    pattern:
      /\bdetox(?:es|ed|ing|ify|ifies|ified|ifying|ification)?\b|\b(?:cleans(?:e|es|ing)|flush(?:es|ing)?|purg(?:e|es|ing))\s+(?:out\s+)?(?:your\s+|the\s+)?(?:body|system|liver|colon|kidneys|gut|blood)(?:\s+of\s+toxins)?\b|\b(?:flush(?:es|ing)?|remov(?:e|es|ed|ing)|eliminat(?:e|es|ed|ing)|draw(?:s|ing)?|pull(?:s|ing)?|sweat(?:s|ing)?|releas(?:e|es|ed|ing)|clear(?:s|ing)?|purg(?:e|es|ing))\s+(?:out\s+)?(?:all\s+)?(?:the\s+|those\s+|harmful\s+|built[- ]up\s+|stored\s+){0,2}toxins\b|\brids?\s+(?:your\s+)?(?:body|system)\s+of\s+toxins\b/gi,
    label: "a detox claim (detoxes and cleanses lack good evidence)",
    source: NCCIH_DETOX,
    inHashtag: true,
    // Medical detox (withdrawal management) and "digital detox" are not product claims; "your
    // liver already detoxes" is the usual debunk.
    unlessBefore:
      /(?:\b(?:alcohol|opioid|opiate|drug|substance|medical|medically[- ]supervised|supervised|inpatient|outpatient|social|digital|phone|screen|social[- ]media|ambulatory|withdrawal|heroin|fentanyl|benzo(?:diazepine)?|liver|livers|kidneys|body\s+(?:already|naturally))(?:\s+\w+){0,2}\s+|\b(?:don't|do\s+not|doesn't|does\s+not|no\s+need\s+(?:for|to)|never)\s+(?:need\s+(?:a|to)\s+)?)$/i,
    unlessAfter:
      /^(?:\s+(?:units?|centers?|centres?|programs?|programmes?|services?|beds?|admissions?|protocols?|from\s+(?:alcohol|opioids?|drugs?|heroin|fentanyl|benzos?)|and\s+(?:rehab|recovery|withdrawal))\b)/i,
  },
  {
    id: "kills-99",
    kind: "kills-germs",
    screen: [["99"]],
    pattern: /\b(?:kills?|killing|eliminates?|destroys?|removes?|wipes?\s+out)\s+(?:up\s+to\s+)?99(?:\.9{1,4})?\s*(?:%|percent)|\b99\.9{1,4}\s*%\s+of\s+(?:all\s+)?(?:germs|bacteria|viruses|microbes|pathogens|odor)/gi,
    label: "a kill-rate claim",
    source: EPA_ANTIMICROBIAL,
  },
  {
    id: "fda-approved-supplement",
    kind: "fda-approved",
    screen: [["fda"]],
    pattern: /\bFDA[- ]?(?:approved|certified|registered|endorsed)\b|\bapproved\s+by\s+(?:the\s+)?FDA\b/gi,
    label: "\"FDA approved\" said of a supplement or cosmetic (FDA does not approve them)",
    source: FDA_SUPPLEMENTS,
    requiresInPost:
      /\b(?:(?:dietary\s+)?supplements?|vitamins?|multivitamins?|gumm(?:y|ies)|capsules?|herbal|herbs?|botanicals?|cbd|hemp|nutraceuticals?|probiotics?|collagen|protein\s+powders?|detox|teas?|essential\s+oils?|homeopathic|diet\s+pills?|weight[- ]loss\s+pills?|superfoods?|tinctures?|extracts?|cosmetics?|serums?|skincare|all[- ]natural)\b/i,
    unlessBefore: /(?:\b(?:no|not|never|none|isn't|aren't|is\s+not|are\s+not|doesn't|does\s+not|don't|do\s+not)\b[^.!?]{0,60})$/i,
  },
  {
    id: "kills-pathogen",
    kind: "kills-germs",
    screen: [["kill", "destroy", "eliminat", "eradicat", "wipe"]],
    // "Elderberry syrup kills the flu virus", "laser therapy eliminates toenail fungus": said of a
    // product (a product word or our/this/my before it), not "soap kills germs".
    pattern:
      /\b(?:kills?|destroys?|eliminates?|eradicates?|wipes?\s+out)\s+(?:the\s+|all\s+)?(?:acne[- ]causing\s+|acne\s+|harmful\s+|bad\s+|odou?r[- ]causing\s+)?(?:flu(?:\s+virus)?|cold\s+viruses|colds?|covid(?:-19)?|coronavirus|viruses|virus|bacteria|germs|infections?|cancer(?:\s+cells)?|tumors?|candida|yeast|parasites|h\.?\s*pylori|(?:toe)?nail\s+fungus|fungus|mold|lyme)\b/gi,
    label: "a claim to kill a disease or germ",
    source: `${FTC_HPCG_ABSOLUTE}; ${FDA_MISBRANDING}; FTC and FDA warning letters on products claiming to treat or prevent COVID-19 and flu (2020-2023)`,
    needs: { before: PRODUCT_BEFORE },
  },
  {
    id: "reverses-disease",
    kind: "cure",
    screen: [["revers"]],
    pattern:
      /\brevers(?:e|es|ed|ing)\s+(?:your\s+|the\s+|my\s+|signs\s+of\s+)?(?:type\s+2\s+)?(?:[\w'-]+\s+)?(?:disease|dysfunction|damage|disorder|syndrome|decline)\b|\brevers(?:e|es|ed|ing)\s+(?:your\s+|the\s+|my\s+|signs\s+of\s+)?(?:type\s+2\s+)?(?:diabetes|impotence|ED|prediabetes|tinnitus|aging|ageing|arthritis|hair\s+loss|heart\s+disease|cavities|gum\s+disease|alzheimer's|dementia|autism|neuropathy|osteoporosis|fatty\s+liver|insulin\s+resistance|wrinkles|gr[ae]y\s+hair|memory\s+loss|hearing\s+loss|vision\s+loss|kidney\s+disease|cancer|infertility|menopause|thyroid\s+disease|autoimmune\s+disease)\b/gi,
    label: "a promise to reverse a disease",
    source: `${FTC_HPCG_ABSOLUTE}; ${FDA_MISBRANDING}; ${FDA_HEALTH_FRAUD}`,
    hedgeable: true,
  },
  {
    id: "result-within-time",
    kind: "guarantee",
    screen: [["clear", "heal", "fix", "cure", "eliminat", "erase", "remov", "stop", "end", "reliev", "rid", "melt", "revers", "burn"], ["day", "week", "session", "treatment", "visit", "hour", "minute", "night", "month", "second", "good", "forever", "permanently", "instantly", "immediately", "sleep"]],
    // "clears your skin in a week", "stops snoring on night one", "fixes back pain in one visit"
    pattern:
      /\b(?:clears?|cleared|heals?|healed|fix(?:es|ed)?|cures?|cured|eliminates?|eliminated|erases?|erased|removes?|removed|stops?|stopped|ends?|ended|relieves?|relieved|gets?\s+rid\s+of|got\s+rid\s+of|melts?|melted|reverses?|reversed|burns?)\s+(?:up\s+)?(?:your\s+|the\s+|my\s+)?(?:[\w'-]+\s+){0,2}(?:(?:in|within)\s+(?:just\s+|only\s+)?(?:(?:\d{1,3}|one|two|three|a|a\s+few|a\s+single)\s+(?:days?|weeks?|sessions?|treatments?|visits?|hours?|minutes?|nights?|months?)|days|seconds|minutes)|overnight|on\s+(?:night|day)\s+one|for\s+good|forever|(?:instantly\s+and\s+)?permanently|instantly|immediately|while\s+you\s+sleep)\b/gi,
    label: "a result promised within a time",
    source: `${FDA_HEALTH_FRAUD} ("quick fix", "permanent"); ${FTC_HPCG_ABSOLUTE}`,
    hedgeable: true,
    // Said of a product or in a testimonial ("this tea clears your skin in a week", "fixed my back
    // pain in one visit"), not "naloxone reverses an overdose within minutes".
    needs: {
      before: PRODUCT_BEFORE,
      match: /\b(?:my|your)\b/i,
    },
  },
  {
    id: "testimonial-normal",
    kind: "testimonial",
    screen: [["normal"]],
    // "my blood sugar went back to normal"
    pattern: /\bmy\s+(?:[\w'-]+\s+){0,2}(?:went|is|are|was|were|came|got)\s+(?:\w+\s+)?(?:back\s+)?(?:down\s+)?to\s+normal\b|\bmy\s+(?:[\w'-]+\s+){0,2}normali[sz]ed\b/gi,
    label: "a testimonial that promises results",
    source: `${FTC_ENDORSEMENT_TYPICAL}; ${FTC_HPCG}`,
  },
  {
    id: "testimonial-gone",
    kind: "testimonial",
    screen: [["gone", "cured", "healed", "past", "history", "disappeared", "vanished", "went", "cleared"]],
    // "my migraines are completely gone!", "my back pain disappeared!"
    pattern:
      /\bmy\s+(?:[\w'-]+\s+){0,2}(?:(?:is|are|was|were)\s+(?:completely\s+|totally\s+|finally\s+|all\s+|100%\s+)?(?:gone|cured|healed|a\s+thing\s+of\s+the\s+past|history)|(?:completely\s+|totally\s+|finally\s+|just\s+)?(?:disappeared|vanished|went\s+away|cleared\s+up|healed\s+up))\b/gi,
    label: "a testimonial that promises results",
    source: `${FTC_ENDORSEMENT_TYPICAL}; ${FTC_HPCG}`,
  },
  {
    id: "absolute-results",
    kind: "absolute",
    screen: [["permanent", "instant", "work", "goodbye", "than", "fast", "quickly"]],
    pattern:
      /\b(?:permanent|instant)\s+(?:relief|results?|cures?|fix(?:es)?|weight[- ]loss|pain[- ]relief|healing)\b|\bworks?\s+(?:instantly|immediately|every\s+(?:single\s+)?time|for\s+everyone|wonders|like\s+magic)\b|\bsay\s+goodbye\s+to\s+(?:[\w'-]+\s+){1,3}(?:forever|for\s+good)\b|\b(?:better|stronger|safer)\s+than\s+(?:prescription\s+\w+|botox|surgery|ozempic|antibiotics|medications?|drugs)\b|\b(?:heal|recover|lose|burn|grow|regrow|work)(?:s|ing)?\s+(?:[\w'-]+\s+){0,3}(?:twice|three\s+times|2x|3x|10x)\s+(?:as\s+fast|faster|as\s+quickly)\b/gi,
    label: "an absolute claim of results",
    source: `${FDA_HEALTH_FRAUD} ("quick fix", "works for everyone"); ${FTC_HPCG_ABSOLUTE}`,
  },
  {
    id: "heals-organ",
    kind: "cure",
    screen: [["heal", "repair", "regrow", "restor", "rebuild", "reset", "rebalanc", "cure", "curing", "revers", "regenerat", "detox", "unclog"], ["gut", "thyroid", "hormones", "liver", "immune", "metabolism", "brain", "cells", "dna", "joint", "cartilage", "nerve", "adrenals", "arteries", "kidneys", "pancreas", "microbiome", "follicles", "vision", "eyesight", "hearing", "teeth", "enamel", "gums"]],
    // "heals your gut", "resets your hormones", "repairs your cartilage" said of a product; not the
    // structure/function wording FDA allows for supplements ("supports immune health").
    pattern:
      /\b(?:heal(?:s|ing)?|repair(?:s|ing)?|regrow(?:s|ing)?|restor(?:e|es|ing)|rebuild(?:s|ing)?|reset(?:s|ting)?|rebalanc(?:e|es|ing)|cur(?:e|es|ing)|revers(?:e|es|ing)|regenerat(?:e|es|ing)|detox(?:es|ing|ify|ifies)?|unclog(?:s|ging)?)\s+(?:your\s+|the\s+|damaged\s+|my\s+)(?:[\w'-]+\s+)?(?:gut|thyroid|hormones|liver|immune\s+system|metabolism|brain|cells|DNA|joints?|cartilage|nerves?|adrenals|arteries|kidneys|pancreas|microbiome|hair\s+follicles|vision|eyesight|hearing|teeth|enamel|gums)\b/gi,
    label: "a claim to heal or restore the body",
    source: `${FTC_HPCG_ABSOLUTE}; ${FDA_MISBRANDING} (structure/function wording such as "supports" is allowed for supplements; "heals" and "cures" are disease claims)`,
    hedgeable: true,
    needs: { before: PRODUCT_BEFORE },
  },
  {
    id: "testimonial-off-meds",
    kind: "testimonial",
    screen: [["insulin", "meds", "medication", "pills", "inhaler", "statin", "antidepressant", "reversal"]],
    pattern:
      /\b(?:off|quit|stopped|ditched|came\s+off|got\s+off)\s+(?:all\s+)?(?:of\s+)?my\s+(?:insulin|meds|medications?|pills|inhalers?|statins?|antidepressants?|blood\s+pressure\s+(?:meds|medications?|pills))\b|\b(?:diabetes|disease|aging|ageing|arthritis|tinnitus|hair[- ]loss|obesity|dementia)\s+reversal\b/gi,
    label: "a testimonial that promises results",
    source: `${FTC_ENDORSEMENT_TYPICAL}; ${FTC_HPCG}`,
  },
  {
    id: "testimonial-cured-my",
    kind: "testimonial",
    screen: [["cured", "healed", "reversed", "eliminated", "erased", "rid", "cleared"]],
    pattern:
      /\b(?:cured|healed|reversed|eliminated|erased|got\s+rid\s+of|completely\s+cleared)\s+(?:me\b|my|his|her|their|our)\b(?:\s+(?!in\b|after\b|with\b|within\b|for\b|thanks\b|using\b|by\b)[\w'-]+){0,3}/gi,
    label: "a testimonial that promises results",
    source: `${FTC_ENDORSEMENT_TYPICAL}; ${FTC_HPCG}`,
  },
  {
    id: "testimonial-lost-weight",
    kind: "testimonial",
    screen: [["lb", "pounds", "kg", "kilos", "inches", "sizes"]],
    pattern:
      /\b(?:lost|lose|drop(?:ped)?|shed|melt(?:ed)?\s+(?:away|off))\s+(?:up\s+to\s+|over\s+|nearly\s+)?\d{1,3}\s*(?:lbs?|pounds|kgs?|kilos|inches|(?:dress\s+|pant\s+|jean\s+)?sizes)\b(?:\s+in\s+(?:just\s+|only\s+)?\d{1,3}\s+(?:days?|weeks?|months?))?/gi,
    label: "a weight-loss result presented as typical",
    source: `${FTC_ENDORSEMENT_TYPICAL}; FTC, Gut Check: A Reference Guide for Media on Spotting False Weight Loss Claims (2014), https://www.ftc.gov/business-guidance/resources/gut-check-reference-guide-media-spotting-false-weight-loss-claims`,
    // A testimonial or a promise: "I lost 30 lbs", "you'll lose 10 pounds", "Lose 10 lbs in 2 weeks",
    // "lost 50 lbs with our program". Not news of someone's weight loss ("She lost 80 lbs, then...")
    // nor statistics ("people who lose 10 pounds"), which are hedged.
    needs: {
      before:
        /(?:\b(?:I|I've|I\s+have|I\s+just|we|we've|you|you'll|you\s+will|you\s+can|you\s+could|help(?:s|ed)?\s+(?:you|me|them|her|him|patients|clients)|and|to)\s+(?:(?:already|finally|just|easily|have|can|could|will)\s+)?|^\s*)$/i,
      after: /^(?:\s+[\w'-]+){0,4}?\s+(?:with|using|thanks\s+to|on|through|in|at)\s+(?:our|this|my|these)\b/i,
      match: /\bin\s+(?:just\s+|only\s+)?\d/i,
    },
    hedgeable: true,
  },
  {
    id: "gone-in-days",
    kind: "testimonial",
    screen: [["gone", "disappeared", "vanished", "cured", "healed", "cleared"]],
    pattern:
      /\b(?:pain|aches?|acne|eczema|psoriasis|rash|migraines?|headaches?|anxiety|arthritis|symptoms|wrinkles|cellulite|fat|sciatica|it)\s+(?:is\s+|was\s+|are\s+|were\s+)?(?:completely\s+|totally\s+)?(?:gone|disappeared|vanished|cured|healed|cleared(?:\s+up)?)\s+(?:(?:in|after|within)\s+(?:just\s+|only\s+)?(?:(?:\d{1,3}|one|two|three|four|five|a|a\s+few)\s+(?:days?|weeks?|sessions?|treatments?|visits?|hours?|minutes?|appointments?|nights?)|days|hours)|overnight)\b/gi,
    label: "a result promised within a time",
    source: `${FTC_ENDORSEMENT_TYPICAL}; ${FDA_HEALTH_FRAUD}`,
  },
  {
    id: "results-in-days",
    kind: "guarantee",
    screen: [["results", "relief", "difference"]],
    pattern:
      /\b(?:see|feel|notice|get)\s+(?:real\s+|visible\s+|lasting\s+)?(?:results|relief|a\s+difference)\s+(?:in|within)\s+(?:just\s+|only\s+)?(?:\d{1,3}|one|two|three|a)\s+(?:days?|weeks?|hours?|minutes?|sessions?)\b/gi,
    label: "a result promised within a time",
    source: `${FDA_HEALTH_FRAUD} ("quick fix"); ${FTC_HPCG_ABSOLUTE}`,
    unlessBefore: /(?:\b(?:most|many|some|may|might|could|usually|typically|often|can)\b[^,;:.!?]{0,30})$/i,
  },
];

/** Near a "guarantee", one of these makes it a promise of a health result (± 8 words). */
export const GUARANTEE_RESULT = new RegExp(`\\b(?:${RESULT_WORDS})\\b`, "i");

/**
 * Wording that makes a sentence a debunk or a warning rather than a claim ("Myth:", "beware of
 * products that claim...", "too good to be true").
 */
export const DEBUNK_CUES =
  /\b(?:myths?|misconceptions?|false(?!\s+teeth)|fake|fiction|scams?|hoax(?:es)?|beware|be\s+wary|be\s+careful|be\s+skeptical|watch\s+out|watch\s+for|look\s+out\s+for|red\s+flags?|warning\s+signs?|too\s+good\s+to\s+be\s+true|(?:claims?|claiming|claimed|promising|purport(?:s|ing)?|pretend(?:s|ing)?)\s+(?:to|that|of|they|it)|marketed\s+as|advertised\s+as|sold\s+as|labell?ed\s+as|so[- ]called|misinformation|disinformation|fact[- ]?check|debunk(?:ed|ing|s)?|no\s+such\s+thing|quack(?:ery|s)?|snake\s+oil|warning\s+letters?|don't\s+(?:fall\s+for|believe|trust|buy)|do\s+not\s+(?:fall\s+for|believe|trust|buy)|avoid\s+(?:any\s+)?(?:products?|supplements?|ads?|sellers?)|(?:products?|supplements?|pills?|teas?|ads?|sellers?|companies|brands?|anyone|anything|influencers?|websites?|sites?)\s+(?:that|who|which)\s+(?:claims?|promises?|says?|offers?|sells?|guarantees?|advertises?)|skeptical|sceptical|not\s+(?:true|real|a\s+thing)|(?:aren't|isn't|not|never\s+been)\s+(?:backed|supported|proven|shown)\s+by|(?:no|little|limited|weak|insufficient)\s+(?:good\s+|solid\s+|scientific\s+|real\s+)?(?:evidence|proof|data)|lacks?\s+(?:evidence|proof)|(?:don't|doesn't|do\s+not|does\s+not)\s+(?:really\s+)?work|(?:aren't|isn't|not)\s+(?:necessary|needed)|unnecessary|waste\s+of\s+money|save\s+your\s+money)\b/i;

/** Research, hope and hedge wording strong enough to make any sentence a statement about chances. */
export const STRONG_HEDGE_CUES =
  /\b(?:may|might|could|potential(?:ly)?|possible|possibly|hope(?:s|ful)?|one\s+day|someday|some\s+day|mice|rats|in\s+the\s+lab|experimental|investigational|early\s+days|phase\s+[123I]+)\b/i;

/** Research, hope and hedge wording: a statement about science or chances, not a product claim. */
export const HEDGE_CUES =
  /\b(?:may|might|could|would|potential(?:ly)?|possible|possibly|hope(?:s|ful)?|promising|one\s+day|someday|some\s+day|closer|toward|towards|research(?:ers?)?|scientists?|study|studies|trials?|tests?|testing|participants|investigat(?:e|es|ing|ional)|experimental|mice|rats|in\s+the\s+lab|breakthrough|fund(?:s|ing|raiser)?|donat(?:e|ions?)|can\s+(?:often\s+|usually\s+|now\s+)?be|curable|often|usually|most|(?:for|in)\s+(?:many|some|most)\s+(?:people|patients|adults|cases)|many\s+people)\b/i;

/** Promotional framing that keeps hedges from excusing a claim ("our", "this serum", "my"). */
export const PROMOTION_CUES =
  /\b(?:our(?!\s+(?:researchers?|scientists?|investigators?|labs?|team|study|studies|trials?|institute|cancer\s+(?:center|institute)))|my|this|these|try|buy|shop|order|book|get\s+yours|use\s+code|link\s+in\s+bio|available\s+(?:now|at|in)|% off)\b/i;

/**
 * Evidence a claim cites in the same post. A link counts when it leads to evidence (a journal, a
 * registry, a government or academic site), not to a shop.
 */
export const EVIDENCE_LINK =
  /^(?:https?:\/\/)?(?:[\w-]+\.)*(?:[\w-]+\.gov(?:\.[a-z]{2})?|[\w-]+\.edu|[\w-]+\.ac\.[a-z]{2}|[\w-]+\.nhs\.uk|nhs\.uk|who\.int|europa\.eu|doi\.org|dx\.doi\.org|pubmed\.ncbi\.nlm\.nih\.gov|ncbi\.nlm\.nih\.gov|clinicaltrials\.gov|cochranelibrary\.com|nejm\.org|thelancet\.com|jamanetwork\.com|bmj\.com|nature\.com|science\.org|sciencedirect\.com|springer\.com|link\.springer\.com|wiley\.com|onlinelibrary\.wiley\.com|academic\.oup\.com|plos\.org|journals\.plos\.org|cell\.com|ahajournals\.org|diabetesjournals\.org|aafp\.org|frontiersin\.org|mdpi\.com|biomedcentral\.com|tandfonline\.com|sagepub\.com|medrxiv\.org|biorxiv\.org|annals\.org|acpjournals\.org|pediatrics\.aappublications\.org|publications\.aap\.org|heart\.org|cancer\.org|diabetes\.org|ada\.org|acog\.org|aap\.org|uspreventiveservicestaskforce\.org)(?:[/:?#]|$)/i;

/** Citations written in the text: DOI, PMID, PMCID, NCT number, a named authority or journal. */
export const CITATION_TEXT =
  /(?:\b(?:doi:\s*10\.\d{4,9}\/|10\.\d{4,9}\/[-._;()/:\w]|PMID:?\s*\d{6,9}|PMC\d{5,9}|NCT\d{8}|et\s+al\.?|(?:according\s+to|per|source[sd]?\s*:|sources?\s+[-–—]|data\s+from|reported\s+(?:in|by)|published\s+in|study\s+in|trial\s+in|review\s+in)\s+(?:the\s+|a\s+|an\s+)?(?:CDC|WHO|FDA|NIH|NCI|NCCIH|AHRQ|USPSTF|HHS|CMS|NHS|NICE|EMA|Cochrane|American\s+(?:Heart|Cancer|Diabetes|Dental|Academy|College|Medical)|AHA|ACS|ADA|AAP|AAD|ACOG|ACC|ACP|JAMA|NEJM|New\s+England\s+Journal|Lancet|BMJ|Nature|Science|Pediatrics|Circulation|Journal\b|randomi[sz]ed|(?:a\s+)?(?:\d{4}\s+)?(?:randomi[sz]ed\s+)?(?:controlled\s+)?(?:clinical\s+)?(?:trial|study|meta-analysis|review)\s+(?:in|of|published)))|\((?:[^()\n]{0,100}\b(?:19|20)\d{2}\b[^()\n]{0,30}|(?:CDC|WHO|FDA|NIH|USPSTF|Cochrane|NEJM|JAMA|Lancet|BMJ)[^()\n]{0,100})\))/i;

/** Front matter keys that hold the post's sources. */
export const SOURCE_KEYS = ["source", "sources", "citation", "citations", "references", "reference", "evidence"] as const;
