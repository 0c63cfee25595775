#!/usr/bin/env node
/**
 * `npm run bench` (issue 8): healthlint against textlint (4 English rules) and markdownlint-cli2
 * (defaults) on a generated corpus, as whole processes, side by side in the same run.
 *
 *   node bench/run.mjs [--quick] [--only healthlint[,textlint,...]] [--write] [--wait-idle S] [--no-install]
 *
 *   --quick        fewer runs; 10,000 files for healthlint only (textlint and markdownlint-cli2 skip it)
 *   --only LIST    measure only these tools (healthlint, textlint, markdownlint-cli2, floor, node);
 *                  the others' figures (and so the ratios) come from the last run on this corpus,
 *                  and the table says so
 *   --write        write the results into docs/performance.md (between its bench markers)
 *   --wait-idle S  before each group, wait up to S seconds for the 1-minute load average to drop
 *                  under 1 (default 60 for a full run, 0 with --quick); the load is recorded
 *   --no-install   do not install the comparison tools (they are skipped when missing)
 *   --report       measure nothing: print (and with --write, write) the last results again
 *
 * Wall time is the median of the runs; CPU time (user + system) is shown too, since it is what a
 * busy machine disturbs least. Exit codes 0 and 1 are results; any other is a failure and is
 * reported in the table. No hyperfine needed: CI machines start empty.
 */
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { generate } from "./generate.mjs";
import { resourceMethod, runOnce, summarise, waitForQuiet } from "./lib/harness.mjs";
import { machineInfo } from "./lib/machine.mjs";
import { renderMarkdown, renderTerminal } from "./lib/report.mjs";
import { ensureTools } from "./lib/tools.mjs";

const BENCH = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.dirname(BENCH);
const CORPUS = path.join(BENCH, ".corpus");
const TOOLS_DIR = path.join(BENCH, ".tools");
const RESULTS = path.join(CORPUS, "results.json");
const DOC = path.join(ROOT, "docs", "performance.md");
const HEALTHLINT = path.join(ROOT, "bin", "healthlint.js");
const NODE = process.execPath;
const ALL_TOOLS = ["healthlint", "textlint", "markdownlint-cli2", "floor", "node"];

// ---------------------------------------------------------------------------------------------
// Arguments

const argv = process.argv.slice(2);
const flag = (name) => argv.includes(name);
const value = (name) => {
  const i = argv.indexOf(name);
  return i >= 0 ? argv[i + 1] : undefined;
};
for (const a of argv) {
  if (a.startsWith("--") && !["--quick", "--only", "--write", "--wait-idle", "--no-install", "--report", "--help"].includes(a)) {
    console.error(`bench: unknown option ${a}`);
    process.exit(2);
  }
}
if (flag("--help")) {
  console.log(fs.readFileSync(fileURLToPath(import.meta.url), "utf8").split("*/")[0].replace(/^#!.*\n\/\*\*\n?/, "").replace(/^ \* ?/gm, ""));
  process.exit(0);
}
const quick = flag("--quick");
const only = value("--only")
  ?.split(",")
  .map((s) => s.trim())
  .filter(Boolean);
for (const t of only ?? []) {
  if (!ALL_TOOLS.includes(t)) {
    console.error(`bench: --only takes ${ALL_TOOLS.join(", ")}; got '${t}'`);
    process.exit(2);
  }
}
const waitIdleS = Number(value("--wait-idle") ?? (quick ? 0 : 60));
const selected = (id) => !only || only.includes(id);

const RUNS = quick
  ? { cold: 5, k1: { healthlint: 3, floor: 3, other: 1 }, k10: { healthlint: 1, floor: 1 }, long: 3 }
  : { cold: 9, k1: { healthlint: 5, floor: 5, other: 3 }, k10: { healthlint: 3, floor: 3, "markdownlint-cli2": 3, textlint: 1 }, long: 5 };

const log = (s = "") => process.stderr.write(`${s}\n`);

if (flag("--report")) {
  const results = JSON.parse(fs.readFileSync(RESULTS, "utf8"));
  const defs = makeTools(toolPaths(), results.rules);
  for (const [id, t] of Object.entries(results.tools)) if (defs[id]) t.commands = describe(defs[id], Object.keys(t.scenarios));
  const at = Object.values(results.tools).map((t) => t.measuredAt).sort().pop();
  process.stdout.write(renderTerminal(results, at));
  if (flag("--write")) {
    writeDoc(renderMarkdown(results, at));
    log(`bench: wrote ${path.relative(process.cwd(), DOC)}`);
  }
  process.exit(0);
}

// ---------------------------------------------------------------------------------------------
// Set-up: build check, corpus, tools

if (!fs.existsSync(path.join(ROOT, "dist", "src", "cli", "main.js"))) {
  console.error("bench: dist/ is missing: run `npm run build` first");
  process.exit(2);
}
warnIfStale();

log("bench: corpus");
const corpus = generate({ out: CORPUS, files: 10000, log: (s) => log(`  ${s}`) });
log(`  ${corpus.files} files, ${mb(corpus.bytes)}, ${corpus.posts} posts (bench/.corpus/)`);

let tools;
const needTools = selected("textlint") || selected("markdownlint-cli2");
if (needTools) {
  log("bench: comparison tools");
  if (flag("--no-install")) {
    try {
      tools = ensureToolsNoInstall();
    } catch (e) {
      log(`  ${e.message}: textlint and markdownlint-cli2 skipped`);
    }
  } else {
    tools = ensureTools(TOOLS_DIR, log);
  }
  if (tools) log(`  ${Object.entries(tools.versions).map(([n, v]) => `${n}@${v}`).join(", ")}`);
}

const rules = healthlintRules();
log(`bench: healthlint rules (recommended preset): ${rules.map((r) => r.id).join(", ") || "none"}`);
const sanity = healthlintSanity();
log(`  on 1,000 files: exit ${sanity.code}, ${sanity.posts} posts, findings ${JSON.stringify(sanity.byRule)}`);

const machine = machineInfo(ROOT);
machine.resourceMethod = resourceMethod();
log(`bench: ${machine.nproc} cores, ${machine.cpu}, ${machine.memoryGiB} GiB, Node ${machine.node}; CPU and memory via ${machine.resourceMethod}; load ${machine.loadavgAtStart.join(" ")}`);

// ---------------------------------------------------------------------------------------------
// What each tool runs. Targets: typical (one file), k1 (1,000 files), k10 (10,000 files).

const TOOLS = makeTools(tools, rules);
const active = ALL_TOOLS.filter((id) => selected(id) && TOOLS[id]);

// ---------------------------------------------------------------------------------------------
// Measuring

const measured = {};
for (const id of active) measured[id] = {};

async function group(name, title) {
  log(`bench: ${title}`);
  const load = await waitForQuiet({ below: 1.0, maxMs: waitIdleS * 1000, log });
  log(`  load ${load.toFixed(2)}`);
  void name;
}

function commandLine(id, scenario) {
  const t = TOOLS[id];
  return { cmd: NODE, args: t.args(t.targets[scenario]), cwd: t.cwd };
}

async function runMany(id, scenario, runs, warmup) {
  const { cmd, args, cwd } = commandLine(id, scenario);
  for (let i = 0; i < warmup; i++) await runOnce(cmd, args, { cwd });
  const out = [];
  for (let i = 0; i < runs; i++) out.push(await runOnce(cmd, args, { cwd }));
  return out;
}

/** Runs several tools' commands interleaved (A B C A B C ...), so a change in the machine's load hits all alike. */
async function interleaved(ids, scenario, runsFor, warmup = 1) {
  const cmds = Object.fromEntries(ids.map((id) => [id, commandLine(id, scenario)]));
  const runs = Object.fromEntries(ids.map((id) => [id, []]));
  for (const id of ids) for (let i = 0; i < warmup; i++) await runOnce(cmds[id].cmd, cmds[id].args, { cwd: cmds[id].cwd });
  const max = Math.max(...ids.map(runsFor));
  for (let i = 0; i < max; i++) {
    for (const id of ids) {
      if (i >= runsFor(id)) continue;
      runs[id].push(await runOnce(cmds[id].cmd, cmds[id].args, { cwd: cmds[id].cwd }));
    }
  }
  for (const id of ids) {
    measured[id][scenario] = summarise(runs[id]);
    logSummary(id, scenario, measured[id][scenario]);
  }
}

function logSummary(id, scenario, s) {
  const fail = s.failure ? `  FAILED ${s.failure}` : "";
  log(`  ${id.padEnd(18)} ${scenario.padEnd(8)} wall ${fmtS(s.wall)} (min ${fmtS(s.wallMin)}, max ${fmtS(s.wallMax)}), cpu ${fmtS(s.cpu)}, peak ${s.rss ? mb(s.rss) : "-"}, ${s.ok}/${s.runs} runs${fail}`);
}

// Warm the page cache for the corpus (the first tool must not pay the disk for the others).
spawnSync(NODE, [path.join(BENCH, "lib", "floor.mjs"), CORPUS], { stdio: "ignore" });

// healthlint keeps a V8 code cache of its bundle (src/cli/compile-cache.ts): a fresh one for this
// run, written by the first warm-up below, as after an install.
const COMPILE_CACHE = path.join(CORPUS, ".compile-cache");
fs.rmSync(COMPILE_CACHE, { recursive: true, force: true });
process.env.HEALTHLINT_COMPILE_CACHE = COMPILE_CACHE;

await group("cold", `one typical file, cold start (${RUNS.cold} runs each, after 1 warm-up)`);
await interleaved(
  active.filter((id) => TOOLS[id].targets.cold),
  "cold",
  () => RUNS.cold,
);

await group("k1", "1,000 files");
await interleaved(
  active.filter((id) => id !== "node"),
  "k1",
  (id) => RUNS.k1[id] ?? RUNS.k1.other,
);

if (selected("healthlint")) {
  await group("long", `one long post (${RUNS.long} runs each)`);
  for (const scenario of ["long256k", "long1m"]) {
    measured.healthlint[scenario] = summarise(await runMany("healthlint", scenario, RUNS.long, 1));
    logSummary("healthlint", scenario, measured.healthlint[scenario]);
  }
  // The first run after an install or upgrade has no code cache yet: what it costs.
  await group("cold", `one typical file, no code cache (${RUNS.cold} runs)`);
  process.env.HEALTHLINT_COMPILE_CACHE = "0";
  measured.healthlint.coldNoCache = summarise(await runMany("healthlint", "cold", RUNS.cold, 1));
  process.env.HEALTHLINT_COMPILE_CACHE = COMPILE_CACHE;
  logSummary("healthlint", "no cache", measured.healthlint.coldNoCache);
}

for (const id of active.filter((t) => t !== "node")) {
  const n = RUNS.k10[id];
  if (!n) {
    log(`bench: 10,000 files: ${id} skipped (--quick)`);
    continue;
  }
  await group("k10", `10,000 files: ${id} (${n} run${n === 1 ? "" : "s"})`);
  measured[id].k10 = summarise(await runMany(id, "k10", n, 0));
  logSummary(id, "k10", measured[id].k10);
}
machine.loadavgAtEnd = os.loadavg().map((x) => Math.round(x * 100) / 100);

// ---------------------------------------------------------------------------------------------
// Merge with earlier results (for --only), report, write

const now = new Date().toISOString();
let previous = {};
try {
  const old = JSON.parse(fs.readFileSync(RESULTS, "utf8"));
  if (old.corpus?.version === corpus.version && old.corpus?.seed === corpus.seed && old.corpus?.bytes === corpus.bytes && old.corpus?.typicalBytes === corpus.typicalBytes) previous = old.tools ?? {};
} catch {
  // first run
}
const results = {
  corpus: (({ perDir, ...c }) => ({ ...c, posts1k: perDir?.[0]?.posts }))(corpus),
  machine,
  quick,
  runs: RUNS,
  rules: rules.map((r) => r.id),
  sanity,
  toolVersions: tools?.versions ?? previous.textlint?.versions,
  tools: { ...previous },
};
for (const id of active) {
  results.tools[id] = {
    label: TOOLS[id].label,
    measuredAt: now,
    quick,
    versions: id === "textlint" || id === "markdownlint-cli2" ? tools?.versions : undefined,
    commands: describe(TOOLS[id], Object.keys(measured[id])),
    scenarios: measured[id],
  };
}
fs.writeFileSync(RESULTS, `${JSON.stringify(results, null, 2)}\n`);

process.stdout.write(renderTerminal(results, now));
if (flag("--write")) {
  writeDoc(renderMarkdown(results, now));
  log(`bench: wrote ${path.relative(process.cwd(), DOC)}`);
}

// ---------------------------------------------------------------------------------------------

/** What each tool runs. Targets: cold (one file), k1 (1,000 files), k10 (10,000 files), long posts. */
function makeTools(tools, rules) {
  const rel = (p) => path.join(CORPUS, p);
  return {
    healthlint: {
      label: `healthlint (recommended preset: ${rules.length} rule${rules.length === 1 ? "" : "s"})`,
      cwd: CORPUS,
      args: (target) => [HEALTHLINT, "--format", "json", target],
      targets: { cold: "typical.md", k1: "posts/d00", k10: "posts", long256k: "long-256k.md", long1m: "long-1m.md", coldNoCache: "typical.md" },
    },
    textlint: tools && {
      label: "textlint with 4 English rules (write-good, no-todo, terminology, no-empty-section)",
      cwd: TOOLS_DIR,
      args: (target) => [tools.textlint, "--format", "json", target],
      targets: { cold: rel("typical.md"), k1: rel("posts/d00"), k10: rel("posts") },
    },
    "markdownlint-cli2": tools && {
      label: "markdownlint-cli2 (defaults)",
      cwd: CORPUS,
      args: (target) => [tools.markdownlintCli2, target],
      targets: { cold: "typical.md", k1: "posts/d00/*.md", k10: "posts/**/*.md" },
    },
    floor: {
      label: "reading every file and one regex pass (the floor)",
      cwd: CORPUS,
      args: (target) => [path.join(BENCH, "lib", "floor.mjs"), target],
      targets: { cold: "typical.md", k1: "posts/d00", k10: "posts" },
    },
    node: {
      label: "`node -e 0` (process start-up alone)",
      cwd: CORPUS,
      args: () => ["-e", "0"],
      targets: { cold: "-" },
    },
  };
}

/** The command lines of a tool's scenarios, as a person would type them from the repository root. */
function describe(tool, scenarios) {
  const shown = (a) => {
    const p = path.isAbsolute(a) ? path.relative(tool.cwd, a) : a;
    return /[*?\s]/.test(p) ? `'${p}'` : p;
  };
  const env = (sc) => (sc === "coldNoCache" ? "HEALTHLINT_COMPILE_CACHE=0 " : "");
  return Object.fromEntries(scenarios.map((sc) => [sc, `(cd ${path.relative(ROOT, tool.cwd)} && ${env(sc)}node ${tool.args(tool.targets[sc]).map(shown).join(" ")})`]));
}

function toolPaths() {
  return {
    textlint: path.join(TOOLS_DIR, "node_modules", "textlint", "bin", "textlint.js"),
    markdownlintCli2: path.join(TOOLS_DIR, "node_modules", "markdownlint-cli2", "markdownlint-cli2-bin.mjs"),
  };
}

function healthlintRules() {
  const r = spawnSync(NODE, [HEALTHLINT, "rules", "--format", "json"], { cwd: ROOT, encoding: "utf8" });
  if (r.status !== 0) {
    console.error(`bench: \`healthlint rules\` failed (exit ${r.status}): ${r.stderr}`);
    process.exit(2);
  }
  return JSON.parse(r.stdout).map((x) => ({ id: x.id, defaultSeverity: x.defaultSeverity }));
}

/** One untimed run on 1,000 files: exit code, posts seen and findings by rule (is it doing the work?). */
function healthlintSanity() {
  const r = spawnSync(NODE, [HEALTHLINT, "--format", "json", "posts/d00"], { cwd: CORPUS, encoding: "utf8", maxBuffer: 1 << 30 });
  const out = { code: r.status, posts: 0, files: 0, byRule: {} };
  if (r.status !== 0 && r.status !== 1) {
    console.error(`bench: healthlint failed on the corpus (exit ${r.status}):\n${r.stderr.slice(0, 2000)}`);
    process.exit(2);
  }
  for (const f of JSON.parse(r.stdout)) {
    out.files++;
    out.posts += f.postCount ?? 0;
    for (const m of f.messages) out.byRule[m.ruleId ?? "(fatal)"] = (out.byRule[m.ruleId ?? "(fatal)"] ?? 0) + 1;
  }
  return out;
}

function ensureToolsNoInstall() {
  const t = toolPaths();
  if (!fs.existsSync(t.textlint) || !fs.existsSync(t.markdownlintCli2)) throw new Error("bench/.tools is not installed");
  return ensureTools(TOOLS_DIR); // versions match, so this installs nothing
}

function warnIfStale() {
  const built = fs.statSync(path.join(ROOT, "dist", "src", "cli", "main.js")).mtimeMs;
  let newest = 0;
  let newestFile = "";
  for (const dir of ["src", "rules"]) {
    for (const f of fs.readdirSync(path.join(ROOT, dir), { recursive: true })) {
      if (!String(f).endsWith(".ts")) continue;
      const m = fs.statSync(path.join(ROOT, dir, String(f))).mtimeMs;
      if (m > newest) [newest, newestFile] = [m, path.join(dir, String(f))];
    }
  }
  if (newest > built + 1000) log(`bench: warning: ${newestFile} is newer than dist/; run \`npm run build\` to measure the current source`);
}

function writeDoc(section) {
  const start = "<!-- bench:results:start -->";
  const end = "<!-- bench:results:end -->";
  let doc = fs.existsSync(DOC) ? fs.readFileSync(DOC, "utf8") : `# Performance\n\n${start}\n${end}\n`;
  if (!doc.includes(start) || !doc.includes(end)) doc = `${doc.trimEnd()}\n\n${start}\n${end}\n`;
  const before = doc.slice(0, doc.indexOf(start) + start.length);
  const after = doc.slice(doc.indexOf(end));
  fs.mkdirSync(path.dirname(DOC), { recursive: true });
  fs.writeFileSync(DOC, `${before}\n${section.trim()}\n${after}`);
}

function fmtS(s) {
  if (s === null || s === undefined) return "-";
  return s < 10 ? `${s.toFixed(2)} s` : `${s.toFixed(1)} s`;
}
function mb(bytes) {
  return `${(bytes / 1e6).toFixed(bytes < 1e7 ? 1 : 0)} MB`;
}
