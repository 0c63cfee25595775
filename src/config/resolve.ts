/**
 * Finds, loads, merges and checks configuration. Search: from each file's folder up to the file
 * system root, stopping at a config with `root: true`; nearer configs override farther ones. A
 * config builds on the `recommended` preset unless a config in its chain says `extends`.
 */
import fs from "node:fs";
import path from "node:path";
import { createRequire } from "node:module";
import { pathToFileURL } from "node:url";
import { cosmiconfig, type PublicExplorer } from "cosmiconfig";
import { closest } from "fastest-levenshtein";
import picomatch from "picomatch";
import { parse as parseYaml, YAMLParseError } from "yaml";
import type { Platform, ResolvedConfig, Rule, RuleEntry, Severity, SplitMode } from "../types.js";
import { ConfigError } from "./errors.js";
import { OptionsError, resolveRuleOptions } from "./options.js";
import { validateConfigShape, type ConfigFile, type OverrideConfig } from "./schema.js";

export const CONFIG_FILES = [
  "package.json",
  ".healthlintrc",
  ".healthlintrc.yml",
  ".healthlintrc.yaml",
  ".healthlintrc.json",
  ".healthlintrc.js",
  ".healthlintrc.cjs",
  ".healthlintrc.mjs",
  "healthlint.config.js",
  "healthlint.config.mjs",
  "healthlint.config.cjs",
];

/** A loaded config file with its extends and plugins resolved. */
interface Layer {
  file: string;
  dir: string;
  config: ConfigFile;
  /** Configs this one extends, in order, already expanded. */
  bases: Layer[];
  /** Preset names this layer (or its bases) starts from. */
  preset?: "recommended" | "strict";
}

export interface ResolvedFileConfig extends ResolvedConfig {
  /** The config files that applied, farthest first. */
  files: string[];
  reportUnusedDisableDirectives: Severity;
  requireDisableReason: Severity;
  splitHeadingDepth: number;
}

export interface ResolverOptions {
  cwd: string;
  /** `--config PATH`: use this file alone and skip the search. */
  configFile?: string;
  /** Rule entries from the command line (`--rule`), applied last. */
  cliRules?: Record<string, RuleEntry>;
  cliPlatform?: Platform;
  builtinRules: ReadonlyArray<Rule>;
}

export class ConfigResolver {
  private readonly explorer: PublicExplorer;
  private readonly layerCache = new Map<string, Promise<Layer>>();
  private readonly chainCache = new Map<string, Promise<Layer[]>>();
  private readonly resolvedCache = new Map<string, ResolvedFileConfig>();
  /** All rules known: built-in and from plugins, by id. */
  readonly rules = new Map<string, Rule>();

  constructor(private readonly options: ResolverOptions) {
    for (const r of options.builtinRules) this.rules.set(r.meta.id, r);
    this.explorer = cosmiconfig("healthlint", {
      searchPlaces: CONFIG_FILES,
      searchStrategy: "none",
      mergeSearchPlaces: false,
      loaders: { ".yml": loadYaml, ".yaml": loadYaml, ".json": loadJson, noExt: loadYaml },
    });
  }

  /** The configs that apply to a file, farthest first. */
  async chainFor(filePath: string): Promise<Layer[]> {
    if (this.options.configFile) {
      const file = path.resolve(this.options.cwd, this.options.configFile);
      return [await this.layer(file)];
    }
    return this.chainForDir(path.dirname(path.resolve(this.options.cwd, filePath)));
  }

  private chainForDir(dir: string): Promise<Layer[]> {
    let p = this.chainCache.get(dir);
    if (!p) {
      p = (async () => {
        const found = await this.searchDir(dir);
        const here = found ? await this.layer(found) : undefined;
        if (here?.config.root) return [here];
        const parent = path.dirname(dir);
        const above = parent === dir ? [] : await this.chainForDir(parent);
        return here ? [...above, here] : above;
      })();
      this.chainCache.set(dir, p);
    }
    return p;
  }

  private async searchDir(dir: string): Promise<string | undefined> {
    try {
      const r = await this.explorer.search(dir);
      return r?.filepath;
    } catch (error) {
      throw asConfigError(error);
    }
  }

  private layer(file: string, seen: string[] = []): Promise<Layer> {
    let p = this.layerCache.get(file);
    if (!p) {
      p = this.loadLayer(file, seen);
      this.layerCache.set(file, p);
    }
    return p;
  }

  private async loadLayer(file: string, seen: string[]): Promise<Layer> {
    if (seen.includes(file)) throw new ConfigError(`extends loops back to itself (${[...seen, file].join(" -> ")})`, file);
    if (!fs.existsSync(file)) throw new ConfigError("config file not found", file);
    let raw: unknown;
    try {
      const r = await this.explorer.load(file);
      raw = r?.config;
    } catch (error) {
      throw asConfigError(error, file);
    }
    const config = validateConfigShape(raw, file);
    const dir = path.dirname(file);
    const bases: Layer[] = [];
    let preset: Layer["preset"];
    for (const ext of config.extends ?? []) {
      const name = ext.replace(/^healthlint:/, "");
      if (name === "recommended" || name === "strict") {
        preset = name;
        continue;
      }
      const target = resolveModule(ext, dir, file, "extends");
      bases.push(await this.layer(target, [...seen, file]));
    }
    for (const plugin of config.plugins ?? []) await this.loadPlugin(plugin, dir, file);
    return { file, dir, config, bases, preset };
  }

  private async loadPlugin(spec: string, dir: string, file: string): Promise<void> {
    const isPath = spec.startsWith(".") || path.isAbsolute(spec);
    const pkg = isPath || spec.startsWith("healthlint-plugin-") || spec.includes("/healthlint-plugin") ? spec : `healthlint-plugin-${spec}`;
    const target = resolveModule(pkg, dir, file, "plugins");
    let mod: Record<string, unknown>;
    try {
      mod = (await import(pathToFileURL(target).href)) as Record<string, unknown>;
    } catch (error) {
      throw new ConfigError(`plugin '${spec}' failed to load: ${error instanceof Error ? error.message : String(error)}`, file);
    }
    const plugin = (mod.default ?? mod) as { name?: string; rules?: Record<string, Rule> | Rule[] };
    const name =
      plugin.name ??
      (isPath ? path.basename(spec).replace(/\.[cm]?js$/, "") : pkg.replace(/^(@[^/]+\/)?healthlint-plugin-/, "$1"));
    const list = Array.isArray(plugin.rules) ? plugin.rules : Object.values(plugin.rules ?? {});
    if (list.length === 0) throw new ConfigError(`plugin '${spec}' exports no rules (expected { rules: { id: rule } })`, file);
    for (const rule of list) {
      if (!rule?.meta?.id || typeof rule.check !== "function")
        throw new ConfigError(`plugin '${spec}' exports a rule without meta.id or check()`, file);
      const id = rule.meta.id.includes("/") ? rule.meta.id : `${name}/${rule.meta.id}`;
      this.rules.set(id, { ...rule, meta: { ...rule.meta, id } });
    }
  }

  /** The config for one file: presets, the cascade, overrides, then the command line. */
  async resolve(filePath: string): Promise<ResolvedFileConfig> {
    const abs = path.resolve(this.options.cwd, filePath);
    const chain = await this.chainFor(abs);
    const flat = flatten(chain);
    const matched: Array<{ layer: Layer; override: OverrideConfig; index: number }> = [];
    for (const layer of flat) {
      (layer.config.overrides ?? []).forEach((override, index) => {
        if (matchesOverride(override, layer.dir, abs)) matched.push({ layer, override, index });
      });
    }
    const key = `${flat.map((l) => l.file).join("|")}#${matched.map((m) => `${m.layer.file}:${m.index}`).join(",")}`;
    const cached = this.resolvedCache.get(key);
    if (cached) return cached;

    const explicitExtends = flat.some((l) => l.config.extends !== undefined);
    const presets = flat.map((l) => l.preset).filter(Boolean);
    const base: "recommended" | "strict" | "none" = presets.includes("strict")
      ? "strict"
      : presets.includes("recommended") || !explicitExtends
        ? "recommended"
        : "none";

    const entries: Record<string, RuleEntry> = {};
    const where: Record<string, string> = {};
    let platform: Platform = "generic";
    let split: SplitMode = "none";
    let splitHeadingDepth = 2;
    let settings: Record<string, unknown> = {};
    let reportUnused: Severity = "off";
    let requireReason: Severity = "error";
    const setRules = (rules: Record<string, RuleEntry> | undefined, file: string) => {
      for (const [id, entry] of Object.entries(rules ?? {})) {
        const prev = entries[id];
        // A severity alone keeps the options set by an earlier layer (ESLint's rule).
        if (!Array.isArray(entry) && Array.isArray(prev) && prev.length === 2) entries[id] = [entry, prev[1]];
        else entries[id] = entry;
        where[id] = file;
      }
    };
    for (const layer of flat) {
      const c = layer.config;
      if (c.platform) platform = c.platform;
      if (c.split) split = c.split;
      if (c.splitHeadingDepth) splitHeadingDepth = c.splitHeadingDepth;
      if (c.settings) settings = mergeSettings(settings, c.settings);
      if (c.reportUnusedDisableDirectives) reportUnused = c.reportUnusedDisableDirectives;
      if (c.requireDisableReason) requireReason = c.requireDisableReason;
      setRules(c.rules, layer.file);
      for (const m of matched.filter((x) => x.layer === layer)) {
        if (m.override.platform) platform = m.override.platform;
        if (m.override.split) split = m.override.split;
        if (m.override.settings) settings = mergeSettings(settings, m.override.settings);
        setRules(m.override.rules, `${layer.file} (overrides[${m.index}])`);
      }
    }
    if (this.options.cliPlatform) platform = this.options.cliPlatform;
    setRules(this.options.cliRules, "--rule");

    const rules: ResolvedConfig["rules"] = {};
    for (const [id, rule] of this.rules) {
      if (id.includes("/")) continue;
      const sev = base === "none" ? "off" : base === "strict" && rule.meta.defaultSeverity === "info" ? "warn" : rule.meta.defaultSeverity;
      rules[id] = [sev, {}];
    }
    for (const [id, entry] of Object.entries(entries)) {
      const rule = this.rules.get(id);
      if (!rule) {
        const near = closest(id, [...this.rules.keys()]);
        throw new ConfigError(`unknown rule '${id}'${near ? ` (did you mean '${near}'?)` : ""}`, where[id]);
      }
      const [sev, opts] = Array.isArray(entry) ? entry : [entry];
      rules[id] = [sev, opts ?? rules[id]?.[1] ?? {}];
    }
    for (const [id, [sev, opts]] of Object.entries(rules)) {
      try {
        rules[id] = [sev, resolveRuleOptions(this.rules.get(id)!.meta, opts)];
      } catch (error) {
        if (error instanceof OptionsError) throw new ConfigError(error.message, where[id]);
        throw error;
      }
    }
    const resolved: ResolvedFileConfig = {
      platform,
      split,
      splitHeadingDepth,
      rules,
      settings,
      files: flat.map((l) => l.file),
      reportUnusedDisableDirectives: reportUnused,
      requireDisableReason: requireReason,
    };
    this.resolvedCache.set(key, resolved);
    return resolved;
  }

  /** `ignorePatterns` of the configs that apply to a file, as [baseDir, patterns]. */
  async ignorePatternsFor(filePath: string): Promise<Array<[string, string[]]>> {
    const chain = await this.chainFor(path.resolve(this.options.cwd, filePath));
    return flatten(chain)
      .filter((l) => l.config.ignorePatterns?.length)
      .map((l) => [l.dir, l.config.ignorePatterns!]);
  }
}

function flatten(chain: Layer[]): Layer[] {
  const out: Layer[] = [];
  const add = (l: Layer) => {
    for (const b of l.bases) add(b);
    out.push(l);
  };
  for (const l of chain) add(l);
  return out;
}

function matchesOverride(o: OverrideConfig, dir: string, abs: string): boolean {
  const rel = path.relative(dir, abs).split(path.sep).join("/");
  if (rel.startsWith("..")) return false;
  const opts = { dot: true, matchBase: false };
  const hit = o.files.some((g) => picomatch(g.includes("/") ? g : `**/${g}`, opts)(rel));
  const excluded = (o.excludedFiles ?? []).some((g) => picomatch(g.includes("/") ? g : `**/${g}`, opts)(rel));
  return hit && !excluded;
}

function mergeSettings(a: Record<string, unknown>, b: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = { ...a };
  for (const [k, v] of Object.entries(b)) {
    const prev = out[k];
    out[k] =
      isPlainObject(prev) && isPlainObject(v) ? mergeSettings(prev as Record<string, unknown>, v as Record<string, unknown>) : v;
  }
  return out;
}

function isPlainObject(v: unknown): boolean {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

function resolveModule(spec: string, dir: string, file: string, key: string): string {
  if (spec.startsWith(".") || path.isAbsolute(spec)) {
    const target = path.resolve(dir, spec);
    if (!fs.existsSync(target)) throw new ConfigError(`${key}: '${spec}' not found (looked for ${target})`, file);
    return target;
  }
  try {
    return createRequire(path.join(dir, "noop.js")).resolve(spec);
  } catch {
    throw new ConfigError(`${key}: cannot find package '${spec}' from ${dir} (is it installed?)`, file);
  }
}

function loadYaml(filepath: string, content: string): unknown {
  try {
    return parseYaml(content, { prettyErrors: true });
  } catch (error) {
    if (error instanceof YAMLParseError) {
      const pos = error.linePos?.[0];
      const at = pos ? `:${pos.line}:${pos.col}` : "";
      throw new ConfigError(`YAML syntax error: ${error.message.split("\n")[0].replace(/ at line \d+, column \d+:?$/, "")}`, `${filepath}${at}`);
    }
    throw error;
  }
}

function loadJson(filepath: string, content: string): unknown {
  try {
    return JSON.parse(content);
  } catch (error) {
    const m = /position (\d+)/.exec(String((error as Error).message));
    let at = "";
    if (m) {
      const before = content.slice(0, Number(m[1]));
      const line = before.split("\n").length;
      at = `:${line}:${Number(m[1]) - before.lastIndexOf("\n")}`;
    }
    throw new ConfigError(`JSON syntax error: ${(error as Error).message}`, `${filepath}${at}`);
  }
}

function asConfigError(error: unknown, file?: string): Error {
  if (error instanceof ConfigError) return error;
  const e = error as Error & { filepath?: string };
  return new ConfigError(e.message ?? String(error), file ?? e.filepath);
}
