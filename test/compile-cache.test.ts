/**
 * The bundle's V8 code cache (src/cli/compile-cache.ts): written after a run without one, used by
 * the next, ignored and rewritten when damaged or refused, never in the way when it cannot be
 * written or is turned off. The last tests run the built CLI (dist/bundle, `npm run build`).
 */
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { afterEach, describe, expect, it } from "vitest";
import { cacheDirectory, loadBundle } from "../src/cli/compile-cache.js";
import { FIXTURES, ROOT } from "./helpers/cli.js";

const dirs: string[] = [];
const tmp = () => {
  const d = fs.mkdtempSync(path.join(os.tmpdir(), "healthlint-cc-test-"));
  dirs.push(d);
  return d;
};
afterEach(() => {
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

/** A small bundle in the shape scripts/bundle.mjs makes: a function expression. */
function writeBundle(dir: string, body = "exports.answer = 42;"): string {
  const file = path.join(dir, "bundle-test.cjs");
  const lib = Array.from({ length: 200 }, (_, i) => `function f${i}(x) { return x * ${i} + ${i}; }`).join("\n");
  fs.writeFileSync(
    file,
    `(function (exports, require, module, __filename, __dirname, __healthlintImportMetaUrl, __healthlintImport) {"use strict";
${lib}
exports.sum = (n) => { let s = 0; for (let i = 0; i < n; i++) s += f7(i); return s; };
exports.meta = __healthlintImportMetaUrl;
exports.load = (s) => __healthlintImport(s);
exports.path = require("node:path").basename(__filename);
${body}
})`,
  );
  return file;
}

const cacheFiles = (dir: string) => fs.readdirSync(dir).filter((n) => n.endsWith(".cache"));

describe("code cache loader", () => {
  it("runs the bundle: exports, require, import.meta.url and import() of its own", async () => {
    const dir = tmp();
    const file = writeBundle(dir);
    const b = loadBundle<Record<string, unknown>>(file, { id: "t1", env: { HEALTHLINT_COMPILE_CACHE: path.join(dir, "cache") }, dynamicImport: async (s) => `imported ${s}` });
    expect(b.exports.answer).toBe(42);
    expect((b.exports.sum as (n: number) => number)(3)).toBe(21 + 3 * 7);
    expect(b.exports.meta).toBe(pathToFileURL(file).href);
    expect(b.exports.path).toBe("bundle-test.cjs");
    expect(await (b.exports.load as (s: string) => Promise<string>)("x")).toBe("imported x");
  });

  it("writes the cache after a run without one, and the next run compiles from it", () => {
    const dir = tmp();
    const cache = path.join(dir, "cache");
    const file = writeBundle(dir);
    const env = { HEALTHLINT_COMPILE_CACHE: cache };
    const first = loadBundle<{ sum(n: number): number }>(file, { id: "t2", env });
    expect(first.status.state).toBe("miss");
    first.exports.sum(10);
    expect(first.save()).toBe(true);
    expect(first.save()).toBe(false);
    expect(cacheFiles(cache)).toHaveLength(1);
    expect(fs.statSync(cache).mode & 0o077).toBe(0);

    const second = loadBundle<{ sum(n: number): number; answer: number }>(file, { id: "t2", env });
    expect(second.status).toEqual({ state: "hit", file: path.join(cache, cacheFiles(cache)[0]!) });
    expect(second.exports.answer).toBe(42);
    expect(second.save()).toBe(false);
  });

  it("ignores a damaged cache (bytes changed, cut short, garbage) and writes a good one", () => {
    const dir = tmp();
    const cache = path.join(dir, "cache");
    const file = writeBundle(dir);
    const env = { HEALTHLINT_COMPILE_CACHE: cache };
    loadBundle(file, { id: "t3", env }).save();
    const target = path.join(cache, cacheFiles(cache)[0]!);
    const good = fs.readFileSync(target);

    const flipped = Buffer.from(good);
    flipped[Math.floor(flipped.length / 2)]! ^= 0xff;
    const damaged = [flipped, good.subarray(0, good.length - 7), Buffer.from("not a cache at all"), Buffer.alloc(0)];
    for (const bytes of damaged) {
      fs.writeFileSync(target, bytes);
      const b = loadBundle<{ answer: number }>(file, { id: "t3", env });
      expect(b.status.state).toBe("rejected");
      expect(b.exports.answer).toBe(42);
      expect(b.save()).toBe(true);
      expect(loadBundle(file, { id: "t3", env }).status.state).toBe("hit");
    }
  });

  it("ignores a cache V8 refuses (made for other source) and replaces it", () => {
    const dir = tmp();
    const cache = path.join(dir, "cache");
    const env = { HEALTHLINT_COMPILE_CACHE: cache };
    const a = writeBundle(dir, "exports.answer = 1;");
    loadBundle(a, { id: "same", env }).save();
    const b = writeBundle(dir, "exports.answer = 2; exports.more = 'a longer body than the first';");
    const refused = loadBundle<{ answer: number }>(b, { id: "same", env });
    expect(refused.status.state).toBe("rejected");
    expect(refused.exports.answer).toBe(2);
    expect(refused.save()).toBe(true);
    expect(loadBundle(b, { id: "same", env }).status.state).toBe("hit");
  });

  it("is off with HEALTHLINT_COMPILE_CACHE=0 or NODE_DISABLE_COMPILE_CACHE=1, and writes nothing", () => {
    const dir = tmp();
    const file = writeBundle(dir);
    for (const env of [{ HEALTHLINT_COMPILE_CACHE: "0" }, { HEALTHLINT_COMPILE_CACHE: "off" }, { NODE_DISABLE_COMPILE_CACHE: "1", HEALTHLINT_COMPILE_CACHE: path.join(dir, "c") }]) {
      expect(cacheDirectory(env)).toBeUndefined();
      const b = loadBundle<{ answer: number }>(file, { id: "t5", env });
      expect(b.status).toEqual({ state: "off" });
      expect(b.exports.answer).toBe(42);
      expect(b.save()).toBe(false);
    }
    expect(fs.existsSync(path.join(dir, "c"))).toBe(false);
    expect(cacheDirectory({})).toBe(path.join(os.tmpdir(), `healthlint-compile-cache${process.getuid ? `-${process.getuid()}` : ""}`));
  });

  it("runs without a cache, silently, when the directory cannot be made, is not a directory or is open to others", () => {
    const dir = tmp();
    const file = writeBundle(dir);
    const plainFile = path.join(dir, "plain");
    fs.writeFileSync(plainFile, "x");
    const open = path.join(dir, "open");
    fs.mkdirSync(open);
    fs.chmodSync(open, 0o777);
    const places = [plainFile, path.join(plainFile, "below"), ...(process.platform === "win32" ? [] : [open])];
    for (const place of places) {
      const b = loadBundle<{ answer: number }>(file, { id: "t6", env: { HEALTHLINT_COMPILE_CACHE: place } });
      expect(b.status.state).toBe("off");
      expect(b.exports.answer).toBe(42);
      expect(b.save()).toBe(false);
    }
    expect(fs.readdirSync(open)).toEqual([]);
  });

  it("hands lazy built-ins over as stand-ins that load on first use", () => {
    const dir = tmp();
    const file = writeBundle(dir, `const dgram = require("node:dgram"); const os = require("os");
exports.esm = dgram.__esModule; exports.dgram = dgram; exports.osSame = os === require("node:os");`);
    const loaded = () => (process as unknown as { moduleLoadList: string[] }).moduleLoadList.includes("NativeModule dgram");
    const before = loaded();
    const b = loadBundle<{ esm: unknown; dgram: typeof import("node:dgram"); osSame: boolean }>(file, { id: "t8", env: { HEALTHLINT_COMPILE_CACHE: "0" }, lazyBuiltins: ["dgram"] });
    expect(b.exports.esm).toBeUndefined();
    if (!before) expect(loaded()).toBe(false);
    expect(typeof b.exports.dgram.createSocket).toBe("function");
    expect("Socket" in b.exports.dgram).toBe(true);
    expect(Object.keys(b.exports.dgram)).toContain("createSocket");
    expect(loaded()).toBe(true);
    expect(b.exports.osSame).toBe(true);
  });

  it("does not write from a worker (write: false)", () => {
    const dir = tmp();
    const cache = path.join(dir, "cache");
    const b = loadBundle(writeBundle(dir), { id: "t7", env: { HEALTHLINT_COMPILE_CACHE: cache }, write: false });
    expect(b.status.state).toBe("miss");
    expect(b.save()).toBe(false);
    expect(cacheFiles(cache)).toEqual([]);
  });
});

describe("code cache in the built CLI", () => {
  const run = (args: string[], env: Record<string, string>, cwd = path.join(FIXTURES, "posts")) => {
    const r = spawnSync(process.execPath, [path.join(ROOT, "bin/healthlint.js"), ...args], {
      cwd,
      encoding: "utf8",
      env: { ...process.env, NO_COLOR: "1", ...env },
    });
    return { code: r.status, stdout: r.stdout, stderr: r.stderr };
  };
  const files = fs.readdirSync(path.join(FIXTURES, "posts")).filter((n) => /\.(?:md|txt)$/.test(n));

  it("first run writes it, the next uses it, a damaged one is rewritten: same findings every time", () => {
    const cache = path.join(tmp(), "cache");
    const env = { HEALTHLINT_COMPILE_CACHE: cache };
    const args = ["--format", "json", "--debug", ...files];
    const first = run(args, env);
    expect(first.stderr).toMatch(/code cache miss \(.*\), written/);
    const second = run(args, env);
    expect(second.stderr).toMatch(/code cache hit \(/);
    const target = path.join(cache, cacheFiles(cache)[0]!);
    const bytes = fs.readFileSync(target);
    bytes[bytes.length - 100]! ^= 0x55;
    fs.writeFileSync(target, bytes);
    const third = run(args, env);
    expect(third.stderr).toMatch(/code cache rejected \(.*\), written/);
    const off = run(args, { HEALTHLINT_COMPILE_CACHE: "0" });
    expect(off.stderr).toMatch(/code cache off\n/);
    for (const r of [second, third, off]) {
      expect(r.code).toBe(first.code);
      expect(r.stdout).toBe(first.stdout);
    }
  });

  it("is written only after a lint, not after --version or a run that found no file", () => {
    const cache = path.join(tmp(), "cache");
    const env = { HEALTHLINT_COMPILE_CACHE: cache };
    expect(run(["--version"], env).code).toBe(0);
    expect(run(["--no-error-on-unmatched-pattern", "nothing-here/*.md"], env).code).toBe(0);
    expect(fs.existsSync(cache) ? cacheFiles(cache) : []).toEqual([]);
  });

  it("worker threads load the bundle through it too: same findings as one thread", () => {
    const cache = path.join(tmp(), "cache");
    const env = { HEALTHLINT_COMPILE_CACHE: cache };
    const single = run(["--format", "json", "--concurrency", "off", ...files], env);
    const threads = run(["--format", "json", "--concurrency", "2", ...files], env);
    expect(threads.code).toBe(single.code);
    expect(threads.stdout).toBe(single.stdout);
    expect(threads.stderr).toBe(single.stderr);
  });
});
