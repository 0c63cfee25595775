import twitterText from "twitter-text";
import { defineRule } from "../src/rule.js";
import type { Platform } from "../src/types.js";

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
    // twitter-text's extraction: `#16` (all digits), `C#` and URL fragments are not hashtags;
    // hashtags after emoji and in non-Latin scripts are. URLs are already blanked in the prose.
    const tags = twitterText.extractHashtagsWithIndices(ctx.post.text);
    const max = ctx.options.max ?? ctx.options.limits?.[platform] ?? DEFAULT_LIMITS[platform];
    if (tags.length <= max) return;
    const cap = HARD_CAPS[platform];
    const first = tags[max];
    const data = { count: tags.length, platform: PLATFORM_NAMES[platform], max, cap };
    if (cap !== undefined && tags.length > cap) {
      ctx.report({ messageId: "overCap", data, range: first.indices, severity: "error" });
    } else {
      ctx.report({ messageId: "tooMany", data, range: first.indices });
    }
  },
});

export const PLATFORM_NAMES: Record<Platform, string> = {
  x: "X",
  linkedin: "LinkedIn",
  instagram: "Instagram",
  facebook: "Facebook",
  threads: "Threads",
  generic: "a post with no platform set",
};
