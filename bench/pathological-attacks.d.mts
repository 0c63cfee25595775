/** Types of bench/pathological-attacks.mjs, for the tests that import it. */
import type { Rule, NlpDocument } from "../src/types.js";
import type { VerifyOptions, VerifyOutput } from "../src/engine/verify.js";

export interface Attack {
  prefix: string;
  pump: string;
  suffix: string;
  /** The pattern the attack was built from, or "generic". */
  from: string;
}
export const GENERIC_PUMPS: string[];
export const KNOWN_SUPERLINEAR: Record<string, string>;
export function collectRegexes(run: () => void): Array<{ source: string; flags: string }>;
export function attacksFromRegexes(regexes: Array<{ source: string; flags: string }>, options?: { limit?: number }): Attack[];
export function genericAttacks(): Attack[];
export function attackInput(attack: Attack, size: number): string;
export function describeAttack(attack: Attack): string;
export interface RuleDeps {
  verify: (text: string, options: VerifyOptions) => VerifyOutput;
  resolveRuleOptions: (meta: Rule["meta"], value: unknown) => Record<string, unknown>;
  loadNlp: () => (text: string) => NlpDocument;
}
export function ruleClock(
  rule: Rule,
  deps: RuleDeps,
  options?: { format?: "text" | "markdown"; platform?: string },
): { lint(text: string): VerifyOutput; time(text: string): { ms: number; out: VerifyOutput } };
export function measure(fn: (input: string) => number, input: string, options?: { minMs?: number; rounds?: number }): number;
