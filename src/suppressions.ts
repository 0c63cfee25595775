/**
 * A baseline for adopting healthlint on a repository with years of posts, in the spirit of ESLint's
 * bulk suppressions. `--suppress-all` (or `--suppress-rule <id>`) records how many findings each
 * file has per rule; later runs report a file's findings of a rule only when there are more than
 * recorded, so only new ones fail; `--prune-suppressions` lowers the counts as posts are fixed.
 *
 * The file holds counts only, never post text or identifier values:
 *
 *   { "posts/2019/flu.md": { "hashtag-overuse": { "count": 2 } } }
 *
 * Paths are relative to the suppressions file's folder. Only findings that can fail a run (errors
 * and warnings from a rule) are counted; `info` and fatal findings never are.
 */
import fs from "node:fs";
import path from "node:path";
import { writeFileAtomic } from "./atomic.js";
import { ConfigError } from "./config/errors.js";
import { toResult } from "./lint.js";
import type { LintMessage, LintResult } from "./types.js";

export const DEFAULT_SUPPRESSIONS_FILE = "healthlint-suppressions.json";

export type Suppressions = Record<string, Record<string, { count: number }>>;

export interface UnusedSuppression {
  file: string;
  rule: string;
  recorded: number;
  found: number;
}

export interface AppliedSuppressions {
  results: LintResult[];
  /** Findings hidden by the baseline. */
  suppressed: number;
  /** Entries of linted files that record more findings than there are now. */
  unused: UnusedSuppression[];
}

const counted = (m: LintMessage): m is LintMessage & { ruleId: string } => m.ruleId !== null && !m.fatal && m.severity >= 1;

/** Reads a suppressions file; a missing one is empty. A malformed one is a config error. */
export function loadSuppressions(file: string): Suppressions {
  let raw: string;
  try {
    raw = fs.readFileSync(file, "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return {};
    throw new ConfigError(`cannot read the suppressions file: ${(error as Error).message}`, file);
  }
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch (error) {
    throw new ConfigError(`the suppressions file is not valid JSON: ${(error as Error).message}`, file);
  }
  const bad = () => new ConfigError('the suppressions file must map file paths to { "rule-id": { "count": N } }', file);
  if (!data || typeof data !== "object" || Array.isArray(data)) throw bad();
  for (const rules of Object.values(data)) {
    if (!rules || typeof rules !== "object" || Array.isArray(rules)) throw bad();
    for (const v of Object.values(rules as object)) {
      const count = (v as { count?: unknown } | null)?.count;
      if (typeof count !== "number" || !Number.isInteger(count) || count < 0) throw bad();
    }
  }
  return data as Suppressions;
}

/** Writes the file with sorted keys (stable diffs), through a temporary file and a rename. */
export function saveSuppressions(file: string, s: Suppressions): void {
  const out: Suppressions = {};
  for (const f of Object.keys(s).sort()) {
    const rules = Object.keys(s[f]).sort().filter((r) => s[f][r].count > 0);
    if (!rules.length) continue;
    out[f] = {};
    for (const r of rules) out[f][r] = { count: s[f][r].count };
  }
  writeFileAtomic(file, `${JSON.stringify(out, null, 2)}\n`);
}

function keyOf(filePath: string, baseDir: string): string {
  return path.relative(baseDir, path.resolve(baseDir, filePath)).split(path.sep).join("/");
}

function countsOf(r: LintResult): Map<string, number> {
  const counts = new Map<string, number>();
  for (const m of r.messages) if (counted(m)) counts.set(m.ruleId, (counts.get(m.ruleId) ?? 0) + 1);
  return counts;
}

/**
 * `--suppress-all` / `--suppress-rule`: the counts of the linted files (for the given rules, or all)
 * replace what was recorded for them; other files keep their entries.
 */
export function recordSuppressions(results: LintResult[], previous: Suppressions, baseDir: string, onlyRules?: string[]): Suppressions {
  const next: Suppressions = structuredClone(previous);
  for (const r of results) {
    const key = keyOf(r.filePath, baseDir);
    const entry = { ...(next[key] ?? {}) };
    for (const rule of Object.keys(entry)) if (!onlyRules || onlyRules.includes(rule)) delete entry[rule];
    for (const [rule, count] of countsOf(r)) if (!onlyRules || onlyRules.includes(rule)) entry[rule] = { count };
    if (Object.keys(entry).length) next[key] = entry;
    else delete next[key];
  }
  return next;
}

/**
 * `--prune-suppressions`: for the linted files, a count never rises and falls to what is found now;
 * entries of files that no longer exist go.
 */
export function pruneSuppressions(results: LintResult[], previous: Suppressions, baseDir: string): Suppressions {
  const next: Suppressions = structuredClone(previous);
  for (const r of results) {
    const key = keyOf(r.filePath, baseDir);
    const entry = next[key];
    if (!entry) continue;
    const now = countsOf(r);
    for (const rule of Object.keys(entry)) {
      const count = Math.min(entry[rule].count, now.get(rule) ?? 0);
      if (count > 0) entry[rule] = { count };
      else delete entry[rule];
    }
    if (!Object.keys(entry).length) delete next[key];
  }
  for (const key of Object.keys(next)) if (!fs.existsSync(path.resolve(baseDir, key))) delete next[key];
  return next;
}

/**
 * Hides a file's findings of a rule when there are no more than recorded. When there are more, all
 * of them are reported (which ones are new cannot be told), as ESLint does.
 */
export function applySuppressions(results: LintResult[], s: Suppressions, baseDir: string): AppliedSuppressions {
  let suppressed = 0;
  const unused: UnusedSuppression[] = [];
  const out = results.map((r) => {
    const key = keyOf(r.filePath, baseDir);
    const entry = s[key];
    if (!entry) return r;
    const now = countsOf(r);
    for (const [rule, { count }] of Object.entries(entry)) {
      const found = now.get(rule) ?? 0;
      if (found < count) unused.push({ file: key, rule, recorded: count, found });
    }
    const hide = new Set([...now].filter(([rule, n]) => entry[rule] && n <= entry[rule].count).map(([rule]) => rule));
    if (!hide.size) return r;
    const kept = r.messages.filter((m) => !(counted(m) && hide.has(m.ruleId)));
    suppressed += r.messages.length - kept.length;
    return { ...r, ...toResult(r.filePath, kept, r.postCount ?? 0) };
  });
  return { results: out, suppressed, unused };
}

export interface BaselineOptions {
  cwd: string;
  /** `--suppressions-file`; default `healthlint-suppressions.json` in cwd, used when it exists. */
  file?: string;
  suppressAll?: boolean;
  suppressRules?: string[];
  prune?: boolean;
}

const total = (s: Suppressions) => Object.values(s).reduce((n, rules) => n + Object.values(rules).reduce((m, r) => m + r.count, 0), 0);

/**
 * The CLI's baseline step: record (`--suppress-all`, `--suppress-rule`), prune, then apply. Returns
 * the results to report, and lines for standard error.
 */
export function applyBaseline(results: LintResult[], o: BaselineOptions): AppliedSuppressions & { notes: string[] } {
  const file = path.resolve(o.cwd, o.file ?? DEFAULT_SUPPRESSIONS_FILE);
  const shown = path.relative(o.cwd, file).split(path.sep).join("/") || file;
  const baseDir = path.dirname(file);
  const recording = o.suppressAll === true || (o.suppressRules?.length ?? 0) > 0;
  const notes: string[] = [];
  if (!recording && !fs.existsSync(file)) {
    if (o.file !== undefined) throw new ConfigError("suppressions file not found (create it with --suppress-all)", file);
    if (o.prune) notes.push(`${shown}: no suppressions file, nothing to prune`);
    return { results, suppressed: 0, unused: [], notes };
  }
  let s = loadSuppressions(file);
  if (recording) {
    s = recordSuppressions(results, s, baseDir, o.suppressAll ? undefined : o.suppressRules);
    saveSuppressions(file, s);
    notes.push(`${shown}: recorded ${total(s)} findings in ${Object.keys(s).length} files`);
  }
  if (o.prune) {
    const before = total(s);
    s = pruneSuppressions(results, s, baseDir);
    saveSuppressions(file, s);
    notes.push(`${shown}: pruned ${before - total(s)} suppressions (${total(s)} left)`);
  }
  const applied = applySuppressions(results, s, baseDir);
  if (applied.suppressed && !recording) notes.push(`${applied.suppressed} known findings suppressed by ${shown}`);
  if (applied.unused.length) {
    const list = applied.unused.map((u) => `${u.file}: ${u.rule} (${u.recorded} recorded, ${u.found} found)`).join("; ");
    notes.push(
      `${shown} records findings that are gone: ${list}. Run again with --prune-suppressions to shrink it (or --pass-on-unpruned-suppressions to ignore this).`,
    );
  }
  return { ...applied, notes };
}
