/** Small rules used to test the engine itself (not shipped). */
import { defineRule } from "../../src/rule.js";

/** Reports every occurrence of a word, with an optional fix to upper case. */
export const wordRule = defineRule<{ word: string; fix: boolean }>({
  meta: {
    id: "test-word",
    description: "Reports a word.",
    defaultSeverity: "warn",
    fixable: true,
    options: { word: { type: "string", default: "forbidden" }, fix: { type: "boolean", default: false } },
    messages: { found: "Found '{{word}}'." },
  },
  check(ctx) {
    const re = new RegExp(`\\b${ctx.options.word}\\b`, "g");
    for (const m of ctx.post.text.matchAll(re)) {
      const range: [number, number] = [m.index, m.index + m[0].length];
      ctx.report({
        messageId: "found",
        data: { word: m[0] },
        range,
        ...(ctx.options.fix ? { fix: { range, text: m[0].toUpperCase() } } : {}),
      });
    }
  },
});

export const throwingRule = defineRule({
  meta: { id: "test-throws", description: "Always throws.", defaultSeverity: "error", messages: {} },
  check() {
    throw new Error("boom");
  },
});

/** Reports one finding per post, at the post's first character, with the post's front matter title. */
export const postRule = defineRule({
  meta: { id: "test-post", description: "One finding per post.", defaultSeverity: "info", messages: { post: "post {{n}}" } },
  check(ctx) {
    const first = ctx.post.text.search(/\S/);
    ctx.report({ messageId: "post", data: { n: ctx.post.index }, range: [first, first + 1] });
  },
});
