#!/usr/bin/env node
/**
 * Pathological-input benchmark (issue 9): for every registered rule, and for the source model
 * (Markdown parsing and masking), the attacks that grow worst are timed at 10k, 100k and 1M
 * characters, and time per character is compared between the smallest and the largest size.
 *
 *   npm run build && node bench/pathological.mjs [--sizes 10000,100000,1000000] [--rules a,b] [--top 3]
 *
 * Attacks come from bench/pathological-attacks.mjs: runs of what each of a rule's regular
 * expressions repeats on (learned by running the rule on the fixtures), plus generic runs. Each
 * rule's attacks are screened at 10k and 40k characters; the --top that grow most, and the slowest,
 * are then timed at every size, after a warm-up, taking the best of two runs (CPU time).
 *
 * Prints a table; exits 1 when time per character at the largest size is more than 4 times that at
 * the smallest for any row (super-linear), 2 when it cannot run.
 */
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import {
  attackInput,
  attacksFromRegexes,
  collectRegexes,
  describeAttack,
  genericAttacks,
  measure,
  ruleClock,
  KNOWN_SUPERLINEAR,
} from "./pathological-attacks.mjs";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const MAX_GROWTH = 4;
/**
 * A row whose largest input takes less than this is never failed: at a few milliseconds, a
 * garbage-collection pause or a busy neighbour changes the ratio more than the rule does.
 */
const NOISE_MS = 5;

const args = process.argv.slice(2);
const opt = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : fallback;
};
const SIZES = opt("sizes", "10000,100000,1000000").split(",").map(Number);
const ONLY = opt("rules", "")?.split(",").filter(Boolean) ?? [];
const TOP = Number(opt("top", "3"));

async function load(rel) {
  const file = path.join(ROOT, "dist", rel);
  if (!fs.existsSync(file)) {
    console.error(`pathological: ${path.relative(ROOT, file)} not found: run 'npm run build' first`);
    process.exit(2);
  }
  return import(pathToFileURL(file).href);
}

const { builtinRules } = await load("rules/index.js");
const { verify } = await load("src/engine/verify.js");
const { resolveRuleOptions } = await load("src/config/options.js");
const { loadNlp } = await load("src/nlp/load.js");
const { parseSource } = await load("src/source/parse.js");
const deps = { verify, resolveRuleOptions, loadNlp };

/** Fixture posts: a rule's own, the example posts, and a sample of the rest. */
function corpus(ruleId) {
  const own = [];
  const rest = [];
  const walk = (dir) => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (/\.(md|txt)$/.test(e.name)) {
        const top = path.relative(path.join(ROOT, "fixtures"), p).split(path.sep)[0];
        (top === ruleId || top === "posts" ? own : rest).push(fs.readFileSync(p, "utf8"));
      }
    }
  };
  walk(path.join(ROOT, "fixtures"));
  const stride = Math.max(1, Math.floor(rest.length / 60));
  return [...own, ...rest.filter((_, i) => i % stride === 0)];
}

/** Markdown's own hostile shapes, for the source model. */
const SHAPES = {
  "nested quotes": (n) => "> ".repeat(n / 2) + "x\n",
  "nested ordered lists": (n) => "1. ".repeat(n / 3) + "x\n",
  "lists nested by indentation": (n) => {
    let s = "";
    for (let i = 0; s.length < n; i++) s += `${" ".repeat((i % 60) * 2)}- item\n`;
    return s;
  },
  "setext headings": (n) => "a\n=\n".repeat(n / 4),
  "setext headings, blank lines": (n) => "a\n=\n\n".repeat(n / 5),
  "one-word paragraphs": (n) => "a\n\n".repeat(n / 3),
  "nested emphasis": (n) => "*_".repeat(n / 4) + "x" + "_*".repeat(n / 4),
  "nested links": (n) => "[".repeat(n / 5) + "x" + "](u)".repeat(n / 5),
  "unclosed brackets": (n) => "[".repeat(n),
  "dotted word (URL-like)": (n) => "a.".repeat(n / 2),
  "long line of prose": (n) => "Our clinic is open today. #Flu ".repeat(n / 31),
  "CRLF lines": (n) => "Flu shot.\r\n".repeat(n / 11),
};

const cpu = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

/** Rows to time: [{ subject, name, time(input) -> ms, gen(size) -> input }]. */
function rowsFor(subject, candidates) {
  // Screen at two small sizes: keep the attacks that grow most, and the slowest.
  const a = 10_000;
  const b = 40_000;
  const screened = candidates.map((c) => {
    const ta = c.time(c.gen(a));
    const tb = c.time(c.gen(b));
    return { ...c, growth: tb / b / Math.max(ta / a, 1e-6), slow: tb };
  });
  const byGrowth = screened.filter((c) => c.slow >= 1).sort((x, y) => y.growth - x.growth);
  const bySlow = screened.slice().sort((x, y) => y.slow - x.slow);
  const chosen = [];
  for (const c of [...byGrowth.slice(0, Math.max(1, TOP - 1)), ...bySlow]) {
    if (chosen.length >= TOP) break;
    if (!chosen.includes(c)) chosen.push(c);
  }
  return chosen.map((c) => ({ subject, ...c }));
}

const rows = [];
const started = cpu();
for (const rule of builtinRules) {
  if (ONLY.length && !ONLY.includes(rule.meta.id)) continue;
  const clock = ruleClock(rule, deps);
  const texts = corpus(rule.meta.id);
  const regexes = collectRegexes(() => {
    for (const t of texts) clock.lint(t);
  });
  const attacks = [...attacksFromRegexes(regexes, { limit: 120 }), ...genericAttacks()];
  const time = (input) => clock.time(input).ms;
  rows.push(...rowsFor(rule.meta.id, attacks.map((at) => ({ name: describeAttack(at), time, gen: (n) => attackInput(at, n) }))));
  process.stderr.write(`pathological: ${rule.meta.id}: ${regexes.length} patterns, ${attacks.length} attacks screened\n`);
}
if (!ONLY.length || ONLY.includes("source")) {
  for (const format of ["markdown", "text"]) {
    const time = (input) => {
      const t = cpu();
      parseSource(input, format, "thematic-break");
      return cpu() - t;
    };
    rows.push(...rowsFor(`(source: ${format})`, Object.entries(SHAPES).map(([name, gen]) => ({ name, time, gen }))));
  }
}

// Time the chosen rows at every size: a warm-up at the smallest, then the best of two.
const results = [];
for (const row of rows) {
  row.time(row.gen(SIZES[0]));
  const ms = [];
  let skipped = false;
  for (const size of SIZES) {
    if (skipped) {
      ms.push(NaN);
      continue;
    }
    ms.push(measure(row.time, row.gen(size), { rounds: 2, minMs: 20 }));
    const growth = ms.at(-1) / size / Math.max(ms[0] / SIZES[0], 1e-6);
    // Clearly super-linear already: the next size would take too long to be worth waiting for.
    if (growth > MAX_GROWTH * 2 && ms.at(-1) > 1000) skipped = true;
  }
  const last = ms.findLastIndex((x) => !Number.isNaN(x));
  const growth = ms[last] / SIZES[last] / Math.max(ms[0] / SIZES[0], 1e-6);
  const ok = !(growth > MAX_GROWTH && ms[last] >= NOISE_MS) && !skipped;
  results.push({ ...row, ms, growth, ok, known: !ok && KNOWN_SUPERLINEAR[row.subject] !== undefined });
}

const fmt = (n) => (Number.isNaN(n) ? "-" : n < 10 ? n.toFixed(2) : n.toFixed(0));
const header = ["rule", "attack", ...SIZES.map((s) => `ms @${s >= 1e6 ? `${s / 1e6}M` : `${s / 1e3}k`}`), "ns/char first", "ns/char last", "growth", ""];
const table = results.map((r) => {
  const last = r.ms.findLastIndex((x) => !Number.isNaN(x));
  return [
    r.subject,
    r.name.length > 44 ? `${r.name.slice(0, 41)}...` : r.name,
    ...r.ms.map(fmt),
    fmt((r.ms[0] * 1e6) / SIZES[0]),
    fmt((r.ms[last] * 1e6) / SIZES[last]),
    `${r.growth.toFixed(2)}x`,
    r.ok ? "ok" : r.known ? "known super-linear" : "SUPER-LINEAR",
  ];
});
const widths = header.map((h, i) => Math.max(h.length, ...table.map((row) => String(row[i]).length)));
const line = (cells) => cells.map((c, i) => (i < 2 ? String(c).padEnd(widths[i]) : String(c).padStart(widths[i]))).join("  ");
console.log(line(header));
console.log(widths.map((w) => "-".repeat(w)).join("  "));
for (const row of table) console.log(line(row));
const bad = results.filter((r) => !r.ok && !r.known);
for (const id of new Set(results.filter((r) => r.known).map((r) => r.subject)))
  console.log(`known super-linear, not failing (see KNOWN_SUPERLINEAR): ${id}: ${KNOWN_SUPERLINEAR[id]}`);
console.log(
  `\n${results.length} rows, ${SIZES.join(" / ")} characters; growth = time per character at the largest size / at the smallest; limit ${MAX_GROWTH}x. ` +
    `${((cpu() - started) / 1000).toFixed(0)} s of CPU.`,
);
if (bad.length) {
  console.error(`pathological: ${bad.length} super-linear: ${bad.map((r) => `${r.subject} ${r.name}`).join("; ")}`);
  process.exit(1);
}
