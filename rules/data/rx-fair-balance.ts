/**
 * Data for `rx-fair-balance`: what makes a post about a prescription product promotional (a benefit
 * or an indication), and what marks a sentence as risk information. No free list of drug names
 * exists, so the products themselves come from the user's `settings.products`.
 */

export const FDA_2014_DRAFT =
  "FDA, Guidance for Industry (draft, June 2014): Internet/Social Media Platforms with Character Space Limitations — Presenting Risk and Benefit Information for Prescription Drugs and Medical Devices, https://www.fda.gov/media/88551/download";
export const CFR_202_1 =
  "21 CFR 202.1(b)(1) (established name beside the proprietary name) and 202.1(e)(5) (fair balance), https://www.ecfr.gov/current/title-21/chapter-I/subchapter-C/part-202/section-202.1";

/**
 * An indication right after the brand (or its parenthetical established name): "NoFocus
 * (rememberine HCl) for mild to moderate memory loss", "Brand is a once-daily pill to treat...".
 * Tested on the text that follows a brand mention, up to the end of its sentence.
 */
export const INDICATION_AFTER_BRAND =
  /^(?:®|™|\(R\))?\s*(?:\([^()\n]{0,80}\)\s*)?(?:,\s*)?(?:(?:is|was|now|has\s+been|can|may|helps?)\s+){0,2}(?:(?:a|an|the|your|my|our)\s+)?(?:(?:once[- ](?:daily|weekly|monthly|a[- ](?:day|week|month))|twice[- ]daily|daily|weekly|monthly|prescription|oral|injectable|inhaled|topical|new|first|only|non[- ]?stimulant|FDA[- ]approved|breakthrough)\s+){0,3}(?:(?:medicine|medication|treatment|drug|pill|tablet|capsule|injection|option|therapy|inhaler|shot|cream|patch)\s+)?(?:(?:used|approved|indicated|proven|designed|made|shown)\s+)?(?:to\s+(?:treat|help|reduce|lower|improve|control|prevent|relieve|manage|ease|fight|stop|clear)|for\s+(?!more\b|full\b|details\b|information\b|info\b|savings\b|you\b|a\s+(?:limited|free)\b)\w)/i;
/**
 * An indication later in the brand's sentence: "NoFocus, the once-daily memory medicine, for
 * memory loss", "... to treat adults with moderate to severe plaque psoriasis".
 */
export const INDICATION_IN_SENTENCE =
  /\b(?:for|to\s+treat|treats?|treating|treatment\s+(?:of|for)|indicated\s+(?:for|in))\s+(?:the\s+(?:treatment|management)\s+of\s+)?(?:(?:adults?|people|patients|children|kids|teens|adolescents|those|anyone|women|men)\s+(?:with|who)\b|(?:mild|moderate|severe|chronic|acute|early|advanced|relapsing|recurrent|persistent|active|metastatic|type\s+[12])\b|[a-z'-]+\s+(?:disease|disorder|syndrome|loss|pain|cancer|arthritis|infections?|asthma|COPD|diabetes|depression|anxiety|migraines?|psoriasis|eczema|dermatitis|colitis|obesity|hypertension|insomnia|ADHD|symptoms|failure|deficiency|sclerosis)\b|(?:diabetes|depression|anxiety|migraines?|psoriasis|eczema|asthma|COPD|obesity|hypertension|high\s+blood\s+pressure|high\s+cholesterol|insomnia|ADHD|HIV|hepatitis|cancer|arthritis|schizophrenia|bipolar|Alzheimer's|Parkinson's|epilepsy|seizures|osteoporosis|acne|rosacea|gout|endometriosis|memory\s+loss|weight\s+loss)\b)/i;
export const INDICATION_SOURCE = `${FDA_2014_DRAFT} (the model: "NoFocus (rememberine HCl) for mild to moderate memory loss")`;

/** Benefit or efficacy words in a post that names the brand (outside risk sentences). */
export const BENEFIT_WORDS =
  /\b(?:treat(?:s|ed|ing|ment|ments)?|help(?:s|ed|ing)?|reliev(?:e|es|ed|ing)|relief|reduc(?:e|es|ed|ing|tion)|lower(?:s|ed|ing)?|improv(?:e|es|ed|ing|ement)|control(?:s|led|ling)?|manag(?:e|es|ed|ing)|prevent(?:s|ed|ing|ion)?|fight(?:s|ing)?|restor(?:e|es|ed|ing)|clear(?:s|er)?\s+skin|protect(?:s|ed|ing|ion)?|eas(?:e|es|ed|ing)\s+(?:the\s+|your\s+)?(?:pain|symptoms|flares?|breathing)|heal(?:s|ed|ing)?|indicated|approved\s+(?:for|to)|works?|effective|efficacy|proven|results?|fewer|symptom[- ]free|flare[- ]free|remission|get\s+back\s+to|feel\s+(?:better|like\s+yourself)|live\s+(?:better|well|more)|freedom\s+from|break\s+free|days?\s+without|sleep\s+better|think\s+clearer|focus\s+better|cure[sd]?)\b/i;
export const BENEFIT_SOURCE = `${CFR_202_1}; ${FDA_2014_DRAFT} (a post presenting benefit claims must present risk information in the same post)`;

/** Wording that marks a sentence as risk information; such sentences are not read for benefits. */
export const RISK_WORDS =
  /\b(?:may\s+cause|can\s+cause|could\s+cause|might\s+cause|side\s+effects?|risks?|warnings?|serious|allerg(?:y|ies|ic)|do\s+not\s+(?:take|use)|don't\s+(?:take|use)|contraindicat\w*|death|suicid\w*|infections?|boxed|safety\s+information|\bISI\b|adverse|reactions?)\b/i;
