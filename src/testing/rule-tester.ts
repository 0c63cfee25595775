/**
 * RuleTester for vitest, in the spirit of ESLint's: every valid case must produce no finding; every
 * invalid case exactly the listed findings. Duplicate cases and unknown message ids are errors.
 *
 *   import { RuleTester } from "healthlint/testing";
 *   new RuleTester().run(rule, { valid: ["..."], invalid: [{ text: "...", errors: [{ messageId: "x" }] }] });
 */
import { describe, expect, it } from "vitest";
import nlp from "compromise";
import { resolveRuleOptions } from "../config/options.js";
import { verify } from "../engine/verify.js";
import { applyFixes } from "../engine/fix.js";
import type { FileFormat, LintMessage, Platform, Rule, Severity, SplitMode } from "../types.js";

export interface TestCase {
  text: string;
  name?: string;
  options?: Record<string, unknown>;
  platform?: Platform;
  settings?: Record<string, unknown>;
  format?: FileFormat;
  split?: SplitMode;
  /** Severity the rule is configured at (default: the rule's default severity). */
  severity?: Exclude<Severity, "off">;
  today?: string;
  showMatches?: boolean;
}

export interface ExpectedError {
  messageId?: string;
  message?: string | RegExp;
  line?: number;
  column?: number;
  endLine?: number;
  endColumn?: number;
  /** "error" | "warn" | "info" */
  severity?: Exclude<Severity, "off">;
  /** The text the finding covers, in the original post. */
  text?: string;
  suggestions?: number;
}

export interface InvalidCase extends TestCase {
  errors: number | ExpectedError[];
  /** The text after `--fix` (omit when the rule offers no fix here). */
  output?: string;
}

export interface RuleTests {
  valid: Array<string | TestCase>;
  invalid: InvalidCase[];
}

const NUMERIC: Record<Exclude<Severity, "off">, number> = { info: 0, warn: 1, error: 2 };

export class RuleTester {
  constructor(private readonly defaults: Partial<TestCase> = {}) {}

  /** Lints one case with one rule and returns its findings. */
  lint(rule: Rule, c: TestCase): LintMessage[] {
    const merged = { ...this.defaults, ...c };
    const options = resolveRuleOptions(rule.meta, merged.options);
    const out = verify(merged.text, {
      format: merged.format ?? "markdown",
      config: {
        platform: merged.platform ?? "generic",
        split: merged.split ?? "none",
        rules: { [rule.meta.id]: [merged.severity ?? rule.meta.defaultSeverity, options] },
        settings: merged.settings ?? {},
      },
      rules: new Map([[rule.meta.id, rule]]),
      nlp: (t: string) => nlp(t),
      today: merged.today ?? "2026-11-22",
      showMatches: merged.showMatches,
    });
    if (out.crashedRules.length) throw new Error(out.messages.find((m) => m.fatal)?.message);
    return out.messages;
  }

  run(rule: Rule, tests: RuleTests): void {
    const seen = new Set<string>();
    const key = (c: unknown) => JSON.stringify(c);
    const title = (c: TestCase) => c.name ?? c.text.replace(/\s+/g, " ").slice(0, 80);
    describe(rule.meta.id, () => {
      describe("valid", () => {
        for (const raw of tests.valid) {
          const c: TestCase = typeof raw === "string" ? { text: raw } : raw;
          it(title(c), () => {
            expect(seen.has(key(c)), `duplicate test case: ${title(c)}`).toBe(false);
            seen.add(key(c));
            const found = this.lint(rule, c);
            expect(found.map((m) => `${m.line}:${m.column} ${m.message}`)).toEqual([]);
          });
        }
      });
      describe("invalid", () => {
        for (const c of tests.invalid) {
          it(title(c), () => {
            expect(seen.has(key(c)), `duplicate test case: ${title(c)}`).toBe(false);
            seen.add(key(c));
            const found = this.lint(rule, c).filter((m) => !m.fatal);
            const expected = typeof c.errors === "number" ? c.errors : c.errors.length;
            expect(found.map((m) => `${m.line}:${m.column} ${m.message}`)).toHaveLength(expected);
            if (Array.isArray(c.errors)) {
              c.errors.forEach((e, i) => {
                const m = found[i];
                if (e.messageId !== undefined) {
                  expect(Object.keys(rule.meta.messages), `unknown messageId '${e.messageId}'`).toContain(e.messageId);
                  expect(m.messageId).toBe(e.messageId);
                }
                if (typeof e.message === "string") expect(m.message).toBe(e.message);
                else if (e.message) expect(m.message).toMatch(e.message);
                if (e.line !== undefined) expect(m.line).toBe(e.line);
                if (e.column !== undefined) expect(m.column).toBe(e.column);
                if (e.endLine !== undefined) expect(m.endLine).toBe(e.endLine);
                if (e.endColumn !== undefined) expect(m.endColumn).toBe(e.endColumn);
                if (e.severity !== undefined) expect(m.severity).toBe(NUMERIC[e.severity]);
                if (e.text !== undefined) expect(c.text.slice(m.range[0], m.range[1])).toBe(e.text);
                if (e.suggestions !== undefined) expect(m.suggestions?.length ?? 0).toBe(e.suggestions);
              });
            }
            if (c.output !== undefined) expect(applyFixes(c.text, found).output).toBe(c.output);
          });
        }
      });
    });
  }
}
