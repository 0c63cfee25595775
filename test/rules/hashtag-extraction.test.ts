/**
 * hashtag-overuse runs twitter-text's hashtag pattern only where a match can start (issue 8); this
 * checks it against twitter-text's own extraction on random text rich in what the pattern looks at.
 */
import twitterText from "twitter-text";
import { describe, expect, it } from "vitest";
import { extractWithoutUrlCheck } from "../../rules/hashtag-overuse.js";

type Extract = (t: string, o: { checkUrlOverlap: boolean }) => Array<{ hashtag: string; indices: [number, number] }>;
const reference = (t: string) => (twitterText.extractHashtagsWithIndices as unknown as Extract)(t, { checkUrlOverlap: false });

describe("extractWithoutUrlCheck finds what twitter-text finds", () => {
  it("on random text", () => {
    const pieces = [
      "#", "＃", "#", "#", "a", "B", "1", "_", " ", "\n", "&", "é", "😀", "\ufe0f", "\ufe0e", "\u20e3", ":", "/", "://", ".", "健",
      "\ud83d", "\ude00", "@", "'", "-", "ـ", "\u0301", "ß", "٣", "x", "#a", "#1", "&#39;", "C#", "a#b",
    ];
    let seed = 7;
    const rnd = () => (seed = (seed * 1103515245 + 12345) >>> 0) / 2 ** 32;
    for (let i = 0; i < 30_000; i++) {
      let text = "";
      const n = 1 + Math.floor(rnd() * (i % 2 ? 12 : 40));
      for (let k = 0; k < n; k++) text += pieces[Math.floor(rnd() * pieces.length)];
      const got = extractWithoutUrlCheck(text);
      const want = reference(text);
      if (JSON.stringify(got) !== JSON.stringify(want)) expect({ text, got }).toEqual({ text, got: want });
    }
  });
});
