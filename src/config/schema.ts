/**
 * The shape of a healthlint config file and its validation. Every key is documented in
 * `.healthlintrc.example.yml`.
 */
import { closest } from "fastest-levenshtein";
import { normalisePlatform } from "../engine/platform.js";
import { isSeverity } from "../engine/severity.js";
import type { Platform, RuleEntry, Severity, SplitMode } from "../types.js";
import { ConfigError } from "./errors.js";

export interface OverrideConfig {
  files: string[];
  excludedFiles?: string[];
  platform?: Platform;
  split?: SplitMode;
  rules?: Record<string, RuleEntry>;
  settings?: Record<string, unknown>;
}

export interface ConfigFile {
  root?: boolean;
  extends?: string[];
  platform?: Platform;
  split?: SplitMode;
  splitHeadingDepth?: number;
  rules?: Record<string, RuleEntry>;
  overrides?: OverrideConfig[];
  ignorePatterns?: string[];
  plugins?: string[];
  settings?: Record<string, unknown>;
  reportUnusedDisableDirectives?: Severity;
  requireDisableReason?: Severity;
}

const TOP_KEYS = [
  "$schema",
  "root",
  "extends",
  "platform",
  "split",
  "splitHeadingDepth",
  "rules",
  "overrides",
  "ignorePatterns",
  "plugins",
  "settings",
  "reportUnusedDisableDirectives",
  "requireDisableReason",
] as const;
const OVERRIDE_KEYS = ["files", "excludedFiles", "platform", "split", "rules", "settings"] as const;
const SPLITS: SplitMode[] = ["none", "thematic-break", "heading"];

/** Checks the keys and value types of a config object read from `file`; rule ids are checked later. */
export function validateConfigShape(raw: unknown, file: string): ConfigFile {
  if (raw === null || raw === undefined) return {};
  if (typeof raw !== "object" || Array.isArray(raw)) throw new ConfigError("a config must be a mapping of keys to values", file);
  // A key with nothing after it (`rules:` followed only by comments) is the same as no key.
  const c = Object.fromEntries(Object.entries(raw).filter(([, v]) => v !== null));
  unknownKeys(c, TOP_KEYS, "", file);
  const out: ConfigFile = {};
  if (c.root !== undefined) out.root = bool(c.root, "root", file);
  if (c.extends !== undefined) out.extends = stringList(c.extends, "extends", file);
  if (c.platform !== undefined) out.platform = platform(c.platform, "platform", file);
  if (c.split !== undefined) out.split = split(c.split, "split", file);
  if (c.splitHeadingDepth !== undefined) {
    const d = c.splitHeadingDepth;
    if (typeof d !== "number" || !Number.isInteger(d) || d < 1 || d > 6)
      throw new ConfigError(`splitHeadingDepth must be a whole number from 1 to 6, got ${JSON.stringify(d)}`, file);
    out.splitHeadingDepth = d;
  }
  if (c.rules !== undefined) out.rules = rules(c.rules, "rules", file);
  if (c.ignorePatterns !== undefined) out.ignorePatterns = stringList(c.ignorePatterns, "ignorePatterns", file);
  if (c.plugins !== undefined) out.plugins = stringList(c.plugins, "plugins", file);
  if (c.settings !== undefined) out.settings = mapping(c.settings, "settings", file);
  for (const key of ["reportUnusedDisableDirectives", "requireDisableReason"] as const) {
    if (c[key] !== undefined) {
      if (!isSeverity(c[key])) throw new ConfigError(`${key} must be one of off, info, warn, error, got ${JSON.stringify(c[key])}`, file);
      out[key] = c[key] as Severity;
    }
  }
  if (c.overrides !== undefined) {
    if (!Array.isArray(c.overrides)) throw new ConfigError("overrides must be a list of {files, platform, rules, settings}", file);
    out.overrides = c.overrides.map((o, i) => {
      const where = `overrides[${i}]`;
      const m = mapping(o, where, file);
      unknownKeys(m, OVERRIDE_KEYS, `${where}.`, file);
      if (m.files === undefined) throw new ConfigError(`${where} needs 'files' (a list of glob patterns)`, file);
      const ov: OverrideConfig = { files: stringList(m.files, `${where}.files`, file) };
      if (m.excludedFiles !== undefined) ov.excludedFiles = stringList(m.excludedFiles, `${where}.excludedFiles`, file);
      if (m.platform !== undefined) ov.platform = platform(m.platform, `${where}.platform`, file);
      if (m.split !== undefined) ov.split = split(m.split, `${where}.split`, file);
      if (m.rules !== undefined) ov.rules = rules(m.rules, `${where}.rules`, file);
      if (m.settings !== undefined) ov.settings = mapping(m.settings, `${where}.settings`, file);
      return ov;
    });
  }
  return out;
}

function unknownKeys(c: Record<string, unknown>, known: readonly string[], prefix: string, file: string): void {
  for (const key of Object.keys(c)) {
    if (!known.includes(key)) {
      const near = closest(key, known as string[]);
      throw new ConfigError(`unknown key '${prefix}${key}'${near ? ` (did you mean '${prefix}${near}'?)` : ""}`, file);
    }
  }
}

function bool(v: unknown, key: string, file: string): boolean {
  if (typeof v !== "boolean") throw new ConfigError(`${key} must be true or false, got ${JSON.stringify(v)}`, file);
  return v;
}

function mapping(v: unknown, key: string, file: string): Record<string, unknown> {
  if (typeof v !== "object" || v === null || Array.isArray(v)) throw new ConfigError(`${key} must be a mapping`, file);
  return v as Record<string, unknown>;
}

function stringList(v: unknown, key: string, file: string): string[] {
  const list = typeof v === "string" ? [v] : v;
  if (!Array.isArray(list) || list.some((x) => typeof x !== "string"))
    throw new ConfigError(`${key} must be a string or a list of strings`, file);
  return list as string[];
}

function platform(v: unknown, key: string, file: string): Platform {
  const p = normalisePlatform(v);
  if (!p)
    throw new ConfigError(`${key} '${String(v)}' is not a platform: use x (or twitter), linkedin, instagram, facebook, threads or generic`, file);
  return p;
}

function split(v: unknown, key: string, file: string): SplitMode {
  if (typeof v !== "string" || !SPLITS.includes(v as SplitMode))
    throw new ConfigError(`${key} must be one of ${SPLITS.join(", ")}, got ${JSON.stringify(v)}`, file);
  return v as SplitMode;
}

function rules(v: unknown, key: string, file: string): Record<string, RuleEntry> {
  const m = mapping(v, key, file);
  const out: Record<string, RuleEntry> = {};
  for (const [id, entry] of Object.entries(m)) out[id] = ruleEntry(entry, `${key}.${id}`, file);
  return out;
}

export function ruleEntry(entry: unknown, where: string, file?: string): RuleEntry {
  const sev = Array.isArray(entry) ? entry[0] : entry;
  if (!isSeverity(sev))
    throw new ConfigError(
      `${where}: severity ${JSON.stringify(sev)} is not one of off, info, warn, error (write [severity, {options}] to pass options)`,
      file,
    );
  if (!Array.isArray(entry)) return sev;
  if (entry.length > 2) throw new ConfigError(`${where}: write [severity, {options}] with one options mapping`, file);
  if (entry.length === 2 && (typeof entry[1] !== "object" || entry[1] === null || Array.isArray(entry[1])))
    throw new ConfigError(`${where}: options must be a mapping, as in [${sev}, {max: 2}]`, file);
  return entry.length === 2 ? [sev, entry[1] as Record<string, unknown>] : [sev];
}
