import type { NumericSeverity, Severity } from "../types.js";

export const SEVERITIES: readonly Severity[] = ["off", "info", "warn", "error"];

const RANK: Record<Severity, number> = { off: -1, info: 0, warn: 1, error: 2 };

export function toNumeric(severity: Exclude<Severity, "off">): NumericSeverity {
  return RANK[severity] as NumericSeverity;
}

export function isSeverity(value: unknown): value is Severity {
  return typeof value === "string" && (SEVERITIES as readonly string[]).includes(value);
}

/**
 * The severity of one finding: config decides; a rule may lower a finding to `info`, or raise it to
 * `error` when the rule is configured at `warn` or above; `off` always wins.
 */
export function findingSeverity(configured: Severity, requested?: Exclude<Severity, "off">): Severity {
  if (configured === "off" || !requested) return configured;
  if (RANK[requested] < RANK[configured]) return requested;
  if (RANK[requested] > RANK[configured] && RANK[configured] >= RANK.warn) return requested;
  return configured;
}
