/**
 * "Does the post hold these letters in a row?": a screen shared by rules that look for many fixed
 * strings (`unsubstantiated-claim`, `medical-jargon`). One pass over a post's lower-cased prose
 * (`GramTable.mark`) records its character pairs and (hashed) triples; a string may occur in the
 * post only if every pair and triple of it was recorded, which spares most `includes` calls and
 * every search for a string that cannot be there.
 *
 * Slots are shared (non-ASCII characters fold onto ASCII slots, triples are hashed), so a clash
 * only says "may": callers confirm with `includes` or the search itself, never trust a pass.
 */

/** A string to screen for, with the slots of its grams. */
export interface GramString {
  text: string;
  /** Slots of the string's triples, or of its pair when it has two characters (none when shorter). */
  grams: readonly number[];
  /** `grams` are pair slots (a string of two characters). */
  pair: boolean;
}

const TRIPLE_SLOTS = 1 << 16;
const PAIR_SLOTS = 1 << 14;
/** The slot of the characters a, b in a row. */
const pairSlot = (a: number, b: number): number => ((a & 0x7f) << 7) | (b & 0x7f);
/** The (hashed) slot of the characters a, b, c in a row. */
const tripleSlot = (a: number, b: number, c: number): number => (Math.imul(a, 0x9e3779b1) ^ Math.imul(b, 0x85ebca77) ^ Math.imul(c, 0xc2b2ae3d)) >>> 16;

/** The grams of `text` (lower-case, as the prose it is looked for in). */
export function gramString(text: string): GramString {
  const grams: number[] = [];
  if (text.length === 2) grams.push(pairSlot(text.charCodeAt(0), text.charCodeAt(1)));
  for (let i = 2; i < text.length; i++) grams.push(tripleSlot(text.charCodeAt(i - 2), text.charCodeAt(i - 1), text.charCodeAt(i)));
  return { text, grams, pair: text.length === 2 };
}

/** The slots of several strings together, for `GramTable.mayHoldAll`. */
export function gramSlots(strings: Iterable<string>): { triples: number[]; pairs: number[] } {
  const triples = new Set<number>();
  const pairs = new Set<number>();
  for (const s of strings) {
    const g = gramString(s);
    for (const slot of g.grams) (g.pair ? pairs : triples).add(slot);
  }
  return { triples: [...triples], pairs: [...pairs] };
}

/** The pairs and triples of one text at a time (the last one marked). */
export class GramTable {
  private readonly pairs = new Uint32Array(PAIR_SLOTS);
  private readonly triples = new Uint32Array(TRIPLE_SLOTS);
  private stamp = 0;
  private text = "";

  /** Records the grams of `lower` (a post's prose, lower-cased): the text the other methods ask about. */
  mark(lower: string): void {
    if (this.stamp === 0xffffffff) {
      this.pairs.fill(0);
      this.triples.fill(0);
      this.stamp = 0;
    }
    const stamp = ++this.stamp;
    const pairs = this.pairs;
    const triples = this.triples;
    this.text = lower;
    let a = lower.charCodeAt(0);
    let b = lower.charCodeAt(1);
    if (lower.length >= 2) pairs[pairSlot(a, b)] = stamp;
    for (let i = 2; i < lower.length; i++) {
      const c = lower.charCodeAt(i);
      pairs[pairSlot(b, c)] = stamp;
      triples[tripleSlot(a, b, c)] = stamp;
      a = b;
      b = c;
    }
  }

  /** May the marked text hold `s` (every gram of it recorded)? Not confirmed: see `holds`. */
  mayHold(s: GramString): boolean {
    const table = s.pair ? this.pairs : this.triples;
    const stamp = this.stamp;
    const grams = s.grams;
    // (Indexed loops here and below: the first posts run in V8's interpreter, where for…of is slow.)
    for (let i = 0; i < grams.length; i++) if (table[grams[i]] !== stamp) return false;
    return true;
  }

  /**
   * May the marked text hold all of several strings: `triples`, the triple slots of the ones of three
   * characters or more, and `pairs`, the pair slots of the ones of two (see `gramSlots`)?
   */
  mayHoldAll(slots: { triples: readonly number[]; pairs: readonly number[] }): boolean {
    const stamp = this.stamp;
    const triples = this.triples;
    const t = slots.triples;
    for (let i = 0; i < t.length; i++) if (triples[t[i]] !== stamp) return false;
    const pairs = this.pairs;
    const p = slots.pairs;
    for (let i = 0; i < p.length; i++) if (pairs[p[i]] !== stamp) return false;
    return true;
  }

  /** Does the marked text hold `s`: its grams first, then `includes`. */
  holds(s: GramString): boolean {
    return this.mayHold(s) && this.text.includes(s.text);
  }
}

const SHARED = new GramTable();
let sharedText: string | null = null;
let sharedSource: string | undefined;

/**
 * The table of `lower` marked, shared by the rules (they run one after the other on the same post,
 * and mark the same lower-cased prose): marked again only when the text differs. `source`, the text
 * `lower` is the lower case of (the post's prose, the same string for every rule), is compared
 * first: the same string is found equal at once, where two lower-cased copies are compared
 * character by character. Use the table at once: the next call may mark another text.
 */
export function gramsOf(lower: string, source?: string): GramTable {
  if (source !== undefined && source === sharedSource) return SHARED;
  if (sharedText !== lower) {
    SHARED.mark(lower);
    sharedText = lower;
  }
  sharedSource = source;
  return SHARED;
}
