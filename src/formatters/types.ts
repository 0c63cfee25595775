import type { LintResult, RuleMeta } from "../types.js";

export interface FormatterContext {
  cwd: string;
  /** Metadata of every rule known to the run, by id. */
  rulesMeta: Record<string, RuleMeta>;
  /** Colour the output (stylish only). */
  color: boolean;
  version: string;
}

/** A formatter is a plain function: results in, text out. */
export type Formatter = (results: LintResult[], context: FormatterContext) => string;
