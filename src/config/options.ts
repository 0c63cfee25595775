/**
 * Rule options: each rule declares its options with a small schema that carries the defaults, so
 * defaults are written once. This checks user options against it and fills the defaults in.
 */
import type { OptionSchema, RuleMeta } from "../types.js";

export class OptionsError extends Error {}

/** Checks `value` against the rule's option schemas; returns the options with defaults filled in. */
export function resolveRuleOptions(meta: RuleMeta, value: unknown): Record<string, unknown> {
  const schema = meta.options ?? {};
  if (value === undefined || value === null) value = {};
  if (typeof value !== "object" || Array.isArray(value)) {
    throw new OptionsError(`options of rule '${meta.id}' must be a mapping, got ${describe(value)}`);
  }
  const given = value as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(given)) {
    if (!(key in schema)) {
      const known = Object.keys(schema);
      throw new OptionsError(
        `rule '${meta.id}' has no option '${key}'${known.length ? ` (its options: ${known.join(", ")})` : " (it takes no options)"}`,
      );
    }
  }
  for (const [key, s] of Object.entries(schema)) {
    if (given[key] !== undefined) out[key] = check(s, given[key], `${meta.id}: option '${key}'`);
    else if (s.default !== undefined) out[key] = structuredClone(s.default);
  }
  return out;
}

function check(s: OptionSchema, v: unknown, where: string): unknown {
  switch (s.type) {
    case "integer":
    case "number":
      if (typeof v !== "number" || Number.isNaN(v) || (s.type === "integer" && !Number.isInteger(v)))
        throw new OptionsError(`${where} must be ${s.type === "integer" ? "a whole number" : "a number"}, got ${describe(v)}`);
      if (s.minimum !== undefined && v < s.minimum) throw new OptionsError(`${where} must be at least ${s.minimum}, got ${v}`);
      if (s.maximum !== undefined && v > s.maximum) throw new OptionsError(`${where} must be at most ${s.maximum}, got ${v}`);
      return v;
    case "string":
      if (typeof v !== "string") throw new OptionsError(`${where} must be a string, got ${describe(v)}`);
      if (s.enum && !s.enum.includes(v)) throw new OptionsError(`${where} must be one of ${s.enum.join(", ")}, got '${v}'`);
      return v;
    case "boolean":
      if (typeof v !== "boolean") throw new OptionsError(`${where} must be true or false, got ${describe(v)}`);
      return v;
    case "array":
      if (!Array.isArray(v)) throw new OptionsError(`${where} must be a list, got ${describe(v)}`);
      return s.items ? v.map((item, i) => check(s.items!, item, `${where}[${i}]`)) : v;
    case "object": {
      if (typeof v !== "object" || v === null || Array.isArray(v)) throw new OptionsError(`${where} must be a mapping, got ${describe(v)}`);
      const out: Record<string, unknown> = {};
      for (const [k, item] of Object.entries(v)) {
        const sub = s.properties?.[k] ?? s.additionalProperties;
        if (!sub) {
          const known = Object.keys(s.properties ?? {});
          throw new OptionsError(`${where} has no key '${k}'${known.length ? ` (expected: ${known.join(", ")})` : ""}`);
        }
        out[k] = check(sub, item, `${where}.${k}`);
      }
      return out;
    }
  }
}

function describe(v: unknown): string {
  if (v === null) return "null";
  if (Array.isArray(v)) return "a list";
  if (typeof v === "object") return "a mapping";
  if (typeof v === "string") return `'${v}'`;
  return String(v);
}

/** The defaults of a rule's options. */
export function defaultOptions(meta: RuleMeta): Record<string, unknown> {
  return resolveRuleOptions(meta, {});
}
