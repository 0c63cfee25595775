import twitterText from "twitter-text";
import { defineRule } from "../src/rule.js";
import type { Platform, Post, Range } from "../src/types.js";
import { PLATFORM_NAMES, publishedText, toPostRange } from "./platform-length.js";

export { PLATFORM_NAMES };

export interface Hashtag {
  /** The tag without its `#` (or full-width `＃`). */
  tag: string;
  /** Range of the hashtag, `#` included, in the post. */
  range: Range;
}

/**
 * The hashtags of a text exactly as X extracts them (twitter-text 3.1): `#16` (all digits), `C#`,
 * `&#39;` and URL fragments are not hashtags; hashtags after emoji, with accents and in non-Latin
 * scripts are. Indices are UTF-16 offsets into `text`.
 */
export function extractHashtags(text: string): Array<{ hashtag: string; indices: [number, number] }> {
  return twitterText.extractHashtagsWithIndices(text) as Array<{ hashtag: string; indices: [number, number] }>;
}

type Extracted = Array<{ hashtag: string; indices: [number, number] }>;

const regexen = (twitterText as unknown as { regexen: Record<string, RegExp> }).regexen;
/** twitter-text's hashtag pattern, sticky: tried only where a match can start. */
const VALID_HASHTAG = new RegExp(regexen.validHashtag.source, regexen.validHashtag.flags.replace("g", "") + "y");

/**
 * twitter-text's extraction without its URL-overlap pass, the same matches found faster. Its
 * pattern is (boundary)(# or ＃)(tag), the boundary being the start of the text or one character
 * (one UTF-16 unit or a surrogate pair): a match starts at most two units before a hash sign. The
 * global search tries every position of the text with a pattern of large Unicode classes; this
 * tries the pattern, sticky, only at those positions, in order, resuming after each match as the
 * global search does, and drops a match followed by a hash sign or "://" as twitter-text does.
 */
export function extractWithoutUrlCheck(text: string): Extracted {
  const tags: Extracted = [];
  scanHashtags(text, (start, end, tag) => {
    tags.push({ hashtag: tag, indices: [start, end] });
  });
  return tags;
}

/**
 * The search of `extractWithoutUrlCheck`, handing each hashtag (its range, "#" included, and its
 * tag) to `found` as it goes: no array of intermediate results on a post with thousands of tags.
 */
function scanHashtags(text: string, found: (start: number, end: number, tag: string) => void): void {
  let last = 0; // where the global search would resume
  let tried = -1; // the last position tried
  // The next '#' and the next '＃' (each searched again only once passed: linear on long runs).
  let ascii = -1;
  let wide = -1;
  const nextHash = (from: number): number => {
    if (ascii !== text.length && ascii < from) {
      ascii = text.indexOf("#", from);
      if (ascii < 0) ascii = text.length;
    }
    if (wide !== text.length && wide < from) {
      wide = text.indexOf("＃", from);
      if (wide < 0) wide = text.length;
    }
    const h = Math.min(ascii, wide);
    return h < text.length ? h : -1;
  };
  let hash = nextHash(0);
  while (hash >= 0) {
    for (let s = Math.max(hash - 2, last, tried + 1); s <= hash; s++) {
      tried = s;
      VALID_HASHTAG.lastIndex = s;
      const m = VALID_HASHTAG.exec(text);
      if (!m) continue;
      last = s + m[0].length;
      if (!endsBadly(text, last)) {
        const start = s + m[1].length;
        found(start, start + m[3].length + 1, m[3]);
      }
      break;
    }
    hash = nextHash(Math.max(hash + 1, last));
  }
}

/** twitter-text's `endHashtagMatch` (a hash sign or "://" right after the tag), without slicing. */
function endsBadly(text: string, at: number): boolean {
  const c = text.charCodeAt(at);
  if (c === 35 || c === 0xff03) return true;
  return c === 58 && text.charCodeAt(at + 1) === 47 && text.charCodeAt(at + 2) === 47;
}

const hashtagCache = new WeakMap<Post, Hashtag[]>();

/**
 * The hashtags of a post as published (see `publishedText`): hashtags in code, HTML comments, image
 * alt text and URLs are not the post's hashtags; a hashtag in a link's text is.
 */
export function postHashtags(post: Post): Hashtag[] {
  let tags = hashtagCache.get(post);
  if (!tags) {
    // Cheap screen first: the published text's characters outside URLs all come from the post, so
    // a post without a hash sign has no hashtag. Then extraction on the text with its URLs blanked,
    // which is what twitter-text's URL-overlap check computes, without searching for URLs again.
    const raw = post.raw;
    if (!raw.includes("#") && !raw.includes("＃")) {
      tags = [];
    } else {
      const pub = publishedText(post);
      const t = pub.withoutUrls;
      const found: Hashtag[] = [];
      if (t.includes("#") || t.includes("＃")) scanHashtags(t, (start, end, tag) => found.push({ tag, range: toPostRange(pub, start, end) }));
      tags = found;
    }
    hashtagCache.set(post, tags);
  }
  return tags;
}

/**
 * Default maximum hashtags per post. X: the seeds' "one to three per tweet" (X's help suggests
 * 1-2); Instagram 5 and Threads 1 are also those platforms' hard caps.
 */
export const DEFAULT_LIMITS: Record<Platform, number> = {
  x: 3,
  linkedin: 3,
  instagram: 5,
  facebook: 2,
  threads: 1,
  generic: 3,
};

/** Platforms that refuse posts past a number of hashtags (Instagram, Dec 2025; Threads). */
export const HARD_CAPS: Partial<Record<Platform, number>> = { instagram: 5, threads: 1 };

interface Options {
  max?: number;
  limits?: Partial<Record<Platform, number>>;
}

const limit = { type: "integer", minimum: 0 } as const;

export default defineRule<Options>({
  meta: {
    id: "hashtag-overuse",
    description: "A post uses more hashtags than its platform rewards (or allows).",
    defaultSeverity: "warn",
    options: {
      max: { ...limit, description: "Maximum hashtags per post on every platform (overrides `limits`)." },
      limits: {
        type: "object",
        description: "Maximum hashtags per post by platform.",
        properties: { x: limit, linkedin: limit, instagram: limit, facebook: limit, threads: limit, generic: limit },
        default: {},
      },
    },
    messages: {
      tooMany: "{{count}} hashtags in this post; the limit for {{platform}} is {{max}}.",
      overCap: "{{count}} hashtags in this post; {{platform}} accepts at most {{cap}}, so the post will be rejected or cut.",
    },
  },
  check(ctx) {
    const { platform } = ctx.post;
    const tags = postHashtags(ctx.post);
    const max = ctx.options.max ?? ctx.options.limits?.[platform] ?? DEFAULT_LIMITS[platform];
    if (tags.length <= max) return;
    const cap = HARD_CAPS[platform];
    const first = tags[max];
    const data = { count: tags.length, platform: PLATFORM_NAMES[platform], max, cap };
    if (cap !== undefined && tags.length > cap) {
      ctx.report({ messageId: "overCap", data, range: first.range, severity: "error" });
    } else {
      ctx.report({ messageId: "tooMany", data, range: first.range });
    }
  },
});
