/**
 * Loads the bundled CLI (dist/bundle/healthlint-<hash>.cjs, made by scripts/bundle.mjs) through a
 * V8 code cache. Node 20 has no compile cache for modules (module.enableCompileCache is Node 22),
 * and compiling the 3.9 MB bundle is the largest single cost of a cold start: most of it is the
 * generated word lists. With the cache, V8 deserializes the bytecode of the functions the last run
 * used instead of parsing and compiling them again.
 *
 * The cache file is written after a run that found none, or found one V8 rejected (another Node or
 * V8 flags), with script.createCachedData(): taken after the run, it holds the functions the run
 * compiled lazily as well as the top level. It is written to a temporary file and renamed into
 * place, so a reader never sees half of it; it carries a checksum of its own (V8 does not check
 * one in release builds), and a cache that does not match is ignored and replaced.
 *
 * Where: $HEALTHLINT_COMPILE_CACHE (a directory), else <os tmpdir>/healthlint-compile-cache-<uid>.
 * Off: HEALTHLINT_COMPILE_CACHE=0 (or false, off), or NODE_DISABLE_COMPILE_CACHE=1 as for Node's
 * own cache. The directory must belong to the user and be closed to others' writes (a code cache is
 * code): when it is not, or cannot be made or written, healthlint runs without a cache and says
 * nothing.
 */
import fs from "node:fs";
import { createRequire } from "node:module";
import os from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import vm from "node:vm";
import zlib from "node:zlib";
import { writeFileAtomic } from "../atomic.js";

/** What loadBundle did, for tests and --debug. */
export interface CacheStatus {
  /** The cache file, or undefined when the cache is off or its directory unusable. */
  file?: string;
  /** "hit": compiled from the cache; "miss": none; "rejected": V8 or the checksum refused it; "off". */
  state: "hit" | "miss" | "rejected" | "off";
}

export interface LoadedBundle<T> {
  exports: T;
  status: CacheStatus;
  /** Writes the cache when this run compiled without one; never throws. Returns whether it wrote. */
  save(): boolean;
}

export interface LoadOptions {
  /** The bundle's content hash (from its name): part of the cache key. */
  id: string;
  env?: Record<string, string | undefined>;
  /** The URL the bundle's code sees as import.meta.url. */
  importMetaUrl?: string;
  /** Only the main thread writes the cache; worker threads read it. */
  write?: boolean;
  /** import() for the bundle's code (a vm.Script has none of its own): the caller's, so that
   * specifiers resolve from where the caller is. */
  dynamicImport?: (specifier: string) => Promise<unknown>;
  /**
   * Built-in modules the bundle require()s at its top level but uses only later, if at all, by
   * property (commander's child_process, cosmiconfig's crypto, the worker pool's worker_threads):
   * each is handed over as a stand-in that loads the module on first use.
   */
  lazyBuiltins?: readonly string[];
}

// Header: magic, format version, payload length, payload checksum (all 32-bit little-endian).
const MAGIC = 0x4c434c48; // "HLCL"
const FORMAT = 1;
const HEADER = 16;
/** Cache files of other builds, Node versions or flags left untouched this long are deleted. */
const STALE_MS = 14 * 24 * 3600 * 1000;

export function cacheDirectory(env: Record<string, string | undefined> = process.env): string | undefined {
  const disable = env.NODE_DISABLE_COMPILE_CACHE;
  if (disable !== undefined && disable !== "" && disable !== "0") return undefined;
  const setting = env.HEALTHLINT_COMPILE_CACHE;
  if (setting !== undefined && setting !== "") {
    if (/^(?:0|false|off|no)$/i.test(setting)) return undefined;
    return path.resolve(setting);
  }
  const uid = typeof process.getuid === "function" ? process.getuid() : undefined;
  return path.join(os.tmpdir(), `healthlint-compile-cache${uid === undefined ? "" : `-${uid}`}`);
}

/** The directory, made if need be, when it is ours and closed to others' writes; else undefined. */
function usableDirectory(dir: string): string | undefined {
  try {
    fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
    const st = fs.lstatSync(dir);
    if (!st.isDirectory()) return undefined;
    if (typeof process.getuid === "function" && (st.uid !== process.getuid() || (st.mode & 0o022) !== 0)) return undefined;
    return dir;
  } catch {
    return undefined;
  }
}

/** A 32-bit FNV-1a-like hash of a short string (the V8 flags part of the key). */
function shortHash(s: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return (h >>> 0).toString(36);
}

/** CRC-32 of the payload (as Node 22's compile cache checks its own; V8 checks none in release builds). */
export function checksum(data: Uint8Array): number {
  return zlib.crc32(data) >>> 0;
}

/** The cached data in a cache file, or undefined when the file is missing, short or damaged. */
function readCache(file: string): { data: Buffer; mtimeMs: number } | "missing" | "damaged" {
  let fd: number;
  try {
    fd = fs.openSync(file, "r");
  } catch {
    return "missing";
  }
  try {
    const st = fs.fstatSync(fd);
    if (st.size < HEADER) return "damaged";
    const all = Buffer.allocUnsafe(st.size);
    let off = 0;
    while (off < st.size) {
      const n = fs.readSync(fd, all, off, st.size - off, off);
      if (n === 0) break;
      off += n;
    }
    if (off !== st.size) return "damaged";
    if (all.readUInt32LE(0) !== MAGIC || all.readUInt32LE(4) !== FORMAT || all.readUInt32LE(8) !== st.size - HEADER) return "damaged";
    const data = all.subarray(HEADER);
    if (checksum(data) !== all.readUInt32LE(12)) return "damaged";
    return { data, mtimeMs: st.mtimeMs };
  } catch {
    return "damaged";
  } finally {
    fs.closeSync(fd);
  }
}

function writeCache(file: string, data: Buffer): boolean {
  const header = Buffer.alloc(HEADER);
  header.writeUInt32LE(MAGIC, 0);
  header.writeUInt32LE(FORMAT, 4);
  header.writeUInt32LE(data.byteLength, 8);
  header.writeUInt32LE(checksum(data), 12);
  try {
    writeFileAtomic(file, Buffer.concat([header, data]), { mode: 0o600 });
    return true;
  } catch {
    return false;
  }
}

/** Deletes other cache files (older builds, Node versions) not used for STALE_MS. */
function pruneStale(dir: string, keep: string): void {
  try {
    const now = Date.now();
    for (const name of fs.readdirSync(dir)) {
      const file = path.join(dir, name);
      if (file === keep || !/\.(?:cache|tmp)$/.test(name)) continue;
      const st = fs.lstatSync(file);
      if (st.isFile() && now - st.mtimeMs > STALE_MS) fs.rmSync(file, { force: true });
    }
  } catch {
    // best effort
  }
}

/** A stand-in for a built-in module that loads it on first use (any property, key or `in` test). */
function lazyModule(load: () => object): object {
  let mod: object | undefined;
  const real = () => (mod ??= load());
  return new Proxy(Object.create(null) as object, {
    // Interop helpers ask for __esModule first: no built-in module has it, so no need to load.
    get: (_t, key) => (key === "__esModule" && mod === undefined ? undefined : Reflect.get(real(), key)),
    has: (_t, key) => Reflect.has(real(), key),
    ownKeys: () => Reflect.ownKeys(real()),
    getOwnPropertyDescriptor: (_t, key) => {
      const d = Reflect.getOwnPropertyDescriptor(real(), key);
      return d && { ...d, configurable: true };
    },
  });
}

/** require() for the bundle: createRequire's, with the lazy built-ins as stand-ins. */
function bundleRequire(file: string, lazy: readonly string[]): NodeJS.Require {
  const real = createRequire(file);
  if (lazy.length === 0) return real;
  const names = new Set(lazy.flatMap((n) => [n.replace(/^node:/, ""), `node:${n.replace(/^node:/, "")}`]));
  const standIns = new Map<string, object>();
  const req = ((id: string) => {
    if (!names.has(id)) return real(id) as unknown;
    let m = standIns.get(id);
    if (!m) standIns.set(id, (m = lazyModule(() => real(id) as object)));
    return m;
  }) as NodeJS.Require;
  return Object.assign(req, { resolve: real.resolve, cache: real.cache, main: real.main, extensions: real.extensions });
}

/**
 * Runs the bundle at `file` (a CommonJS-style function expression, made ASCII-only by the build) and
 * returns its exports, compiled from the code cache when there is a usable one.
 */
export function loadBundle<T>(file: string, options: LoadOptions): LoadedBundle<T> {
  const env = options.env ?? process.env;
  // ASCII by construction (scripts/bundle.mjs checks): latin1 makes a one-byte string, no UTF-8 decode.
  const source = fs.readFileSync(file, "latin1");
  const wanted = cacheDirectory(env);
  const dir = wanted === undefined ? undefined : usableDirectory(wanted);
  const flags = [...process.execArgv, env.NODE_OPTIONS ?? ""].join(" ");
  const cacheFile = dir === undefined ? undefined : path.join(dir, `${options.id}-${process.version}-${process.arch}-${shortHash(flags)}.cache`);

  let cached: ReturnType<typeof readCache> = "missing";
  if (cacheFile !== undefined) cached = readCache(cacheFile);
  const script = new vm.Script(source, {
    filename: file,
    cachedData: typeof cached === "object" ? cached.data : undefined,
  });
  const status: CacheStatus =
    cacheFile === undefined
      ? { state: "off" }
      : typeof cached === "object"
        ? { file: cacheFile, state: script.cachedDataRejected === true ? "rejected" : "hit" }
        : { file: cacheFile, state: cached === "missing" ? "miss" : "rejected" };

  const wrapper = script.runInThisContext() as (
    exports: unknown,
    require: NodeJS.Require,
    module: { exports: unknown },
    filename: string,
    dirname: string,
    importMetaUrl: string,
    dynamicImport: (specifier: string) => Promise<unknown>,
  ) => void;
  const module = { exports: {} as unknown };
  wrapper.call(
    module.exports,
    module.exports,
    bundleRequire(file, options.lazyBuiltins ?? []),
    module,
    file,
    path.dirname(file),
    options.importMetaUrl ?? pathToFileURL(file).href,
    options.dynamicImport ?? ((specifier: string) => import(specifier)),
  );

  if (status.state === "hit" && typeof cached === "object" && Date.now() - cached.mtimeMs > STALE_MS / 4) {
    // Still in use: keep it from being pruned as stale.
    try {
      const now = new Date();
      fs.utimesSync(cacheFile!, now, now);
    } catch {
      // best effort
    }
  }

  let saved = false;
  return {
    exports: module.exports as T,
    status,
    save(): boolean {
      if (saved || status.state === "hit" || status.state === "off" || options.write === false || cacheFile === undefined) return false;
      saved = true;
      try {
        const ok = writeCache(cacheFile, script.createCachedData());
        if (ok) pruneStale(dir!, cacheFile);
        return ok;
      } catch {
        return false;
      }
    },
  };
}
