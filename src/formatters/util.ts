import path from "node:path";
import type { LintMessage, LintResult } from "../types.js";

export function relativePath(filePath: string, cwd: string): string {
  const rel = path.relative(cwd, filePath);
  return (rel && !rel.startsWith("..") && !path.isAbsolute(rel) ? rel : filePath).split(path.sep).join("/");
}

export const SEVERITY_WORD = ["info", "warning", "error"] as const;

export function totals(results: LintResult[]): { errors: number; warnings: number; infos: number; fixable: number } {
  let errors = 0;
  let warnings = 0;
  let infos = 0;
  let fixable = 0;
  for (const r of results) {
    errors += r.errorCount;
    warnings += r.warningCount;
    infos += r.infoCount;
    fixable += r.fixableErrorCount + r.fixableWarningCount;
  }
  return { errors, warnings, infos, fixable };
}

export function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}

export function xmlEscape(s: string): string {
  return s.replace(/[<>&"']/g, (c) => ({ "<": "&lt;", ">": "&gt;", "&": "&amp;", '"': "&quot;", "'": "&apos;" })[c]!);
}

export function label(m: LintMessage): string {
  return m.ruleId ?? (m.fatal ? "fatal" : "healthlint");
}
