#!/usr/bin/env node
// Compares healthlint's patient-identifiers rule with two npm PII detectors a user might pick
// instead, redact-pii and @openredaction/openredaction, on the same labelled dev set.
//
//   node scripts/compare-pii.mjs [--set DIR] [--json] [--skip-healthlint]
//
// Run it from the project root after `npm run build`. The set defaults to ../shared/eval/dev.
// Each tool's findings are scored exactly as ../shared/eval/score.mjs scores patient-identifiers:
// a gold span is found when a finding overlaps it; a finding that overlaps no gold span is a false
// positive unless it overlaps a span marked "ignore"; fp/1k is false positives per 1,000 posts.
// healthlint's own rows come from `node ../shared/eval/score.mjs --json` (its CLI, with the
// profiles' configs: `context: any` for the phi-* files, the default context for the tweets).
// The other tools have no notion of context: every detection counts (overlapping detections of one
// tool are merged first, as a redaction would show them).

import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { createRequire } from "node:module";

const RULE = "patient-identifiers";
const args = process.argv.slice(2);
const opt = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 && i + 1 < args.length ? args[i + 1] : fallback;
};
const setDir = path.resolve(opt("--set", path.join("..", "shared", "eval", "dev")));
const require = createRequire(path.join(process.cwd(), "package.json"));

if (!fs.existsSync(setDir)) {
  console.error(`compare-pii: no set at ${setDir}`);
  process.exit(2);
}

/** The labelled posts, by file, that carry span expectations for the rule. */
function loadSet() {
  const byFile = new Map();
  for (const file of fs.readdirSync(setDir).filter((f) => f.endsWith(".jsonl")).sort()) {
    const posts = [];
    for (const line of fs.readFileSync(path.join(setDir, file), "utf8").split("\n")) {
      if (!line.trim()) continue;
      const r = JSON.parse(line);
      const truth = r.expect?.[RULE];
      if (Array.isArray(truth)) posts.push({ text: r.text, truth });
    }
    if (posts.length) byFile.set(file, posts);
  }
  return byFile;
}

const overlaps = (a, b) => a.start < b.end && b.start < a.end;

/** Overlapping detections of one tool (several patterns on the same text) count once, as redacted. */
function merge(spans) {
  const sorted = spans.slice().sort((a, b) => a.start - b.start);
  const out = [];
  for (const s of sorted) {
    const last = out[out.length - 1];
    if (last && s.start < last.end) last.end = Math.max(last.end, s.end);
    else out.push({ ...s });
  }
  return out;
}

/** The scorer's tally for one post. */
function tally(t, truth, rawSpans) {
  const spans = merge(rawSpans);
  const gold = truth.filter((s) => !s.ignore);
  const ignored = truth.filter((s) => s.ignore);
  t.n += 1;
  for (const g of gold) {
    if (spans.some((s) => overlaps(s, g))) t.tp += 1;
    else t.fn += 1;
  }
  for (const s of spans) {
    if (gold.some((g) => overlaps(s, g)) || ignored.some((g) => overlaps(s, g))) continue;
    t.fp += 1;
  }
}

function figures(t) {
  const precision = t.tp + t.fp === 0 ? null : t.tp / (t.tp + t.fp);
  const recall = t.tp + t.fn === 0 ? null : t.tp / (t.tp + t.fn);
  const f1 = precision && recall ? (2 * precision * recall) / (precision + recall) : precision === null || recall === null ? null : 0;
  return { ...t, precision, recall, f1, fpPer1k: t.n ? (1000 * t.fp) / t.n : 0 };
}

/**
 * redact-pii returns only the redacted text. Every detection is replaced by a sentinel character,
 * and the original spans are recovered by aligning the unchanged pieces with the original text.
 */
function redactPiiSpans(redactor, text) {
  const SENTINEL = "\u0001";
  if (text.includes(SENTINEL)) return [];
  const out = redactor.redact(text);
  const pieces = out.split(SENTINEL);
  const spans = [];
  let pos = pieces[0].length;
  for (let i = 1; i < pieces.length; i++) {
    const piece = pieces[i];
    let next;
    if (i === pieces.length - 1) next = text.length - piece.length;
    else if (piece === "") next = pos + 1;
    else next = text.indexOf(piece, pos + 1);
    if (next < 0) next = text.length;
    spans.push({ start: pos, end: Math.max(next, pos + 1) });
    pos = next + piece.length;
  }
  // Adjacent replacements (no text between them) are one span for overlap scoring.
  return spans.filter((s) => s.end > s.start);
}

async function runTools(byFile) {
  const rows = [];
  let redactPii;
  try {
    const { SyncRedactor } = require("redact-pii");
    redactPii = new SyncRedactor({ globalReplaceWith: "\u0001" });
  } catch (error) {
    console.error(`compare-pii: redact-pii is not installed (${error.message})`);
  }
  let openRedaction;
  try {
    const { OpenRedaction } = await import(require.resolve("@openredaction/openredaction"));
    openRedaction = new OpenRedaction();
  } catch (error) {
    console.error(`compare-pii: @openredaction/openredaction is not installed (${error.message})`);
  }
  for (const [file, posts] of byFile) {
    const tallies = { "redact-pii": { n: 0, tp: 0, fp: 0, fn: 0 }, "@openredaction/openredaction": { n: 0, tp: 0, fp: 0, fn: 0 } };
    const seconds = { "redact-pii": 0, "@openredaction/openredaction": 0 };
    for (const { text, truth } of posts) {
      if (redactPii) {
        const t0 = process.hrtime.bigint();
        const spans = redactPiiSpans(redactPii, text);
        seconds["redact-pii"] += Number(process.hrtime.bigint() - t0) / 1e9;
        tally(tallies["redact-pii"], truth, spans);
      }
      if (openRedaction) {
        const t0 = process.hrtime.bigint();
        const result = await openRedaction.detect(text);
        seconds["@openredaction/openredaction"] += Number(process.hrtime.bigint() - t0) / 1e9;
        const spans = (result.detections ?? [])
          .filter((d) => Array.isArray(d.position))
          .map((d) => ({ start: d.position[0], end: Math.max(d.position[1], d.position[0] + 1) }));
        tally(tallies["@openredaction/openredaction"], truth, spans);
      }
    }
    for (const [tool, t] of Object.entries(tallies)) {
      if ((tool === "redact-pii" && !redactPii) || (tool !== "redact-pii" && !openRedaction)) continue;
      rows.push({ file, tool, seconds: seconds[tool], ...figures(t) });
    }
  }
  return rows;
}

function healthlintRows() {
  const run = spawnSync(process.execPath, [path.join(setDir, "..", "score.mjs"), "--json", "--set", setDir], {
    encoding: "utf8",
    maxBuffer: 256 * 1024 * 1024,
  });
  if (run.status !== 0) {
    console.error(`compare-pii: the scorer failed (exit ${run.status}): ${(run.stderr || "").slice(0, 500)}`);
    return [];
  }
  const report = JSON.parse(run.stdout);
  return report.rows
    .filter((r) => r.rule === RULE)
    .map((r) => ({ file: r.file, tool: "healthlint", seconds: null, n: r.n, tp: r.tp, fp: r.fp, fn: r.fn, precision: r.precision, recall: r.recall, f1: r.f1, fpPer1k: r.fpPer1k }));
}

const byFile = loadSet();
const rows = [...(args.includes("--skip-healthlint") ? [] : healthlintRows()), ...(await runTools(byFile))];
const order = ["healthlint", "redact-pii", "@openredaction/openredaction"];
rows.sort((a, b) => a.file.localeCompare(b.file) || order.indexOf(a.tool) - order.indexOf(b.tool));

if (args.includes("--json")) {
  console.log(JSON.stringify({ set: setDir, rows }, null, 2));
} else {
  const f = (x) => (x === null || x === undefined ? "   -  " : x.toFixed(3).padStart(6));
  console.log(`${"file".padEnd(22)} ${"tool".padEnd(30)} ${"n".padStart(5)}  prec.  recall    F1    fp/1k  tp/fp/fn`);
  for (const r of rows) {
    console.log(
      `${r.file.padEnd(22)} ${r.tool.padEnd(30)} ${String(r.n).padStart(5)} ${f(r.precision)} ${f(r.recall)} ${f(r.f1)} ${r.fpPer1k.toFixed(1).padStart(8)}  ${r.tp}/${r.fp}/${r.fn}`,
    );
  }
  console.log(`set: ${setDir}`);
}
