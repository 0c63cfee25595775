import type { Rule } from "./types.js";

/** Where each rule's documentation page lives. */
export const DOCS_BASE = "https://github.com/healthlint/healthlint/blob/main/docs/rules/";

export function docsUrlFor(ruleId: string): string {
  return `${DOCS_BASE}${ruleId}.md`;
}

/**
 * Declares a rule. Identity function with types, plus the docs URL filled in from the id for
 * built-in rules that do not give one.
 */
export function defineRule<O = Record<string, unknown>>(rule: Rule<O>): Rule<O> {
  if (!rule.meta.docsUrl && !rule.meta.id.includes("/")) rule.meta.docsUrl = docsUrlFor(rule.meta.id);
  return rule;
}
