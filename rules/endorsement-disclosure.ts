import twitterText from "twitter-text";
import { defineRule } from "../src/rule.js";
import type { Platform, Post, Range } from "../src/types.js";
import {
  AFFILIATE_LINK,
  CONNECTION_CUES,
  CUE_TAGS,
  DEFAULT_FOLDS,
  DISCLOSURE_PHRASES,
  DISCLOSURE_TAGS,
  OWN_SELLER,
  PROMOTION_WORDS,
  VAGUE_TAGS,
} from "./data/endorsement-disclosure.js";

type Options = {
  folds: Partial<Record<Platform, number>>;
  clusterSize: number;
};

interface Cue {
  range: Range;
  text: string;
}

interface Disclosure {
  range: Range;
  text: string;
  tag: boolean;
}

/** A cheap screen: no post without one of these words can show a material connection. */
const SCREEN =
  /\bad\b|advert|paid|commission|free|gift|\bpr\b|press|thank|\bty\b|shout|sent|gave|code|link|discount|affiliate|partner|team|collab|ambassador|working|#sp\b|#spon\b|sponsor|comp\b|received|unbox|\buse\s|%\s*off|grateful|shipped|mailed|excited|proud|loving|\bsen[dt]|give|ship|mail|storefront|ltk|shopmy|c\/o|compl|comped|freebie|goodies|sample|care\s+package|house|courtesy|provided|surprised|spoiled|treated|exchange/i;

const fold = { type: "integer", minimum: 1 } as const;

export default defineRule<Options>({
  meta: {
    id: "endorsement-disclosure",
    description:
      "A post shows a material connection to a brand (gifted product, paid partnership, discount code, affiliate link) without a clear and conspicuous disclosure such as \"#ad\" or \"Paid partnership with …\".",
    defaultSeverity: "error",
    options: {
      folds: {
        type: "object",
        description:
          "Characters each platform shows before its \"more\" fold; a disclosure past the fold is not conspicuous. Instagram: about 125.",
        properties: { x: fold, linkedin: fold, instagram: fold, facebook: fold, threads: fold, generic: fold },
        default: { ...DEFAULT_FOLDS },
      },
      clusterSize: {
        type: "integer",
        minimum: 2,
        default: 3,
        description:
          "A disclosure hashtag in a run of this many hashtags at the end of the post (or after the first of such a run elsewhere) is buried.",
      },
    },
    messages: {
      missing:
        "Material connection (\"{{cue}}\") with no clear disclosure: say \"#ad\", \"Sponsored\" or \"Paid partnership with …\" near the start of the post (16 CFR 255.5; FTC Disclosures 101).",
      vague:
        "\"{{tag}}\" is too vague to disclose the material connection (\"{{cue}}\"): use \"#ad\", \"Sponsored\" or \"Paid partnership with …\" (FTC Disclosures 101).",
      buried:
        "The disclosure \"{{tag}}\" is buried in a run of hashtags, where readers skip it; put it at the start of the post (16 CFR 255.5; FTC Disclosures 101).",
      afterFold:
        "The disclosure \"{{tag}}\" comes after the first {{fold}} characters, below {{platform}}'s \"more\" fold; put it before the fold (16 CFR 255.5; FTC Disclosures 101).",
    },
  },
  check(ctx) {
    const { post } = ctx;
    const text = post.text;
    const sponsoredFm = isTrue(post.frontMatter.sponsored);
    if (isTrue(post.frontMatter.paidPartnershipLabel)) return;
    const affiliateLink = post.links.find((l) => AFFILIATE_LINK.test(l.url));
    if (!sponsoredFm && !affiliateLink && !SCREEN.test(text)) return;

    const hashtags = twitterText.extractHashtagsWithIndices(text);
    const cue = findCue(post, hashtags, affiliateLink?.range);
    const first = cue ?? (sponsoredFm ? firstWord(text, "sponsored: true (front matter)") : undefined);
    // A disclosure shows a connection too: it must then be conspicuous.
    const disclosures = findDisclosures(text, hashtags);
    if (!first && disclosures.length === 0) return;

    const foldAt = ctx.options.folds[post.platform];
    const begin = text.search(/\S/);
    const clusters = clusterIndex(text, hashtags, ctx.options.clusterSize);
    let problem: { kind: "buried" | "afterFold"; d: Disclosure } | undefined;
    for (const d of disclosures) {
      const buried = d.tag && clusters.get(d.range[0]) === "buried";
      const afterFold = foldAt !== undefined && d.range[0] - Math.max(0, begin) >= foldAt;
      if (!buried && !afterFold) return;
      problem ??= { kind: afterFold ? "afterFold" : "buried", d };
    }
    if (problem) {
      ctx.report({
        messageId: problem.kind,
        data: { tag: problem.d.text, fold: foldAt, platform: PLATFORM_NAMES[post.platform] },
        range: problem.d.range,
      });
      return;
    }
    if (!first) return;
    const vague = hashtags.find((h) => VAGUE_TAGS.has(h.hashtag.toLowerCase()));
    if (vague) {
      ctx.report({ messageId: "vague", data: { tag: `#${vague.hashtag}`, cue: first.text }, range: vague.indices });
      return;
    }
    ctx.report({ messageId: "missing", data: { cue: first.text }, range: first.range });
  },
});

const PLATFORM_NAMES: Record<Platform, string> = {
  x: "X",
  linkedin: "LinkedIn",
  instagram: "Instagram",
  facebook: "Facebook",
  threads: "Threads",
  generic: "the platform",
};

function isTrue(v: unknown): boolean {
  return v === true || (typeof v === "string" && /^(?:true|yes)$/i.test(v.trim()));
}

function firstWord(text: string, label: string): Cue | undefined {
  const m = /\S+/.exec(text);
  if (!m) return undefined;
  return { range: [m.index, m.index + m[0].length], text: label };
}

type Hashtag = { hashtag: string; indices: [number, number] };

/** The first sign of a material connection in the post, or undefined. */
function findCue(post: Post, hashtags: Hashtag[], affiliateRange: Range | undefined): Cue | undefined {
  const text = post.text;
  const found: Cue[] = [];
  const sells = PROMOTION_WORDS.test(text);
  const ownSeller = OWN_SELLER.test(text);
  const tagsOther = /(?:^|[^\w@])@\w{2,}/.test(text);
  const myCode = /\bmy\s+(?:\w+\s+)?(?:code|link)\b/i.test(text);
  const individual = /\b(?:I|I'm|I've|I'll|I'd)\b|\b(?:my|me)\b/.test(text);
  for (const c of CONNECTION_CUES) {
    if (c.strength === "weak" && !sells && !individual) continue;
    if (c.strength === "tagged" && !tagsOther) continue;
    if (c.strength === "individual" && !(tagsOther && individual)) continue;
    if (c.strength === "code" && (ownSeller || !(tagsOther || myCode))) continue;
    c.pattern.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = c.pattern.exec(text)) !== null) {
      // A weak cue from an individual counts only when it names a brand's account.
      if (c.strength === "weak" && !sells && !m[0].includes("@")) continue;
      found.push({ range: [m.index, m.index + m[0].length], text: m[0].replace(/\s+/g, " ") });
      break;
    }
  }
  for (const h of hashtags) {
    const tag = h.hashtag.toLowerCase();
    // #partnership, #thanks...: a connection only from an individual who tags a brand or sells.
    const weakTag = VAGUE_TAGS.has(tag) && (sells || (individual && tagsOther));
    if (CUE_TAGS.has(tag) || weakTag) found.push({ range: h.indices, text: `#${h.hashtag}` });
  }
  if (affiliateRange) found.push({ range: affiliateRange, text: "affiliate link" });
  if (found.length === 0) return undefined;
  found.sort((a, b) => a.range[0] - b.range[0]);
  return found[0];
}

function findDisclosures(text: string, hashtags: Hashtag[]): Disclosure[] {
  const out: Disclosure[] = [];
  for (const h of hashtags) {
    if (DISCLOSURE_TAGS.has(h.hashtag.toLowerCase())) out.push({ range: h.indices, text: `#${h.hashtag}`, tag: true });
  }
  DISCLOSURE_PHRASES.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = DISCLOSURE_PHRASES.exec(text)) !== null) {
    if (m[0].length === 0) {
      DISCLOSURE_PHRASES.lastIndex++;
      continue;
    }
    let s = m.index;
    let e = s + m[0].length;
    while (s < e && /\s/.test(text[s])) s++;
    while (e > s && /[\s:|\-–—]/.test(text[e - 1])) e--;
    // "#sponsored" is found as a hashtag already.
    if (text[s - 1] === "#") continue;
    out.push({ range: [s, e], text: text.slice(s, e).replace(/\s+/g, " "), tag: false });
  }
  out.sort((a, b) => a.range[0] - b.range[0]);
  return out;
}

/**
 * Runs of hashtags with nothing but spaces, punctuation or emoji between them. In a run of at least
 * `size` that ends the post, every hashtag is "buried" (FTC: a disclosure mixed into a group of
 * hashtags at the end is easy to miss); in such a run elsewhere, every hashtag after the first.
 */
function clusterIndex(text: string, hashtags: Hashtag[], size: number): Map<number, "lead" | "buried"> {
  const out = new Map<number, "lead" | "buried">();
  let run: Hashtag[] = [];
  const flush = () => {
    if (run.length >= size) {
      const trailing = !/[\p{L}\p{N}]/u.test(text.slice(run[run.length - 1].indices[1]));
      run.forEach((h, i) => out.set(h.indices[0], i === 0 && !trailing ? "lead" : "buried"));
    }
    run = [];
  };
  for (const h of hashtags) {
    const prev = run[run.length - 1];
    if (prev && /[\p{L}\p{N}]/u.test(text.slice(prev.indices[1], h.indices[0]))) flush();
    run.push(h);
  }
  flush();
  return out;
}
