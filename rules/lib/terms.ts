/**
 * Word lists found by looking words up, not by one giant alternation: V8 compiles a regular
 * expression at its first use, and an alternation of hundreds of terms costs milliseconds to
 * compile (more with the `i` flag) on every cold start. A `TermMatcher` finds exactly what
 *
 *   /\b(?<!['’-])(?:term|term|…)(?![\w-]|['’]\w)/g     (terms longest first, a space matching [ \t-])
 *
 * finds on lower-cased text (the `termsRegex` of personalized-medical-advice, with the `i` flag on
 * the text itself when lower-casing is case-insensitive matching: see `NOT_PLAIN_CASE`): every term
 * starts and ends with a word character, so a match starts where a run of word characters starts,
 * and the term's first run of word characters is that whole run. The run is looked up; only the
 * terms that start with it are compared.
 */

/**
 * Characters whose lower case is not what the `i` flag matches them with (ı, ſ, the Kelvin sign,
 * İ, and the Greek mu of µg): in a text with one, match with the regex on the text itself.
 */
export const NOT_PLAIN_CASE = /[\u0130\u0131\u017f\u212a\u039c\u03bc]/;

/** Is the UTF-16 code unit `c` one that `\w` matches (ASCII letters, digits, _)? */
export function isWordCode(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95;
}

/** The end of the run of word characters that starts at `i`. */
export function runEnd(s: string, i: number): number {
  while (i < s.length && isWordCode(s.charCodeAt(i))) i++;
  return i;
}

/** ' ’ - : no term starts right after one. */
function isJoiner(c: number): boolean {
  return c === 39 || c === 0x2019 || c === 45;
}

/** `(?![\w-]|['’]\w)` at `i`. */
export function termEndsAt(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  if (isWordCode(c) || c === 45) return false;
  return !((c === 39 || c === 0x2019) && isWordCode(s.charCodeAt(i + 1)));
}

export class TermMatcher {
  /** Terms by their first run of word characters, each list longest first. */
  private readonly byHead = new Map<string, string[]>();

  /** `terms`: lower-case, each starting and ending with a word character (checked). */
  constructor(terms: Iterable<string>) {
    const uniq = [...new Set([...terms].map((t) => t.toLowerCase()))].sort((a, b) => b.length - a.length);
    for (const t of uniq) {
      if (!isWordCode(t.charCodeAt(0)) || !isWordCode(t.charCodeAt(t.length - 1))) throw new Error(`TermMatcher: '${t}' must start and end with a word character`);
      const head = t.slice(0, runEnd(t, 0));
      const list = this.byHead.get(head);
      if (list) list.push(t);
      else this.byHead.set(head, [t]);
    }
  }

  /** The longest term that matches at `at` (a run's start), or null. */
  private termAt(lower: string, at: number, head: string): string | null {
    const list = this.byHead.get(head);
    if (!list) return null;
    for (const t of list) {
      let ok = true;
      for (let k = head.length; k < t.length; k++) {
        const tc = t.charCodeAt(k);
        const c = lower.charCodeAt(at + k);
        if (tc === 32 ? !(c === 32 || c === 9 || c === 45) : c !== tc) {
          ok = false;
          break;
        }
      }
      if (ok && termEndsAt(lower, at + t.length)) return t;
    }
    return null;
  }

  /** The first match at or after `from` in `lower` (lower-cased text): [start, end], or null. */
  first(lower: string, from = 0): [number, number] | null {
    return firstRun(lower, from, (start, end) => {
      const t = this.termAt(lower, start, lower.slice(start, end));
      return t === null ? null : [start, start + t.length];
    });
  }
}

/**
 * Words that end in a stem, as `\b(?<!['’-])[a-z]{3,}(?:stem|…)s?(?![\w-])` finds them on
 * lower-cased text: a whole run of letters a-z, not after ' ’ -, not before a hyphen, with at least
 * three letters before the stem (and an "s" after it, or not).
 */
export class StemMatcher {
  private readonly stems: readonly string[];
  constructor(stems: Iterable<string>) {
    this.stems = [...new Set([...stems].map((s) => s.toLowerCase()))];
    for (const s of this.stems) if (!/^[a-z]+$/.test(s)) throw new Error(`StemMatcher: '${s}' must be letters a-z`);
  }

  /** Is the run [start, end) of `lower` a word ending in a stem? */
  private isStemWord(lower: string, start: number, end: number): boolean {
    for (let k = start; k < end; k++) {
      const c = lower.charCodeAt(k);
      if (c < 97 || c > 122) return false;
    }
    const len = end - start;
    for (const stem of this.stems) {
      if (len >= stem.length + 3 && lower.endsWith(stem, end)) return true;
      if (len >= stem.length + 4 && lower.charCodeAt(end - 1) === 115 && lower.endsWith(stem, end - 1)) return true;
    }
    return false;
  }

  /** The first word at or after `from` that ends in a stem: [start, end], or null. */
  first(lower: string, from = 0): [number, number] | null {
    return firstRun(lower, from, (start, end) => (lower.charCodeAt(end) !== 45 && this.isStemWord(lower, start, end) ? [start, end] : null));
  }
}

/**
 * The first run of word characters in `lower` at or after `from` (a run that `from` cuts is
 * skipped: a match starts where a run starts) and not right after a joiner, for which `test`
 * gives a match.
 */
function firstRun(lower: string, from: number, test: (start: number, end: number) => [number, number] | null): [number, number] | null {
  const n = lower.length;
  let i = from;
  if (i > 0 && isWordCode(lower.charCodeAt(i - 1))) i = runEnd(lower, i);
  while (i < n) {
    if (!isWordCode(lower.charCodeAt(i))) {
      i++;
      continue;
    }
    const end = runEnd(lower, i);
    if (i === 0 || !isJoiner(lower.charCodeAt(i - 1))) {
      const match = test(i, end);
      if (match !== null) return match;
    }
    i = end;
  }
  return null;
}
