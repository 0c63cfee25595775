import { defineRule } from "../src/rule.js";
import type { Post, Range } from "../src/types.js";
import {
  CITED_YEAR_CONTEXTS,
  FIGURE,
  HISTORICAL,
  NEW_EVIDENCE,
  SEASON_ADVICE,
  YEAR_IN_NAME,
} from "./data/stale-statistic.js";

type Options = {
  maxAgeYears: number;
  newWithinYears: number;
  flagUndatedNew: boolean;
};

/** Cheap screen: a year, a season, or a claim of newness. */
const SCREEN = /\b(?:19|20)\d{2}\b|\b(?:new|newly|recent|recently|latest|just)\b/i;
const YEAR = /\b(?:19|20)\d{2}\b/g;
/** Every pattern but `NEW_EVIDENCE` needs a year: posts without one skip them. */
const ANY_YEAR = /(?:19|20)\d{2}/;
/**
 * `NEW_EVIDENCE` needs one word of each group (matched with /gi, where an ASCII letter matches only
 * itself in either case, so the words are found in the lower-cased prose).
 */
const NEW_EVIDENCE_WORDS: ReadonlyArray<readonly string[]> = [
  ["new", "recent", "latest", "just", "this"],
  ["stud", "research", "report", "survey", "data", "analysis", "trial", "findings", "review", "paper", "statistics", "stats", "numbers", "estimates"],
];
const CITATION_OR_LINK = /\b(?:doi:?\s*10\.\d{4,9}\/|10\.\d{4,9}\/\S|PMID:?\s*\d{6,9}|PMC\d{5,9}|NCT\d{8})/i;

export default defineRule<Options>({
  meta: {
    id: "stale-statistic",
    description:
      "A statistic or citation dated more than maxAgeYears before the post, a \"new study\" that is old or undated, or last season's vaccine advice.",
    defaultSeverity: "info",
    options: {
      maxAgeYears: {
        type: "integer",
        minimum: 0,
        default: 5,
        description: "A cited year more than this many years before the post's date (front matter `date`, else today) is stale.",
      },
      newWithinYears: {
        type: "integer",
        minimum: 0,
        default: 1,
        description: "\"A new study\" dated more than this many years before the post's date is not new.",
      },
      flagUndatedNew: {
        type: "boolean",
        default: true,
        description: "Report \"a new study\" that gives neither a year nor a link or identifier (DOI, PMID, NCT) to date it.",
      },
    },
    messages: {
      oldYear:
        "This figure is dated {{year}}, {{age}} years before the post ({{ref}}): look for newer data, or say why the {{year}} figure still holds (WHO: check the date).",
      newButOld: "\"{{phrase}}\" is dated {{year}}, {{age}} years before the post ({{ref}}): it is no longer new.",
      newUndated:
        "\"{{phrase}}\" gives no year and no link: say when it was published, so the post does not go stale (WHO: check the date).",
      lastSeason:
        "\"{{season}}\" is past-season advice at the post's date ({{ref}}): vaccines are updated every season; refer to the {{current}} season.",
    },
  },
  check(ctx) {
    const { post } = ctx;
    const text = post.text;
    if (!SCREEN.test(text)) return;
    const hasYear = ANY_YEAR.test(text);
    const lower = text.toLowerCase();
    const mayBeNew = NEW_EVIDENCE_WORDS.every((group) => group.some((w) => lower.includes(w)));
    if (!hasYear && !mayBeNew) return;
    // The post's date, worked out when a pattern first needs it.
    let refDate: RefDate | undefined;
    const reference = (): RefDate => (refDate ??= referenceDate(post, ctx.today));
    const taken: Range[] = [];
    const overlaps = (r: Range) => taken.some(([s, e]) => r[0] < e && s < r[1]);

    // 1. Last season's advice.
    SEASON_ADVICE.lastIndex = 0;
    let m: RegExpExecArray | null;
    while (hasYear && (m = SEASON_ADVICE.exec(text)) !== null) {
      const ref = reference();
      const currentSeason = ref.month >= 7 ? ref.year : ref.year - 1;
      const start = Number(m[1] ?? m[3]);
      const range: Range = [m.index, m.index + m[0].length];
      taken.push(range);
      if (start < currentSeason && start <= ref.year) {
        ctx.report({
          messageId: "lastSeason",
          data: { season: m[0].replace(/\s+/g, " "), ref: ref.label, current: `${currentSeason}-${String((currentSeason + 1) % 100).padStart(2, "0")}` },
          range,
        });
      }
    }

    // 2. "A new study" that is old, or has no date.
    NEW_EVIDENCE.lastIndex = 0;
    while (mayBeNew && (m = NEW_EVIDENCE.exec(text)) !== null) {
      const ref = reference();
      const range: Range = [m.index, m.index + m[0].length];
      if (overlaps(range)) continue;
      const [ss, se] = sentenceAround(text, range[0], range[1]);
      const years = yearsIn(text, ss, Math.min(text.length, se + 40)).filter((y) => y.year <= ref.year && !y.inName);
      taken.push([ss, se]);
      if (years.length > 0) {
        const newest = years.reduce((a, b) => (b.year > a.year ? b : a));
        const age = ref.year - newest.year;
        if (age > ctx.options.newWithinYears) {
          ctx.report({ messageId: "newButOld", data: { phrase: m[0], year: newest.year, age, ref: ref.label }, range });
        }
      } else if (ctx.options.flagUndatedNew && post.links.length === 0 && !CITATION_OR_LINK.test(text)) {
        ctx.report({ messageId: "newUndated", data: { phrase: m[0] }, range });
      }
    }

    // 3. A cited year, or the year of a figure, older than maxAgeYears.
    for (const c of hasYear ? CITED_YEAR_CONTEXTS : []) {
      c.pattern.lastIndex = 0;
      while ((m = c.pattern.exec(text)) !== null) {
        const found = m.slice(1).filter((g): g is string => g !== undefined && /^(?:19|20)\d{2}$/.test(g));
        if (found.length === 0) continue;
        const yearText = found[found.length - 1];
        const year = Number(yearText);
        const at = m.index + m[0].lastIndexOf(yearText);
        const range: Range = [at, at + 4];
        if (overlaps(range)) continue;
        const [ss, se] = sentenceAround(text, at, at + 4);
        const sentence = text.slice(ss, se);
        if (c.id === "in-year-statistic" && !FIGURE.test(sentence)) continue;
        if (historical(text, at, ss, se)) continue;
        if (YEAR_IN_NAME.test(text.slice(Math.max(ss, at - 30), at))) continue;
        taken.push(range);
        const ref = reference();
        const age = ref.year - year;
        if (year > ref.year || age <= ctx.options.maxAgeYears) continue;
        ctx.report({ messageId: "oldYear", data: { year, age, ref: ref.label }, range });
      }
    }
  },
});

interface RefDate {
  year: number;
  month: number;
  label: string;
}

/** The post's date from front matter `date`, else `today`. */
export function referenceDate(post: Post, today: string): RefDate {
  const d = post.frontMatter.date;
  const parsed = d instanceof Date ? d : typeof d === "string" ? new Date(d.trim()) : typeof d === "number" ? new Date(String(d)) : undefined;
  if (parsed && !Number.isNaN(parsed.getTime())) {
    const iso = parsed.toISOString().slice(0, 10);
    return { year: parsed.getUTCFullYear(), month: parsed.getUTCMonth() + 1, label: `post date ${iso}` };
  }
  const [y, mo] = today.split("-").map(Number);
  return { year: y, month: mo || 1, label: `today, ${today}` };
}

/** Years in [from, to), with whether each is part of a name ("Healthy People 2030"). */
function yearsIn(text: string, from: number, to: number): Array<{ year: number; inName: boolean }> {
  const out: Array<{ year: number; inName: boolean }> = [];
  const slice = text.slice(from, to);
  YEAR.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = YEAR.exec(slice)) !== null) {
    const at = from + m.index;
    out.push({ year: Number(m[0]), inName: YEAR_IN_NAME.test(text.slice(Math.max(from, at - 30), at)) || /^-\d/.test(text.slice(at + 4, at + 6)) });
  }
  return out;
}

/**
 * A year is a historical fact when a word of history is close to it in its clause ("licensed in
 * 1955", "In 1998, we opened...", "the 2009 H1N1 pandemic").
 */
function historical(text: string, at: number, ss: number, se: number): boolean {
  const clauseStart = Math.max(ss, lastIndexOfAny(text, ",;:—–(", at) + 1, at - 60);
  const before = text.slice(clauseStart, at);
  const clauseEnd = Math.min(se, firstIndexOfAny(text, ";:—–)", at + 4), at + 60);
  const after = text.slice(at + 4, clauseEnd);
  // "In 1955, the vaccine was licensed": the clause after the year's comma counts too.
  const afterWords = after.split(/\s+/).slice(0, 9).join(" ");
  // "...and it has not slowed since": after the year, "since" dates nothing.
  return HISTORICAL.test(before.split(/\s+/).slice(-5).join(" ")) || HISTORICAL.test(afterWords.replace(/\bsince\b/gi, " "));
}

function lastIndexOfAny(text: string, chars: string, before: number): number {
  let best = -1;
  for (const c of chars) best = Math.max(best, text.lastIndexOf(c, before - 1));
  return best;
}

function firstIndexOfAny(text: string, chars: string, from: number): number {
  let best = text.length;
  for (const c of chars) {
    const i = text.indexOf(c, from);
    if (i !== -1) best = Math.min(best, i);
  }
  return best;
}

/** The sentence around [start, end), looked for within 300 characters either side. */
function sentenceAround(text: string, start: number, end: number): [number, number] {
  const lo = Math.max(0, start - 300);
  const hi = Math.min(text.length, end + 300);
  let s = start;
  while (s > lo) {
    const c = text[s - 1];
    if (c === "\n" || c === "\r") break;
    if (/\s/.test(c) && s >= 2 && /[.!?]/.test(text[s - 2]) && !/\b(?:Dr|Mr|Ms|Mrs|St|vs|al|e\.g|i\.e)\.$/i.test(text.slice(Math.max(0, s - 6), s - 1))) break;
    s--;
  }
  let e = end;
  while (e < hi) {
    const c = text[e];
    if (c === "\n" || c === "\r") break;
    if (/[.!?]/.test(c) && (e + 1 >= text.length || /\s/.test(text[e + 1])) && !/\b(?:Dr|Mr|Ms|Mrs|St|vs|al|e\.g|i\.e)$/i.test(text.slice(Math.max(0, e - 4), e))) {
      e++;
      break;
    }
    e++;
  }
  return [s, e];
}
