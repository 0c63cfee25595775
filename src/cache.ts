/**
 * `--cache`: re-runs skip files whose bytes, config and healthlint have not changed, and reuse the
 * findings stored for them.
 *
 * - An entry is keyed by the sha256 of the file's bytes and a hash of the file's resolved config
 *   (with the identity and source of every enabled rule, so a changed plugin rule invalidates it).
 *   The whole cache is keyed by healthlint's version and the command-line options that change
 *   findings (--rule, --platform, --config, --today or today's date, inline config, unused
 *   directives); a different run key discards every entry.
 * - It stores findings only: no post text and no identifier values. Messages are masked by the
 *   engine, so the CLI never uses the cache with --show-matches; results whose findings carry a fix
 *   or suggestion text (which may quote the post), fatal findings, and fixed output are not stored.
 * - Paths are relative to the cache file's folder, so a cache restored in another checkout (CI)
 *   still matches. Written through a temporary file and a rename.
 */
import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { writeFileAtomic } from "./atomic.js";
import type { ResolvedFileConfig } from "./config/resolve.js";
import { toResult, type FileNotice, type LintRun } from "./lint.js";
import { decode, stripBom } from "./source/decode.js";
import type { LintMessage, LintResult, Rule } from "./types.js";

export const DEFAULT_CACHE_FILE = ".healthlintcache";
const FORMAT = 1;

export interface CacheEntry {
  /** sha256 of the file's bytes. */
  hash: string;
  /** Hash of the resolved config and enabled rules for the file. */
  config: string;
  postCount: number;
  messages: LintMessage[];
  suppressedMessages?: LintMessage[];
  /** A decoding notice for the file (no text). */
  notice?: string;
}

interface CacheFile {
  healthlint: "cache";
  format: number;
  key: string;
  files: Record<string, CacheEntry>;
}

/** `--cache-location`: a file, or a folder (existing, or written with a trailing slash) that gets `.healthlintcache`. */
export function resolveCacheLocation(cwd: string, location?: string): string {
  if (!location) return path.join(cwd, DEFAULT_CACHE_FILE);
  const abs = path.resolve(cwd, location);
  if (/[\\/]$/.test(location)) return path.join(abs, DEFAULT_CACHE_FILE);
  try {
    if (fs.statSync(abs).isDirectory()) return path.join(abs, DEFAULT_CACHE_FILE);
  } catch {
    // not there yet: a file
  }
  return abs;
}

export function sha256(data: string | Uint8Array): string {
  return createHash("sha256").update(data).digest("hex");
}

/** A stable JSON text: object keys sorted, so equal configs hash equally. */
function stable(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) => {
    if (v && typeof v === "object" && !Array.isArray(v)) {
      const sorted: Record<string, unknown> = {};
      for (const k of Object.keys(v).sort()) sorted[k] = (v as Record<string, unknown>)[k];
      return sorted;
    }
    if (typeof v === "function") return `[function ${(v as () => void).toString()}]`;
    return v;
  });
}

/** The run key: healthlint's version and every option that changes findings. */
export function runKey(parts: Record<string, unknown>): string {
  return sha256(stable({ format: FORMAT, ...parts }));
}

/** Entries that may not be stored: they could quote the post, or must be recomputed. */
function cacheable(messages: LintMessage[]): boolean {
  return messages.every((m) => !m.fatal && !m.fix && !(m.suggestions && m.suggestions.length));
}

export class LintCache {
  hits = 0;
  misses = 0;
  private dirty = false;
  private readonly dir: string;
  private readonly configKeys = new WeakMap<object, string>();

  constructor(
    readonly file: string,
    private readonly key: string,
    private readonly files: Record<string, CacheEntry>,
    /** Why the stored cache was not used (unreadable, other version or options). */
    readonly discarded?: string,
  ) {
    this.dir = path.dirname(file);
  }

  /** Reads the cache; a missing, unreadable or stale one starts empty (and is rewritten). */
  static load(file: string, key: string): LintCache {
    let raw: string;
    try {
      raw = fs.readFileSync(file, "utf8");
    } catch {
      return new LintCache(file, key, {});
    }
    try {
      const data = JSON.parse(raw) as Partial<CacheFile>;
      if (data.healthlint !== "cache" || data.format !== FORMAT || typeof data.files !== "object" || data.files === null)
        return fresh(file, key, "not a healthlint cache of this format");
      if (data.key !== key) return fresh(file, key, "made by another healthlint version or with other options");
      return new LintCache(file, key, data.files);
    } catch {
      return fresh(file, key, "unreadable");
    }
  }

  private rel(abs: string): string {
    return path.relative(this.dir, abs).split(path.sep).join("/");
  }

  /** Hash of a file's resolved config and of the enabled rules' code (memoised per config object). */
  configKey(config: ResolvedFileConfig, rules: ReadonlyMap<string, Rule>): string {
    let k = this.configKeys.get(config);
    if (k === undefined) {
      const { files: _files, ...rest } = config;
      void _files;
      const enabled = Object.keys(config.rules)
        .filter((id) => config.rules[id][0] !== "off")
        .sort()
        .map((id) => {
          const rule = rules.get(id);
          return rule ? { id, meta: rule.meta, check: String(rule.check) } : { id };
        });
      k = sha256(stable({ config: rest, enabled }));
      this.configKeys.set(config, k);
    }
    return k;
  }

  get(abs: string, hash: string, configKey: string): CacheEntry | undefined {
    const e = this.files[this.rel(abs)];
    return e && e.hash === hash && e.config === configKey ? e : undefined;
  }

  /** Stores a result if nothing in it could quote the post or needs recomputing. */
  set(abs: string, hash: string, configKey: string, result: LintResult, notice?: string): boolean {
    const rel = this.rel(abs);
    const suppressed = result.suppressedMessages ?? [];
    if (result.output !== undefined || !cacheable(result.messages) || !cacheable(suppressed)) {
      if (rel in this.files) {
        delete this.files[rel];
        this.dirty = true;
      }
      return false;
    }
    const entry: CacheEntry = { hash, config: configKey, postCount: result.postCount ?? 0, messages: result.messages };
    if (suppressed.length) entry.suppressedMessages = suppressed;
    if (notice) entry.notice = notice;
    this.files[rel] = entry;
    this.dirty = true;
    return true;
  }

  /** Writes the cache if it changed (dropping entries of files that are gone). */
  save(): void {
    if (!this.dirty && !this.discarded) return;
    for (const rel of Object.keys(this.files)) {
      if (!fs.existsSync(path.resolve(this.dir, rel))) delete this.files[rel];
    }
    const data: CacheFile = { healthlint: "cache", format: FORMAT, key: this.key, files: this.files };
    writeFileAtomic(this.file, JSON.stringify(data));
    this.dirty = false;
  }
}

function fresh(file: string, key: string, why: string): LintCache {
  return new LintCache(file, key, {}, why);
}

export interface CachedLintOptions {
  cache: LintCache;
  /** Config for a file (the resolver caches it). */
  configFor(abs: string): Promise<ResolvedFileConfig>;
  rules: ReadonlyMap<string, Rule>;
  /** Lints the files the cache cannot answer for (in order). */
  lint(files: string[]): Promise<LintRun>;
  /** Put the file text on results read from the cache (the html format needs it). */
  includeSource?: boolean;
}

/**
 * Lints files through the cache: unchanged files are answered from it, the rest are linted and
 * stored. Results keep the order of `files`.
 */
export async function lintFilesWithCache(files: string[], o: CachedLintOptions): Promise<LintRun> {
  const slots: Array<LintResult | undefined> = new Array<LintResult | undefined>(files.length);
  const notices: FileNotice[] = [];
  const missing: Array<{ index: number; abs: string; hash: string; config: string }> = [];
  for (let i = 0; i < files.length; i++) {
    const abs = files[i];
    let bytes: Uint8Array;
    try {
      bytes = fs.readFileSync(abs);
    } catch {
      missing.push({ index: i, abs, hash: "", config: "" });
      continue;
    }
    const hash = sha256(bytes);
    const config = o.cache.configKey(await o.configFor(abs), o.rules);
    const entry = o.cache.get(abs, hash, config);
    if (!entry) {
      missing.push({ index: i, abs, hash, config });
      continue;
    }
    o.cache.hits++;
    const result = toResult(abs, entry.messages, entry.postCount);
    if (entry.suppressedMessages) result.suppressedMessages = entry.suppressedMessages;
    if (o.includeSource) result.source = stripBom(decode(bytes).text);
    if (entry.notice) notices.push({ filePath: abs, message: entry.notice });
    slots[i] = result;
  }
  o.cache.misses += missing.length;
  let failed = false;
  if (missing.length) {
    const run = await o.lint(missing.map((m) => m.abs));
    failed = run.failed;
    notices.push(...run.notices);
    const byPath = new Map(run.results.map((r) => [r.filePath, r]));
    for (const m of missing) {
      const r = byPath.get(m.abs);
      if (!r) continue; // skipped (binary)
      slots[m.index] = r;
      if (m.hash) o.cache.set(m.abs, m.hash, m.config, r, run.notices.find((n) => n.filePath === m.abs)?.message);
    }
  }
  return { results: slots.filter((r): r is LintResult => r !== undefined), notices, failed };
}

export interface CacheFileRunOptions extends Omit<CachedLintOptions, "cache"> {
  cwd: string;
  /** `--cache-location` (default `.healthlintcache` in cwd). */
  location?: string;
  /** What the run key is made of: healthlint's version and the options that change findings. */
  key: Record<string, unknown>;
}

export interface CacheFileRun {
  run: LintRun;
  file: string;
  hits: number;
  misses: number;
  discarded?: string;
  /** The cache could not be written (the run itself is fine). */
  writeError?: string;
}

/** The CLI's `--cache`: load, lint through it, save. */
export async function lintWithCacheFile(files: string[], o: CacheFileRunOptions): Promise<CacheFileRun> {
  const cache = LintCache.load(resolveCacheLocation(o.cwd, o.location), runKey(o.key));
  const run = await lintFilesWithCache(files, { ...o, cache });
  let writeError: string | undefined;
  try {
    cache.save();
  } catch (error) {
    writeError = (error as Error).message;
  }
  return { run, file: cache.file, hits: cache.hits, misses: cache.misses, discarded: cache.discarded, writeError };
}
