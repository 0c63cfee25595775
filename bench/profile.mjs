#!/usr/bin/env node
/**
 * Where healthlint's time goes (issue 8). Not part of `npm run bench`'s figures: a diagnosis.
 *
 *   node bench/profile.mjs [--runs N] [--skip-imports] [--skip-cpu] [--targets typical,k1,long1m]
 *
 * 1. Import time: each runtime dependency (from package.json), compromise's smaller builds, and
 *    healthlint's own entry points, each in a fresh process (`await import()` timed inside it),
 *    median of N runs. A module's figure includes what it imports in turn.
 * 2. Which packages a cold run on one typical file actually loads (an ESM resolve hook).
 * 3. CPU profiles (`node --cpu-prof`) of healthlint on the typical file, the 1,000-file set and
 *    the 1 MiB post: self time by package or healthlint file, inclusive time of the main phases
 *    (start-up imports, config, Markdown parsing, each rule, compromise), and the top functions.
 *
 * Needs the corpus (node bench/generate.mjs) and a build (npm run build). Profiles are kept in
 * bench/.corpus/profiles/ for Chrome DevTools or speedscope.
 */
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { generate } from "./generate.mjs";
import { median } from "./lib/harness.mjs";

const BENCH = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.dirname(BENCH);
const CORPUS = path.join(BENCH, ".corpus");
const PROFILES = path.join(CORPUS, "profiles");
const HEALTHLINT = path.join(ROOT, "bin", "healthlint.js");
const argv = process.argv.slice(2);
const value = (name, d) => (argv.includes(name) ? argv[argv.indexOf(name) + 1] : d);
const RUNS = Number(value("--runs", 5));
const TARGETS = value("--targets", "typical,k1,long1m").split(",");
const out = (s = "") => process.stdout.write(`${s}\n`);

generate({ out: CORPUS, files: 10000 });

// ---------------------------------------------------------------------------------------------
// 1. Import time per module

function importTime(spec, how = "import") {
  // Wall and CPU (user + system) time of the import alone, measured inside a fresh process. CPU
  // time is what a busy machine disturbs least.
  const end = `const d=process.cpuUsage(c);process.stdout.write(JSON.stringify([performance.now()-t,(d.user+d.system)/1000]))`;
  const code =
    how === "require"
      ? `const {createRequire}=require("node:module");const r=createRequire(${JSON.stringify(path.join(ROOT, "package.json"))});const c=process.cpuUsage();const t=performance.now();r(${JSON.stringify(spec)});${end}`
      : `const c=process.cpuUsage();const t=performance.now();await import(${JSON.stringify(spec)});${end}`;
  const wall = [];
  const cpu = [];
  for (let i = 0; i < RUNS; i++) {
    const r = spawnSync(process.execPath, how === "require" ? ["-e", code] : ["--input-type=module", "-e", code], { cwd: ROOT, encoding: "utf8" });
    if (r.status !== 0) return { error: r.stderr.split("\n").find((l) => /Error/.test(l)) ?? `exit ${r.status}` };
    const [w, c] = JSON.parse(r.stdout);
    wall.push(w);
    cpu.push(c);
  }
  return { ms: median(cpu), wall: median(wall) };
}

if (!argv.includes("--skip-imports")) {
  const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, "package.json"), "utf8"));
  const rows = [];
  out(`## Import time, fresh process each, median of ${RUNS} (CPU ms, user + system, and wall ms; includes the module's own imports)`);
  out();
  for (const dep of Object.keys(pkg.dependencies ?? {})) rows.push([dep, importTime(dep)]);
  rows.push(["compromise (require, the CJS bundle src/nlp/load.ts uses)", importTime("compromise", "require")]);
  for (const sub of ["compromise/one", "compromise/two", "compromise/three"]) rows.push([sub, importTime(sub)]);
  const rel = (p) => pathToFileURL(path.join(ROOT, p)).href;
  for (const f of ["dist/src/cli/main.js", "dist/src/index.js", "dist/src/lint.js", "dist/src/source/parse.js", "dist/src/config/resolve.js", "dist/rules/index.js"]) {
    if (fs.existsSync(path.join(ROOT, f))) rows.push([f, importTime(rel(f))]);
  }
  for (const f of fs.readdirSync(path.join(ROOT, "dist", "rules")).filter((x) => x.endsWith(".js") && x !== "index.js")) rows.push([`dist/rules/${f}`, importTime(rel(`dist/rules/${f}`))]);
  rows.push(["(baseline: import of node:fs)", importTime("node:fs")]);
  rows.sort((a, b) => (b[1].ms ?? -1) - (a[1].ms ?? -1));
  out("| module | CPU ms | wall ms |");
  out("| --- | --- | --- |");
  for (const [name, r] of rows) out(`| ${name} | ${r.ms !== undefined ? r.ms.toFixed(1) : r.error} | ${r.wall !== undefined ? r.wall.toFixed(1) : ""} |`);
  out();
}

// ---------------------------------------------------------------------------------------------
// 2. What a cold run on one file loads

{
  const hook = path.join(PROFILES, "resolve-log.mjs");
  const logFile = path.join(PROFILES, "resolved.txt");
  fs.mkdirSync(PROFILES, { recursive: true });
  fs.writeFileSync(
    hook,
    `import Module, { register } from "node:module";
import { appendFileSync } from "node:fs";
const load = Module._load;
Module._load = function (request, parent, isMain) {
  const r = load.apply(this, arguments);
  try { appendFileSync(${JSON.stringify(logFile)}, "cjs:" + Module._resolveFilename(request, parent) + "\\n"); } catch {}
  return r;
};
const data = \`import { appendFileSync } from "node:fs";
export async function resolve(specifier, context, next) {
  const r = await next(specifier, context);
  try { appendFileSync(${JSON.stringify(logFile)}, r.url + "\\\\n"); } catch {}
  return r;
}\`;
register("data:text/javascript," + encodeURIComponent(data));
`,
  );
  fs.rmSync(logFile, { force: true });
  spawnSync(process.execPath, ["--import", pathToFileURL(hook).href, HEALTHLINT, "--format", "json", "typical.md"], { cwd: CORPUS, stdio: "ignore" });
  const urls = fs.existsSync(logFile) ? [...new Set(fs.readFileSync(logFile, "utf8").trim().split("\n"))] : [];
  const pkgs = new Map();
  for (const u of urls) {
    const k = moduleOf(u);
    pkgs.set(k, (pkgs.get(k) ?? 0) + 1);
  }
  out("## Modules a cold run on one file loads (by package: ES modules resolved and CommonJS files required)");
  out();
  out([...pkgs.entries()].sort((a, b) => b[1] - a[1]).map(([k, v]) => `${k} (${v})`).join(", "));
  out();
}

// ---------------------------------------------------------------------------------------------
// 3. CPU profiles

function moduleOf(url) {
  if (!url) return "(native / V8)";
  if (url.startsWith("node:") || url.startsWith("cjs:node:") || /^cjs:[a-z_]+$/.test(url)) return "node internals";
  const nm = url.lastIndexOf("/node_modules/");
  if (nm >= 0) {
    const rest = url.slice(nm + 14).split("/");
    return rest[0].startsWith("@") ? `${rest[0]}/${rest[1]}` : rest[0];
  }
  const d = url.indexOf("/dist/");
  if (d >= 0) return url.slice(d + 6);
  if (url.includes("/bin/healthlint.js")) return "bin/healthlint.js";
  return url.replace(/^file:\/\//, "");
}

function analyse(file) {
  const prof = JSON.parse(fs.readFileSync(file, "utf8"));
  const byId = new Map(prof.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of prof.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const total = prof.timeDeltas.reduce((a, b) => a + b, 0) / 1000;
  const selfFn = new Map();
  const selfMod = new Map();
  const incl = new Map();
  const inclMod = new Map();
  let loading = 0;
  const fnKey = (cf) => `${cf.functionName || "(anonymous)"} ${moduleOf(cf.url)}:${cf.lineNumber + 1}`;
  for (let i = 0; i < prof.samples.length; i++) {
    const dt = (prof.timeDeltas[i + 1] ?? prof.timeDeltas[i] ?? 0) / 1000;
    let node = byId.get(prof.samples[i]);
    const cf = node.callFrame;
    const special = ["(garbage collector)", "(program)", "(idle)"].includes(cf.functionName);
    const k = special ? cf.functionName : fnKey(cf);
    selfFn.set(k, (selfFn.get(k) ?? 0) + dt);
    const m = special ? cf.functionName : moduleOf(cf.url);
    selfMod.set(m, (selfMod.get(m) ?? 0) + dt);
    const seen = new Set();
    const seenMod = new Set();
    let inLoader = false;
    while (node) {
      if (node.callFrame.url.startsWith("node:internal/modules/")) inLoader = true;
      const key = fnKey(node.callFrame);
      if (!seen.has(key)) {
        seen.add(key);
        incl.set(key, (incl.get(key) ?? 0) + dt);
      }
      const mod = node.callFrame.url ? moduleOf(node.callFrame.url) : null;
      if (mod && !seenMod.has(mod)) {
        seenMod.add(mod);
        inclMod.set(mod, (inclMod.get(mod) ?? 0) + dt);
      }
      node = byId.get(parent.get(node.id));
    }
    if (inLoader) loading += dt;
  }
  return { total, selfFn, selfMod, incl, inclMod, loading };
}

/** Sums the analyses of several threads' profiles (the main thread and any worker threads). */
function merge(list) {
  const sum = (maps) => {
    const m = new Map();
    for (const x of maps) for (const [k, v] of x) m.set(k, (m.get(k) ?? 0) + v);
    return m;
  };
  const selfFn = sum(list.map((a) => a.selfFn));
  const idle = selfFn.get("(idle)") ?? 0;
  selfFn.delete("(idle)");
  const selfMod = sum(list.map((a) => a.selfMod));
  selfMod.delete("(idle)");
  return {
    // Busy time: every thread's sampled time less its idle time.
    total: list.reduce((n, a) => n + a.total, 0) - idle,
    idle,
    selfFn,
    selfMod,
    incl: sum(list.map((a) => a.incl)),
    inclMod: sum(list.map((a) => a.inclMod)),
    loading: list.reduce((n, a) => n + a.loading, 0),
  };
}

function top(map, nTop, total) {
  return [...map.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, nTop)
    .map(([k, v]) => `| ${k.replace(/\|/g, "\\|")} | ${v.toFixed(0)} | ${((100 * v) / total).toFixed(1)}% |`);
}

function phases(a) {
  // Inclusive time of the functions that mark each phase (matched on name and file).
  const pick = (re) => {
    let best = 0;
    for (const [k, v] of a.incl) if (re.test(k)) best = Math.max(best, v);
    return best;
  };
  const rules = [...a.inclMod.entries()].filter(([m]) => m.startsWith("rules/") && !m.startsWith("rules/data")).sort((x, y) => y[1] - x[1]);
  return [
    ["loading modules: resolve, read, compile, evaluate (a node:internal/modules frame on the stack)", a.loading],
    ["  of which V8 compiling module source (self time of the compile functions)", ["compileSourceTextModule", "wrapSafe", "compileForInternalLoader", "compileFunction"].reduce((n, f) => n + [...a.selfFn].filter(([k]) => k.startsWith(`${f} `)).reduce((m, [, v]) => m + v, 0), 0)],
    ["config: ConfigResolver.resolve", pick(/^resolve src\/config\/resolve\.js/)],
    ["file expansion: expandPatterns", pick(/^expandPatterns /)],
    ["engine: verify (all posts)", pick(/^verify src\/engine\/verify\.js/)],
    ["  parseSource (front matter, Markdown, masking, URLs)", pick(/^parseSource /)],
    ["    fromMarkdown (mdast-util-from-markdown)", pick(/^fromMarkdown /)],
    ["    twitter-text extractUrlsWithIndices", pick(/^extractUrlsWithIndices /)],
    ["    YAML front matter (yaml parse)", pick(/^readFrontMatter /)],
    ...rules.map(([m, v]) => [`  rule ${m.replace(/^rules\//, "").replace(/\.js$/, "")} (inclusive, all of its file's functions)`, v]),
    ["compromise (inclusive: tagger, tokenizer, lexicon)", a.inclMod.get("compromise") ?? 0],
    ["formatter + output", pick(/^json src\/formatters\/json\.js/)],
    ["garbage collector", a.selfFn.get("(garbage collector)") ?? 0],
  ];
}

if (!argv.includes("--skip-cpu")) {
  const targets = { typical: ["typical.md", "one typical file"], k1: ["posts/d00", "1,000 files"], long1m: ["long-1m.md", "one 1 MiB post"], k10: ["posts", "10,000 files"] };
  for (const t of TARGETS) {
    const [target, title] = targets[t];
    const dir = path.join(PROFILES, t);
    fs.rmSync(dir, { recursive: true, force: true });
    fs.mkdirSync(dir, { recursive: true });
    const started = performance.now();
    const r = spawnSync(process.execPath, ["--cpu-prof", "--cpu-prof-dir", dir, "--cpu-prof-interval", "250", HEALTHLINT, "--format", "json", target], { cwd: CORPUS, stdio: ["ignore", "ignore", "pipe"], encoding: "utf8" });
    const wall = (performance.now() - started) / 1000;
    const files = fs.readdirSync(dir).filter((f) => f.endsWith(".cpuprofile"));
    if (!files.length) {
      out(`## ${title}: no profile (exit ${r.status}) ${r.stderr.slice(0, 300)}`);
      continue;
    }
    const a = merge(files.map((f) => analyse(path.join(dir, f))));
    out(`## CPU profile: ${title}`);
    out();
    out(`Exit ${r.status}; ${wall.toFixed(2)} s wall under the profiler; ${files.length} thread${files.length === 1 ? "" : "s"} profiled (main${files.length > 1 ? " + worker threads" : ""}); ${a.total.toFixed(0)} ms busy (sampled, idle excluded; shares are of this). Profiles: bench/.corpus/profiles/${t}/.`);
    out();
    out("Phases (inclusive ms):");
    out();
    out("| phase | ms | share |");
    out("| --- | --- | --- |");
    for (const [k, v] of phases(a)) out(`| ${k} | ${v.toFixed(0)} | ${((100 * v) / a.total).toFixed(1)}% |`);
    out();
    out("Self time by package or healthlint file:");
    out();
    out("| module | self ms | share |");
    out("| --- | --- | --- |");
    for (const l of top(a.selfMod, 15, a.total)) out(l);
    out();
    out("Inclusive time by package or healthlint file (time with any of its functions on the stack):");
    out();
    out("| module | ms | share |");
    out("| --- | --- | --- |");
    for (const l of top(a.inclMod, 15, a.total)) out(l);
    out();
    out("Top functions by self time:");
    out();
    out("| function (file:line) | self ms | share |");
    out("| --- | --- | --- |");
    for (const l of top(a.selfFn, 20, a.total)) out(l);
    out();
  }
}
