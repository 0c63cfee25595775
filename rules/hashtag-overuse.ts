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

/** twitter-text's extraction without its URL-overlap pass (the option is missing from its types). */
const extractWithoutUrlCheck = (text: string): Array<{ hashtag: string; indices: [number, number] }> =>
  (twitterText.extractHashtagsWithIndices as unknown as (t: string, o: { checkUrlOverlap: boolean }) => Array<{ hashtag: string; indices: [number, number] }>)(
    text,
    { checkUrlOverlap: false },
  );

const hashtagCache = new WeakMap<Post, Hashtag[]>();

/**
 * The hashtags of a post as published (see `publishedText`): hashtags in code, HTML comments, image
 * alt text and URLs are not the post's hashtags; a hashtag in a link's text is.
 */
export function postHashtags(post: Post): Hashtag[] {
  let tags = hashtagCache.get(post);
  if (!tags) {
    const pub = publishedText(post);
    // Cheap screen: most posts without '#' need no extraction.
    // Cheap screen first; then extraction on the text with its URLs blanked, which is what
    // twitter-text's URL-overlap check computes, without searching the text for URLs again.
    const t = pub.withoutUrls;
    tags =
      t.includes("#") || t.includes("＃")
        ? extractWithoutUrlCheck(t).map(
            (h) => ({ tag: h.hashtag, range: toPostRange(pub, h.indices[0], h.indices[1]) }),
          )
        : [];
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
