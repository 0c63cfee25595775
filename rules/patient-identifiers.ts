/**
 * patient-identifiers: HIPAA Safe Harbor identifiers (45 CFR 164.514(b)(2)) in a post, reported
 * by type with a masked value, never the value itself.
 *
 * Two layers:
 * 1. Detectors find identifiers: names (honorifics, relations, labels, greetings, a first/last-name
 *    lexicon of @faker-js/faker's and compromise's names filtered by SCOWL's common English words,
 *    compromise's people tagging), dates and ages over 89, phones (libphonenumber-js), emails,
 *    addresses and ZIP codes, SSNs, labelled record/plan/account/licence/device numbers, MBIs, card
 *    numbers (Luhn), IBANs (ibantools), IPs, VINs, room and bed numbers, patient image file names.
 * 2. With `context: "patient"` (the default) an identifier is reported only when the post ties it to
 *    a patient or relative (cues: "our patient", "pt", "a woman I treated", "in room 4B", a reply
 *    about someone's visit, a relative beside a diagnosis). SSNs, record/plan/account/card numbers
 *    and dates of birth are reported without a cue. `context: "any"` reports every identifier.
 *
 * Cost: every detector is a linear scan. In `patient` context one pass over the post (`triggers`)
 * says which word-led patterns can match at all; a post with no cue runs only the few patterns for
 * identifiers sensitive anywhere, and phones, addresses and the like are looked for only in posts
 * with a cue. The lexicons are generated ahead of time (scripts/build-name-lexicon.mjs) into sorted
 * strings searched in place; libphonenumber-js and compromise load on the first post that needs them.
 */
import { createRequire } from "node:module";
import { electronicFormatIBAN, isValidIBAN } from "ibantools";
import { defineRule } from "../src/rule.js";
import type { Post, RuleContext } from "../src/types.js";
import { COMMON_LEVELS, COMMON_WORDS, FIRST_NAMES, LAST_NAMES, PLACES } from "./data/patient-identifiers-lexicon.js";
import {
  AMBIGUOUS_STREET_SUFFIXES,
  CLINICAL_IMAGE_WORDS,
  CONDITION_WORDS,
  FOREIGN_STREET_WORDS,
  HONORIFICS,
  PATIENT_COMPOUNDS,
  PUBLIC_SERVICE_NUMBERS,
  PUBLIC_TITLES,
  RELATIONS,
  RESTRICTED_ZIP3,
  STREET_SUFFIXES,
  US_STATES,
} from "./data/patient-identifiers.js";

// ---------------------------------------------------------------------------------------------
// Types and options

export const IDENTIFIER_TYPES = [
  "name",
  "date",
  "birthdate",
  "age",
  "phone",
  "email",
  "address",
  "zip",
  "ssn",
  "mrn",
  "health-plan",
  "account",
  "card",
  "iban",
  "ip",
  "license",
  "plate",
  "vin",
  "device",
  "room",
  "image",
] as const;
export type IdentifierType = (typeof IDENTIFIER_TYPES)[number];

export const TYPE_LABELS: Record<IdentifierType, string> = {
  name: "Name",
  date: "Date",
  birthdate: "Date of birth",
  age: "Age over 89",
  phone: "Phone or fax number",
  email: "Email address",
  address: "Street address",
  zip: "ZIP code",
  ssn: "Social Security number",
  mrn: "Medical record number",
  "health-plan": "Health-plan number",
  account: "Account number",
  card: "Card number",
  iban: "IBAN",
  ip: "IP address",
  license: "Licence or certificate number",
  plate: "Vehicle plate",
  vin: "Vehicle identification number",
  device: "Device serial number",
  room: "Room or bed number",
  image: "Patient image file name",
};

type Options = {
  context?: "patient" | "any";
  types?: IdentifierType[];
};

/** A found identifier, before the context decision. Offsets into `post.text`. */
interface Candidate {
  type: IdentifierType;
  start: number;
  end: number;
  /** Sensitive anywhere (SSN, record, plan, account and card numbers, a labelled date of birth). */
  always?: boolean;
  /** A tie the identifier carries itself ("relative of the patient", "clinical image"). */
  tie?: string;
  /** Not a patient's in `patient` context: a clinician, staff, a public figure. */
  notPatient?: boolean;
  /** Higher wins when two candidates overlap. */
  prio: number;
  /** The value compared with the allow-list, when it differs from the covered text. */
  value?: string;
}

/** Something in the post that ties nearby identifiers to a patient. */
interface Cue {
  start: number;
  end: number;
  /** Why, as printed: built from fixed words only, never from the post's own text. */
  why: string;
  /** Offsets the cue covers. */
  scope: [number, number];
}

// ---------------------------------------------------------------------------------------------
// Lexicons: sorted word lists generated ahead of time (scripts/build-name-lexicon.mjs), looked up by
// binary search in the strings themselves: nothing to split, hash or build on first use.

const requireHere = createRequire(import.meta.url);

/** A number libphonenumber-js found: offsets into the text it searched. */
interface PhoneMatch {
  startsAt: number;
  endsAt: number;
  number: { number: string; nationalNumber: string; isValid(): boolean };
}
type Verify = (candidate: string, offset: number, text: string) => unknown;
/** libphonenumber-js's PhoneNumberMatcher (what its `findNumbers` runs to the end). */
interface Matcher {
  hasNext(): boolean;
  next(): PhoneMatch;
  parseAndVerify: Verify;
  extractInnerMatch: Verify;
}
type MatcherClass = new (text: string, options: { defaultCountry: string; v2: true; leniency: string }) => Matcher;
let phoneLibrary: { PhoneNumberMatcher: MatcherClass } | undefined;
/** libphonenumber-js with full metadata, loaded on the first post that needs it. */
function phoneLib(): { PhoneNumberMatcher: MatcherClass } {
  phoneLibrary ??= requireHere("libphonenumber-js/max") as { PhoneNumberMatcher: MatcherClass };
  return phoneLibrary;
}

/**
 * Start of the line of `list` (sorted lines, each a word then `tail` code characters) whose word is
 * `q`, or -1. Lines compare by UTF-16 code unit, as the generator sorts them.
 */
function findLine(list: string, q: string, tail: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const a = list.lastIndexOf("\n", mid - 1) + 1;
    let e = list.indexOf("\n", a);
    if (e < 0) e = list.length;
    const len = e - tail - a;
    const n = q.length < len ? q.length : len;
    let d = 0;
    for (let i = 0; i < n && d === 0; i++) d = q.charCodeAt(i) - list.charCodeAt(a + i);
    if (d === 0) d = q.length - len;
    if (d === 0) return a;
    if (d < 0) hi = a;
    else lo = e + 1;
  }
  return -1;
}

/** SCOWL size of a word as listed (lower = more common), or 99 when it is not an English word. */
function listedLevel(lw: string): number {
  const at = findLine(COMMON_WORDS, lw, 1);
  if (at < 0) return 99;
  return COMMON_LEVELS[COMMON_WORDS.charCodeAt(at + lw.length) - 48] ?? 99;
}

const FIRST_NAME = 1 << 7;
const LAST_NAME = 1 << 8;
const PLACE = 1 << 9;
const LEVEL_MASK = 0x7f;
/** What the lexicons say of a lower-cased word: its `commonLevel` and the name flags. Memoised. */
const wordInfoCache = new Map<string, number>();

function wordInfo(lw: string): number {
  let v = wordInfoCache.get(lw);
  if (v !== undefined) return v;
  let level = listedLevel(lw);
  if (level === 99 && /['’]s$/.test(lw)) level = listedLevel(lw.slice(0, -2));
  if (level === 99 && lw.endsWith("s")) level = listedLevel(lw.slice(0, -1));
  v = level;
  if (findLine(FIRST_NAMES, lw, 0) >= 0) v |= FIRST_NAME;
  if (findLine(LAST_NAMES, lw, 0) >= 0) v |= LAST_NAME;
  if (findLine(PLACES, lw, 0) >= 0) v |= PLACE;
  // Bounded: a hostile post of random words must not grow it without end.
  if (wordInfoCache.size >= 50_000) wordInfoCache.clear();
  wordInfoCache.set(lw, v);
  return v;
}

/** SCOWL level of a word (lower = more common), or 99 when it is not an English word. */
function commonLevel(lw: string): number {
  return wordInfo(lw) & LEVEL_MASK;
}
const isFirstName = (lw: string): boolean => (wordInfo(lw) & FIRST_NAME) !== 0;
const isLastName = (lw: string): boolean => (wordInfo(lw) & LAST_NAME) !== 0;
const isPlace = (lw: string): boolean => (wordInfo(lw) & PLACE) !== 0;
/** True when the word is in SCOWL as it is (no plural or possessive folded away). */
const isEnglishWord = (lw: string): boolean => findLine(COMMON_WORDS, lw, 1) >= 0;

// ---------------------------------------------------------------------------------------------
// Small word lists (sets built once at module load: cheap)

const toSet = (xs: readonly string[]): Set<string> => new Set(xs.map((x) => x.toLowerCase()));
const HONORIFIC = toSet(HONORIFICS.entries);
const RELATION = toSet(RELATIONS.entries);
const PATIENT_COMPOUND = toSet(PATIENT_COMPOUNDS.entries);
const PUBLIC_TITLE = toSet(PUBLIC_TITLES.entries.filter((w) => !w.includes(" ")));
const STREET_SUFFIX = toSet(STREET_SUFFIXES.entries);
const FOREIGN_STREET = toSet(FOREIGN_STREET_WORDS.entries);
const IMAGE_WORD = toSet(CLINICAL_IMAGE_WORDS.entries);
const STATES = new Set(US_STATES.entries);
const ZIP3 = new Set(RESTRICTED_ZIP3.entries);
const PUBLIC_NUMBERS = new Set(PUBLIC_SERVICE_NUMBERS.entries.map((e) => e.digits));

const CLINICIAN_BEFORE = toSet(["dr", "doctor", "prof", "professor", "nurse", "midwife", "surgeon", "dentist", "hygienist", "pharmacist", "therapist", "physician", "np", "pa", "rn", "md", "provider", "chaplain", "rabbi", "father", "fr", "rev", "pastor", "attending", "resident", "intern", "fellow", "dietitian", "nutritionist", "counselor", "counsellor", "psychologist", "psychiatrist", "optometrist", "audiologist", "chiropractor", "doula", "social", "worker", "cm", "sw"]);
const CREDENTIALS = toSet(["md", "do", "rn", "np", "pa", "pa-c", "dds", "dmd", "pharmd", "rph", "dpt", "pt", "ot", "otr", "otr/l", "lcsw", "lmft", "lpc", "cnm", "fnp", "fnp-c", "crna", "phd", "mph", "mba", "facs", "facp", "faap", "facog", "msn", "bsn", "aprn", "od", "dc", "lpn", "cna", "slp", "ccc-slp", "rd", "rdn", "ibclc", "cpnp", "dnp", "mhs", "ms", "ma", "mpas", "psyd", "edd", "ccrn", "cde", "cdces", "ladc", "lac", "dvm", "frcp", "frcs", "mbbs", "mrcp", "dmd", "rdh", "lmt", "atc", "cscs"]);
const STAFF_WORDS = toSet(["welcome", "welcomes", "welcoming", "meet", "introducing", "introduce", "joins", "joined", "joining", "congratulations", "congrats", "thank", "thanks", "shoutout", "shout-out", "kudos", "honor", "honors", "honoring", "celebrate", "celebrates", "celebrating", "spotlight", "hired", "promoted", "retiring", "retires", "retirement", "award", "awarded", "recognized", "recognize", "staff", "team", "employee", "colleague", "colleagues", "coworker", "volunteer", "volunteers"]);
const STAFF_ROLES = toSet(["nurse", "nurses", "physician", "doctor", "surgeon", "dentist", "hygienist", "pharmacist", "therapist", "technician", "tech", "assistant", "receptionist", "manager", "director", "coordinator", "volunteer", "provider", "practitioner", "midwife", "doula", "chaplain", "dietitian", "counselor", "counsellor", "staff", "employee", "team", "colleague", "intern", "resident", "fellow", "ceo", "president", "founder", "owner", "administrator", "specialist", "educator", "navigator", "scheduler", "scribe", "medic", "paramedic", "emt", "officer", "chief", "lead", "member", "members", "partner", "associate", "hygienists"]);
const FUNCTION_WORDS = toSet(["the", "a", "an", "and", "or", "but", "nor", "of", "to", "in", "on", "at", "for", "with", "by", "from", "into", "onto", "over", "under", "about", "after", "before", "since", "until", "is", "was", "are", "were", "be", "been", "being", "am", "has", "had", "have", "having", "will", "would", "can", "could", "should", "shall", "may", "might", "must", "do", "does", "did", "not", "no", "yes", "he", "she", "it", "they", "we", "you", "i", "me", "him", "them", "us", "his", "her", "hers", "its", "their", "our", "my", "your", "this", "that", "these", "those", "who", "whom", "whose", "which", "what", "when", "where", "why", "how", "there", "here", "then", "than", "so", "if", "as", "also", "very", "just", "all", "any", "some", "each", "both", "either", "neither", "other", "another", "such", "only", "own", "same", "too", "s", "t", "re", "ve", "ll", "d", "m", "o", "via", "per", "w", "c", "pt", "pts", "who's", "that's", "it's", "he's", "she's", "was", "called", "came", "come", "went", "go", "goes", "got", "get", "gets", "still", "now", "today", "tonight", "yesterday", "tomorrow", "am", "pm", "last", "next", "this", "again", "well", "not", "aware", "updated", "present", "here", "in", "out", "up", "down", "off", "back", "visiting", "visited", "visit", "visits", "says", "said", "states", "stated", "reports", "reported", "notified", "informed", "asked", "asks", "wants", "wanted", "would", "also", "both", "several", "many", "x", "y", "e", "re:", "states", "multiple", "members", "member", "one", "two", "three", "four", "first", "second", "third", "own", "only", "plus", "etc", "et", "al", "i'm", "i've", "i'd", "i'll", "im", "ive", "you'd", "you're", "we're", "they're", "don't", "can't", "won't"]);
const MONTHS = toSet(["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "mondays", "tuesdays", "wednesdays", "thursdays", "fridays", "saturdays", "sundays"]);
const ORG_WORDS = toSet(["inc", "llc", "ltd", "corp", "co", "company", "hospital", "hospitals", "clinic", "clinics", "health", "healthcare", "medical", "medicine", "center", "centre", "university", "college", "school", "foundation", "institute", "institutes", "pharmacy", "pharmaceuticals", "group", "associates", "partners", "network", "system", "systems", "society", "association", "council", "department", "dept", "agency", "news", "times", "post", "journal", "magazine", "press", "radio", "tv", "labs", "laboratories", "therapeutics", "biosciences", "bank", "trust", "fund", "county", "city", "state", "street", "avenue", "road", "park", "memorial", "children's", "hall", "house", "library", "museum", "church", "award", "awards", "prize", "act", "law", "bill", "program", "programme", "project", "initiative", "challenge", "syndrome", "disease", "method", "scale", "score", "test", "criteria", "index", "effect", "sign", "procedure", "maneuver", "manoeuvre", "foundation's", "day", "week", "month", "year", "lecture", "fellowship", "scholarship"]);
/** A capitalised word before one of these is an eponym ("Quinton catheter", "Douglas pouch"), not a person. */
const EPONYM_NOUNS = toSet(["pouch", "catheter", "cath", "tube", "tubes", "stocking", "stockings", "vent", "line", "drain", "valve", "bag", "mask", "collar", "boot", "boots", "bed", "pump", "filter", "clip", "shunt", "port", "tip", "sign", "reflex", "maneuver", "manoeuvre", "position", "classification", "criteria", "score", "scale", "syndrome", "disease", "fracture", "procedure", "operation", "repair", "test", "solution", "device", "needle", "forceps", "retractor", "splint", "brace", "method", "technique", "equation", "formula", "law", "effect", "principle", "site", "insertion", "speaking"]);
const PARTICLES = toSet(["van", "de", "der", "den", "von", "da", "di", "du", "la", "le", "ten", "ter", "bin", "binti", "al", "el", "dos", "das", "del", "della", "y", "mac", "st", "vander", "op"]);
/** Words that look like names but are clinical shorthand or note headings. */
const NOTE_WORDS = toSet(["neuro", "resp", "cv", "gi", "gu", "id", "skin", "social", "soc", "plan", "assessment", "access", "endo", "heme", "renal", "pain", "labs", "lines", "dispo", "psych", "ms", "a/p", "misc", "ros", "hpi", "pmh", "meds", "allergies", "vitals", "code", "status", "note", "npn", "micu", "sicu", "ccu", "csru", "nsicu", "ticu", "rehab", "ccrn", "pacu", "or", "ed", "er", "ew", "mae", "perrla", "ivf", "npo", "ngt", "ogt", "foley", "ett", "picc", "tlc", "cvp", "map", "hr", "bp", "rr", "sat", "sats", "temp", "tmax", "iv", "po", "prn", "bid", "tid", "qid", "qd", "qhs", "abg", "cxr", "ekg", "ecg", "echo", "ct", "mri", "cath", "sob", "cp", "loc", "dnr", "dni", "full", "comfort", "care", "family", "pt", "pts", "md", "rn", "np", "sw", "cm", "pmd", "pcp", "hcp", "dr", "dtr", "f/u", "s/p", "w/", "c/o", "d/c", "b/l", "r/o", "t/c", "h/o", "y/o", "yo", "percocet", "benadryl", "esmolol", "troponin", "pta", "cmo", "tsicu", "cxray", "perla", "vit", "vitamin", "overnoc", "genta", "ceftaz", "brady", "tachy", "quinton", "hickman", "aline", "a-line", "neo", "abd", "cont", "asa", "lue", "rue", "lle", "rle", "ble", "bue", "ble", "lis", "lcs", "phx", "pmhx", "pulm", "proph", "dispo", "heent", "ext", "extrem", "lytes", "gtt", "gtts", "drip", "dsg", "trach", "peg", "vent", "cpap", "bipap", "ps", "peep", "fio2", "tv", "abx", "vanco", "levo", "levophed", "dopa", "dobutamine", "lasix", "coumadin", "heparin", "insulin", "propofol", "fentanyl", "versed", "ativan", "morphine", "tylenol", "zosyn", "flagyl", "kayexalate", "colace", "senna", "protonix", "nexium", "pepcid", "zofran", "reglan", "haldol", "seroquel", "lopressor", "captopril", "amio", "dilt", "nitro", "ntg", "kcl", "mag", "phos", "hct", "wbc", "plt", "inr", "ptt", "bun", "creat", "cr", "na", "bs", "fs", "fsbs", "ls", "cta", "dni", "given", "pleasant", "resting", "alert", "oriented", "stable", "afebrile", "am", "pm", "noc", "eve", "nsr", "sr", "st", "af", "afib", "vt", "vf", "pvc", "pvcs", "pac", "pacs", "rbbb", "lbbb", "ett", "ogt", "ngt", "fem", "rij", "lij", "ivc", "svc", "ra", "rv", "lv", "la", "mv", "tv", "av", "cabg", "ptca", "pci", "lad", "lcx", "rca", "om", "pda", "iabp", "swan", "cordis", "picc", "tlc", "pt/ot", "ot", "slp", "sw", "cm", "vna", "rehab", "snf", "rx", "tx", "dx", "hx", "sx", "fx", "bx", "cx", "ua", "ucx", "bcx", "ox", "oob", "amb", "hob", "rom", "prom", "arom", "wnl", "nad", "mae", "gcs", "perl", "ou", "os", "od", "ii", "iii", "iv", "neuro's", "prbc", "prbcs", "ffp", "plts", "cryo", "ivig", "tpn", "ppn", "tf", "tfs", "npo", "cl", "clr", "cath", "cxr", "kub"]);

// ---------------------------------------------------------------------------------------------
// Tokens

type Shape = "T" | "U" | "L" | "I" | "N" | "O";
interface Tok {
  s: number;
  e: number;
  w: string;
  lw: string;
  shape: Shape;
}

const TOKEN_RE = /[\p{L}\p{M}][\p{L}\p{M}'’-]*|\d+/gu;

function tokenize(text: string): Tok[] {
  const out: Tok[] = [];
  TOKEN_RE.lastIndex = 0;
  for (let m = TOKEN_RE.exec(text); m; m = TOKEN_RE.exec(text)) {
    // Hashtags, @handles and words glued to digits are not names.
    const prev = m.index > 0 ? text.charCodeAt(m.index - 1) : 0;
    if (prev === 35 || prev === 64 || (prev >= 48 && prev <= 57)) continue;
    let w = m[0];
    // Possessive and trailing hyphen or apostrophe are not part of a name: /['’][sS]?$|-$/.
    let cut = w.length;
    const last = w.charCodeAt(cut - 1);
    if (last === 45 || last === 39 || last === 0x2019) cut--;
    else if ((last === 115 || last === 83) && cut >= 2 && (w.charCodeAt(cut - 2) === 39 || w.charCodeAt(cut - 2) === 0x2019)) cut -= 2;
    if (cut > 0 && cut < w.length) w = w.slice(0, cut);
    const e = m.index + w.length;
    out.push({ s: m.index, e, w, lw: (isAscii(w) ? w : w.normalize("NFC")).toLowerCase(), shape: shapeOf(w, text, e) });
  }
  return out;
}

function isAscii(w: string): boolean {
  for (let i = 0; i < w.length; i++) if (w.charCodeAt(i) >= 128) return false;
  return true;
}

/** ASCII without a capital letter: then it holds no \p{Lu}. */
function isAsciiWithoutCapitals(w: string): boolean {
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if (c >= 128 || (c >= 65 && c <= 90)) return false;
  }
  return true;
}

function shapeOf(w: string, text: string, end: number): Shape {
  const c = w.charCodeAt(0);
  if (c >= 48 && c <= 57) return "N";
  const first = w[0];
  const upper = first !== first.toLowerCase();
  if (!upper) return first !== first.toUpperCase() ? "L" : "O";
  if (w.length === 1) {
    if (text[end] === ".") return "I";
    return w !== "I" && w !== "A" && /[ \t]/.test(text[end] ?? "") ? "I" : "O";
  }
  const rest = w.slice(1);
  if (rest === rest.toUpperCase() && rest !== rest.toLowerCase()) return "U";
  // Title case: no capital inside, except after a hyphen or apostrophe and in Mc/Mac/O'/De names.
  if (!isAsciiWithoutCapitals(rest) && /\p{Lu}/u.test(rest.replace(/(?<=[-'’])\p{Lu}/gu, "").replace(/^(?:c|ac|e|i|a|u)(?=\p{Lu})\p{Lu}/u, ""))) return "O";
  // "FiO2", "SpO2": a word glued to a digit is a measure.
  if (/\d/.test(text[end] ?? "")) return "O";
  return "T";
}

/** Sentence and line boundaries: [start, end) pairs covering the text. */
function sentenceBounds(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let start = 0;
  const re = /[.!?]+|\n/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m[0] !== "\n") {
      // A run of punctuation ends a sentence only before white space (not "3.5", "e.g.x").
      if (!/\s/.test(text[m.index + m[0].length] ?? " ")) continue;
      // "Mr." "Dr." "St." "D." and the like do not end a sentence.
      const before = /([A-Za-z]+)$/.exec(text.slice(Math.max(0, m.index - 6), m.index));
      if (before && (before[1].length === 1 || ABBREVIATIONS.has(before[1].toLowerCase()))) continue;
    }
    const end = m.index + m[0].length;
    if (end > start) out.push([start, end]);
    start = end;
  }
  if (start < text.length) out.push([start, text.length]);
  return out;
}
const ABBREVIATIONS = toSet(["mr", "mrs", "ms", "dr", "st", "prof", "sr", "jr", "vs", "no", "apt", "ste", "u", "ul", "rd", "ave", "blvd", "mt", "ft", "gen", "sen", "rep", "gov", "rev", "fr", "mx", "pt", "approx", "dept", "inc", "co", "ltd", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "e.g", "i.e", "etc"]);

/** Case style of a stretch of text: clinical notes are often all capitals or all lower case. */
function styleOf(text: string, s: number, e: number): "mixed" | "upper" | "lower" {
  let up = 0;
  let low = 0;
  for (let i = s; i < e; i++) {
    const c = text.charCodeAt(i);
    if (c >= 65 && c <= 90) up++;
    else if (c >= 97 && c <= 122) low++;
  }
  if (up + low < 8) return "mixed";
  if (low <= (up + low) * 0.12) return "upper";
  if (up <= (up + low) * 0.02) return "lower";
  if (up > (up + low) * 0.1) return "mixed";
  // Lower-case notes with a few capitals ("MD", "GH"): sentences and lines start in lower case.
  let starts = 0;
  let lowerStarts = 0;
  const re = /(?:^|[.!?:][ \t]+|\n[ \t]*)([A-Za-z])/g;
  const slice = text.slice(s, e);
  for (let m = re.exec(slice); m; m = re.exec(slice)) {
    starts++;
    if (m[1] >= "a") lowerStarts++;
  }
  return starts >= 2 && lowerStarts >= starts * 0.6 ? "lower" : "mixed";
}

/**
 * Disjoint [start, end) intervals kept sorted: overlap tests and inserts by binary search, so
 * detectors stay linear-ish on posts with thousands of findings.
 */
class IntervalSet {
  private readonly starts: number[] = [];
  private readonly ends: number[] = [];

  /** Index of the first interval whose start is >= pos. */
  private lower(pos: number): number {
    let lo = 0;
    let hi = this.starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.starts[mid] < pos) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  overlaps(s: number, e: number): boolean {
    const i = this.lower(s);
    if (i < this.starts.length && this.starts[i] < e) return true;
    return i > 0 && this.ends[i - 1] > s;
  }

  /** Adds an interval that overlaps none already held. */
  add(s: number, e: number): void {
    const i = this.lower(s);
    this.starts.splice(i, 0, s);
    this.ends.splice(i, 0, e);
  }
}

/** Index of the sentence holding `pos` (sentences are sorted and cover the text). */
function sentenceIndex(sentences: Array<[number, number]>, pos: number): number {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (sentences[mid][0] <= pos) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

// ---------------------------------------------------------------------------------------------
// Checksums

function luhn(digits: string): boolean {
  let sum = 0;
  let dbl = false;
  for (let i = digits.length - 1; i >= 0; i--) {
    let d = digits.charCodeAt(i) - 48;
    if (dbl) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
    dbl = !dbl;
  }
  return sum % 10 === 0;
}

/** Issuer prefixes and lengths of payment cards (ISO/IEC 7812 IIN ranges of the major networks). */
function cardIssuer(d: string): boolean {
  const n = d.length;
  const p2 = Number(d.slice(0, 2));
  const p3 = Number(d.slice(0, 3));
  const p4 = Number(d.slice(0, 4));
  if (d[0] === "4") return n === 13 || n === 16 || n === 19;
  if ((p2 >= 51 && p2 <= 55) || (p4 >= 2221 && p4 <= 2720)) return n === 16;
  if (p2 === 34 || p2 === 37) return n === 15;
  if (p4 === 6011 || p2 === 65 || (p3 >= 644 && p3 <= 649)) return n >= 16 && n <= 19;
  if (p2 === 35) return n >= 16 && n <= 19;
  if (p4 === 1800 || p4 === 2131) return n === 15;
  if ((p3 >= 300 && p3 <= 305) || p2 === 36 || p2 === 38 || p2 === 39 || p3 === 309) return n === 14;
  if (p2 === 62 || p2 === 81) return n >= 16 && n <= 19;
  if (p2 === 50 || (p2 >= 56 && p2 <= 69)) return n >= 12 && n <= 19;
  return false;
}

function validSsn(area: string, group: string, serial: string): boolean {
  if (area === "000" || area === "666" || area[0] === "9") return false;
  if (group === "00" || serial === "0000") return false;
  // SSA's advertising numbers, never issued.
  if (`${area}${group}${serial}` === "078051120" || `${area}${group}${serial}` === "219099999") return false;
  return true;
}

const VIN_VALUES: Record<string, number> = Object.fromEntries(
  [..."0123456789"].map((c, i) => [c, i]).concat(
    [..."ABCDEFGH"].map((c, i) => [c, i + 1]),
    [..."JKLMN"].map((c, i) => [c, i + 1]),
    [["P", 7], ["R", 9]],
    [..."STUVWXYZ"].map((c, i) => [c, i + 2]),
  ),
);
const VIN_WEIGHTS = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2];

/** North American VIN check digit (49 CFR 565.15). */
function validVin(v: string): boolean {
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const val = VIN_VALUES[v[i]];
    if (val === undefined) return false;
    sum += val * VIN_WEIGHTS[i];
  }
  const check = sum % 11;
  return v[8] === (check === 10 ? "X" : String(check));
}

// ---------------------------------------------------------------------------------------------
// Screens and trigger words: one pass over a post says which of the patterns below can match at all

const RELATIVE_SCREEN = /\b(?:sons?|daughters?|wife|husband|mom|mother|dad|father|brother|sister|grand\w+|baby|aunt|uncle|niece|nephew|cousin|partner|fianc\w*|twins?)\b/i;
const CONDITION_LIST = CONDITION_WORDS.entries.filter((w) => !["visit", "appointment", "results", "hospital", "clinic", "birth", "delivered", "condition", "positive", "scan", "labs", "therapy", "treatment", "crown", "filling", "cleaning", "braces", "implant", "extraction", "root canal", "ms", "er", "als", "cf", "mi", "sick", "broke", "passed", "recovery", "recovering", "injury", "injured", "accident"].includes(w));
const CONDITION_SCREEN = new RegExp(`\\b(?:${CONDITION_LIST.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|")})\\b`, "i");
const CUE_SCREEN = /\b(?:born|world|patients?|pts?|pt'?s|room|rm|bed|bay|son|sons|daughters?|wife|husband|mom|mother|dad|father|grand\w+|sister|brother|baby|twins|treated|delivered|operated|admitted|discharged|birthday|nicu|picu|icu|grad|graduate|preemie|warrior|review|feedback|visit|appointment|your|dob|resident|client|case|survivor|family)\b|(?:^|\n)[ \t]*@\w/i;


/**
 * Groups of trigger words. Each pattern the rule runs on every post needs one word of its group at
 * the start of a word (after a character that is no ASCII letter); a group whose words are absent
 * spares the pattern's scan. A trigger matches as a prefix, case-insensitively ("pt" covers "pts",
 * "Pt's"): a screen may let through more than its pattern matches, never less.
 */
const T_PATIENT = 1 << 0;
const T_BIRTH = 1 << 1;
const T_CARE = 1 << 2;
const T_PERSON = 1 << 3;
const T_ROOM = 1 << 4;
const T_UNIT = 1 << 5;
const T_DESCRIPTION = 1 << 6;
const T_VISIT = 1 << 7;
const T_REVIEW = 1 << 8;
const T_RELATIVE = 1 << 9;
const T_CONDITION = 1 << 10;
const T_DOB = 1 << 11;
const T_SSN = 1 << 12;
const T_MRN = 1 << 13;
const T_PLAN = 1 << 14;
const T_ACCOUNT = 1 << 15;
const T_LICENSE = 1 << 16;
const T_PLATE = 1 << 17;
const T_VIN = 1 << 18;
const T_DEVICE = 1 << 19;
const T_PHONE_LABEL = 1 << 20;
const T_PATIENTS = 1 << 21;
const T_PT = 1 << 22;
const T_I_WE = 1 << 23;
const T_CUE_SCREEN = 1 << 24;
const T_ONE_OF = 1 << 25;
const T_PATIENT_PHRASE = 1 << 26;

/**
 * Trigger words by group; a word ending in "$" must end a word (the next character is not `\w`); a
 * space matches any run of white space.
 */
const TRIGGERS: Array<[number, string[]]> = [
  [T_PATIENT, ["patient$", "pt$"]],
  [T_PATIENTS, ["patients$"]],
  [T_PT, ["pt$", "pts$", "pt's$"]],
  [T_I_WE, ["i$", "we$"]],
  // CUE_SCREEN's words ("grand" stands for grand\w+).
  [T_CUE_SCREEN, ["born$", "world$", "patient$", "patients$", "pt$", "pts$", "pt's$", "room$", "rm$", "bed$", "bay$", "son$", "sons$", "daughter$", "daughters$", "wife$", "husband$", "mom$", "mother$", "dad$", "father$", "grand", "sister$", "brother$", "baby$", "twins$", "treated$", "delivered$", "operated$", "admitted$", "discharged$", "birthday$", "nicu$", "picu$", "icu$", "grad$", "graduate$", "preemie$", "warrior$", "review$", "feedback$", "visit$", "appointment$", "your$", "dob$", "resident$", "client$", "case$", "survivor$", "family$"]],
  [T_ONE_OF, ["one of my", "one of our"]],
  [T_PATIENT_PHRASE, ["patients like", "patient like", "patients such as", "patient such as", "patient spotlight", "patient story", "patient of the"]],
  [T_BIRTH, ["welcome to the world", "baby boy", "baby girl", "born here", "born at our", "born in our"]],
  // CARE_VERB's first words.
  [T_CARE, ["treated$", "saw$", "seen$", "see$", "cared$", "care$", "delivered$", "operated$", "admitted$", "discharged$", "examined$", "met$", "helped$", "looked$", "took$", "resuscitated$", "intubated$", "diagnosed$", "stitched$", "sutured$", "vaccinated$", "scanned$", "x-rayed$", "fitted$", "had$"]],
  // PERSON_NOUN's first words; its "93-year-old" form is found by the digit rule in `triggers`.
  [T_PERSON, ["woman$", "man$", "lady$", "gentleman$", "boy$", "girl$", "child$", "kid$", "baby$", "infant$", "toddler$", "teen$", "teenager$", "newborn$", "mother$", "mom$", "father$", "dad$", "veteran$", "grandmother$", "grandfather$", "grandma$", "grandpa$", "couple$", "family$", "patient$", "young$"]],
  [T_ROOM, ["in room", "in rm", "in bed", "in bay", "in cubicle", "in exam", "in stall"]],
  [T_UNIT, ["nicu$", "picu$", "icu$", "cicu$", "scn$"]],
  [T_DESCRIPTION, ["preemie$", "micro", "fighter$", "warrior$", "miracle$", "survivor$", "resident$", "client$"]],
  [T_VISIT, ["came in", "come in", "comes in", "came to see", "come to see", "comes to see", "was seen", "visited us", "visited our"]],
  // REVIEW_OPENER's openings.
  [T_REVIEW, ["thanks for", "thank you for", "thanks so much for", "thank you so much for", "sorry to hear", "sorry about", "sorry for", "sorry your", "sorry that", "glad your", "glad that", "happy your", "happy that"]],
  [T_RELATIVE, ["son$", "sons$", "daughter$", "daughters$", "wife$", "husband$", "mom$", "mother$", "dad$", "father$", "brother$", "sister$", "grand", "baby$", "aunt$", "uncle$", "niece$", "nephew$", "cousin$", "partner$", "fianc", "twin$", "twins$"]],
  [T_CONDITION, CONDITION_LIST.map((w) => `${w}$`)],
  // Labels, as the words that open each alternative of their patterns (a space stands for \s+).
  [T_DOB, ["dob$", "d.o.b", "date of birth", "birth date", "birthdate"]],
  [T_SSN, ["ssn", "ss#", "ss no", "social security"]],
  [T_MRN, ["mrn", "mr#", "mr no", "medical record", "med rec", "chart n", "chart #", "chart id", "patient id", "patient n", "patient #", "patient account", "pt id", "pt #", "pt no", "hospital n", "hospital #", "hospital id", "encounter n", "encounter #", "encounter id", "visit n", "visit #", "visit id", "accession n", "accession #", "case id", "case n", "case #", "fin n", "fin #"]],
  [T_PLAN, ["member id", "member n", "member #", "subscriber id", "subscriber n", "subscriber #", "policy id", "policy n", "policy #", "group n", "group #", "insurance id", "insurance n", "insurance #", "medicare id", "medicare n", "medicare #", "medicare card", "medicaid id", "medicaid n", "medicaid #", "mbi", "hicn", "beneficiary id", "beneficiary n", "beneficiary #", "plan id", "plan n", "plan #"]],
  [T_ACCOUNT, ["account", "acct", "billing n", "billing #", "billing id", "invoice n", "invoice #", "routing n", "routing #", "bank account"]],
  [T_LICENSE, ["driver", "dl", "licen", "certificate n", "certificate #", "passport n", "passport #", "permit n", "permit #", "dea n", "dea #"]],
  [T_PLATE, ["licen", "plate n", "plate #", "tag number", "registration n", "registration plate"]],
  [T_VIN, ["vin"]],
  [T_DEVICE, ["serial n", "serial #", "s/n", "sn:", "sn#", "sn :", "sn #", "device id", "device n", "device serial", "udi", "imei", "pacemaker serial", "pacemaker id", "implant serial", "implant id", "implant n"]],
  [T_PHONE_LABEL, ["pager", "beeper", "pg", "ph", "tel", "cell", "mobile", "fax", "home", "work", "office", "desk", "contact", "call"]],
];

/**
 * The trigger words as a trie in flat arrays: node 0 is the root; for an ASCII code `c` the child
 * is `trieAscii[node * TRIE_WIDTH + TRIE_INDEX[c]]` (0: none; upper and lower case share a column);
 * `TRIE_OTHER` holds the children for other codes, folded.
 */
const TRIE_INDEX = new Int8Array(128).fill(-1);
let TRIE_WIDTH = 0;
for (const [, words] of TRIGGERS) {
  for (const w of words) {
    for (const ch of w.replace(/\$$/, "").toLowerCase()) {
      const c = ch.charCodeAt(0);
      if (c < 128 && TRIE_INDEX[c] < 0) {
        TRIE_INDEX[c] = TRIE_WIDTH;
        // Upper-case letters share their lower-case column (the trie holds folded codes).
        if (c >= 97 && c <= 122) TRIE_INDEX[c - 32] = TRIE_WIDTH;
        TRIE_WIDTH++;
      }
    }
  }
}
if (TRIE_INDEX[32] < 0) TRIE_INDEX[32] = TRIE_WIDTH++;
/** The column of white space: ASCII white space shares it (other white space is mapped in `triggers`). */
const TRIE_SPACE = TRIE_INDEX[32];
for (const c of [9, 10, 11, 12, 13]) TRIE_INDEX[c] = TRIE_SPACE;
/** At most one node a character of the trigger words, plus the root. */
const TRIE_CAPACITY = TRIGGERS.reduce((n, [, words]) => n + words.reduce((m, w) => m + w.length, 0), 1);
const trieAscii = new Uint16Array(TRIE_CAPACITY * TRIE_WIDTH);
const triePrefix = new Int32Array(TRIE_CAPACITY);
const trieWhole = new Int32Array(TRIE_CAPACITY);
const TRIE_OTHER = new Map<number, number>();
let trieSize = 1;
/** Folded codes of the non-ASCII characters met so far (0: not yet folded). */
const FOLDED = new Uint16Array(65536);
/** A character code folded as case-insensitive regexes compare (`/i` and `/iu`): "K" (Kelvin) is "k", "ſ" is "s". */
function foldOther(c: number): number {
  let f = FOLDED[c];
  if (f === 0) {
    const ch = String.fromCharCode(c);
    const up = ch.toUpperCase();
    const low = (up.length === 1 ? up : ch).toLowerCase();
    f = low.length === 1 ? low.charCodeAt(0) : c;
    FOLDED[c] = f;
  }
  return f;
}
const fold = (c: number): number => (c < 128 ? (c >= 65 && c <= 90 ? c + 32 : c) : foldOther(c));
function trieChild(node: number, c: number): number {
  if (c < 128) {
    const k = TRIE_INDEX[c];
    return k < 0 ? 0 : trieAscii[node * TRIE_WIDTH + k];
  }
  return TRIE_OTHER.get(node * 65536 + c) ?? 0;
}
for (const [group, words] of TRIGGERS) {
  for (const entry of words) {
    const whole = entry.endsWith("$");
    const w = whole ? entry.slice(0, -1) : entry;
    let node = 0;
    for (let i = 0; i < w.length; i++) {
      const c = fold(w.charCodeAt(i));
      let n = trieChild(node, c);
      if (n === 0) {
        n = trieSize++;
        if (c < 128) trieAscii[node * TRIE_WIDTH + TRIE_INDEX[c]] = n;
        else TRIE_OTHER.set(node * 65536 + c, n);
      }
      node = n;
    }
    if (whole) trieWhole[node] |= group;
    else triePrefix[node] |= group;
  }
}

const isAsciiLetter = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
const isDigit = (c: number): boolean => c >= 48 && c <= 57;
/** What `\s` matches. */
const isSpace = (c: number): boolean =>
  c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
/** ASCII `\w`. */
const isWordChar = (c: number): boolean => isAsciiLetter(c) || isDigit(c) || c === 95;

/** The trigger groups whose words the text holds at the start of a word (one pass, no allocation). */
function triggers(text: string): number {
  let mask = 0;
  const n = text.length;
  let i = 0;
  while (i < n) {
    // Here the previous character is no ASCII letter.
    const c = text.charCodeAt(i);
    let k = c < 128 ? TRIE_INDEX[c] : -2;
    let node = k >= 0 ? trieAscii[k] : k === -2 ? trieChild(0, foldOther(c)) : 0;
    for (let j = i + 1; node !== 0; j++) {
      mask |= triePrefix[node];
      if (trieWhole[node] !== 0 && (j >= n || !isWordChar(text.charCodeAt(j)))) mask |= trieWhole[node];
      if (j >= n) break;
      const d = text.charCodeAt(j);
      if (d < 128) {
        k = TRIE_INDEX[d];
        if (k < 0) break;
        node = trieAscii[node * TRIE_WIDTH + k];
      } else {
        k = isSpace(d) ? TRIE_SPACE : -2;
        node = k === TRIE_SPACE ? trieAscii[node * TRIE_WIDTH + k] : trieChild(node, foldOther(d));
      }
      // A run of white space is one space of the trie.
      if (k === TRIE_SPACE) while (j + 1 < n && isSpace(text.charCodeAt(j + 1))) j++;
    }
    i++;
    if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) {
      // Skip the rest of the word.
      while (i < n) {
        const d = text.charCodeAt(i);
        if (!((d >= 65 && d <= 90) || (d >= 97 && d <= 122))) break;
        i++;
      }
    } else if (c >= 48 && c <= 57) {
      // "93-year-old", "93yo", "93 y/o": PERSON_NOUN's age form (a digit, one space or hyphen, "y").
      let m = i;
      if (m < n && (text.charCodeAt(m) === 45 || isSpace(text.charCodeAt(m)))) m++;
      if (m < n && fold(text.charCodeAt(m)) === 121) mask |= T_PERSON;
    }
  }
  return mask;
}

// ---------------------------------------------------------------------------------------------
// Detectors. Each pushes candidates with offsets into the text it is given.

type Push = (c: Candidate) => void;

const DIGIT_SCREEN = /\d/;

/** SSNs: dashed or spaced 3-2-4 with the SSA's validity rules, or nine digits after a label. */
function findSsn(text: string, push: Push, trig: number): void {
  const re = /(?<![\w-])(\d{3})([- ])(\d{2})\2(\d{4})(?![\w-])/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (!validSsn(m[1], m[3], m[4])) continue;
    // A date-like 3-2-4 ("201-01-2020") or a range of a price list is unlikely; phones are 3-3-4.
    push({ type: "ssn", start: m.index, end: m.index + m[0].length, always: true, prio: 90 });
  }
  if ((trig & T_SSN) === 0) return;
  const labelled = /\b(?:SSN|SS#|SS\s?No\.?|social\s+security(?:\s+(?:number|no\.?|#))?)\s*(?:is|:|#|-)?\s*(\d{9}|\d{3}[- .]\d{2}[- .]\d{4})(?!\d)/gi;
  for (let m = labelled.exec(text); m; m = labelled.exec(text)) {
    const d = m[1].replace(/\D/g, "");
    if (!validSsn(d.slice(0, 3), d.slice(3, 5), d.slice(5))) continue;
    const s = m.index + m[0].length - m[1].length;
    push({ type: "ssn", start: s, end: s + m[1].length, always: true, prio: 91 });
  }
}

interface Label {
  type: IdentifierType;
  re: RegExp;
  always: boolean;
  /** The trigger group of the label's words. */
  trigger: number;
}

/**
 * Labelled numbers: a label ("MRN", "member ID", "policy #", "driver's license number is") then a
 * value with at least three digits.
 */
const LABELS: Label[] = [
  {
    type: "mrn",
    trigger: T_MRN,
    always: true,
    re: /\b(?:MRN|MR#|MR\s+no|medical\s+record(?:\s+(?:number|no|num|#|id))?|med\s+rec(?:\s+(?:number|no|#))?|chart\s+(?:number|no|num|#|id)|patient\s+(?:id|number|no|#|account)|pt\s+(?:id|#|no)|hospital\s+(?:number|no|#|id)|encounter\s+(?:number|no|#|id)|visit\s+(?:number|no|#|id)|accession\s+(?:number|no|#)|case\s+(?:id|number|no|#)|fin\s+(?:number|no|#))/gi,
  },
  {
    type: "health-plan",
    trigger: T_PLAN,
    always: true,
    re: /\b(?:member\s+(?:id|number|no|#)|subscriber\s+(?:id|number|no|#)|policy\s+(?:id|number|no|#)|group\s+(?:number|no|#)|insurance\s+(?:id|number|no|#)|medicare\s+(?:id|number|no|#|card\s+number)|medicaid\s+(?:id|number|no|#)|MBI|HICN|beneficiary\s+(?:id|number|no|#)|plan\s+(?:id|number|no|#)|health\s+plan\s+(?:id|number|no|#))/gi,
  },
  {
    type: "account",
    trigger: T_ACCOUNT,
    always: true,
    re: /\b(?:account\s*(?:number|no|num|#)|acct\.?\s*(?:number|no|#)?|billing\s+(?:number|no|#|id)|invoice\s+(?:number|no|#)|routing\s+(?:number|no|#)|bank\s+account)/gi,
  },
  {
    type: "license",
    trigger: T_LICENSE,
    always: false,
    re: /\b(?:driver['’]?s?\s+licen[cs]e(?:\s+(?:number|no|num|#|id))?|DL\s*(?:#|no|number)|licen[cs]e\s+(?:number|no|num|#|id)|certificate\s+(?:number|no|#)|passport\s+(?:number|no|#)|permit\s+(?:number|no|#)|DEA\s+(?:number|no|#))/gi,
  },
  {
    type: "plate",
    trigger: T_PLATE,
    always: false,
    re: /\b(?:licen[cs]e\s+plate(?:\s+(?:number|no|#))?|plate\s+(?:number|no|#)|tag\s+number|registration\s+(?:number|no|plate))/gi,
  },
  { type: "vin", trigger: T_VIN, always: false, re: /\bVIN(?:\s+(?:number|no|#))?/g },
  {
    type: "device",
    trigger: T_DEVICE,
    always: false,
    re: /\b(?:serial\s+(?:number|no|num|#)|S\/N|SN\s*[:#]|device\s+(?:id|number|serial|identifier)|UDI|IMEI|pacemaker\s+(?:serial|id)|implant\s+(?:serial|id|number))/gi,
  },
  {
    type: "phone",
    trigger: T_PHONE_LABEL,
    always: false,
    re: /\b(?:pager|beeper|pg|phone|ph|tel|telephone|cell(?:ular|\s+phone)?|mobile|fax|home|work|office|desk|contact|callback|call\s+back)\s*(?:number|no|num|#)?(?=\s*[:#]|\s*(?:is|at|on)?\s*[+(\d])/gi,
  },
];

const LABEL_VALUE = /^\s*(?:(?:is|was|of|=|:|#|-|–|no\.?|number)\s*){0,3}([A-Z0-9][A-Z0-9-]{2,24}(?:\s[A-Z0-9]{2,6}){0,3})/i;

/** `all` false: only the labels of numbers sensitive anywhere (the others need a patient cue). */
function findLabelled(text: string, push: Push, all: boolean, trig: number): void {
  for (const label of LABELS) {
    if ((!all && !label.always) || (trig & label.trigger) === 0) continue;
    label.re.lastIndex = 0;
    for (let m = label.re.exec(text); m; m = label.re.exec(text)) {
      const after = m.index + m[0].length;
      // "member #IPL2020" is a hashtag, not a labelled number.
      if (text[after - 1] === "#" && /[A-Za-z]/.test(text[after] ?? "")) continue;
      const v = LABEL_VALUE.exec(text.slice(after, after + 60));
      if (!v) continue;
      let value = v[1];
      // Stop at a word that is plainly not part of the number ("MRN 123456 was").
      value = value.replace(/\s+[A-Za-z]{2,}.*$/, (tail) => (/\d/.test(tail.replace(/^\s+[A-Za-z]+/, "")) ? tail : ""));
      const digits = value.replace(/\D/g, "").length;
      if (label.type === "phone") {
        if (digits < 5) continue;
      } else if (digits < 3 && !(label.type === "plate" && value.length >= 5)) continue;
      const s = after + v[0].length - v[1].length;
      const end = s + value.replace(/[-\s]+$/, "").length;
      if (label.type === "phone") {
        // A labelled phone: take the whole number with its separators.
        const ph = /^[+(]?\d[\d\s().\-/]{3,22}\d(?:\s*(?:x|ext\.?)\s*\d{1,5})?/.exec(text.slice(s, s + 40));
        if (!ph) continue;
        const phEnd = s + ph[0].replace(/[\s(-]+$/, "").length;
        if (ph[0].replace(/\D/g, "").length < 5) continue;
        push({ type: "phone", start: s, end: phEnd, prio: 62 });
        continue;
      }
      if (label.type === "vin" && !/^[A-HJ-NPR-Z0-9]{17}$/i.test(value)) continue;
      push({ type: label.type, start: s, end, always: label.always, prio: 80 });
    }
  }
}

/** Medicare Beneficiary Identifiers by shape (CMS MBI format: C A AN N A AN N A A N N). */
function findMbi(text: string, push: Push): void {
  const re = /\b[1-9][AC-HJKMNP-RT-Yac-hjkmnp-rt-y][AC-HJKMNP-RT-Yac-hjkmnp-rt-y0-9]\d-?[AC-HJKMNP-RT-Yac-hjkmnp-rt-y][AC-HJKMNP-RT-Yac-hjkmnp-rt-y0-9]\d-?[AC-HJKMNP-RT-Yac-hjkmnp-rt-y]{2}\d{2}\b/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    // Must mix letters and digits as the format does; upper case only (a real card prints it so).
    if (m[0] !== m[0].toUpperCase()) continue;
    push({ type: "health-plan", start: m.index, end: m.index + m[0].length, always: true, prio: 85 });
  }
}

/** Card numbers: 12-19 digits (optionally grouped by spaces or dashes), a network prefix, Luhn. */
function findCards(text: string, push: Push, needLabel: boolean): void {
  const re = /(?<![\d.,/+-])\d(?:[ -]?\d){11,18}(?![\d])/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const raw = m[0];
    const d = raw.replace(/\D/g, "");
    if (d.length < 12 || d.length > 19) continue;
    // Grouping must be a card's: none, or groups of 4 (Amex 4-6-5).
    if (/[ -]/.test(raw) && !/^\d{4}([ -])\d{4}\1\d{4}(?:\1\d{1,7})?$|^\d{4}([ -])\d{6}\2\d{4,5}$/.test(raw)) continue;
    if (!cardIssuer(d) || !luhn(d)) continue;
    const before = text.slice(Math.max(0, m.index - 20), m.index).toLowerCase();
    if (/\b(?:npi|isbn|pmid|doi|nct|tracking|order|ref|ticket|case|claim)\b[^a-z]*$/.test(before)) continue;
    // In posts, a bare number that happens to pass Luhn is more often a product or order code.
    if (needLabel && !/\b(?:card|cc|visa|mastercard|amex|discover|credit|debit|payment|charge|billing)\b/i.test(text.slice(Math.max(0, m.index - 60), m.index))) continue;
    push({ type: "card", start: m.index, end: m.index + raw.length, always: true, prio: 88 });
  }
}

/** IBANs: country code, check digits, account; verified with ibantools (ISO 13616 mod-97 and length). */
function findIbans(text: string, push: Push): void {
  const re = /\b[A-Z]{2}\d{2}(?:[ ]?[A-Z0-9]){11,30}\b/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    // Drop trailing groups until the checksum holds (a word may follow the number).
    let raw = m[0];
    for (let i = 0; i < 4 && raw.length >= 15; i++) {
      const e = electronicFormatIBAN(raw);
      if (e && isValidIBAN(e)) {
        push({ type: "iban", start: m.index, end: m.index + raw.length, always: true, prio: 88 });
        break;
      }
      raw = raw.replace(/ ?[A-Z0-9]+$/, "");
    }
  }
}

/** IPv4 addresses (not version numbers: "v1.2.3.4"). */
function findIps(text: string, push: Push): void {
  const octet = "(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)";
  const re = new RegExp(`(?<![\\w.])${octet}(?:\\.${octet}){3}(?![\\w]|\\.\\d)`, "g");
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const before = text.slice(Math.max(0, m.index - 12), m.index).toLowerCase();
    if (/(?:v|version|ver\.?|release|build)\s*$/.test(before)) continue;
    push({ type: "ip", start: m.index, end: m.index + m[0].length, prio: 70 });
  }
}

/** VINs by shape and check digit, without a label. */
function findVins(text: string, push: Push): void {
  const re = /\b[A-HJ-NPR-Z0-9]{17}\b/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (!/\d/.test(m[0]) || !/[A-Z]/.test(m[0]) || !validVin(m[0])) continue;
    push({ type: "vin", start: m.index, end: m.index + 17, prio: 75 });
  }
}

/** Emails. `scan` is the text with the URLs of e-mail links restored (Markdown autolinks them). */
function findEmails(scan: string, push: Push): void {
  const re = /[A-Za-z0-9][A-Za-z0-9._%+-]{0,63}@[A-Za-z0-9][A-Za-z0-9.-]{0,252}/g;
  for (let m = re.exec(scan); m; m = re.exec(scan)) {
    let v = m[0].replace(/[.-]+$/, "");
    const at = v.indexOf("@");
    const domain = v.slice(at + 1);
    const tld = /\.([A-Za-z]{2,24})$/.exec(domain);
    if (!tld) continue;
    v = v.slice(0, at + 1 + domain.length);
    push({ type: "email", start: m.index, end: m.index + v.length, prio: 72, value: v });
  }
}

/**
 * Seven digits or more, separated by at most four characters that are neither letters nor line
 * breaks: what libphonenumber's matcher needs before it finds a number worth keeping (at most four
 * punctuation characters between digit groups, seven digits at least). Screens `findPhones`.
 */
const PHONE_SCREEN = /\d(?:[^A-Za-z\d\n]{0,4}\d){6}/;

const PHONE_RUN_RE = /\d(?:[^A-Za-z\d\n]{0,4}\d){6}/g;

/**
 * Whether a phone number found in the text could be reported in `patient` context: a run of seven
 * digits or more has a group of digits (or a "+" or "(" before one) inside a cue's scope where the
 * text before is not the organisation's own contact details. When none has, libphonenumber need not be loaded:
 * a clinic's own number in a reply ("Call us at (555) 201-3344") costs nothing.
 */
function phoneMayCount(text: string, cueAt: (pos: number) => unknown): boolean {
  // Bounded work: past a few dozen places to judge, let libphonenumber decide.
  let budget = 64;
  PHONE_RUN_RE.lastIndex = 0;
  for (let m = PHONE_RUN_RE.exec(text); m; m = PHONE_RUN_RE.exec(text)) {
    const end = m.index + m[0].length;
    for (let p = m.index; p < end; p++) {
      // A number starts a group of digits (libphonenumber's candidates do).
      if (!isDigit(text.charCodeAt(p)) || (p > 0 && isDigit(text.charCodeAt(p - 1)))) continue;
      if (--budget < 0) return true;
      let start = p;
      while (start > 0 && (text[start - 1] === "+" || text[start - 1] === "(")) start--;
      for (const s of start === p ? [p] : [start, p]) {
        if (cueAt(s) !== undefined && !isOrgOwnContact(text, { type: "phone", start: s, end, prio: 0 })) return true;
      }
    }
  }
  return false;
}

/**
 * Characters no candidate of libphonenumber-js's matcher contains: line breaks and the ASCII letters
 * outside its extension words ("ext", "extension", "anexo", "int", "x"). Its candidate pattern
 * (digits, the punctuation it allows between groups, a leading "+" or bracket, an extension) has
 * no class that holds them, and it is case-insensitive without the u flag, where only an ASCII
 * letter matches an ASCII letter.
 */
const PHONE_CUT = new Uint8Array(128);
for (const c of "bcdfghjklmpqruvwyzBCDFGHJKLMPQRUVWYZ\n\r") PHONE_CUT[c.charCodeAt(0)] = 1;

/** The digits libphonenumber-js reads (Unicode decimal digits), and its plus signs. */
const PHONE_DIGIT = /\p{Nd}/gu;
const PHONE_PLUS = /[+\uFF0B]/;

/**
 * Whether libphonenumber-js's `parseAndVerify` must fail on `candidate`: no plus sign and fewer than
 * seven digits, extension included. With US as the default country such a number is never
 * possible (a national number needs 10 digits, 7 for a local one; an international one dialled
 * with 011 needs more), and neither is any part of it the matcher tries next. Skipping the parse
 * of these (most candidates: doses, years, counts) changes nothing the matcher returns.
 */
function cannotBePhone(candidate: string): boolean {
  if (PHONE_PLUS.test(candidate)) return false;
  PHONE_DIGIT.lastIndex = 0;
  let n = 0;
  while (PHONE_DIGIT.exec(candidate) !== null) if (++n >= 7) return false;
  return true;
}

/**
 * libphonenumber-js's `findNumbers(text, { defaultCountry: "US", v2: true, leniency })`, restricted
 * to the numbers with seven ASCII digits or more (the only ones `findPhones` keeps), found at a
 * fraction of the cost. The text is cut at characters no candidate contains (`PHONE_CUT`): the
 * matcher's search starts afresh past each of them, and it looks at one character either side of
 * a candidate and at three after it, so each stretch between two cuts, searched with the cut
 * characters around it, gives the same numbers as the whole text. Only stretches with seven ASCII
 * digits are searched, and parses that must fail are skipped (`cannotBePhone`); ParseErrors, which
 * the library throws and catches for every candidate it rejects, are built without a stack trace.
 */
export function findPhoneNumbers(text: string, leniency: "POSSIBLE" | "VALID"): PhoneMatch[] {
  const Matcher = phoneLib().PhoneNumberMatcher;
  const out: PhoneMatch[] = [];
  const stackLimit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    const search = (s: number, e: number): void => {
      const m = new Matcher(text.slice(s, e), { defaultCountry: "US", v2: true, leniency });
      const verify = m.parseAndVerify;
      const inner = m.extractInnerMatch;
      m.parseAndVerify = function (this: Matcher, c, o, t) {
        return cannotBePhone(c) ? undefined : verify.call(this, c, o, t);
      };
      m.extractInnerMatch = function (this: Matcher, c, o, t) {
        return cannotBePhone(c) ? undefined : inner.call(this, c, o, t);
      };
      while (m.hasNext()) {
        const f = m.next();
        out.push({ startsAt: f.startsAt + s, endsAt: f.endsAt + s, number: f.number });
      }
    };
    // Stretches between cut characters, each searched with the cuts either side; a run of
    // stretches to search is searched at once (from the cut before the first to the cut after
    // the last).
    const n = text.length;
    let from = 0; // the cut before the current stretch (0 at the start of the text)
    let digits = 0;
    let runStart = -1; // start of the pending run of stretches to search
    for (let i = 0; i <= n; i++) {
      const c = i < n ? text.charCodeAt(i) : -1;
      if (c >= 48 && c <= 57) {
        digits++;
        continue;
      }
      if (c >= 0 && (c >= 128 || PHONE_CUT[c] === 0)) continue;
      // A cut at i (or the end): the stretch [from, i] is complete.
      if (digits >= 7) {
        if (runStart < 0) runStart = from;
      } else if (runStart >= 0) {
        search(runStart, from + 1);
        runStart = -1;
      }
      from = i;
      digits = 0;
    }
    if (runStart >= 0) search(runStart, n);
  } finally {
    Error.stackTraceLimit = stackLimit;
  }
  return out;
}

/** Phone numbers: libphonenumber-js (valid numbers for the US and in international format). */
function findPhones(text: string, push: Push, lenient: boolean): void {
  if (!/\d{3}/.test(text)) return;
  const found = findPhoneNumbers(text, lenient ? "POSSIBLE" : "VALID");
  for (const f of found) {
    const raw = text.slice(f.startsAt, f.endsAt);
    const digits = raw.replace(/\D/g, "");
    // Plain runs of digits are more often counts, codes or IDs than phones.
    if (!/[\s().+/-]/.test(raw) && !(lenient && digits.length >= 10)) continue;
    if (digits.length < 7) continue;
    if (raw.includes("/") && !/^\(?\d{3}\)?\/\d{3}\/\d{4}$/.test(raw)) continue;
    if (/[/.]\d*$/.test(text.slice(Math.max(0, f.startsAt - 3), f.startsAt)) || /^[/.]\d/.test(text.slice(f.endsAt, f.endsAt + 2))) continue;
    if (lenient && !f.number.isValid() && !/^\+/.test(raw) && digits.length < 10) continue;
    if (notAPhone(text, f.startsAt, f.endsAt)) continue;
    push({ type: "phone", start: f.startsAt, end: f.endsAt, prio: 60, value: raw });
  }
}

/**
 * Phone numbers in clinical-note and contact-card shapes that libphonenumber cannot place without a
 * country: 3-3-4 / 3-4 groups and numbers followed by "office", "fax", "mobile".
 */
/** Lab values, vent settings and time ranges share a phone's digits: "169-33-7.38", "0700-1400". */
function notAPhone(text: string, s: number, e: number): boolean {
  const v = text.slice(s, e);
  if (/[-/.]$/.test(text.slice(Math.max(0, s - 1), s)) && /\d/.test(text[s - 2] ?? "")) return true;
  if (/^(?:[-/]\d|\.\d)/.test(text.slice(e, e + 2))) return true;
  if (/^([01]\d|2[0-3])[0-5]\d\s*-\s*([01]\d|2[0-3])[0-5]\d$/.test(v)) return true;
  // Ranges ("800-1000", "900-1300") and lab strings mixing dots and dashes ("7.35-39-142").
  const range = /^(\d{2,4})\s*-\s*(\d{2,4})$/.exec(v);
  if (range && Number(range[1]) < Number(range[2])) return true;
  if (/\d\.\d/.test(v) && /\d-\d/.test(v)) return true;
  return false;
}

function findPhoneShapes(text: string, push: Push, any: boolean): void {
  const add = (s: number, raw: string): void => {
    const v = raw.replace(/[\s(.-]+$/, "");
    const digits = v.replace(/\D/g, "").length;
    if (digits < 6 || digits > 15) return;
    if (notAPhone(text, s, s + v.length)) return;
    push({ type: "phone", start: s, end: s + v.length, prio: 58 });
  };
  // After words that announce a number: "call me on", "They're not answering at", "messages to".
  const cued = /\b(?:call\s+(?:me|him|her|them)\s+(?:on|at)|answering\s+at|messages\s+to|reach\s+(?:me|him|her|them)\s+(?:at|on)|text\s+(?:me|him|her|them)\s+(?:at|on)|contact\s+(?:me|him|her|them)\s+(?:at|on)|(?:my|his|her|their)\s+(?:cell|mobile|phone|number|home\s+phone|work\s+phone)(?:\s+number)?\s+is|number\s+is)\s*:?\s*/gi;
  for (let m = cued.exec(text); m; m = cued.exec(text)) {
    const s = m.index + m[0].length;
    const ph = /^\+?\(?\d[\d\s().\-/]{4,20}\d/.exec(text.slice(s, s + 30));
    if (ph) add(s, ph[0]);
  }
  // Before a label: "416 60 039 office", "(37) 788-063-Office".
  const suffixed = /(?<![\w/.-])\+?\(?\d[\d\s().-]{4,20}\d(?=\s*-?\s*(?:office|fax|mobile|cell|home|work|desk)\b)/gi;
  for (let m = suffixed.exec(text); m; m = suffixed.exec(text)) add(m.index, m[0]);
  if (!any) return;
  // Audits: US shapes and grouped international numbers without a country.
  const us = /(?<![\w/.-])(?:\+?\d{1,3}[\s.-])?\(?\d{3}\)?[\s./-]?\d{3}[\s.-]\d{4}(?![\w/-]|\.\d)/g;
  for (let m = us.exec(text); m; m = us.exec(text)) add(m.index, m[0]);
  const grouped = /(?<![\w/.:,-])\+?(?:\(\d{1,4}\)|\d{2,5})(?:[ .-]\(?\d{2,4}\)?){1,4}(?![\w/:%]|[.,-]\d)/g;
  for (let m = grouped.exec(text); m; m = grouped.exec(text)) {
    const raw = m[0];
    const digits = raw.replace(/\D/g, "");
    if (digits.length < 7 || digits.length > 13) continue;
    if (/^(?:19|20)\d{2}[-.]\d{1,2}[-.]\d{1,2}$/.test(raw)) continue;
    // Counts and measurements use one separator style and a unit; phones mix groups.
    if (/^\d{1,3}(?:,\d{3})+$/.test(raw) || /^\d+(?: \d{3})+$/.test(raw) && digits.length > 10) continue;
    if (!/[ .-]/.test(raw)) continue;
    const groups = raw.split(/[ .-]+/).filter(Boolean).length;
    if (groups < 3 && !(/ /.test(raw) && digits.length >= 7)) continue;
    add(m.index, raw);
  }
}

// ----- dates

const MONTH_NAME =
  "(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)";
const DAY = "(?:[12]\\d|3[01]|0?[1-9])(?:st|nd|rd|th)?";
const DATE_RES: RegExp[] = [
  // Month 14, Month 14th, 2024, Mon. 14
  new RegExp(`\\b${MONTH_NAME}\\.?\\s+${DAY}(?!\\d|\\s*(?:%|mg|ml|kg|lb|am|pm|min|hours?|days?|weeks?|months?|years?)\\b)(?:,?\\s+(?:19|20)\\d{2})?\\b`, "gi"),
  // 14 March, 14th of March 2024
  new RegExp(`\\b${DAY}(?:\\s+of)?\\s+${MONTH_NAME}\\b\\.?(?:,?\\s+(?:19|20)\\d{2}\\b)?`, "gi"),
  // March 2024, MARCH OF 1993
  new RegExp(`\\b${MONTH_NAME}\\.?,?\\s+(?:of\\s+)?(?:19|20)\\d{2}\\b`, "gi"),
  // 2024-03-14
  /\b(?:19|20)\d{2}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])\b/g,
  // 3/14/2024, 03-14-24, 14.03.2024
  /(?<![\d/:])(?<!\d[.-])(\d{1,2})([/.-])(\d{1,2})\2(\d{4}|\d{2})(?![\d/]|\.\d|-\d)/g,
  // 3/14, 12/93 (month and year)
  /(?<![\d/:])(?<!\d[.-])(\d{1,2})\/(\d{1,2})(?![\d/]|\.\d|-\d|\s*(?:%|mg|ml|mcg|tab|tabs|cups?|tsp|tbsp|inch|in\b|miles?|doses?|strength|ns|of\b|hours?|hrs?|days?|wks?|weeks?|times|x\b|people|patients|adults|kids|children|women|men|doctors|americans|deaths|cases))/gi,
];
const MONTH_WORDS_LOWER_OK = /^(?:jan|feb|apr|jun|jul|aug|sep|oct|nov|dec)/i;
/** "may 16, 2015" in a lower-case note: with a day and a year it is a date. */
const FULL_DATE_TAIL = /\d{1,2}(?:st|nd|rd|th)?,?\s+(?:19|20)\d{2}$/;

function findDates(text: string, push: Push): void {
  for (let i = 0; i < DATE_RES.length; i++) {
    const re = DATE_RES[i];
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const v = m[0];
      if (i <= 2) {
        const month = /[A-Za-z]+/.exec(i === 1 ? v.replace(/^\d+\w*\s+(?:of\s+)?/, "") : v)?.[0] ?? "";
        // "may 5" and "march 4" in lower case are more often verbs; other month names may be lower case in notes.
        if (month[0] === month[0].toLowerCase() && !MONTH_WORDS_LOWER_OK.test(month) && !FULL_DATE_TAIL.test(v)) continue;
        if (/^(?:Mar|May)$/.test(month) && i === 1 && !/\d/.test(v.slice(-4))) {
          // "5 May" is fine; "2 mar" in lower case was skipped above.
        }
      }
      if (i === 4) {
        const a = Number(m[1]);
        const b = Number(m[3]);
        const okUs = a >= 1 && a <= 12 && b >= 1 && b <= 31;
        const okEu = b >= 1 && b <= 12 && a >= 1 && a <= 31;
        if (!okUs && !okEu) continue;
        // "1.5.20" versions read as dates only with a 4-digit year; "3-24-17" is a date.
        if (m[2] === "." && m[4].length !== 4) continue;
        // Ventilator settings "600x16/5/40%" are not dates.
        if (/^\s*%/.test(text.slice(m.index + v.length, m.index + v.length + 3)) || /[xX×]\s*$/.test(text.slice(Math.max(0, m.index - 2), m.index))) continue;
      }
      if (i === 5) {
        const a = Number(m[1]);
        const b = Number(m[2]);
        if (a < 1 || a > 12 || b < 1) continue;
        // Month and two-digit year: "12/93", "8/87" (no day is above 31).
        if (b > 31 && m[2].length !== 2) continue;
        const after = text.slice(m.index + v.length, m.index + v.length + 12);
        const timeAfter = /^\s*(?:@\s*)?(?:\d{4}\b|\d{1,2}(?::\d{2})?\s*(?:am|pm|a\.m|p\.m)\b|am\b|pm\b|eve|noc|night|morning|afternoon)/i.test(after);
        // Common fractions and scores ("1/2 tab", "3/4", "9/10 patients", "24/7").
        if (b <= 8 && a < b && [2, 3, 4, 8].includes(b) && !/\b(?:on|since|from|dated?|until|of|dob|born|admitted|discharged|seen|visit(?:ed)?)\s*:?\s*$/i.test(text.slice(Math.max(0, m.index - 14), m.index))) continue;
        if (a === 10 && b === 10 && /\bscale|pain\b/i.test(text.slice(Math.max(0, m.index - 25), m.index))) continue;
        const before = text.slice(Math.max(0, m.index - 12), m.index);
        // Pain scores, strength, murmur grades, culture bottles: "CP 4/10", "3/6 SEM", "4/4 bottles".
        if (/^\s*(?:peep|cm|sem|murmur|bottles?|strength|scale|pain|angina|cp\b|ps\b|%)/i.test(after)) continue;
        if (/\b(?:pain|rating|rated|rates|cp|angina|grade|strength|perrla|perla|murmur|sem|bottles?|score)\b[^.\n]{0,20}$/i.test(text.slice(Math.max(0, m.index - 24), m.index)) && !/\b(?:on|since|dated?)\s*$/i.test(before)) continue;
        if (a === b && a <= 5) continue;
        if (!timeAfter) {
          if (/(?:bp|b\/p|pressure|ratio|score|grade|strength|apgar|gcs|\bx|\d\s*[-–])\s*:?\s*$/i.test(before)) continue;
          // Ventilator settings ("PS 10/5", "weaned to 8/5") are pressures, not dates.
          if (/\b(?:ps|psv|peep|cpap|bi-?pap|ipap|epap|settings?|simv|imv|prvc|mask|ac|(?:down|back|up)\s+to|wean(?:ed|ing)?\s+to)\s*(?:of|at|on|=|:)?\s*$/i.test(text.slice(Math.max(0, m.index - 24), m.index))) continue;
          // "1 1/2", "120 80/..." but not a time before the date ("0330 3/7") nor a count ("x 2 8/15").
          if (/(?:^|\s)\d{1,3}\s+$/.test(before) && !/x\s*\d{1,2}\s+$/i.test(before)) continue;
        }
      }
      push({ type: "date", start: m.index, end: m.index + v.length, prio: 50 });
    }
  }
}

/** A date right after a date-of-birth label is a date of birth (sensitive anywhere). */
const DOB_STRICT = /\b(DOB|D\.O\.B|date\s+of\s+birth|birth\s?date)\b/i;
const DOB_LABEL = /\b(?:DOB|D\.O\.B\.?|date\s+of\s+birth|birth\s?date|birthday|born(?:\s+on)?|b\.)\s*(?:is|was|:|-|–)?\s*$/i;

// ----- ages over 89

const NUM_WORD_UNITS: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9 };
const AGE_NUM = "(?:9\\d|1[01]\\d)";
const AGE_WORDS = "(?:ninety(?:[\\s-](?:one|two|three|four|five|six|seven|eight|nine))?|(?:one|a)\\s+hundred(?:\\s+(?:and\\s+)?(?:one|two|three|four|five|six|seven|eight|nine|ten))?)";
const AGE_RES: RegExp[] = [
  new RegExp(`\\b(${AGE_NUM}|${AGE_WORDS})(?:\\s*-\\s*|\\s+)(?:years?|yrs?|y)(?:\\s*-\\s*|\\s+)old\\b(?!s)`, "gi"),
  new RegExp(`\\b(${AGE_NUM})\\s*(?:yo|y\\/o|y\\.o\\.?|yoa|yr\\.?\\s*old|y(?=\\s*(?:m|f|male|female|man|woman)\\b))(?![\\w/])`, "gi"),
  new RegExp(`\\b(${AGE_NUM}|${AGE_WORDS})\\s+years?\\s+(?:of\\s+age|young)\\b`, "gi"),
  new RegExp(`\\b(?:aged?|age:|turned|turns|turning|will\\s+be|is\\s+now|celebrat(?:ed|es|ing))\\s+(${AGE_NUM}|${AGE_WORDS})\\b(?!\\s*(?:\\+|%|and\\s+(?:older|over|up|above)|or\\s+(?:older|over|more)|years?\\s+(?:and|or)\\s+(?:older|over)|-?\\s*(?:to|–|-)\\s*\\d))`, "gi"),
  new RegExp(`\\b(${AGE_NUM})(?:st|nd|rd|th)\\s+birthday\\b`, "gi"),
  /\b(ninet(?:ieth|y-(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth))|(?:one\s+)?hundredth|hundred-and-(?:first|second|third|fourth|fifth))\s+birthday\b/gi,
];

function ageValue(s: string): number {
  const t = s.toLowerCase();
  if (/^\d+$/.test(t)) return Number(t);
  if (t.startsWith("ninet")) {
    const unit = /[\s-](one|two|three|four|five|six|seven|eight|nine)/.exec(t);
    return 90 + (unit ? NUM_WORD_UNITS[unit[1]] : 0);
  }
  if (t.includes("hundred")) return 100;
  return 0;
}

function findAges(text: string, push: Push): void {
  for (const re of AGE_RES) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const n = m[1] ? ageValue(m[1]) : 100;
      if (m[1] && n <= 89 && !/ninet|hundred/i.test(m[1])) continue;
      // "patients aged 90 and older", "people over 95", "the over-90s": categories, not a person's age.
      const before = text.slice(Math.max(0, m.index - 30), m.index).toLowerCase();
      if (/\b(?:over|above|under|older\s+than|younger\s+than|between|ages|from|those|people|adults|patients|residents|men|women|aged\s+\d+\s*(?:to|-|–))\s*$/.test(before)) continue;
      push({ type: "age", start: m.index, end: m.index + m[0].length, prio: 55 });
    }
  }
}

// ----- addresses and ZIP codes

const SUFFIX_ALT = [...STREET_SUFFIX].sort((a, b) => b.length - a.length).join("|");
const STREET_RE = new RegExp(
  `(?<![\\w.,])(\\d{1,6}(?:\\s\\d{1,6})?[A-Za-z]?(?:-\\d{1,4})?)\\s+((?:[NSEW]\\.?\\s+|(?:North|South|East|West)\\s+)?(?:(?:\\d{1,3}(?:st|nd|rd|th)|[\\p{L}][\\p{L}'’.-]*)\\s+){1,4}?)(${SUFFIX_ALT})\\b\\.?`,
  "giu",
);
const UNIT_WORDS = toSet(["mg", "mcg", "g", "kg", "lb", "lbs", "ml", "cc", "l", "hr", "hrs", "h", "min", "mins", "am", "pm", "yr", "yrs", "year", "years", "old", "day", "days", "wk", "wks", "week", "weeks", "month", "months", "iv", "po", "im", "sq", "sc", "units", "u", "meq", "mmol", "mm", "cm", "in", "ft", "mph", "times", "x", "percent", "people", "patients", "of", "and", "or", "the", "to", "from", "with", "at", "on", "by", "for"]);
const UNIT_RE = /^(?:,?[ \t]*|,?[ \t]*\r?\n[ \t]*(?:[>?*|]{1,4}[ \t]*)?)(?:(?:Apt|Apartment|Suite|Ste|Unit|Fl|Floor|Bldg|Building|Room|Rm|#)\.?\s*#?\s*[A-Za-z]?\d{1,5}[A-Za-z]?)/i;
const CITY_STATE_ZIP_RE = /^,?\s*(?:[\p{L}][\p{L}'’.-]*\s+){0,3}?[\p{L}][\p{L}'’.-]*,?\s+([A-Z]{2})\.?,?\s+(\d{5}(?:-\d{4})?)\b/u;
const FOREIGN_RE = new RegExp(
  `(?<![\\w])(?:(\\d{1,6})\\s+)?((?:[\\p{Lu}][\\p{L}'’.-]*\\s+){0,3}(?:[\\p{L}'’-]*(?:${[...FOREIGN_STREET].filter((w) => w.length >= 3).join("|")})|(?:${[...FOREIGN_STREET].join("|")})\\.?(?:\\s+[\\p{L}][\\p{L}'’.-]*){1,4}?))\\s+(\\d{1,5}[A-Za-z]?\\.?)(?![\\d/:])`,
  "giu",
);
/**
 * What FOREIGN_RE cannot match without, as a plain alternation that compiles and runs far faster: a
 * suffix street word right before the number, or a street word of its own after a non-word character.
 */
const FOREIGN_SCREEN = new RegExp(
  `(?:${[...FOREIGN_STREET].filter((w) => w.length >= 3).join("|")})\\s+\\d|(?<![\\w])(?:${[...FOREIGN_STREET].join("|")})\\.?\\s`,
  "iu",
);
/** What ADDRESS_CUE_RE cannot match without (its alternatives' first words, as prefixes). */
const ADDRESS_CUE_SCREEN = /\b(?:address|return|liv|resides|moved|located|is\s+at|send|sent|stop|drop|meet|arrived|the\s+corner|deliver|ship|here)/iu;
const CITY_STATE_ZIP_LINE_RE = new RegExp(`\\b([A-Z][a-z]+(?:\\s[A-Z][a-z]+){0,2}),\\s+(${[...STATES].join("|")})\\s+(\\d{5}(?:-\\d{4})?)\\b`, "g");
const MILITARY_RE = /\b(?:(?:PSC|CMR|Unit)\s+\d{3,5},?\s+Box\s+\d{1,5}(?:\s*\n?\s*(?:APO|FPO|DPO)\s+(?:AA|AE|AP)\s+\d{5})?|(?:APO|FPO|DPO)\s+(?:AA|AE|AP)\s+\d{5}|P\.?\s?O\.?\s+Box\s+\d{1,6})/gi;
const ADDRESS_CUE_RE = /\b(?:(?:home\s+|mailing\s+|street\s+|new\s+|billing\s+|shipping\s+|delivery\s+)?address(?:es)?(?:\s+of\s+[^.\n:]{1,60}?)?(?:\s+is|\s+are|:|\s+to|\s+with)|return\s+(?:it\s+|this\s+|them\s+)?to|lives\s+(?:at|on)|live\s+(?:at|on)|living\s+at|resides\s+at|moved\s+to|located\s+at|is\s+at|send\s+(?:it|this|them)?\s*to|sent\s+to|stop\s+at|drops?\s+(?:you|me)\s+off\s+at|meet\s+(?:me|us)\s+at|arrived\s+at|the\s+corner\s+of|delivered\s+to|deliver\s+to|ship\s+to|here\s+they\s+are:|here'?s\s+[\p{L}'’]+\s+address:?)\s*/giu;
const ZIP_LABEL_RE = /\b(?:ZIP|zip\s*code|postal\s+code|postcode)\s*(?:is|:|#)?\s*(\d{4,5}(?:-\d{3,4})?(?:\s?[A-Z]{2}\b)?|\d{3}(?:xx|XX|\*\*)?)(?![\w*])/gi;
/** A contact block: house number, street name, number ("20789 Allika 46", "0547 Bygget 91"). */
const BLOCK_RE = /(?<![\w.,/:-])(\d{1,6})\s+((?:\p{Lu}[\p{L}'’.-]*\s+){1,3})(\d{1,5}[A-Za-z]?\.?)(?=[ \t]*(?:\r?\n|,|$|\s+(?:Apt|Suite|Ste|Unit)\b))/gu;
const ZIP3_MASKED_RE = /\b(\d{3})(?:xx|XX|\*\*)\b/g;

function findAddresses(text: string, push: Push): void {
  const found = new IntervalSet();
  const add = (s: number, e: number, type: IdentifierType = "address", prio = 65): void => {
    if (!found.overlaps(s, e)) found.add(s, e);
    push({ type, start: s, end: e, prio });
  };
  STREET_RE.lastIndex = 0;
  for (let m = STREET_RE.exec(text); m; m = STREET_RE.exec(text)) {
    const suffix = m[3];
    const name = m[2].trim();
    const words = name.split(/\s+/);
    // The street's name: capitalised words (or all one case in notes), not a count ("3 ways").
    const lowerSuffix = suffix.toLowerCase().replace(/\.$/, "");
    if (AMBIGUOUS_STREET_SUFFIXES.has(lowerSuffix) && !/^\p{Lu}\p{Ll}+\.?$/u.test(suffix)) continue;
    if (words.some((w) => UNIT_WORDS.has(w.toLowerCase().replace(/[.']+$/, "")) || NOTE_WORDS.has(w.toLowerCase()))) continue;
    // In mixed-case text a street's name is in Title case ("12 Elm St"), not capitals ("96-120 AFIB").
    if (styleOf(text, Math.max(0, m.index - 40), Math.min(text.length, m.index + 80)) === "mixed" && words.some((w) => /^\p{Lu}{2,}$/u.test(w)) && !/^\p{Lu}+$/u.test(suffix)) continue;
    if (styleOf(text, Math.max(0, m.index - 40), Math.min(text.length, m.index + 80)) !== "mixed" && (AMBIGUOUS_STREET_SUFFIXES.has(lowerSuffix) || (lowerSuffix.length <= 3 && !/^[.,]/.test(text.slice(m.index + m[0].length - (m[0].endsWith(".") ? 1 : 0)))))) continue;
    if (!words.every((w) => /^(?:\d|[NSEW]\.?$|\p{Lu})/u.test(w)) && !(name === name.toLowerCase() && !AMBIGUOUS_STREET_SUFFIXES.has(lowerSuffix))) continue;
    if (words.some((w) => FUNCTION_WORDS.has(w.toLowerCase()) && !/^[NSEW]\.?$/.test(w))) continue;
    if (lowerSuffix === "dr" && /^\s*\.?\s*\p{Lu}/u.test(text.slice(m.index + m[0].length, m.index + m[0].length + 3)) && !m[0].endsWith(".")) {
      // "12 Main Dr Smith" is odd; keep it, a street then a name.
    }
    let end = m.index + m[0].length;
    end = extendAddress(text, end);
    add(m.index, end);
  }
  FOREIGN_RE.lastIndex = 0;
  for (let m = FOREIGN_SCREEN.test(text) ? FOREIGN_RE.exec(text) : null; m; m = FOREIGN_RE.exec(text)) {
    const s = m.index;
    if (found.overlaps(s, m.index + m[0].length)) continue;
    const streetPart = m[2];
    if (styleOf(text, Math.max(0, m.index - 40), Math.min(text.length, m.index + 80)) === "upper") continue;
    if (streetPart.split(/\s+/).some((w) => NOTE_WORDS.has(w.toLowerCase()) || UNIT_WORDS.has(w.toLowerCase()))) continue;
    // The street word must be a word of its own or end the first capitalised word (Koskikatu).
    if (!/\p{Lu}/u.test(streetPart[0]) && !/^(?:rue|calle|via|ul|u|rua|avenida|piazza|viale|corso)\b/i.test(streetPart)) continue;
    let end = m.index + m[0].length;
    end = extendAddress(text, end);
    add(s, end);
  }
  BLOCK_RE.lastIndex = 0;
  for (let m = BLOCK_RE.exec(text); m; m = BLOCK_RE.exec(text)) {
    const s = m.index;
    const e = s + m[0].length;
    if (found.overlaps(s, e)) continue;
    const words = m[2].trim().split(/\s+/);
    if (words.some((w) => { const lw = w.toLowerCase().replace(/[.']+$/, ""); return ORG_WORDS.has(lw) || NOTE_WORDS.has(lw) || UNIT_WORDS.has(lw) || MONTHS.has(lw) || FUNCTION_WORDS.has(lw); })) continue;
    if (words.every((w) => commonLevel(w.toLowerCase()) <= 35)) continue;
    if (styleOf(text, Math.max(0, s - 40), Math.min(text.length, e + 40)) === "upper") continue;
    add(s, extendAddress(text, e));
  }
  MILITARY_RE.lastIndex = 0;
  for (let m = MILITARY_RE.exec(text); m; m = MILITARY_RE.exec(text)) {
    if (found.overlaps(m.index, m.index + m[0].length)) continue;
    add(m.index, extendAddress(text, m.index + m[0].length));
  }
  // Free-form addresses after an address cue ("lives at", "address is"): up to the line's end.
  ADDRESS_CUE_RE.lastIndex = 0;
  for (let m = ADDRESS_CUE_SCREEN.test(text) ? ADDRESS_CUE_RE.exec(text) : null; m; m = ADDRESS_CUE_RE.exec(text)) {
    const s = m.index + m[0].length;
    if (found.overlaps(s, s + 1)) continue;
    const rest = text.slice(s, s + 160);
    const line = /^[^\n?!]*?(?=[?!]|\.\s|\n|$)/.exec(rest)?.[0] ?? "";
    if (!/\d/.test(line) || line.trim().length < 5) continue;
    // A street name and a number; not "arrived at 3 pm".
    if (/^\s*\d{1,2}(?::\d{2})?\s*(?:am|pm|a\.m|p\.m|o'clock)\b/i.test(line)) continue;
    if (!/\p{L}{3,}/u.test(line)) continue;
    // What follows must look like an address: it starts with a house number, a box, or names a
    // street; weak cues ("sent to", "return to", "arrived at") need the house number.
    const weak = /^(?:send|sent|return|stop|drop|meet|arrived|is\s+at|delivered|deliver|ship)/i.test(m[0].trim());
    const numbered = /^\s*(?:\d{1,6}[A-Za-z]?\s+(?:\d{1,4}\s+)?\p{L}|P\.?\s?O\.?\s+Box|PSC|CMR|the\s+corner\s+of)/iu.test(line);
    const streetWord = line.split(/[\s,.]+/).some((w) => STREET_SUFFIX.has(w.toLowerCase()) || FOREIGN_STREET.has(w.toLowerCase())) || /\p{Lu}[\p{L}-]+\s+\d{1,5}[A-Za-z]?\.?\s*(?:,|$)/u.test(line);
    if (!(numbered || (!weak && streetWord))) continue;
    if (styleOf(text, s, Math.min(text.length, s + 80)) === "upper" && !numbered) continue;
    if (line.split(/[\s,]+/).some((w) => !FOREIGN_STREET.has(w.toLowerCase()) && !STREET_SUFFIX.has(w.toLowerCase()) && (NOTE_WORDS.has(w.toLowerCase()) || (UNIT_WORDS.has(w.toLowerCase()) && !/^(?:and|of|the|to|at|on|by|for|u)$/i.test(w))))) continue;
    const lineEnd = s + line.replace(/[\s,.]+$/, "").length;
    add(s, extendAddress(text, lineEnd));
  }
  // Unit lines on their own ("Apt. 675"), labelled ZIPs, City, ST 12345.
  const unitRe = /\b(?:Apt|Apartment|Suite|Ste|Unit)\.?\s*#?\s*\d{1,5}[A-Za-z]?\b/g;
  for (let m = unitRe.exec(text); m; m = unitRe.exec(text)) {
    if (found.overlaps(m.index, m.index + m[0].length)) continue;
    add(m.index, m.index + m[0].length, "address", 63);
  }
  const cszRe = CITY_STATE_ZIP_LINE_RE;
  cszRe.lastIndex = 0;
  for (let m = cszRe.exec(text); m; m = cszRe.exec(text)) {
    const zs = m.index + m[0].length - m[3].length;
    if (found.overlaps(zs, zs + m[3].length)) continue;
    add(zs, zs + m[3].length, "zip", 64);
  }
  ZIP_LABEL_RE.lastIndex = 0;
  for (let m = ZIP_LABEL_RE.exec(text); m; m = ZIP_LABEL_RE.exec(text)) {
    const v = m[1];
    const s = m.index + m[0].length - v.length;
    // A 3-digit prefix is allowed unless its area is small (HHS's restricted list).
    if (/^\d{3}(?:xx|\*\*)?$/i.test(v) && !ZIP3.has(v.slice(0, 3))) continue;
    add(s, s + v.length, "zip", 64);
  }
  ZIP3_MASKED_RE.lastIndex = 0;
  for (let m = ZIP3_MASKED_RE.exec(text); m; m = ZIP3_MASKED_RE.exec(text)) {
    if (!ZIP3.has(m[1])) continue;
    if (found.overlaps(m.index, m.index + m[0].length)) continue;
    add(m.index, m.index + m[0].length, "zip", 64);
  }
}

/**
 * An address goes on past its street line: units, "City, ST 12345", and in a contact block the
 * next short lines (city, country and postcode).
 */
function extendAddress(text: string, end: number): number {
  for (let guard = 0; guard < 8; guard++) {
    const rest = text.slice(end, end + 120);
    const unit = UNIT_RE.exec(rest);
    if (unit) {
      end += unit[0].length;
      continue;
    }
    const csz = CITY_STATE_ZIP_RE.exec(rest);
    if (csz && STATES.has(csz[1])) {
      end += csz[0].length;
      continue;
    }
    // Same line: ", City" or " City" up to the end of the line when the rest is short and plain.
    // A sentence may go on after the city: "She lives at 42 Linden Street, Springfield. SSN ...".
    const sameLine = /^(?:,\s*|\s+)([^\n,.;:!?()@]{2,40})(?=\n|$|[,.]\s*\n|[,.]?\s*$|\.\s+[A-Z])/.exec(rest);
    if (sameLine && /^\p{Lu}/u.test(sameLine[1]) && sameLine[1].split(/\s+/).length <= 5) {
      end += sameLine[0].length;
      continue;
    }
    // Next line(s) of a contact block: short, no sentence punctuation, not a label.
    const next = /^[ \t,]*\r?\n(?:[ \t>?*|]*\r?\n)?[ \t]*(?:[>?*|]{1,4}[ \t]*)?([^\n]{2,45})/.exec(rest);
    if (next) {
      const line = next[1].trim();
      const words = line.split(/\s+/);
      const looksLikeCity = /^(?:,\s*)?[\p{Lu}\d]/u.test(line) && words.length <= 5 && !/[:@?!]|https?|www\.|\d{3}[\s.-]\d{3}/.test(line) && !/[.]\s/.test(line);
      const hasPostcode = /\b\d{4,5}\b/.test(line) || /^(?:,\s*)?[A-Z]{2}$/.test(line);
      const isCityLine = looksLikeCity && (hasPostcode || words.length <= 3);
      if (isCityLine && !/^(?:Phone|Fax|Mobile|Tel|E-?mail|Website|Desk|Office|Personal|Address|Name|Date)\b/i.test(line)) {
        end += next[0].length;
        continue;
      }
    }
    break;
  }
  return end;
}

// ----- names

interface NameSpan {
  start: number;
  end: number;
  /** How it was recognised: decides what a name needs in `patient` context. */
  how: "honorific" | "relation" | "label" | "greeting" | "speaker" | "lexicon" | "list" | "nlp" | "patient";
  /** A clinician or staff member (never flagged in `patient` context). */
  clinician?: boolean;
  publicFigure?: boolean;
  relative?: boolean;
}

const LABEL_BEFORE_NAME = /\b(?:(?:my|his|her|their|your|the|pt'?s|patient'?s)\s+(?:full\s+|first\s+|last\s+|maiden\s+)?name\s+(?:is|was)|name\s*[:=]|named|nicknamed|(?:this|it)\s+is|i'?m|i\s+am|under|(?:it|this)\s+to|speak\s+(?:to|with)|talk\s+(?:to|with)|spoke\s+(?:to|with)|spoken\s+(?:to|with)|talked\s+(?:to|with)|follow\s+up\s+with|contact(?:ed)?|contact\s+person|spokes\s?person(?:\s+is)?|proxy\s+is|hcp\s+is|(?:last|first)\s+name\??|updated|update|called|paged|ask\s+for|accompanied\s+by|shouted\s+at|between\s+(?:him|her)\s+and|from|says|said|asks|asked|told|starring|directed\s+by|written\s+by|produced\s+by|featuring|according\s+to|(?:people\s+|everyone\s+|they\s+)?calls?\s+me|known\s+as|aka|by|meet|introducing|(?:user|customer|caller|client|me)\s*:)\s*[,:-]?\s*$/i;
const GREETING_BEFORE_NAME = /(?:^|[\s(])(?:hi|hello|hey|dear|thanks|thank\s+you|congrats|congratulations|happy\s+(?:\d+(?:st|nd|rd|th)\s+|[a-z]+(?:st|nd|rd|th)\s+)?birthday(?:\s+to)?|happy\s+anniversary|welcome(?:\s+back)?|welcome\s+home|goodbye|bye|rip|rest\s+in\s+peace|get\s+well\s+soon|way\s+to\s+go|go|love\s+you|miss\s+you|proud\s+of\s+you)\s*,?\s*$/i;

/** Last words of LABEL_BEFORE_NAME's alternatives (those that end in ":" or "=" aside). */
const LABEL_LAST_WORDS = new Set(["is", "was", "name", "named", "nicknamed", "im", "am", "under", "to", "with", "contact", "contacted", "person", "updated", "update", "called", "paged", "for", "by", "at", "and", "from", "says", "said", "asks", "asked", "told", "starring", "featuring", "me", "as", "aka", "meet", "introducing", "user", "customer", "caller", "client"]);
/** Last words of GREETING_BEFORE_NAME's alternatives. */
const GREETING_LAST_WORDS = new Set(["hi", "hello", "hey", "dear", "thanks", "you", "congrats", "congratulations", "birthday", "to", "anniversary", "welcome", "back", "home", "goodbye", "bye", "rip", "peace", "soon", "go"]);

/** The text without trailing white space and at most one trailing character of `punct` (then white space). */
function trimTail(before: string, punct: string): string {
  let r = before.trimEnd();
  if (r.length > 0 && punct.includes(r[r.length - 1])) r = r.slice(0, -1).trimEnd();
  return r;
}

/** The run of ASCII letters that ends `r`, lower-cased. */
function lastLetters(r: string): string {
  let i = r.length;
  while (i > 0 && isAsciiLetter(r.charCodeAt(i - 1))) i--;
  return r.slice(i).toLowerCase();
}

/** False when LABEL_BEFORE_NAME cannot match `before` (its last word is none of the label's): spares the regex. */
function mayEndLabel(before: string): boolean {
  let r = trimTail(before, ",:-");
  const last = r[r.length - 1];
  if (last === ":" || last === "=") return true;
  if (last === "?") r = r.slice(0, -1);
  if (/i'm$/i.test(r)) return true;
  return LABEL_LAST_WORDS.has(lastLetters(r));
}

/** False when GREETING_BEFORE_NAME cannot match `before`. */
function mayEndGreeting(before: string): boolean {
  return GREETING_LAST_WORDS.has(lastLetters(trimTail(before, ",")));
}

/** AGENT_VERB_RE after `end`; it needs an apostrophe, white space or a comma first. */
function agentVerbAfter(text: string, end: number): boolean {
  const c = text.charCodeAt(end);
  if (!(c === 39 || c === 0x2019 || c === 44 || isSpace(c))) return false;
  return AGENT_VERB_RE.test(text.slice(end, end + 24));
}

function isNameShape(t: Tok, style: "mixed" | "upper" | "lower", cued = false): boolean {
  if (t.shape === "N" || t.shape === "O") return false;
  if (cued && t.shape === "L") return true;
  if (style === "mixed") return t.shape === "T" || t.shape === "I" || (t.shape === "U" && t.w.length >= 2 && t.w.length <= 14);
  return t.shape !== "I" || style === "upper";
}

/** Words that are never a name by themselves: function words, months, note shorthand, relations, roles, titles. */
const NOT_NAME_WORDS = new Set([...FUNCTION_WORDS, ...MONTHS, ...NOTE_WORDS, ...RELATION, ...STAFF_ROLES, ...PUBLIC_TITLE, ...HONORIFIC]);

function findNames(text: string, toks: Tok[], sentences: Array<[number, number]>): NameSpan[] {
  const out: NameSpan[] = [];
  const taken = new Set<number>();
  const styleCache = new Map<number, "mixed" | "upper" | "lower">();
  const sentenceIdx = toks.map(() => 0);
  {
    let k = 0;
    toks.forEach((t, i) => {
      while (k < sentences.length - 1 && sentences[k][1] <= t.s) k++;
      sentenceIdx[i] = k;
    });
  }
  const styleAt = (i: number): "mixed" | "upper" | "lower" => {
    const k = sentenceIdx[i];
    let st = styleCache.get(k);
    if (!st) {
      // Judge on the whole line or sentence, at least 80 characters around it.
      const [a, b] = sentences[k];
      st = styleOf(text, Math.max(0, Math.min(a, b - 80)), Math.min(text.length, Math.max(b, a + 80)));
      styleCache.set(k, st);
    }
    return st;
  };
  const firstTokOf = new Map<number, number>();
  toks.forEach((_, i) => {
    if (!firstTokOf.has(sentenceIdx[i])) firstTokOf.set(sentenceIdx[i], i);
  });
  const isSentenceStart = (i: number): boolean => {
    if (firstTokOf.get(sentenceIdx[i]) === i && !/[\p{L}\d]/u.test(text.slice(sentences[sentenceIdx[i]][0], toks[i].s))) return true;
    return /["“]\s{0,2}$/.test(text.slice(Math.max(0, toks[i].s - 3), toks[i].s));
  };
  /** The gap between two tokens of one name: " ", ".", or an optional "." then 1 to 4 spaces or tabs. */
  const gapOk = (a: Tok, b: Tok): boolean => {
    let i = a.e;
    const e = b.s;
    if (i < e && text.charCodeAt(i) === 46) i++;
    if (i === e) return e - a.e === 1;
    if (e - i > 4) return false;
    for (; i < e; i++) {
      const c = text.charCodeAt(i);
      if (c !== 32 && c !== 9) return false;
    }
    return true;
  };
  const firstName = (t: Tok): boolean => isFirstName(t.lw);
  const lastName = (t: Tok): boolean => isLastName(t.lw);
  const common = (t: Tok, level = 50): boolean => commonLevel(t.lw) <= level;
  // Clinical notes are full of drug names, shorthand and misspellings that are no English words:
  // there a word must be a known name, or look like one and be no typo of an English word.
  const noteWords = toks.reduce((n, t) => n + (NOTE_WORDS.has(t.lw) ? 1 : 0), 0);
  const noteLike = noteWords >= 5 && noteWords >= toks.length * 0.03;
  const unknownWord = (t: Tok): boolean =>
    commonLevel(t.lw) > 70 && !isPlace(t.lw) && !ORG_WORDS.has(t.lw) && !NOTE_WORDS.has(t.lw) && !MONTHS.has(t.lw) && !DRUG_STEM_RE.test(t.lw) && t.w.length >= 3 && (!noteLike || !nearWord(t.lw));
  const notNameWord = (t: Tok): boolean => NOT_NAME_WORDS.has(t.lw);
  /** Lines of the text that open with a speaker ("Nicole: ..."): counted once, when first asked. */
  let speakerLineCount = -1;
  const speakerLines = (): number => {
    if (speakerLineCount < 0) speakerLineCount = (text.match(/(?:^|\n)[ \t>]*\p{Lu}[\p{L}'’-]*(?:\s\p{Lu}[\p{L}'’-]*)?:[ \t]*\S/gu) ?? []).length;
    return speakerLineCount;
  };
  /** A token that can be a name when a cue (honorific, relation, label) stands before it. */
  const cueNameTok = (t: Tok, style: "mixed" | "upper" | "lower"): boolean => {
    if (!isNameShape(t, style, true) || notNameWord(t)) return false;
    if (t.w.length < 2 && t.shape !== "I") return false;
    if (isPlace(t.lw) && !firstName(t)) return false;
    if (/['’](?:d|ll|ve|re|m)$/i.test(t.w) || (t.lw.includes("-") && t.lw.split("-").every((p) => commonLevel(p) <= 50))) return false;
    if (style === "mixed") {
      if (t.shape === "L") return firstName(t) && !common(t, 50);
      if (t.shape === "U") return firstName(t) || (lastName(t) && !common(t, 50));
      return t.shape === "I" || firstName(t) || lastName(t) || (!common(t, 35) && !nearWord(t.lw));
    }
    // All one case: a known name, or not an everyday word nor a typo of one.
    return t.w.length >= 3 && (firstName(t) || lastName(t) || (!common(t, 55) && !nearWord(t.lw) && !DRUG_STEM_RE.test(t.lw)));
  };
  /** Extends a name right from token i over name-like tokens; returns the last index. */
  const extend = (i: number, style: "mixed" | "upper" | "lower", max = 4): number => {
    let j = i;
    while (j + 1 < toks.length && j - i + 1 < max) {
      const n = toks[j + 1];
      if (!gapOk(toks[j], n) || taken.has(j + 1)) break;
      if (style === "mixed" && PARTICLES.has(n.lw) && n.shape === "L" && j + 2 < toks.length && toks[j + 2].shape === "T" && gapOk(n, toks[j + 2])) {
        j += 2;
        continue;
      }
      if (style === "mixed") {
        if (!(n.shape === "T" || n.shape === "I" || (n.shape === "U" && toks[j].shape === "U" && n.w.length >= 2))) break;
        if (ORG_WORDS.has(n.lw) || MONTHS.has(n.lw) || (CREDENTIALS.has(n.lw) && n.shape === "U") || (FUNCTION_WORDS.has(n.lw) && n.shape !== "I")) break;
        if (n.shape !== "I" && common(n, 20) && !lastName(n) && !firstName(n)) break;
      } else {
        const capitalised = style === "lower" && n.shape === "T" && !common(n, 20);
        if (!(firstName(n) || lastName(n) || capitalised) || notNameWord(n) || n.w.length < 2 || (common(n, 35) && !capitalised)) break;
      }
      j++;
    }
    return j;
  };
  const push = (i: number, j: number, how: NameSpan["how"], extra: Partial<NameSpan> = {}): void => {
    for (let k = i; k <= j; k++) if (taken.has(k)) return;
    const follower = toks[j + 1];
    if (follower && EPONYM_NOUNS.has(follower.lw) && /^\s{1,2}$/.test(text.slice(toks[j].e, follower.s)) && how !== "honorific" && how !== "relation") return;
    // "St. Mary's Hospital", "Johns Hopkins Hospital": an organisation, not a person.
    if (follower && ORG_WORDS.has(follower.lw) && follower.shape === "T" && /^(?:['’]s)?\s{1,2}$/.test(text.slice(toks[j].e, follower.s)) && how !== "relation") return;
    if (/\bSt\.?\s*$/.test(text.slice(Math.max(0, toks[i].s - 4), toks[i].s)) && how !== "honorific") return;
    for (let k = i; k <= j; k++) taken.add(k);
    const s = toks[i].s;
    let e = toks[j].e;
    if (toks[j].shape === "I" && text[e] === ".") e++;
    // Credentials after the name ("Jane Doe, RN") or a title before it make it a clinician's.
    const cred = /^,?\s+([A-Za-z][A-Za-z/-]{1,8})\b/.exec(text.slice(e, e + 14));
    const titleBefore = /\b([A-Za-z]+)\.?\s*$/.exec(text.slice(Math.max(0, s - 24), s))?.[1]?.toLowerCase();
    let clinician = extra.clinician ?? false;
    if (cred && CREDENTIALS.has(cred[1].toLowerCase()) && cred[1] === cred[1].toUpperCase() && cred[1].length >= 2) clinician = true;
    if (cred && /^PharmD$/.test(cred[1])) clinician = true;
    if (titleBefore && CLINICIAN_BEFORE.has(titleBefore) && how !== "relation" && how !== "honorific") clinician = true;
    const publicFigure = extra.publicFigure ?? (titleBefore !== undefined && PUBLIC_TITLE.has(titleBefore) && !CLINICIAN_BEFORE.has(titleBefore));
    if (!clinician && how !== "relation" && isStaffMention(text, s, e)) clinician = true;
    out.push({ start: s, end: e, how, ...extra, clinician, publicFigure });
  };

  // Pass 1: names announced by a cue before or after them.
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    if (taken.has(i)) continue;
    const style = styleAt(i);
    const nx = toks[i + 1];

    // Honorifics: "Mrs. G.", "mr nicholson", "Ms. Jones"; "Dr. Emano" is a clinician.
    const honorific =
      HONORIFIC.has(t.lw) && (text[t.e] === "." || text[t.e] === " ") && (t.shape !== "L" || style !== "mixed" || text[t.e] === ".") && (style === "mixed" ? t.shape !== "U" || t.w.length <= 3 : /^(?:mr|mrs|ms|miss)$/.test(t.lw));
    const doctor = (t.lw === "dr" || t.lw === "prof" || (/^(?:doctor|nurse|rabbi|chaplain|pastor|father|rev|reverend)$/.test(t.lw) && t.shape !== "L")) && text[t.e] !== "'";
    const afterTitle = (x: Tok): boolean =>
      style === "mixed"
        ? cueNameTok(x, style) && (t.shape !== "U" || firstName(x) || lastName(x))
        : x.w.length >= 3 && isNameShape(x, style, true) && !FUNCTION_WORDS.has(x.lw) && !NOTE_WORDS.has(x.lw) && !RELATION.has(x.lw) && !MONTHS.has(x.lw) && (t.lw !== "ms" || (text[t.e] === "." && (firstName(x) || lastName(x) || !common(x, 55))));
    if ((honorific || doctor) && nx && gapOk(t, nx) && afterTitle(nx) && !(doctor && t.lw === "father" && style !== "upper" && t.shape !== "T")) {
      const j = extend(i + 1, style, 3);
      push(i + 1, j, "honorific", doctor ? { clinician: true } : {});
      i = j;
      continue;
    }

    // Relations: "son Bill", "daughter, Maria", "wife Carol Buckley", "pt's dtr-in-law Rita".
    if ((RELATION.has(t.lw) || (t.lw.includes("-") && RELATION.has(t.lw.slice(t.lw.lastIndexOf("-") + 1)) && !t.lw.endsWith("-law"))) && nx) {
      let k = i + 1;
      if (/^[\s,:(-]{1,4}$/.test(text.slice(t.e, nx.s)) && (nx.lw === "named" || nx.lw === "called" || nx.lw === "is")) k++;
      const cand = toks[k];
      const gap2 = cand ? text.slice(toks[k - 1].e, cand.s) : "";
      const titleCaseNote = style === "mixed" && cand?.shape === "T" && NOTE_WORDS.has(cand.lw) && !FUNCTION_WORDS.has(cand.lw);
      if (cand && /^[\s,:(–-]{1,4}$/.test(gap2) && !/\n/.test(gap2) && (cueNameTok(cand, style) || titleCaseNote) && (style !== "mixed" || cand.shape !== "U" || firstName(cand))) {
        const j = extend(k, style, 3);
        push(k, j, "relation", { relative: true });
        i = j;
        continue;
      }
    }

    // All-caps or lower-case notes: a first name before a verb of a person ("JOHN STATES", "natalie woke").
    if (style !== "mixed" && firstName(t) && !common(t, 20) && t.w.length >= 3 && !notNameWord(t) && AGENT_VERB_RE.test(text.slice(t.e, t.e + 24))) {
      const j = extend(i, style, 2);
      push(i, j, "lexicon");
      i = j;
      continue;
    }

    if (!isNameShape(t, style) || notNameWord(t) || (t.w.length < 2 && t.shape !== "I")) continue;
    const before = text.slice(Math.max(0, t.s - 48), t.s);

    // Labels and greetings: "My name is X", "Name: X", "Hi Freddy,", "spoke with suzette", "says Hauta-aho".
    const labelled = mayEndLabel(before) && LABEL_BEFORE_NAME.test(before);
    const greeted = mayEndGreeting(before) && GREETING_BEFORE_NAME.test(before);
    if ((labelled || greeted) && cueNameTok(t, style) && !isPlace(t.lw)) {
      const ok =
        style === "mixed"
          ? (t.shape === "T" && (!common(t, 35) || firstName(t) || lastName(t))) || (t.shape === "U" && (firstName(t) || (lastName(t) && !common(t, 50))))
          : (firstName(t) && !common(t, 50)) || (!common(t, 70) && t.w.length >= 4 && !nearWord(t.lw) && !DRUG_STEM_RE.test(t.lw));
      const weakLabel = /\b(?:by|from|to|under|updated|update|called|contact(?:ed)?)\s*$/i.test(before);
      if (ok && (!weakLabel || firstName(t) || lastName(t) || (style === "mixed" && unknownWord(t)))) {
        const j = extend(i, style, 4);
        push(i, j, greeted ? "greeting" : "label");
        i = j;
        continue;
      }
    }

    if (style !== "mixed") {
      // "URSLA MORETTI (DAUGHTER)", "hank przybylo (son)".
      const j2 = extend(i, style, 3);
      const rel = /^\s*\(\s*([A-Za-z-]+)\s*\)/.exec(text.slice(toks[j2].e, toks[j2].e + 24));
      if (rel && RELATION.has(rel[1].toLowerCase()) && toks.slice(i, j2 + 1).every((x) => cueNameTok(x, style))) {
        push(i, j2, "relation", { relative: true });
        i = j2;
      }
      continue;
    }
    if (!(t.shape === "T" || t.shape === "U")) continue;
    const j = extend(i, style, 4);
    const span = toks.slice(i, j + 1);

    // Relation after the name: "Hank Przybylo (son)", "Nancy Cetrone his neice", "Asya's kid".
    const after = text.slice(toks[j].e, toks[j].e + 30);
    const relAfter = /^(?:['’]s\s+|\s*[(,-]\s*(?:(?:his|her|their|the|pt'?s|patient'?s)\s+)?|\s+(?:(?:his|her|their|the|pt'?s|patient'?s)\s+))([a-z-]+)/i.exec(after);
    if (relAfter && RELATION.has(relAfter[1].toLowerCase()) && !/^(?:family|friend|friends|kid|kids|baby|child|children|parents?|relative)$/i.test(relAfter[1]) && span.some((x) => firstName(x) || lastName(x) || !common(x, 35))) {
      push(i, j, "relation", { relative: true });
      i = j;
      continue;
    }
    if (relAfter && /^(?:kid|kids|baby|child|children)$/i.test(relAfter[1]) && after.startsWith("'") && span.every((x) => !common(x, 35))) {
      push(i, j, "relation", { relative: true });
      i = j;
      continue;
    }

    // Vocatives: "Warrane, can I please speak to your boss?"
    if (j === i && isSentenceStart(i) && /^,\s*(?:can|could|would|will|please|do|did|are|is|have|what|where|when|why|how|i|i'm|we|you|thanks|thank|it's|let's|don't|come|look|listen)\b/i.test(text.slice(t.e, t.e + 12)) && !common(t, 50)) {
      push(i, j, "greeting");
      continue;
    }

    // Vocatives at the end of a sentence: "Thanks for the 5 stars, Mike!"
    if (j === i && t.shape === "T" && firstName(t) && !common(t, 20) && /,\s*$/.test(before) && /^[!?.]+(?:\s|$)/.test(text.slice(t.e, t.e + 2))) {
      push(i, j, "greeting");
      continue;
    }

    // Speakers in a transcript: "Nicole: Remember me" at the start of a line.
    if (/(?:^|\n)[ \t>]*$/.test(before) && /^:[ \t]*\S/.test(text.slice(toks[j].e, toks[j].e + 3))) {
      if (span.every((x) => !common(x, 60) && x.shape !== "U") && (span.some((x) => firstName(x) || lastName(x)) || (speakerLines() >= 2 && !noteLike))) {
        push(i, j, "speaker");
        i = j;
        continue;
      }
    }

    // A line holding only a name (contact cards, signatures): "Einojuhani Pyysalo".
    if (j > i && /(?:^|\n)[^\p{L}\d\n]{0,4}$/u.test(before) && /^[ \t]*(?:\r?\n|$)/.test(text.slice(toks[j].e, toks[j].e + 3)) && span.every((x) => x.shape === "I" || !common(x, 35)) && !span.some((x) => ORG_WORDS.has(x.lw))) {
      push(i, j, "lexicon");
      i = j;
    }
  }

  // Pass 2: the lexicon and the shape of words, for names no cue announced.
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    if (taken.has(i)) continue;
    const style = styleAt(i);
    if (!isNameShape(t, style) || notNameWord(t) || (t.w.length < 2 && t.shape !== "I")) continue;
    if (style !== "mixed") {
      // In an all-caps or all-lower note: a first name that is no English word ("suzette", "philomena").
      const personVerb = AGENT_VERB_RE.test(text.slice(t.e, t.e + 16)) || /^\s+(?:in\s+to\s+visit|visited|called|here|at\s+bedside|updated|aware)\b/i.test(text.slice(t.e, t.e + 20));
      if (firstName(t) && !common(t, 70) && t.w.length >= 4 && !DRUG_STEM_RE.test(t.lw) && (personVerb || (toks[i + 1] && lastName(toks[i + 1]) && !common(toks[i + 1], 50)))) {
        const j = extend(i, style, 2);
        push(i, j, "lexicon");
        i = j;
      }
      continue;
    }
    if (t.shape !== "T" && t.shape !== "U") continue;
    const j = extend(i, style, 4);
    const span = toks.slice(i, j + 1);
    const start = isSentenceStart(i);
    const next = toks[i + 1];
    const verbAfter = agentVerbAfter(text, toks[j].e);
    if (t.shape === "U" && !(j > i && span.some((x) => firstName(x) && !common(x, 50)) && span.every((x) => x.shape === "U" || x.shape === "I"))) continue;
    const isFirst = firstName(t) && !common(t, 50) && !isPlace(t.lw) && !DRUG_STEM_RE.test(t.lw);
    const hasInitial = j > i && span.slice(1).some((x) => x.shape === "I") && span.some((x) => x.shape === "T" && !common(x, 35));
    if (isFirst || hasInitial) {
      if (!(j === i && start && ORG_WORDS.has(next?.lw ?? ""))) {
        push(i, j, "lexicon");
        i = j;
        continue;
      }
    }
    if ((firstName(t) || lastName(t)) && common(t, 50) && !common(t, 20) && j === i && verbAfter && !isPlace(t.lw)) {
      push(i, j, "lexicon");
      continue;
    }
    if (firstName(t) && common(t, 50) && j > i && next && next.shape === "T" && (lastName(next) || !common(next, 50))) {
      push(i, j, "lexicon");
      i = j;
      continue;
    }
    // Capitalised words that are no English words: "Pálmi Einarsson", "the Petersson novel",
    // "Tomomi is from ...". At the start of a sentence only before a verb of a person.
    const allUnknown = span.every((x) => x.shape === "I" || unknownWord(x) || (lastName(x) && !common(x, 60)));
    if (allUnknown && span.some((x) => x.shape !== "I") && (noteLike ? j > i : !start || verbAfter || j > i || firstName(t))) {
      push(i, j, "lexicon");
      i = j;
      continue;
    }
    // A known surname alone, mid-sentence, that is not an everyday word or a place: "the Jensen novel".
    if (lastName(t) && !common(t, 60) && !isPlace(t.lw) && (!start || verbAfter) && (!noteLike || (j > i && !nearWord(t.lw)))) {
      push(i, j, "lexicon");
      i = j;
    }
  }

  // Pass 3: lists of names: "Romi, Erik, Amy, Nathaniel, Donald and Kristen".
  const spans = new IntervalSet();
  for (const n of out) if (!spans.overlaps(n.start, n.end)) spans.add(n.start, n.end);
  for (const n of out.slice()) {
    if (n.clinician || n.publicFigure) continue;
    for (const dir of [1, -1] as const) {
      let edge = dir === 1 ? n.end : n.start;
      for (let guard = 0; guard < 8; guard++) {
        const seg = dir === 1 ? text.slice(edge, edge + 40) : text.slice(Math.max(0, edge - 40), edge);
        const m = dir === 1 ? /^(\s*,\s*|\s*,?\s+and\s+|\s*&\s*)([\p{L}][\p{Ll}\p{M}'’-]+)/u.exec(seg) : /([\p{L}][\p{Ll}\p{M}'’-]+)(\s*,\s*|\s*,?\s+and\s+|\s*&\s*)$/u.exec(seg);
        if (!m) break;
        const word = dir === 1 ? m[2] : m[1];
        const lw = word.toLowerCase();
        const upper = word[0] !== word[0].toLowerCase();
        if (!upper && text[n.start] !== text[n.start].toLowerCase()) break;
        const lvl = commonLevel(lw);
        const known = isFirstName(lw) || isLastName(lw);
        if (!(known ? lvl > 20 || upper : lvl > 70) || FUNCTION_WORDS.has(lw) || MONTHS.has(lw) || ORG_WORDS.has(lw) || isPlace(lw) || NOTE_WORDS.has(lw)) break;
        const s = dir === 1 ? edge + m[0].length - word.length : edge - m[0].length;
        const e = s + word.length;
        if (spans.overlaps(s, e)) break;
        spans.add(s, e);
        out.push({ start: s, end: e, how: "list", relative: n.relative });
        edge = dir === 1 ? e : s;
      }
    }
  }

  // Pass 4: a name found once is a name wherever it appears again ("... Westgård and starring Westgård").
  const nameWords = new Map<string, NameSpan>();
  for (const n of out) {
    for (const w of text.slice(n.start, n.end).split(/[\s.]+/)) {
      const lw = w.toLowerCase().replace(/['’]s$/, "");
      if (lw.length >= 3 && commonLevel(lw) > 50 && !nameWords.has(lw)) nameWords.set(lw, n);
    }
  }
  if (nameWords.size) {
    for (let i = 0; i < toks.length; i++) {
      const t = toks[i];
      const n = nameWords.get(t.lw);
      if (!n || taken.has(i) || spans.overlaps(t.s, t.e)) continue;
      if (styleAt(i) === "mixed" && t.shape === "L") continue;
      taken.add(i);
      spans.add(t.s, t.e);
      out.push({ start: t.s, end: t.e, how: n.how, clinician: n.clinician, publicFigure: n.publicFigure, relative: n.relative });
    }
  }
  return out;
}

/** True when one edit (delete, swap, replace, insert) turns the word into an English word: a typo. */
function nearWord(w: string): boolean {
  // Short words sit one edit from many English words ("vinny", "viny"): only long ones are judged.
  if (w.length < 6) return false;
  let v = nearWordCache.get(w);
  if (v === undefined) {
    v = oneEditFromWord(w);
    if (nearWordCache.size >= 20_000) nearWordCache.clear();
    nearWordCache.set(w, v);
  }
  return v;
}
const nearWordCache = new Map<string, boolean>();

function oneEditFromWord(w: string): boolean {
  const has = isEnglishWord;
  const letters = "abcdefghijklmnopqrstuvwxyz";
  for (let i = 0; i < w.length; i++) {
    if (has(w.slice(0, i) + w.slice(i + 1))) return true;
    if (i + 1 < w.length && has(w.slice(0, i) + w[i + 1] + w[i] + w.slice(i + 2))) return true;
    for (const c of letters) {
      if (has(w.slice(0, i) + c + w.slice(i + 1))) return true;
      if (has(w.slice(0, i) + c + w.slice(i))) return true;
    }
  }
  for (const c of letters) if (has(w + c)) return true;
  return false;
}

/** Verbs that follow a person's name at the start of a sentence ("Tomomi is from", "Alvir spent"). */
const AGENT_VERB_RE = /^(?:['’]s\s+\p{Ll}|\s+(?:is|was|has|had|will|would|can|could|says|said|shouted|spent|began|begins|lives|lived|works|worked|went|told|asked|wrote|writes|flew|moved|called|died|married|loves|loved|wants|wanted|thinks|thought|knows|knew|grew|joined|left|came|arrived|sang|sings|listed|explained|explains|gave|got|made|took|plays|played|became|won|lost|remains|seems|feels|felt|needs|needed|tried|decided|agreed|laughed|smiled|cried|replied|answered|added|believes|believed|just|also|never|always|still|woke|slept|ate|denies|denied|states|stated|reports|reported|complained|appears|appeared|tolerated|refused|requested|remained|continues|seemed|spoke|talked|phoned|visited|updated)\b|\s+and\s+\p{Lu}|\s*,\s+\p{Lu}\p{Ll}+(?:,|\s+and\b))/u;

/**
 * Drug-name stems (USAN Council stem list): an unknown capitalised word with one is a drug, not a name.
 */
const DRUG_STEM_RE = /(?:pril|sartan|statin|olol|alol|mab|cillin|mycin|micin|floxacin|azole|vir|dipine|afil|prazole|tidine|setron|triptan|gliptin|gliflozin|parin|xaban|gatran|lukast|terol|sone|olone|semide|thiazide|zepam|zolam|barbital|oxetine|triptyline|peridol|apine|idone|profen|fenac|coxib|cycline|penem|caine|curium|uronium|fungin|dronate|tinib|rubicin|platin|taxel|trexate|amide|phrine|pamine|butamine|sinone|nitrate|lactone|cort|asone|ipine|anol|azine|amine|oxacin|pam|lol|lam)$/;

/**
 * Staff introductions: "Welcome Dr. Priya Shah", "Meet Jane, our new hygienist", "our nurse
 * manager Tom Lee", "Jane Doe (front desk)". Their names are never a patient's.
 */
function isStaffMention(text: string, s: number, e: number): boolean {
  if (/\bpatient\b(?!\s+(?:care|safety|experience))|\bspotlight\b|\bwelcome\s+to\s+the\s+world\b/i.test(text.slice(Math.max(0, s - 80), s))) return false;
  // "Meet Jordan, our patient who ..." introduces a patient, not a colleague.
  if (/^\s*,?\s*(?:(?:is\s+)?(?:our|my|a|the)\s+(?:\w+\s+){0,2}(?:patient|pt|nicu|picu|preemie|survivor|warrior)|who\s+(?:was|is|has\s+been)\s+(?:treated|admitted|diagnosed|born))\b/i.test(text.slice(e, e + 50))) return false;
  const before = text.slice(Math.max(0, s - 60), s);
  const line = before.slice(Math.max(before.lastIndexOf("\n"), 0));
  const roleBefore = /\b(?:our|my|the|new|your|team|with)\s+(?:(?:new|own|amazing|wonderful|talented|lead|head|chief|senior|staff|favorite|favourite|fantastic|incredible|dedicated|newest|nurse|dental|medical|office|practice|clinic|front|desk|physical|occupational|speech|respiratory|registered|certified|board-certified|family|nurse-?midwife)\s+){0,3}([a-z-]+)s?\s*,?\s*(?:dr\.?\s+)?$/i.exec(line);
  if (roleBefore && STAFF_ROLES.has(roleBefore[1].toLowerCase())) return true;
  const opener = /(?:^|[.!?]\s+|\n\s*)(?:please\s+)?([a-z]+)(?:\s+(?:to|our|back))?\s*,?\s*(?:dr\.?\s+)?$/i.exec(line);
  if (opener && STAFF_WORDS.has(opener[1].toLowerCase()) && /^(?:welcome|welcomes|welcoming|meet|introducing|introduce|hired|promoted)$/i.test(opener[1])) return true;
  const after = text.slice(e, e + 60);
  const roleAfter = /^\s*(?:,|\(|-|–|—)\s*(?:is\s+)?(?:our|the|a|an|my)?\s*(?:(?:new|lead|head|chief|senior|amazing|wonderful|staff|favorite|favourite|dedicated|newest|nurse|dental|medical|office|front|desk|physical|occupational|registered|certified|family)\s+){0,3}([a-z-]+)/i.exec(after);
  if (roleAfter && STAFF_ROLES.has(roleAfter[1].toLowerCase())) return true;
  const joins = /^\s+(?:joins|joined|has\s+joined|is\s+joining|will\s+join|is\s+retiring|retires|was\s+named|has\s+been\s+named|was\s+promoted|received\s+the|won\s+the|earned)\b/i.test(after);
  if (joins) return true;
  return STAFF_WORDS.size === 0;
}

// ---------------------------------------------------------------------------------------------
// Patient cues (context "patient")

const PERSON_NOUN = "(?:woman|man|lady|gentleman|boy|girl|child|kid|baby|infant|toddler|teen|teenager|newborn|mother|mom|father|dad|veteran|grandmother|grandfather|grandma|grandpa|couple|family|patient|young\\s+(?:man|woman|lady)|\\d{1,3}[-\\s]?(?:year|yr|y)[-\\s]?old(?:\\s+(?:woman|man|boy|girl|lady|gentleman|female|male))?)";
const CARE_VERB = "(?:treated|saw|seen|see|cared\\s+for|care\\s+for|delivered|operated\\s+on|admitted|discharged|examined|met|helped|looked\\s+after|took\\s+care\\s+of|resuscitated|intubated|diagnosed|stitched\\s+up|sutured|vaccinated|scanned|x-rayed|fitted|had\\s+in\\s+(?:my|our)\\s+(?:chair|office|clinic|er|ed|unit))";

/** Cue patterns; `need`: trigger groups the pattern cannot match without (a word of each). */
const CUE_RES: Array<{ re: RegExp; why: string; need: number[] }> = [
  {
    // "my patient", "our 93-year-old patient": one person, not "our patient portal".
    re: /\b(?:my|our|this|that|one|sweet|little|brave|favorite|favourite|oldest|youngest|newest|tiniest|littlest|former|first)\s+(?:(?:little|young|elderly|sweet|brave|former|newest|oldest|youngest|favorite|favourite|first|long-?time|\d{1,3}[-\s]?(?:year|yr)[-\s]?old|[a-z]+(?:ic|al|ry|ogy))\s+)?(?:patient|pt)\b(?:[-\s]+([a-z]+))?/gi,
    why: "next to 'patient'",
    need: [T_PATIENT],
  },
  {
    // "a patient I treated", "the patient in bed 3", "a patient of mine": generic "the patient" is not a cue.
    re: /\b(?:the|a|an|his|her|their|your)\s+(?:(?:little|young|elderly|\d{1,3}[-\s]?(?:year|yr)[-\s]?old)\s+)?(?:patient|pt)\s+(?:(?:who|whom|that)\s+(?:I|we)\b|(?:I|we|I've|we've|I'd|we'd)\b|in\s+(?:room|rm|bed|bay)\b|of\s+(?:mine|ours)\b)/gi,
    why: "next to 'patient'",
    need: [T_PATIENT],
  },
  { re: /\bone\s+of\s+(?:my|our)\s+(?:\w+\s+)?patients\b/gi, why: "next to 'one of our patients'", need: [T_ONE_OF, T_PATIENTS] },
  { re: /\bpatients?\s+(?:like|such\s+as)\b|\bpatient\s+(?:spotlight|story|of\s+the\s+(?:month|week|year))\b/gi, why: "next to 'patient'", need: [T_PATIENT_PHRASE] },
  { re: /\bwelcome\s+to\s+the\s+world\b|\bbaby\s+(?:boy|girl)\b|\b(?:was\s+)?born\s+(?:here|at\s+our|in\s+our)\b/gi, why: "next to a birth announcement", need: [T_BIRTH] },
  { re: /(?<![A-Za-z])(?:pt|pts|pt'?s)\b(?!\s*(?:team|department|dept|services|clinic|program)\b)/g, why: "next to 'pt'", need: [T_PT] },
  { re: /(?<![A-Za-z])Pt(?:\.|\b(?=\s+[a-z]))/g, why: "next to 'pt'", need: [T_PT] },
  { re: /\b(?:Pt|PT|Patient|patient)\.?:?\s+(?=\p{Lu}\p{Ll}+(?:\s+\p{Lu}\.|\s+\p{Lu}\p{Ll}+)?(?:,|\s+(?:is|was|has|had|came|went|turned|underwent|presented|arrived|needs|got)\b))/gu, why: "next to 'patient'", need: [T_PATIENT | T_PT] },
  { re: new RegExp(`\\b(?:a|an|the|one|this|that|our)\\s+${PERSON_NOUN}\\s+(?:(?:who|whom|that)\\s+)?(?:I|we|I've|we've|I'd|we'd)\\s+(?:(?:just|recently|once|have|had|also)\\s+)?${CARE_VERB}\\b`, "gi"), why: "next to a person the writer treated", need: [T_CARE, T_PERSON, T_I_WE] },
  { re: new RegExp(`\\b(?:I|we)\\s+(?:(?:just|recently|once|have|had|also|finally)\\s+)?${CARE_VERB}\\s+(?:a|an|this|one|our)\\s+(?:\\w+\\s+){0,2}${PERSON_NOUN}\\b`, "gi"), why: "next to a person the writer treated", need: [T_CARE, T_PERSON, T_I_WE] },
  { re: new RegExp(`\\b(?:the|a|our|my|this)\\s+${PERSON_NOUN}\\s+in\\s+(?:room|rm|bed|bay|cubicle|exam\\s+room|stall)\\s*#?\\s*[A-Za-z]?\\d`, "gi"), why: "next to a room or bed number", need: [T_ROOM, T_PERSON] },
  { re: /\b(?:NICU|PICU|ICU|CICU|SCN)\s+(?:grad|graduate|alum|baby|warrior|survivor|miracle)\b(?!s)/gi, why: "next to 'NICU grad'", need: [T_UNIT] },
  { re: /\b(?:our|my)\s+(?:(?:little|tiny|brave|oldest|youngest|newest|favorite|favourite|sweet|dear|beloved|long-?time|amazing|wonderful|special)\s+)?(?:preemie|micro-?preemie|fighter|warrior|miracle\s+baby|heart\s+warrior|cancer\s+survivor|survivor|resident|client)\b/gi, why: "next to a patient description", need: [T_DESCRIPTION] },
  { re: /\b(?:came|come|comes)\s+(?:in|to\s+see\s+(?:us|me))\s+(?:for|with|on|after|today|yesterday|last)\b|\bwas\s+seen\s+(?:in|at|by|for|on)\s+(?:our|my|the\s+clinic|us)\b|\bvisited\s+(?:us|our\s+(?:clinic|office|practice|er|ed))\b/gi, why: "next to a visit", need: [T_VISIT] },
];

const REPLY_WHY = "a reply about the person's own care";
/** Second-person words about someone's own care, for replies. */
const REPLY_TOPIC = /\b(?:your|you(?:'re|\s+are|\s+were|\s+had|\s+came|\s+visited))\s+(?:\w+\s+){0,2}(?:visit|appointment|appt|results?|tests?|labs?|scan|x-?rays?|mri|biopsy|surgery|procedure|treatment|stay|care|diagnosis|prescription|crown|filling|cleaning|root\s+canal|implant|extraction|braces|checkup|check-up|exam|recovery|condition|symptoms|baby|delivery|son|daughter|husband|wife|mom|dad|mother|father|child|kids?|teeth|tooth|bill|claim|experience|session|therapy|injection|vaccine|shot|dose|medication|meds|wait|time\s+(?:with|at)\s+us)\b|\bwe\s+(?:saw|treated|see|seen|cared\s+for)\s+you\b|\b(?:seeing|treating|caring\s+for)\s+you\b|\byou\s+were\s+(?:seen|here|in|admitted|treated)\b/i;
const REVIEW_OPENER = /\b(?:thank(?:s|\s+you)\s+(?:so\s+much\s+)?for\s+(?:your|the|this)\s+(?:\w+\s+){0,2}(?:review|feedback|kind\s+words|rating|stars|comment|note)|sorry\s+(?:to\s+hear\s+(?:about\s+|that\s+)?|about\s+|for\s+)your|(?:glad|happy|sorry)\s+(?:that\s+)?your\s+(?:visit|experience|appointment|stay))/i;

/** True when the trigger mask holds a word of each group. */
const triggered = (trig: number, need: number[]): boolean => need.every((g) => (trig & g) !== 0);

function findCues(text: string, trig: number, sentenceList: () => Array<[number, number]>): Cue[] {
  const cues: Cue[] = [];
  // A reply to a person (the post opens with an @handle, or a review reply) about their own care.
  const opensWithHandle = /^\s*(?:\.?@\w{1,15}\s*)+/.exec(text);
  const reply = opensWithHandle !== null || (trig & T_REVIEW) !== 0;
  if (!reply && !CUE_RES.some((c) => triggered(trig, c.need))) return cues;
  if ((trig & T_CUE_SCREEN) === 0 && !text.includes("@")) return cues;
  if (!CUE_SCREEN.test(text)) return cues;
  let sentences: Array<[number, number]> = [];
  const scopeOf = (s: number, e: number): [number, number] => {
    if (sentences.length === 0) sentences = sentenceList();
    const k = sentenceIndex(sentences, s);
    let k2 = k;
    while (k2 < sentences.length - 1 && sentences[k2][1] < e) k2++;
    // The sentence of the cue, the one before and the one after, within the same paragraph.
    let a = k;
    if (a > 0 && !/\n\s*\n/.test(text.slice(sentences[a - 1][0], sentences[a][0] + 1))) a--;
    let b = k2;
    if (b < sentences.length - 1 && !/\n\s*\n/.test(text.slice(sentences[b][1] - 1, sentences[b + 1][1]))) b++;
    // A post of a tweet's length is one thought: the cue covers its whole paragraph.
    if (text.trim().length <= 320) {
      while (a > 0 && !/\n\s*\n/.test(text.slice(sentences[a - 1][0], sentences[a][0] + 1))) a--;
      while (b < sentences.length - 1 && !/\n\s*\n/.test(text.slice(sentences[b][1] - 1, sentences[b + 1][1]))) b++;
    }
    return [sentences[a][0], sentences[b][1]];
  };
  for (const { re, why, need } of CUE_RES) {
    if (!triggered(trig, need)) continue;
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      if (m[1] && PATIENT_COMPOUND.has(m[1].toLowerCase())) continue;
      cues.push({ start: m.index, end: m.index + m[0].length, why, scope: scopeOf(m.index, m.index + m[0].length) });
    }
  }
  if ((opensWithHandle || ((trig & T_REVIEW) !== 0 && REVIEW_OPENER.test(text))) && REPLY_TOPIC.test(text)) {
    cues.push({ start: 0, end: opensWithHandle ? opensWithHandle[0].length : 0, why: REPLY_WHY, scope: [0, text.length] });
  }
  return cues;
}

/** A relative's name beside a condition, or a relative of the patient ("pt's wife"). */
function relativeTie(text: string, n: NameSpan, sentences: Array<[number, number]>): string | undefined {
  const [a, b] = sentences[sentenceIndex(sentences, n.start)];
  const sentence = text.slice(a, b).toLowerCase();
  if (/\b(?:pt|pts|patient)['’]?s\b/.test(sentence)) return "a relative of the patient";
  if (CONDITION_SCREEN.test(sentence) || /\b(?:heart attack|c-section|passed away)\b/.test(sentence)) return "a relative's name beside a condition";
  return undefined;
}

// ---------------------------------------------------------------------------------------------
// Calls to action, the organisation's own details, public-service numbers, events

const CTA_BEFORE = /\b(?:call(?:ing)?|text|phone|dial|ring|reach|contact|email|e-mail|message|fax|visit|find|book|schedule|register|rsvp|sign\s+up|enroll|apply|appointments?|questions\??|info|information|details|more|learn\s+more|located|location|address|office|clinic|hotline|helpline|line|desk|front\s+desk|number|us|our|write|send|mail|stop\s+by|drop\s+by|come\s+(?:see|visit)|open|hours)\b[^.!?\n]{0,40}$/i;
const CTA_ORG = /\b(?:us|our|ours|we)\b|\b(?:call|text|dial|phone|fax|book|schedule|contact|email|visit)\b\s*(?:now|today|at|on|:)?\s*$/i;
/** "our patient Jane", not "our patient line": there "our" is no organisation speaking of itself. */
const OUR_PERSON_RE = /\bour(\s+(?:patients?|pts?|clients?|residents?|members?)\b)(\s+([a-z]+))?/gi;
const ORG_OWN_NOUNS = toSet(["line", "lines", "hotline", "phone", "number", "email", "address", "office", "desk", "liaison", "coordinator", "coordinators", "team"]);
function neutraliseOurPatient(s: string): string {
  if (!/\bour\s/i.test(s)) return s;
  return s.replace(OUR_PERSON_RE, (all: string, noun: string, tail: string | undefined, next: string | undefined) =>
    next !== undefined && (PATIENT_COMPOUND.has(next.toLowerCase()) || ORG_OWN_NOUNS.has(next.toLowerCase())) ? all : `the${noun}${tail ?? ""}`,
  );
}

/** The organisation speaking of itself: "us", "our", "we", where it is ("located at", "walk-ins", "hours"). */
const ORG_SELF_RE = /\b(?:us|ours?|we|we['’](?:re|ve|ll))\b|\b(?:located|locations?|walk-?ins?|hours|stop\s+by|drop\s+by|come\s+see)\b/gi;
/**
 * A person's own contact details or home: "call her", "reach him at", "her cell", "pt's address",
 * "Maria's email", "lives at", "she is at".
 */
const PERSONAL_CONTACT_RE =
  /\b(?:call|text|phone|ring|reach|contact|email|e-?mail|message|page|fax|visit|send|mail|write\s+to|find)\s+(?:her|him|them|his|their|my|me)\b|\b(?:her|his|their|my|pt['’]?s|patient['’]?s|[A-Z][a-z]+['’]s)\s+(?:(?:new|own|home|cell|mobile|work|personal|email|e-?mail|mailing|street|phone|contact)\s+)?(?:home|house|apartment|apt|address|cell|mobile|phone|number|email|e-?mail|place|condo|flat)\b|\b(?:lives?|living|resides?|residing|stays?|staying)\s+(?:at|on|in)\b|\b(?:she|he|they)(?:['’]s)?\s+(?:is\s+|are\s+)?(?:at|on)\b/gi;
/** The organisation's name right before the contact detail: "at Riverside Health, 1200 Main Street". */
const ORG_NAME_WORDS = toSet(["health", "healthcare", "clinic", "clinics", "hospital", "center", "centre", "medical", "medicine", "pharmacy", "dental", "dentistry", "associates", "partners", "pediatrics", "care", "institute", "foundation", "practice", "group", "lab", "labs", "imaging", "wellness", "therapy", "rehab", "physicians", "surgery", "optometry", "chiropractic", "hospice", "orthodontics", "dermatology", "cardiology", "orthopedics", "urology", "oncology", "obgyn", "midwifery", "counseling", "services"]);
const ORG_NAME_BEFORE_RE = /\b([A-Z][A-Za-z'’&.-]*)(?:\s*[,:–—-]|\s+(?:at|on|is\s+at))?\s*$/;

/**
 * The organisation's own phone, e-mail or address, not a patient's: in its sentence the nearest
 * signal before it is the organisation speaking of itself or naming itself ("visit us at", "our
 * clinic at", "located at", "Riverside Health, 12 Main St"), not a person ("call her at", "her
 * cell", "lives at"); or, with no person in the sentence, a call to action to the reader ("Call
 * 555-201-3344 to book").
 */
function isOrgOwnContact(text: string, c: Candidate): boolean {
  if (!(c.type === "phone" || c.type === "email" || c.type === "address" || c.type === "zip")) return false;
  const from = Math.max(0, c.start - 120);
  let win = text.slice(from, c.start);
  const boundary = Math.max(win.lastIndexOf("\n"), win.search(/[.!?]\s+(?=[^.!?]*$)/));
  if (boundary >= 0) win = win.slice(boundary + 1);
  win = neutraliseOurPatient(win);
  let org = -1;
  let personal = -1;
  ORG_SELF_RE.lastIndex = 0;
  for (let m = ORG_SELF_RE.exec(win); m; m = ORG_SELF_RE.exec(win)) org = m.index;
  PERSONAL_CONTACT_RE.lastIndex = 0;
  for (let m = PERSONAL_CONTACT_RE.exec(win); m; m = PERSONAL_CONTACT_RE.exec(win)) personal = m.index;
  const named = ORG_NAME_BEFORE_RE.exec(win);
  if (named && ORG_NAME_WORDS.has(named[1].toLowerCase())) org = win.length;
  if (org > personal) return true;
  if (personal >= 0) return false;
  return isCallToAction(text, c);
}

function isCallToAction(text: string, c: Candidate): boolean {
  const before = text.slice(Math.max(0, c.start - 60), c.start);
  const after = text.slice(c.end, c.end + 40);
  const line = neutraliseOurPatient(before.slice(before.lastIndexOf("\n") + 1));
  if (/\b(?:me|my|his|her|their|pt|pt's|patient's)\b/i.test(line.slice(-30)) && !/\b(?:us|our)\b/i.test(line.slice(-30))) return false;
  if (CTA_BEFORE.test(line) && CTA_ORG.test(line)) return true;
  if (/^\s*(?:to\s+(?:book|schedule|register|make|learn|sign|reserve|rsvp|enroll|get)|for\s+(?:appointments?|more|info|details|questions|bookings?|reservations?|an?\s+appointment)|today|now)\b/i.test(after) && /\b(?:call|text|dial|phone|email|visit|contact|reach)\b[^.!?\n]{0,20}$/i.test(line)) return true;
  return false;
}

function isPublicNumber(value: string): boolean {
  let d = value.replace(/\D/g, "");
  if (d.length === 11 && d[0] === "1") d = d.slice(1);
  return PUBLIC_NUMBERS.has(d);
}

const EVENT_BEFORE = /\b(?:join(?:\s+us)?|event|webinar|seminar|workshop|class(?:es)?|register|registration|rsvp|open\s+house|clinic\s+day|screening\s+day|drive|fair|walk|run|5k|10k|gala|fundraiser|reunion|party|picnic|celebration|conference|summit|symposium|meeting|deadline|due|closed|close|closes|closing|open|opens|hours|starting|starts|start|begins?|beginning|through|thru|until|till|from|kick(?:s|ing)?\s+off|launch(?:es|ing)?|on\s+sale|held|hosting|hosts?|celebrate|observed|awareness|month|week|day|season|holiday|enrollment|enrolment|period|ends?|ending|expires?|available|schedule|scheduled|appointments?|book|booking|tickets?|deadline|effective|as\s+of|updated|published|posted|released?|announced?|since|by)\b[^.!?\n]{0,30}$/i;

interface Settings {
  phones: string[];
  emails: string[];
  domains: string[];
  addresses: string[];
  staff: string[];
  names: string[];
  publicFigures: string[];
}

function readSettings(settings: Record<string, unknown>): Settings {
  const org = (settings.organization ?? settings.organisation ?? {}) as Record<string, unknown>;
  const list = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === "string") : typeof v === "string" ? [v] : []);
  return {
    phones: list(org.phones).concat(list(org.phone), list(org.fax)),
    emails: list(org.emails).concat(list(org.email)).map((e) => e.toLowerCase()),
    domains: list(org.domains).concat(list(org.domain)).map((d) => d.toLowerCase().replace(/^@/, "")),
    addresses: list(org.addresses).concat(list(org.address)),
    staff: list(org.staff),
    names: list(org.name).concat(list(org.names)),
    publicFigures: list(settings.publicFigures),
  };
}

const normalizeWords = (s: string): string[] =>
  s
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/\b(?:dr|mr|mrs|ms|prof)\b\.?/g, " ")
    .split(/[^a-z0-9]+/)
    .filter(Boolean);

function allowed(c: Candidate, value: string, s: Settings): boolean {
  switch (c.type) {
    case "phone": {
      const d = value.replace(/\D/g, "").slice(-10);
      return d.length >= 7 && s.phones.some((p) => p.replace(/\D/g, "").slice(-10) === d);
    }
    case "email": {
      const v = value.toLowerCase();
      const domain = v.slice(v.indexOf("@") + 1);
      return s.emails.includes(v) || s.domains.some((d) => domain === d || domain.endsWith(`.${d}`));
    }
    case "address":
    case "zip": {
      const w = normalizeWords(value).join(" ");
      return w.length > 0 && s.addresses.some((a) => {
        const aw = normalizeWords(a).join(" ");
        return aw.includes(w) || w.includes(aw) || (w.split(" ").slice(0, 2).join(" ") === aw.split(" ").slice(0, 2).join(" ") && /\d/.test(w.split(" ")[0] ?? ""));
      });
    }
    case "name": {
      const w = normalizeWords(value);
      if (w.length === 0) return false;
      return [...s.staff, ...s.names, ...s.publicFigures].some((n) => {
        const nw = normalizeWords(n);
        return w.every((x) => nw.includes(x));
      });
    }
    default:
      return false;
  }
}

// ---------------------------------------------------------------------------------------------
// Image file names

function imageCandidates(post: Post, push: Push): void {
  for (const img of post.images) {
    const file = decodeURIComponentSafe(img.url.split(/[?#]/)[0].split("/").pop() ?? "");
    const base = file.replace(/\.[A-Za-z0-9]{2,5}$/, "");
    const parts = base.split(/[^A-Za-z0-9]+|(?<=[a-z])(?=[A-Z])/).filter(Boolean);
    if (parts.length < 2) continue;
    const lower = parts.map((p) => p.toLowerCase());
    const clinical = lower.some((p) => IMAGE_WORD.has(p));
    if (!clinical) continue;
    const personal =
      lower.some((p) => p === "patient" || p === "pt" || p === "mrn") && lower.some((p) => /\d{3,}/.test(p) || (isFirstName(p) && commonLevel(p) > 50) || isLastName(p) && commonLevel(p) > 50)
        ? true
        : lower.some((p, i) => isFirstName(p) && commonLevel(p) > 50 && lower[i + 1] !== undefined && /^[a-z]{2,}$/.test(lower[i + 1]) && !IMAGE_WORD.has(lower[i + 1])) ||
          /(?:19|20)\d{2}[-_]?\d{2}[-_]?\d{2}/.test(base) ||
          lower.some((p) => /^\d{6,}$/.test(p));
    if (!personal) continue;
    push({ type: "image", start: img.range[0], end: img.range[1], prio: 95, value: file, tie: "a clinical image named after a person" });
  }
}

function decodeURIComponentSafe(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

// ---------------------------------------------------------------------------------------------
// The rule

function consentReference(fm: Record<string, unknown>): string | undefined {
  const c = fm.consent;
  if (c === undefined || c === null || c === false) return undefined;
  if (typeof c === "string" || typeof c === "number") return String(c).trim() || undefined;
  if (c === true) return "on file";
  if (typeof c === "object") {
    const o = c as Record<string, unknown>;
    const ref = o.reference ?? o.ref ?? o.id ?? o.form;
    if (typeof ref === "string" || typeof ref === "number") return String(ref);
    return "on file";
  }
  return undefined;
}

/** The post's text with the URLs of e-mail links put back (Markdown autolinks e-mail addresses). */
function withEmailLinks(post: Post): string {
  let scan = post.text;
  for (const l of post.links) {
    const url = post.raw.slice(l.urlRange[0], l.urlRange[1]);
    if (!url.includes("@") || /^\w+:\/\/[^@]*$/.test(url)) continue;
    scan = scan.slice(0, l.urlRange[0]) + url + scan.slice(l.urlRange[1]);
  }
  return scan;
}

const ALL_TYPES: ReadonlySet<IdentifierType> = new Set(IDENTIFIER_TYPES);
const typeSets = new WeakMap<IdentifierType[], ReadonlySet<IdentifierType>>();
/** The `types` option as a set, built once per options object rather than once per post. */
function typeSet(types: IdentifierType[] | undefined): ReadonlySet<IdentifierType> {
  if (!types) return ALL_TYPES;
  let set = typeSets.get(types);
  if (!set) {
    set = new Set(types);
    typeSets.set(types, set);
  }
  return set;
}

export default defineRule<Options>({
  meta: {
    id: "patient-identifiers",
    description: "A post contains an identifier of a patient or a patient's relative (HIPAA Safe Harbor's 18 identifiers).",
    defaultSeverity: "error",
    nlp: true,
    sensitive: true,
    options: {
      context: {
        type: "string",
        enum: ["patient", "any"],
        default: "patient",
        description:
          "'patient': report an identifier only when the post ties it to a patient or relative (identifiers sensitive anywhere, such as SSNs and record numbers, always); 'any': report every identifier (audits of archives and exported notes).",
      },
      types: {
        type: "array",
        items: { type: "string", enum: IDENTIFIER_TYPES },
        default: [...IDENTIFIER_TYPES],
        description: "Identifier types to look for.",
      },
    },
    messages: {
      tied: "{{type}} ({{masked}}) is tied to a patient ({{why}}): remove it, or record the patient's written authorisation as `consent:` in front matter.",
      sensitive: "{{type}} ({{masked}}) identifies a patient wherever it appears: remove it.",
      found: "{{type}} ({{masked}}): a HIPAA identifier (context: any).",
      consented: "{{type}} ({{masked}}) {{reason}}; written authorisation on file: {{consent}}.",
    },
  },
  check(ctx) {
    const { post } = ctx;
    const text = post.text;
    const mode = ctx.options.context ?? "patient";
    const types = typeSet(ctx.options.types);
    const any = mode === "any";
    const candidates: Candidate[] = [];
    const push: Push = (c) => {
      if (types.has(c.type)) candidates.push(c);
    };

    const hasDigits = DIGIT_SCREEN.test(text);
    let sentenceCache: Array<[number, number]> | undefined;
    const sentences = (): Array<[number, number]> => (sentenceCache ??= sentenceBounds(text));
    // Which word-led patterns can match at all: one pass over the text (audits run them all).
    const trig = any ? -1 : triggers(text);
    const cues = any ? [] : findCues(text, trig, sentences);
    const deep = any || cues.length > 0 || ((trig & T_RELATIVE) !== 0 && RELATIVE_SCREEN.test(text) && (trig & T_CONDITION) !== 0 && CONDITION_SCREEN.test(text));
    // Without a cue only identifiers sensitive anywhere are reported: SSNs, record, plan, account
    // and card numbers, IBANs, dates labelled as dates of birth; the other detectors need a cue.
    // 1. Identifiers sensitive anywhere: cheap patterns, run on every post that has digits.
    if (hasDigits) {
      findSsn(text, push, trig);
      findLabelled(text, push, deep, trig);
      findMbi(text, push);
      findCards(text, push, !any);
      findIbans(text, push);
    }

    // 2. Everything else, only when it could matter: in `patient` context an identifier outside a
    // cue's scope is reported only when it is a relative's name (or a clinical image).
    const cued = any || cues.length > 0;
    // Cue scopes merged into sorted, disjoint stretches, each with the first cue's reason.
    const stretches: Array<{ s: number; e: number; why: string }> = [];
    for (const q of cues.slice().sort((x, y) => x.scope[0] - y.scope[0])) {
      const last = stretches[stretches.length - 1];
      if (last && q.scope[0] <= last.e) last.e = Math.max(last.e, q.scope[1]);
      else stretches.push({ s: q.scope[0], e: q.scope[1], why: q.why });
    }
    const cueAt = (pos: number): { why: string } | undefined => {
      let lo = 0;
      let hi = stretches.length - 1;
      while (lo <= hi) {
        const mid = (lo + hi) >> 1;
        if (stretches[mid].e <= pos) lo = mid + 1;
        else if (stretches[mid].s > pos) hi = mid - 1;
        else return stretches[mid];
      }
      return undefined;
    };
    let names: NameSpan[] = [];
    if (hasDigits && (cued || ((trig & T_DOB) !== 0 && DOB_STRICT.test(text)))) findDates(text, push);
    if (cued) {
      findAges(text, push);
      if (hasDigits) {
        if (PHONE_SCREEN.test(text) && (any || phoneMayCount(text, cueAt))) findPhones(text, push, any);
        findPhoneShapes(text, push, any);
        findAddresses(text, push);
        findIps(text, push);
        findVins(text, push);
      }
      if (text.includes("@") || post.links.some((l) => l.url.includes("@"))) findEmails(withEmailLinks(post), push);
    }
    if (deep && types.has("name")) {
      const toks = tokenize(text);
      names = findNames(text, toks, sentences());
      if (!any) names.push(...nlpNames(ctx, text, cues, names, candidates));
      for (const n of names) push({ type: "name", start: n.start, end: n.end, prio: 40, notPatient: n.clinician || n.publicFigure });
    }
    if (cued) findRooms(text, push);
    if (post.images.length) imageCandidates(post, push);

    // Dates of birth: a date after "DOB" is sensitive anywhere.
    for (const c of candidates) {
      if (c.type === "date" && DOB_LABEL.test(text.slice(Math.max(0, c.start - 24), c.start))) {
        c.type = "birthdate";
        const label = DOB_STRICT.exec(text.slice(Math.max(0, c.start - 24), c.start));
        if (label) c.always = true;
        else c.tie = c.tie ?? undefined;
      }
    }

    if (candidates.length === 0) return;
    const kept = resolveOverlaps(candidates);
    const nameAt = new Map(names.map((x) => [x.start, x]));
    const settings = readSettings(ctx.settings);
    const consent = consentReference(post.frontMatter);

    for (const c of kept) {
      if (!types.has(c.type)) continue;
      const covered = post.raw.slice(c.start, c.end);
      const value = c.value ?? covered;
      if (allowed(c, value, settings)) continue;
      if (c.type === "phone" && isPublicNumber(value)) continue;
      if (c.type === "phone" && /\bNPI\b[^\d\n]{0,12}$/i.test(text.slice(Math.max(0, c.start - 16), c.start))) continue;

      let why: string | undefined;
      let messageId: "tied" | "sensitive" | "found" = "tied";
      const n = c.type === "name" ? nameAt.get(c.start) : undefined;
      if (any) {
        messageId = "found";
      } else if (c.always) {
        messageId = "sensitive";
      } else {
        if (c.notPatient) continue;
        if (isOrgOwnContact(text, c)) continue;
        if ((c.type === "date" || c.type === "birthdate") && EVENT_BEFORE.test(text.slice(Math.max(0, c.start - 40), c.start))) continue;
        if (c.tie) why = c.tie;
        else {
          const cue = cueAt(c.start);
          if (cue) why = cue.why;
          else if (n?.relative) why = relativeTie(text, n, sentences());
        }
        if (!why) continue;
        // A capitalised first word found by the lexicon alone is too weak outside a reply.
        if (n && n.how === "lexicon" && !cues.some((q) => q.why === REPLY_WHY) && isSentenceStartWord(text, c.start) && commonLevel(covered.toLowerCase()) <= 70) continue;
      }
      const masked = ctx.mask(value);
      const type = TYPE_LABELS[c.type];
      if (consent !== undefined) {
        const reason = messageId === "tied" ? `is tied to a patient (${why})` : messageId === "sensitive" ? "identifies a patient wherever it appears" : "is a HIPAA identifier";
        ctx.report({ messageId: "consented", data: { type, masked, reason, consent }, range: [c.start, c.end], severity: "info" });
      } else {
        ctx.report({ messageId, data: { type, masked, why }, range: [c.start, c.end] });
      }
    }
  },
});

function isSentenceStartWord(text: string, pos: number): boolean {
  return /(?:^|[.!?]\s+|\n\s*)$/.test(text.slice(Math.max(0, pos - 4), pos));
}

/** Room and bed numbers: "room 4B", "bed 12", "rm 302". */
function findRooms(text: string, push: Push): void {
  const re = /\b(?:room|rm|bed|bay|cubicle|exam\s+room)\s*#?\s*([A-Za-z]?\d{1,4}[A-Za-z]?)\b/gi;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    push({ type: "room", start: m.index, end: m.index + m[0].length, prio: 45 });
  }
}

/** compromise's people tagging on the sentences that carry a cue (context "patient" only). */
/** A capitalised word that starts an organisation's name: "Riverside Health", "Cedar Valley Pediatrics". */
const ORG_NAME_AFTER_RE = /^(?:\s+[A-Z][A-Za-z'’&.-]*){0,3}?\s+([A-Z][A-Za-z]+)\b/;

function nlpNames(ctx: RuleContext<Options>, text: string, cues: Cue[], known: NameSpan[], found: Candidate[]): NameSpan[] {
  const out: NameSpan[] = [];
  const seen = new Set<string>();
  let budget = 1200;
  for (const cue of cues) {
    const [a, b] = cue.scope;
    const key = `${a}:${b}`;
    if (seen.has(key) || b - a > budget) continue;
    seen.add(key);
    const slice = text.slice(a, b);
    // Parse only when a capitalised word inside the sentences is not yet explained: a word that is
    // neither sentence-initial, nor inside a name or another identifier found already (an address),
    // nor an everyday word, a day or month, a place, nor the start of an organisation's name.
    let open = false;
    for (const m of slice.matchAll(/(?<=[^\s.!?]\s+)\p{Lu}\p{Ll}+/gu)) {
      const s = a + (m.index ?? 0);
      if (known.some((k) => s >= k.start && s < k.end) || found.some((k) => s >= k.start && s < k.end)) continue;
      const lw = m[0].toLowerCase();
      if (commonLevel(lw) <= 35 || NOTE_WORDS.has(lw) || MONTHS.has(lw) || isPlace(lw)) continue;
      const org = ORG_NAME_AFTER_RE.exec(text.slice(s + m[0].length, s + m[0].length + 80));
      if (org && (ORG_NAME_WORDS.has(org[1].toLowerCase()) || ORG_WORDS.has(org[1].toLowerCase()))) continue;
      open = true;
      break;
    }
    if (!open || styleOf(text, a, b) !== "mixed") continue;
    budget -= b - a;
    const doc = ctx.nlp(slice);
    const people = doc.match("#Person+").json({ offset: true }) as Array<{ text: string; offset?: { start: number; length: number }; terms?: Array<{ tags?: string[] }> }>;
    for (const p of people) {
      if (!p.offset) continue;
      const s = a + p.offset.start;
      const e = s + p.offset.length;
      const v = text.slice(s, e).replace(/[\s.,;:!?)"'’]+$/, "").replace(/['’]s$/, "");
      if (!/^\p{Lu}/u.test(v)) continue;
      if (known.some((k) => s < k.end && k.start < e)) continue;
      const words = v.split(/\s+/);
      if (words.every((w) => commonLevel(w.toLowerCase()) <= 35)) continue;
      const before = text.slice(Math.max(0, s - 24), s);
      const title = /\b([A-Za-z]+)\.?\s*$/.exec(before)?.[1]?.toLowerCase();
      const clinician = title !== undefined && CLINICIAN_BEFORE.has(title);
      const publicFigure = title !== undefined && PUBLIC_TITLE.has(title) && !clinician;
      out.push({ start: s, end: s + v.length, how: "nlp", clinician, publicFigure });
    }
  }
  return out;
}

/** Keeps the stronger of two overlapping candidates (higher priority, then longer). */
function resolveOverlaps(cands: Candidate[]): Candidate[] {
  const sorted = cands.slice().sort((x, y) => y.prio - x.prio || y.end - y.start - (x.end - x.start) || x.start - y.start);
  const kept: Candidate[] = [];
  const held = new IntervalSet();
  for (const c of sorted) {
    if (c.end <= c.start || held.overlaps(c.start, c.end)) continue;
    held.add(c.start, c.end);
    kept.push(c);
  }
  return kept.sort((x, y) => x.start - y.start);
}
