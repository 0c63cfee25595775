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

/** A formatter is a plain function: results in, text out. */
export type Formatter = (results: LintResult[], context: FormatterContext) => string;
