/**
 * twitter-text's conformance suite, run through healthlint's X counting and hashtag extraction:
 * every hashtag-extraction case of extract.yml, the `hashtags` section of validate.yml, and every
 * case of validate.yml's `WeightedTweetsWithDiscountedEmojiCounterTest` (the counting X uses today).
 * Each case is also run end to end, as a post file in both formats, through the rules.
 */
import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { verify } from "../../src/engine/verify.js";
import { defineRule } from "../../src/rule.js";
import type { FileFormat, Post } from "../../src/types.js";
import { RuleTester } from "../../src/testing/rule-tester.js";
import hashtagOveruse, { extractHashtags, postHashtags } from "../../rules/hashtag-overuse.js";
import platformLength, { xLength } from "../../rules/platform-length.js";

interface Case<E> {
  description: string;
  text: string;
  expected: E;
}
interface Weighted {
  weightedLength: number;
  valid: boolean;
  permillage: number;
  displayRangeStart: number;
  displayRangeEnd: number;
  validRangeStart: number;
  validRangeEnd: number;
}

const dir = new URL("../../fixtures/twitter-text-conformance/", import.meta.url);
const validate = parse(fs.readFileSync(new URL("validate.yml", dir), "utf8")).tests as {
  hashtags: Case<boolean>[];
  WeightedTweetsWithDiscountedEmojiCounterTest: Case<Weighted>[];
};
const extract = parse(fs.readFileSync(new URL("extract-hashtags.yml", dir), "utf8")).tests as {
  hashtags: Case<string[]>[];
  hashtags_from_astral: Case<string[]>[];
  hashtags_with_indices: Case<Array<{ hashtag: string; indices: [number, number] }>>[];
};

/** The post a rule sees for a file of this text. */
function postOf(text: string, format: FileFormat): Post {
  let post: Post | undefined;
  const probe = defineRule({
    meta: { id: "probe", description: "Captures the post.", defaultSeverity: "warn", messages: {} },
    check(ctx) {
      post ??= ctx.post;
    },
  });
  verify(text, {
    format,
    config: { platform: "x", split: "none", rules: { probe: ["warn", {}] }, settings: {} },
    rules: new Map([["probe", probe]]),
    today: "2026-11-22",
  });
  if (!post) throw new Error("no post");
  return post;
}

const tester = new RuleTester();

describe("twitter-text conformance: the fixture is complete", () => {
  it("has every case of the sections it copies", () => {
    expect(validate.WeightedTweetsWithDiscountedEmojiCounterTest).toHaveLength(22);
    expect(validate.hashtags).toHaveLength(7);
    expect(extract.hashtags).toHaveLength(65);
    expect(extract.hashtags_from_astral).toHaveLength(3);
    expect(extract.hashtags_with_indices).toHaveLength(8);
  });
});

describe("twitter-text conformance: WeightedTweetsWithDiscountedEmojiCounterTest", () => {
  for (const c of validate.WeightedTweetsWithDiscountedEmojiCounterTest) {
    it(c.description, () => {
      expect(xLength(c.text)).toEqual(c.expected);
    });
    for (const format of ["text", "markdown"] as const) {
      it(`${c.description} (platform-length on a .${format === "text" ? "txt" : "md"} post)`, () => {
        // A post is published trimmed; X counts what is published.
        const expected = c.text.trim() === c.text ? c.expected.weightedLength : xLength(c.text.trim()).weightedLength;
        const found = tester.lint(platformLength, { text: c.text, platform: "x", format });
        if (expected <= 280) expect(found.map((m) => m.message)).toEqual([]);
        else {
          expect(found).toHaveLength(1);
          expect(found[0].message).toContain(`${expected} weighted characters`);
          // The finding starts at the first character past the limit.
          const validEnd = xLength(c.text.trim()).validRangeEnd + (c.text.length - c.text.trimStart().length);
          expect(found[0].range[0]).toBe(validEnd + 1);
        }
      });
    }
  }
});

describe("twitter-text conformance: validate.yml hashtags", () => {
  for (const c of validate.hashtags) {
    it(c.description, () => {
      const tags = extractHashtags(c.text);
      const valid = tags.length === 1 && tags[0].indices[0] === 0 && tags[0].indices[1] === c.text.length;
      expect(valid).toBe(c.expected);
    });
  }
});

describe("twitter-text conformance: extract.yml hashtags", () => {
  for (const c of [...extract.hashtags, ...extract.hashtags_from_astral]) {
    it(c.description, () => {
      expect(extractHashtags(c.text).map((h) => h.hashtag)).toEqual(c.expected);
      for (const format of ["text", "markdown"] as const) {
        const tags = postHashtags(postOf(c.text, format));
        expect(tags.map((t) => t.tag), format).toEqual(c.expected);
        // Each range covers the hashtag, '#' included, in the file.
        for (const t of tags) expect(c.text.slice(t.range[0] + 1, t.range[1]), format).toBe(t.tag);
      }
      // And hashtag-overuse counts them: with a maximum of 0, it names the count.
      const found = tester.lint(hashtagOveruse, { text: c.text, platform: "x", options: { max: 0 }, format: "text" });
      if (c.expected.length === 0) expect(found).toEqual([]);
      else expect(found[0].message).toMatch(new RegExp(`^${c.expected.length} hashtags`));
    });
  }
  for (const c of extract.hashtags_with_indices) {
    it(c.description, () => {
      expect(extractHashtags(c.text)).toEqual(c.expected);
      for (const format of ["text", "markdown"] as const) {
        const tags = postHashtags(postOf(c.text, format));
        expect(tags.map((t) => ({ hashtag: t.tag, indices: t.range })), format).toEqual(c.expected);
      }
    });
  }
});
