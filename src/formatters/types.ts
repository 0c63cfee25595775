import type { LintResult, RuleMeta } from "../types.js";

export interface FormatterContext {
  cwd: string;
  /** Metadata of every rule known to the run, by id. */
  rulesMeta: Record<string, RuleMeta>;
  /** Colour the output (stylish only). */
  color: boolean;
  version: string;
  /** The run shows identifier values (`--show-matches`): the html format leaves the post text unmasked. */
  showMatches?: boolean;
}

/**
 * A formatter is a plain function: results in, text out. It may also offer `chunks`, the same text
 * in pieces, which the CLI writes one by one so that a report on thousands of files is never built
 * as one string.
 */
export type Formatter = ((results: LintResult[], context: FormatterContext) => string) & {
  chunks?: (results: LintResult[], context: FormatterContext) => Iterable<string>;
};
