/**
 * healthlint's Node API.
 *
 *   import { lintText, lintFiles, loadFormatter } from "healthlint";
 *   const results = await lintFiles(["posts/"]);
 *   console.log((await loadFormatter("stylish"))(results, { cwd: process.cwd(), rulesMeta: {}, color: false, version: "" }));
 */
import { builtinRules } from "../rules/index.js";
import { expandPatterns, ignoredByPatterns } from "./files.js";
import { Linter, type LintOptions } from "./lint.js";
import type { LintResult } from "./types.js";

export type * from "./types.js";
export { defineRule, docsUrlFor } from "./rule.js";
export { loadFormatter, FORMATTER_NAMES } from "./formatters/index.js";
export type { Formatter, FormatterContext } from "./formatters/index.js";
export { verify } from "./engine/verify.js";
export type { VerifyOptions, VerifyOutput } from "./engine/verify.js";
export { applyFixes } from "./engine/fix.js";
export { Linter } from "./lint.js";
export type { LintOptions, LintRun, FileNotice } from "./lint.js";
export { ConfigError } from "./config/errors.js";
export { builtinRules };

/** Lints a string as if it were the file `filePath` (config is looked up from that path). */
export async function lintText(text: string, options: LintOptions & { filePath?: string } = {}): Promise<LintResult> {
  const linter = new Linter(options);
  const { result } = await linter.lintText(text, options.filePath ?? "<text>.md");
  return result;
}

/**
 * Lints files, folders and glob patterns, as the CLI does (ignore files and config `ignorePatterns`
 * applied). Throws a ConfigError for bad configuration.
 */
export async function lintFiles(patterns: string[], options: LintOptions = {}): Promise<LintResult[]> {
  const cwd = options.cwd ?? process.cwd();
  const linter = new Linter({ ...options, cwd });
  const { files } = await expandPatterns(patterns, { cwd });
  const kept: string[] = [];
  for (const f of files) if (!ignoredByPatterns(f, await linter.resolver.ignorePatternsFor(f))) kept.push(f);
  return (await linter.lintFiles(kept)).results;
}
