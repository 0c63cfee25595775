/**
 * The bench's tables: the issue's layout (tool | one file cold | 1,000 files | 10,000 files | peak
 * memory) with ratios to healthlint, the same in CPU time, scaling with posts and with post
 * length, and the issue's targets. One model, two renderings: terminal and Markdown.
 */

const ORDER = ["healthlint", "textlint", "markdownlint-cli2", "floor", "node"];
const MiB = 2 ** 20;

function s(x) {
  if (x === null || x === undefined) return "-";
  return x < 10 ? `${x.toFixed(2)} s` : `${x.toFixed(1)} s`;
}
function ms(x) {
  return x === null || x === undefined ? "-" : x < 1 ? `${(x * 1000).toFixed(0)} µs` : `${x.toFixed(2)} ms`;
}
function mib(bytes) {
  return bytes ? `${Math.round(bytes / MiB)} MiB` : "-";
}
function n(x) {
  return x.toLocaleString("en-US");
}
function ratio(a, b) {
  if (!a || !b) return undefined;
  const r = a / b;
  return `${r.toFixed(r < 1 ? 2 : r < 10 ? 1 : 0)}×`;
}
function rate(x) {
  return x === null || x === undefined ? "-" : x.toFixed(x < 1 ? 2 : 1);
}

/** The model both renderings use. */
export function model(results, now) {
  const t = results.tools;
  const hl = t.healthlint?.scenarios ?? {};
  const c = results.corpus;
  const posts1k = c.posts1k ?? results.sanity?.posts;
  const rows = [];
  for (const id of ORDER) {
    const tool = t[id];
    if (!tool) continue;
    const sc = tool.scenarios;
    const cell = (key, metric, withRate) => {
      const m = sc[key];
      if (!m) return { text: id === "node" && key !== "cold" ? "" : key === "k10" ? "skipped" : "-" };
      if (m.failure && !m.ok) return { text: `failed (${m.failure.slice(0, 60)})` };
      const v = m[metric];
      let text = s(v);
      if (withRate && v) text += ` (${n(Math.round((key === "k10" ? c.files : 1000) / v))} files/s)`;
      const notes = [];
      if (id !== "healthlint" && id !== "floor" && id !== "node" && hl[key]?.[metric]) notes.push(`${ratio(v, hl[key][metric])} healthlint`);
      if (m.ok < (results.runs?.k10?.healthlint ?? 3) && key === "k10") notes.push(`${m.ok} run${m.ok === 1 ? "" : "s"}`);
      if (m.failure) notes.push(`${m.runs - m.ok} failed`);
      return { text: notes.length ? `${text}; ${notes.join(", ")}` : text };
    };
    const peak = sc.k10?.rss ? mib(sc.k10.rss) : sc.k1?.rss ? `${mib(sc.k1.rss)} (1,000 files)` : sc.cold?.rss ? `${mib(sc.cold.rss)} (one file)` : "-";
    rows.push({
      id,
      label: tool.label,
      earlier: tool.measuredAt !== now ? tool.measuredAt.slice(0, 16).replace("T", " ") : undefined,
      wall: [cell("cold", "wall"), cell("k1", "wall"), cell("k10", "wall", true)],
      cpu: [cell("cold", "cpu"), cell("k1", "cpu"), cell("k10", "cpu")],
      peak,
    });
  }

  // Scaling with the number of posts: time above the one-file cold start, per post.
  const scaling = {};
  if (hl.cold && hl.k1) {
    for (const metric of ["wall", "cpu"]) {
      const base = hl.cold[metric];
      const p1 = (hl.k1[metric] - base) / posts1k;
      const p10 = hl.k10 ? (hl.k10[metric] - base) / c.posts : null;
      scaling[metric] = { per1k: p1 * 1000, per10k: p10 === null ? null : p10 * 1000, ratio: p10 === null ? null : p10 / p1 };
    }
  }
  // Scaling with post length.
  let length;
  if (hl.cold && hl.long1m) {
    const inc = (k) => (hl[k] ? hl[k].wall - hl.cold.wall : null);
    const incCpu = (k) => (hl[k] ? hl[k].cpu - hl.cold.cpu : null);
    length = {
      w256: hl.long256k?.wall,
      w1m: hl.long1m.wall,
      inc256: inc("long256k"),
      inc1m: inc("long1m"),
      incCpu1m: incCpu("long1m"),
      incCpu256: incCpu("long256k"),
      sizeRatio: c.long1mBytes / c.long256kBytes,
      mbPerS: inc("long1m") > 0 ? c.long1mBytes / MiB / inc("long1m") : null,
    };
    length.ratio = length.inc256 > 0 ? length.inc1m / length.inc256 : null;
  }

  // The issue's targets.
  const targets = [];
  const tl = t.textlint?.scenarios ?? {};
  const check = (what, value, limit, aim, shown, lowerIsBetter = true) => {
    if (value === null || value === undefined || Number.isNaN(value)) return targets.push({ what, shown: "not measured", verdict: "-" });
    const pass = lowerIsBetter ? value <= limit : value >= limit;
    const aimed = aim === undefined ? false : lowerIsBetter ? value <= aim : value >= aim;
    targets.push({ what, shown, verdict: aimed ? "met, and the aim too" : pass ? "met" : "MISSED" });
  };
  check("one typical file, cold: at most 0.45 s (aim 0.20 s)", hl.cold?.wall, 0.45, 0.2, s(hl.cold?.wall));
  const r1k = tl.k1?.wall && hl.k1?.wall ? tl.k1.wall / hl.k1.wall : null;
  check("1,000 files: at most 1/5 of textlint's time (aim 1/15)", r1k, 5, 15, r1k ? `${r1k >= 1 ? `1/${r1k.toFixed(1)}` : `${(1 / r1k).toFixed(2)}×`} of textlint's time (${s(hl.k1.wall)} vs ${s(tl.k1.wall)})` : "-", false);
  check("10,000 files: at most 15 s (aim 5 s)", hl.k10?.wall, 15, 5, s(hl.k10?.wall));
  check("peak memory on 10,000 files: at most 200 MiB (aim 150)", hl.k10?.rss ? hl.k10.rss / MiB : null, 200, 150, mib(hl.k10?.rss));
  check("a 1 MB post: a few hundred milliseconds (checked as at most 0.5 s)", hl.long1m?.wall, 0.5, 0.3, s(hl.long1m?.wall));
  check("linear in posts: time per post on 10,000 files within 1.25× of 1,000 files", scaling.wall?.ratio, 1.25, undefined, scaling.wall?.ratio ? `${scaling.wall.ratio.toFixed(2)}×` : "-");
  check("linear in length: 1 MiB post costs at most 1.25× four 256 KiB posts", length?.ratio ? length.ratio / length.sizeRatio : null, 1.25, undefined, length?.ratio ? `${length.ratio.toFixed(2)}× for ${length.sizeRatio.toFixed(2)}× the text` : "-");

  return { rows, scaling, length, targets, posts1k };
}

const HEAD = ["tool", "one file, cold", "1,000 files", "10,000 files", "peak memory"];

export function renderTerminal(results, now) {
  const m = model(results, now);
  const c = results.corpus;
  const lines = [];
  const table = (rows) => {
    const w = HEAD.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
    const fmt = (r) => r.map((x, i) => x.padEnd(w[i])).join(" | ");
    lines.push(fmt(HEAD), w.map((x) => "-".repeat(x)).join("-|-"));
    for (const r of rows) lines.push(fmt(r));
  };
  const mach = results.machine;
  lines.push("", `healthlint bench: ${n(c.files)} files (${(c.bytes / 1e6).toFixed(2)} MB, ${(c.bytes / MiB).toFixed(2)} MiB), ${n(c.posts)} posts; 1,000-file set: ${n(m.posts1k)} posts`);
  lines.push(`${mach.nproc} cores (${mach.cpu}), ${mach.memoryGiB} GiB, Node ${mach.node}, ${mach.date.slice(0, 16).replace("T", " ")} UTC; load ${mach.loadavgAtStart[0]} at start, ${mach.loadavgAtEnd?.[0]} at end${results.quick ? "; --quick" : ""}`, "");
  lines.push("Wall time, median (ratio = that tool's time / healthlint's):");
  table(m.rows.map((r) => [r.id + (r.earlier ? ` (run of ${r.earlier})` : ""), ...r.wall.map((x) => x.text), r.peak]));
  lines.push("", "CPU time (user + system), median:");
  table(m.rows.map((r) => [r.id, ...r.cpu.map((x) => x.text), r.peak]));
  lines.push("");
  if (m.length) {
    lines.push(`One long post: 256 KiB ${s(m.length.w256)}, 1 MiB ${s(m.length.w1m)} (${s(m.length.inc1m)} above the one-file cold start, ${rate(m.length.mbPerS)} MiB/s); length ratio ${m.length.ratio ? m.length.ratio.toFixed(2) : "-"}× for ${m.length.sizeRatio.toFixed(2)}× the text`);
  }
  if (m.scaling.wall) {
    lines.push(`Per post above start-up (wall): ${ms(m.scaling.wall.per1k)} on 1,000 files, ${ms(m.scaling.wall.per10k)} on 10,000 (${m.scaling.wall.ratio ? m.scaling.wall.ratio.toFixed(2) : "-"}×; 1.00 = linear)`);
    lines.push(`Per post above start-up (CPU):  ${ms(m.scaling.cpu.per1k)} on 1,000 files, ${ms(m.scaling.cpu.per10k)} on 10,000 (${m.scaling.cpu.ratio ? m.scaling.cpu.ratio.toFixed(2) : "-"}×)`);
  }
  lines.push("", "Targets (issue 8):");
  for (const t of m.targets) lines.push(`  ${t.verdict.padEnd(20)} ${t.what}: ${t.shown}`);
  lines.push("");
  return `${lines.join("\n")}\n`;
}

export function renderMarkdown(results, now) {
  const m = model(results, now);
  const c = results.corpus;
  const mach = results.machine;
  const out = [];
  const table = (rows) => {
    out.push(`| ${HEAD.join(" | ")} |`, `| ${HEAD.map(() => "---").join(" | ")} |`);
    for (const r of rows) out.push(`| ${r.join(" | ")} |`);
  };
  out.push(`Measured ${mach.date.slice(0, 10)} on ${mach.nproc} cores (${mach.cpu}), ${mach.memoryGiB} GiB of memory, Node ${mach.node}, ${mach.os}; healthlint at ${mach.healthlintCommit ?? "an unknown commit"}. CPU time and peak memory via ${mach.resourceMethod === "gnu-time" ? "GNU time (`/usr/bin/time -f '%e %U %S %M'`)" : "a preloaded probe reading `process.resourceUsage()`"}. Load average ${mach.loadavgAtStart[0]} at the start and ${mach.loadavgAtEnd?.[0]} at the end of the run${results.quick ? " (a `--quick` run)" : ""}.`);
  out.push("");
  out.push(`Corpus: ${n(c.files)} generated Markdown files, ${(c.bytes / 1e6).toFixed(2)} MB (${(c.bytes / MiB).toFixed(2)} MiB), ${n(c.posts)} posts (generator v${c.version}, seed ${c.seed}); the 1,000-file set is its first folder, ${n(m.posts1k)} posts. healthlint runs the recommended preset (${results.rules.length} rule${results.rules.length === 1 ? "" : "s"}: ${results.rules.map((r) => `\`${r}\``).join(", ") || "none"}); on the 1,000 files it reported ${Object.entries(results.sanity?.byRule ?? {}).map(([r, k]) => `${n(k)} \`${r}\``).join(", ") || "nothing"}.`);
  out.push("");
  out.push("Wall time, median of the runs; after a semicolon, that tool's time as a multiple of healthlint's:");
  out.push("");
  table(m.rows.map((r) => [`${r.label}${r.earlier ? ` (from the run of ${r.earlier} UTC)` : ""}`, ...r.wall.map((x) => x.text), r.peak]));
  out.push("");
  out.push("CPU time (user + system), median: less disturbed than wall time by other work on the machine:");
  out.push("");
  table(m.rows.map((r) => [r.id, ...r.cpu.map((x) => x.text), r.peak]));
  out.push("");
  const runs = results.runs;
  out.push(`Runs: one file ${runs.cold} per tool after a warm-up, interleaved; 1,000 files ${runs.k1.healthlint} for healthlint, ${runs.k1.other} for textlint and markdownlint-cli2, after a warm-up, interleaved; 10,000 files ${Object.entries(runs.k10).map(([k, v]) => `${v} for ${k}`).join(", ")}${results.quick ? " (the others skip it with `--quick`)" : ""}.`);
  out.push("");
  const noCache = results.tools?.healthlint?.scenarios?.coldNoCache;
  if (noCache?.wall) {
    out.push(`**Start-up without the code cache** (the first run after installing or upgrading, or with \`HEALTHLINT_COMPILE_CACHE=0\`): one typical file in ${s(noCache.wall)} (CPU ${s(noCache.cpu)}), against ${s(results.tools.healthlint.scenarios.cold?.wall)} with it.`);
    out.push("");
  }
  if (m.length) {
    out.push(`**Post length.** One post of 256 KiB: ${s(m.length.w256)}; of 1 MiB: ${s(m.length.w1m)}, ${s(m.length.inc1m)} above the one-file cold start (${rate(m.length.mbPerS)} MiB/s). The 1 MiB post's extra time is ${m.length.ratio ? m.length.ratio.toFixed(2) : "-"}× the 256 KiB post's, for ${m.length.sizeRatio.toFixed(2)}× the text.`);
    out.push("");
  }
  if (m.scaling.wall) {
    out.push(`**Number of posts.** Time per post above the one-file start-up: ${ms(m.scaling.wall.per1k)} on 1,000 files and ${ms(m.scaling.wall.per10k)} on 10,000 (${m.scaling.wall.ratio ? m.scaling.wall.ratio.toFixed(2) : "-"}×; 1.00 is linear); in CPU time ${ms(m.scaling.cpu.per1k)} and ${ms(m.scaling.cpu.per10k)}.`);
    out.push("");
  }
  out.push("**Targets** (issue 8):");
  out.push("");
  out.push("| target | measured | verdict |", "| --- | --- | --- |");
  for (const t of m.targets) out.push(`| ${t.what} | ${t.shown} | ${t.verdict} |`);
  out.push("");
  out.push("Commands (each run as a whole process, standard output to /dev/null):");
  out.push("");
  out.push("```sh");
  for (const id of ORDER) {
    const tool = results.tools[id];
    if (!tool?.commands) continue;
    for (const [sc, cmd] of Object.entries(tool.commands)) out.push(`${cmd}   # ${id}, ${sc}`);
  }
  out.push("```");
  if (results.toolVersions) out.push("", `Versions: ${Object.entries(results.toolVersions).map(([k, v]) => `${k} ${v}`).join(", ")}.`);
  return `${out.join("\n")}\n`;
}
