/** The registry of built-in rules. Every rule here joins the `recommended` preset at its default severity. */
import type { Rule } from "../src/types.js";
import hashtagOveruse from "./hashtag-overuse.js";

export const builtinRules: ReadonlyArray<Rule> = [
  hashtagOveruse,
] as ReadonlyArray<Rule>;
