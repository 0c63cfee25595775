import twitterText, { type ParsedTweet, type ParseTweetOptions } from "twitter-text";
import { defineRule } from "../src/rule.js";
import type { Link, Platform, Post, Range, RuleContext } from "../src/types.js";
import { FOLDS, LIMITS, REQUIRED_CUES, type RequiredKind } from "./data/platform-length.js";

/**
 * A post as it is published: what a reader of the platform sees, with a map back to the file.
 *
 * - Prose is kept as written, line breaks included (CRLF counts as one line break), trimmed.
 * - A Markdown link `[text](url)` is published as `text url`: the platforms show no link text, so
 *   the URL has to appear in the post (on X it counts 23 whatever its length). A link whose text is
 *   itself a URL (`[cdc.gov/flu](https://www.cdc.gov/flu)`), an autolink and a bare URL are
 *   published as the URL the reader sees.
 * - Images are attached media: neither the image syntax nor its alt text is part of the text.
 * - Code (fenced, indented, inline), HTML comments and tags, reference definitions and front matter
 *   are notes to the reviewer, not published.
 * - Markdown syntax is reduced (Markdown files only): ATX heading markers, backslash escapes, and
 *   emphasis delimiters (`*`, `_`, `~~`) that open and close on one line are dropped, as a
 *   Markdown-to-text export would. `.txt` posts are published exactly as written.
 */
export interface Published {
  text: string;
  /** `text` with its URLs blanked by spaces (same offsets): for finding hashtags without URL fragments. */
  withoutUrls: string;
  /** The offset in the post that the published text's UTF-16 unit `k` comes from. */
  sourceAt(k: number): number;
}

const publishedCache = new WeakMap<Post, Published>();

export function publishedText(post: Post): Published {
  let p = publishedCache.get(post);
  if (!p) {
    p = buildPublished(post);
    publishedCache.set(post, p);
  }
  return p;
}

/** The post range `[start, end)` that published text `[s, e)` comes from. */
export function toPostRange(p: Published, s: number, e: number): Range {
  const n = p.text.length;
  if (n === 0) return [0, 0];
  const a = p.sourceAt(Math.max(0, Math.min(s, n - 1)));
  const b = p.sourceAt(Math.max(0, Math.min(e, n) - 1)) + 1;
  return [a, Math.max(a, b)];
}

/** A run of published text: `str` at published offset `at`, from post offset `from` on (or `map`). */
interface Piece {
  at: number;
  str: string;
  from: number;
  map?: number[];
  /** The piece is a URL (or a space and a URL). */
  url?: boolean;
}

/** Index of the last element of `starts` (sorted) that is <= k. */
function lastAtOrBefore(starts: number[], k: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= k) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/**
 * The pieces of published text, in order, and their concatenation. A class, so that every piece
 * and every builder has one shape (what keeps the optimised code of `buildPublished` valid).
 */
class Pieces {
  readonly list: Piece[] = [];
  /** `list[i].at`, for binary search. */
  readonly starts: number[] = [];
  out = "";
  hasUrls = false;
  /** Start of the current run of unmasked characters of the post, or -1. */
  run = -1;

  constructor(readonly raw: string) {}

  add(str: string, from: number, map: number[] | undefined, url: boolean): void {
    if (str.length === 0) return;
    this.list.push({ at: this.out.length, str, from, map, url });
    this.starts.push(this.out.length);
    this.out += str;
    if (url) this.hasUrls = true;
  }

  /** Ends the current run of unmasked characters at `end`. */
  flush(end: number): void {
    if (this.run >= 0) this.add(this.raw.slice(this.run, end), this.run, undefined, false);
    this.run = -1;
  }
}

function buildPublished(post: Post): Published {
  const { raw, text } = post;
  const pieces = new Pieces(raw);
  const n = raw.length;
  // Nothing masked, no link, no image, no carriage return (half the posts): published as written.
  if (post.links.length === 0 && post.images.length === 0 && raw === text && !raw.includes("\r")) {
    pieces.add(raw, 0, undefined, false);
    return finishPublished(pieces, post.format);
  }
  const links = post.links.length > 1 ? post.links.slice().sort((a, b) => a.range[0] - b.range[0]) : post.links;
  const images = post.images.length > 1 ? post.images.slice().sort((a, b) => a.range[0] - b.range[0]) : post.images;
  let li = 0;
  let ii = 0;
  let i = 0;
  // Where the next carriage return is (n when none): most posts have none.
  let cr = raw.indexOf("\r");
  if (cr < 0) cr = n;
  while (i < n) {
    while (ii < images.length && images[ii].range[1] <= i) ii++;
    if (ii < images.length && images[ii].range[0] <= i) {
      pieces.flush(i);
      i = images[ii].range[1];
      continue;
    }
    while (li < links.length && links[li].range[1] <= i) li++;
    const link = li < links.length ? links[li] : undefined;
    if (link && i >= link.urlRange[0] && i < link.urlRange[1]) {
      pieces.flush(i);
      addLink(pieces, link);
      i = link.range[1];
      li++;
      continue;
    }
    // Up to the next image or link boundary, nothing but masking and carriage returns matters.
    let stop = n;
    if (ii < images.length) stop = Math.min(stop, images[ii].range[0]);
    if (link) stop = Math.min(stop, link.urlRange[0] > i ? link.urlRange[0] : link.range[1]);
    if (cr < i) {
      cr = raw.indexOf("\r", i);
      if (cr < 0) cr = n;
    }
    while (i < stop) {
      // A run the masking left as it was, up to the next carriage return: published as written.
      const same = unmaskedUpTo(raw, text, i, Math.min(stop, cr));
      if (same > i) {
        if (pieces.run < 0) pieces.run = i;
        i = same;
        continue;
      }
      pieces.flush(i);
      if (text.charCodeAt(i) === raw.charCodeAt(i)) {
        // Not masked, so a carriage return: a lone CR is a line break; CRLF is one.
        if (raw.charCodeAt(i + 1) !== 10) pieces.add("\n", i, undefined, false);
        cr = raw.indexOf("\r", i + 1);
        if (cr < 0) cr = n;
      } // else masked: not published
      i++;
    }
  }
  pieces.flush(n);
  return finishPublished(pieces, post.format);
}

/** What a link publishes (see `Published`). */
function addLink(pieces: Pieces, link: Link): void {
  const raw = pieces.raw;
  if (link.text === undefined) {
    const v = visibleUrl(raw.slice(link.range[0], link.range[1]), link.url);
    if (v.offset >= 0) pieces.add(v.text, link.range[0] + v.offset, undefined, true);
    else pieces.add(v.text, link.urlRange[0], Array.from(v.text, () => link.urlRange[0]), true);
  } else if (!looksLikeUrl(link.text)) {
    // " url", mapped onto the link's `](url)` so a range over it covers the link's URL.
    const url = " " + link.url.replace(/^(?:mailto|tel):/i, "");
    const last = link.urlRange[1] - 1;
    const map: number[] = [];
    for (let k = 0; k < url.length; k++) map.push(k === url.length - 1 ? last : Math.min(link.urlRange[0] + k, last));
    pieces.add(url, link.urlRange[0], map, true);
  }
}

/** The published text of the pieces: Markdown syntax a text export drops removed, then trimmed. */
function finishPublished(pieces: Pieces, format: Post["format"]): Published {
  const { list, starts, hasUrls } = pieces;
  const out = pieces.out;
  const outSource = (k: number): number => {
    const p = list[lastAtOrBefore(starts, k)];
    return p.map ? p.map[k - p.at] : p.from + (k - p.at);
  };
  // Markdown syntax a text export drops, then trimming: kept runs of `out`.
  const drops = format === "markdown" ? markdownSyntax(out) : [];
  const kept: Array<[number, number]> = [];
  let from = 0;
  for (const d of drops) {
    if (d > from) kept.push([from, d]);
    from = d + 1;
  }
  if (from < out.length) kept.push([from, out.length]);
  let blankOut = out;
  if (hasUrls) {
    blankOut = "";
    for (const p of list) blankOut += p.url ? " ".repeat(p.str.length) : p.str;
  }
  let joined = "";
  let joinedBlank = "";
  const keptStarts: number[] = [];
  if (drops.length === 0) {
    // Nothing dropped: `out` as it is (one kept run, or none when it is empty).
    if (out.length > 0) keptStarts.push(0);
    joined = out;
    joinedBlank = blankOut;
  } else {
    for (const [a, b] of kept) {
      keptStarts.push(joined.length);
      joined += out.slice(a, b);
      if (hasUrls) joinedBlank += blankOut.slice(a, b);
    }
  }
  // Trim: a post is published without leading or trailing blank space.
  let s = 0;
  let e = joined.length;
  while (s < e && isSpace(joined.charCodeAt(s))) s++;
  while (e > s && isSpace(joined.charCodeAt(e - 1))) e--;
  joined = joined.slice(s, e);
  joinedBlank = hasUrls ? joinedBlank.slice(s, e) : joined;
  const trimStart = s;
  return {
    text: joined,
    withoutUrls: joinedBlank,
    sourceAt(k: number): number {
      const j = k + trimStart;
      const r = lastAtOrBefore(keptStarts, j);
      return outSource(kept[r][0] + (j - keptStarts[r]));
    },
  };
}

/** The end of the run from `from` (below `to`) where `text` is `raw` as it is: compared by blocks. */
function unmaskedUpTo(raw: string, text: string, from: number, to: number): number {
  let k = from;
  while (to - k >= 32 && raw.slice(k, k + 32) === text.slice(k, k + 32)) k += 32;
  while (k < to && raw.charCodeAt(k) === text.charCodeAt(k)) k++;
  return k;
}

function isSpace(c: number): boolean {
  return c === 32 || c === 10 || c === 9 || c === 13 || c === 12 || c === 11 || c === 0xa0 || c === 0x3000 || (c >= 0x2000 && c <= 0x200a) || c === 0xfeff;
}

/** The URL a reader sees for an autolink or bare URL, and where it starts in the link's source. */
function visibleUrl(rawLink: string, url: string): { text: string; offset: number } {
  if (rawLink.startsWith("<") && rawLink.endsWith(">")) return { text: rawLink.slice(1, -1), offset: 1 };
  if (rawLink.startsWith("[")) {
    const close = rawLink.indexOf("]");
    if (close > 0) return { text: rawLink.slice(1, close), offset: 1 };
  }
  return rawLink.length > 0 ? { text: rawLink, offset: 0 } : { text: url, offset: -1 };
}

function looksLikeUrl(s: string): boolean {
  const t = s.trim();
  if (t === "" || /\s/.test(t)) return false;
  const urls = twitterText.extractUrlsWithIndices(t);
  return urls.length === 1 && urls[0].indices[0] === 0 && urls[0].indices[1] === t.length;
}

const PUNCT = /[\p{P}\p{S}]/u;
const isWs = (c: string | undefined): boolean => c === undefined || /\s/.test(c);
const isPunct = (c: string | undefined): boolean => c !== undefined && PUNCT.test(c);

/**
 * Which characters of a Markdown post's text are syntax a Markdown-to-text export drops: ATX
 * heading markers, backslash escapes, and emphasis delimiters paired on one line (CommonMark's
 * flanking rules, so `snake_case` and `#Μαχάτμα_Γκάντι` keep their underscores). Returns the
 * offsets to drop, sorted. Linear (a sort per line of the few delimiters it pairs).
 */
function markdownSyntax(s: string): number[] {
  const drop: number[] = [];
  // The next `*`, `_`, `~` or `\\` at or after `from` (s.length if none), searched once per position.
  let cached = -1;
  const nextSyntax = (from: number): number => {
    if (cached >= from) return cached;
    SYNTAX.lastIndex = from;
    const m = SYNTAX.exec(s);
    cached = m ? m.index : s.length;
    return cached;
  };
  let ls = 0;
  while (ls <= s.length) {
    let le = s.indexOf("\n", ls);
    if (le < 0) le = s.length;
    // At most 3 spaces, 6 markers and a few spaces: a short slice keeps this linear. Tried only
    // when a "#" opens the line after at most 3 spaces.
    let h = ls;
    while (h < le && h < ls + 3 && s.charCodeAt(h) === 32) h++;
    const heading = s.charCodeAt(h) === 35 ? /^ {0,3}#{1,6}(?:[ \t]+|$)/.exec(s.slice(ls, Math.min(le, ls + 12))) : null;
    if (heading) for (let k = 0; k < heading[0].length; k++) drop.push(ls + k);
    let k = nextSyntax(heading ? ls + heading[0].length : ls);
    if (k >= le) {
      ls = le + 1;
      continue;
    }
    const stacks: Record<string, Array<{ pos: number; len: number }>> = { "*": [], _: [], "~": [] };
    const pairs: number[] = [];
    while (k < le) {
      const c = s[k];
      if (c === "\\") {
        const escapes = k + 1 < le && /[!-/:-@[-`{-~]/.test(s[k + 1]);
        if (escapes) pairs.push(k);
        k = nextSyntax(escapes ? k + 2 : k + 1);
        continue;
      }
      let r = k;
      while (r < le && s[r] === c) r++;
      const len = r - k;
      if (c !== "~" || len === 2) {
        const prev = k > ls ? s[k - 1] : undefined;
        const next = r < le ? s[r] : undefined;
        const left = !isWs(next) && (!isPunct(next) || isWs(prev) || isPunct(prev));
        const right = !isWs(prev) && (!isPunct(prev) || isWs(next) || isPunct(next));
        const canOpen = c === "_" ? left && (!right || isPunct(prev)) : left;
        const canClose = c === "_" ? right && (!left || isPunct(next)) : right;
        const stack = stacks[c];
        if (canClose && stack.length > 0) {
          const open = stack.pop()!;
          const used = Math.min(open.len, len, 3);
          for (let q = 0; q < used; q++) pairs.push(open.pos + open.len - 1 - q, k + q);
        } else if (canOpen) {
          stack.push({ pos: k, len });
        }
      }
      k = nextSyntax(r);
    }
    pairs.sort((x, y) => x - y);
    for (const p of pairs) drop.push(p);
    ls = le + 1;
  }
  return drop;
}

const SYNTAX = /[*_~\\]/g;

/** X's weighted length of a text (twitter-text's `parseTweet`, the counting X uses today). */
export function xLength(text: string, max = 280): ParsedTweet {
  return twitterText.parseTweet(text, max === 280 ? X_CONFIG : { ...X_CONFIG, maxWeightedTweetLength: max });
}

/** twitter-text's current configuration (v3: emoji count 2, CJK 2, URLs 23, 280 in all). */
const X_CONFIG: ParseTweetOptions = (twitterText as unknown as { configs: { defaults: ParseTweetOptions } }).configs.defaults;

export const PLATFORM_NAMES: Record<Platform, string> = {
  x: "X",
  linkedin: "LinkedIn",
  instagram: "Instagram",
  facebook: "Facebook",
  threads: "Threads",
  generic: "a post with no platform set",
};

type Options = {
  max?: number;
  folds?: Partial<Record<Platform, number>>;
};

const count = { type: "integer", minimum: 0 } as const;

export default defineRule<Options>({
  meta: {
    id: "platform-length",
    description: "A post is longer than its platform allows, or puts a disclosure, disclaimer or risk information after the platform's \"more\" fold.",
    defaultSeverity: "error",
    options: {
      max: { ...count, minimum: 1, description: "Maximum length for the post's platform (overrides the platform's limit; on X, in weighted characters)." },
      folds: {
        type: "object",
        description: "Characters shown before \"more\", by platform (0 turns the fold check off for that platform).",
        properties: { x: count, linkedin: count, instagram: count, facebook: count, threads: count, generic: count },
        default: {},
      },
    },
    messages: {
      tooLongX:
        "{{count}} weighted characters; X allows {{max}} ({{over}} over). X counts every link as 23 and each emoji or CJK character as 2.",
      tooLong: "{{count}} characters; {{platform}} allows {{max}} ({{over}} over).",
      afterFold:
        "The {{kind}} '{{cue}}' starts after what {{platform}} shows before \"more\" (about {{fold}}): readers who do not expand the post will not see it. Move it to the start.",
    },
  },
  check(ctx) {
    const { platform } = ctx.post;
    const pub = publishedText(ctx.post);
    if (pub.text.length === 0) return;
    const limit = ctx.options.max ?? LIMITS[platform]?.value;
    if (limit !== undefined) checkLength(ctx, pub, platform, limit);
    const foldChars = ctx.options.folds?.[platform] ?? FOLDS[platform]?.chars;
    if (foldChars) checkFold(ctx, pub, platform, foldChars, ctx.options.folds?.[platform] === undefined ? FOLDS[platform]?.lines : undefined);
  },
});

type Ctx = RuleContext<Options>;

/**
 * An upper bound of X's weighted length of `text` (twitter-text v3): every code unit of the NFC
 * text weighs at most 2 (1 when ASCII: no ASCII character is outside the weight-100 range, and an
 * emoji, weighed 2 as a whole, holds a non-ASCII character), and a URL, weighed 23 whatever its
 * length, holds a dot: 23 more per dot bounds what URLs add.
 */
function xLengthBound(text: string): number {
  let ascii = true;
  for (let k = 0; k < text.length; k++) {
    if (text.charCodeAt(k) >= 128) {
      ascii = false;
      break;
    }
  }
  const t = ascii ? text : text.normalize("NFC");
  let bound = 0;
  for (let k = 0; k < t.length; k++) {
    const c = t.charCodeAt(k);
    if (c < 128) bound += c === 46 ? 24 : 1;
    else bound += c === 0xff0e || c === 0x3002 || c === 0xff61 ? 25 : 2;
  }
  return bound;
}

function checkLength(ctx: Ctx, pub: Published, platform: Platform, max: number): void {
  if (platform === "x") {
    // Most posts are far enough below the limit that twitter-text need not weigh them.
    if (xLengthBound(pub.text) <= max) return;
    const r = xLength(pub.text, max);
    if (r.weightedLength <= max) return;
    ctx.report({
      messageId: "tooLongX",
      data: { count: r.weightedLength, max, over: r.weightedLength - max },
      range: toPostRange(pub, r.validRangeEnd + 1, pub.text.length),
    });
    return;
  }
  // Other platforms publish no counting rule: count Unicode code points (an emoji with a skin tone
  // is 2, a flag 2), which is what a text field's character counter shows for most text.
  if (pub.text.length <= max) return; // no more code points than UTF-16 units
  let points = 0;
  let firstOver = -1;
  for (let k = 0; k < pub.text.length; k++) {
    const c = pub.text.charCodeAt(k);
    if (c >= 0xdc00 && c <= 0xdfff && k > 0) {
      const p = pub.text.charCodeAt(k - 1);
      if (p >= 0xd800 && p <= 0xdbff) continue;
    }
    points++;
    if (points === max + 1) firstOver = k;
  }
  if (points <= max) return;
  ctx.report({
    messageId: "tooLong",
    data: { count: points, max, over: points - max, platform: PLATFORM_NAMES[platform] },
    range: toPostRange(pub, firstOver, pub.text.length),
  });
}

const KIND_NAMES: Record<RequiredKind, string> = {
  disclosure: "disclosure",
  disclaimer: "disclaimer",
  "risk information": "risk information",
};

function checkFold(ctx: Ctx, pub: Published, platform: Platform, foldChars: number, foldLines: number | undefined): void {
  const t = pub.text;
  // Where the fold falls: after `foldChars` characters (code points), or at the end of the last
  // line shown when the platform folds by lines, whichever comes first.
  let fold = codePointOffset(t, foldChars);
  if (foldLines) {
    let pos = -1;
    for (let l = 0; l < foldLines && pos < t.length; l++) {
      pos = t.indexOf("\n", pos + 1);
      if (pos < 0) {
        pos = t.length;
        break;
      }
    }
    fold = Math.min(fold, pos);
  }
  if (fold >= t.length) return;
  const seen = new Set<RequiredKind>();
  const hits: Array<{ kind: RequiredKind; start: number; end: number }> = [];
  // Screen each cue by its words in the lower-cased text. Sound because the patterns are matched
  // with /iu, where an ASCII letter matches only itself in either case, or the long s (U+017F,
  // which lower-cases to itself) for an "s": a text with one is searched in full.
  const lower = t.includes("\u017f") ? undefined : t.toLowerCase();
  for (const cue of REQUIRED_CUES) {
    if (lower !== undefined && !lower.includes(cue.screen)) continue;
    cue.pattern.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = cue.pattern.exec(t)) !== null) {
      hits.push({ kind: cue.kind, start: m.index, end: m.index + m[0].length });
      if (m[0].length === 0) cue.pattern.lastIndex++;
    }
  }
  hits.sort((a, b) => a.start - b.start);
  // One finding per kind: when the post has the element before the fold as well, it is seen.
  for (const h of hits) {
    if (seen.has(h.kind)) continue;
    seen.add(h.kind);
    if (h.start < fold) continue;
    ctx.report({
      messageId: "afterFold",
      severity: "warn",
      data: {
        kind: KIND_NAMES[h.kind],
        cue: t.slice(h.start, h.end),
        platform: PLATFORM_NAMES[platform],
        fold: foldLines ? `${foldChars} characters or ${foldLines} lines` : `${foldChars} characters`,
      },
      range: toPostRange(pub, h.start, h.end),
    });
  }
}

/** The UTF-16 offset just past the first `n` code points of `s` (or `s.length`). */
function codePointOffset(s: string, n: number): number {
  let points = 0;
  for (let k = 0; k < s.length; k++) {
    const c = s.charCodeAt(k);
    if (c >= 0xdc00 && c <= 0xdfff && k > 0) {
      const p = s.charCodeAt(k - 1);
      if (p >= 0xd800 && p <= 0xdbff) continue;
    }
    if (points === n) return k;
    points++;
  }
  return s.length;
}
