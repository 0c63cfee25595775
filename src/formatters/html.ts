/**
 * `--format html`: one self-contained page for a reviewer who may never open a terminal. A summary
 * (files, posts, findings by severity and by rule, with a small bar chart), filters by severity and
 * rule, then each file's text with its findings highlighted in place and linked to the rules' docs.
 *
 * - No network: no external script, style, font or image; a Content-Security-Policy allows only
 *   the page's own inline style and script (by hash), so nothing can be loaded or sent.
 * - Everything from posts, paths, messages and rule metadata is HTML-escaped.
 * - Identifiers are masked as in every other format: the post text holds the patient data, so the
 *   characters of every finding of a sensitive rule (`meta.sensitive`, and `patient-identifiers`) are
 *   replaced with • except the last two, unless the run asked for `--show-matches`.
 */
import { createHash } from "node:crypto";
import type { LintMessage, LintResult, RuleMeta } from "../types.js";
import type { Formatter, FormatterContext } from "./types.js";
import { label, plural, relativePath } from "./util.js";

const SEV_WORD = ["info", "warning", "error"] as const;
const SEV_TITLE = ["Info", "Warnings", "Errors"] as const;
const MASK = "•";

/** Rules whose findings cover identifier values in the text. */
export function isSensitive(ruleId: string | null, rulesMeta: Record<string, RuleMeta>): boolean {
  if (!ruleId) return false;
  if (ruleId === "patient-identifiers") return true;
  return (rulesMeta[ruleId] as (RuleMeta & { sensitive?: boolean }) | undefined)?.sensitive === true;
}

/**
 * Masks `text` over `[start, end)`: every character but line breaks becomes •, except the last two
 * (all of them when there are four or fewer), as findings' messages mask values. Length is kept, so
 * every other offset stays valid; masking twice gives the same text.
 */
export function maskRange(text: string, start: number, end: number): string {
  const s = Math.max(0, Math.min(start, text.length));
  const e = Math.max(s, Math.min(end, text.length));
  if (e === s) return text;
  const chars = text.slice(s, e).split("");
  const idx: number[] = [];
  chars.forEach((c, i) => {
    if (c !== "\n" && c !== "\r") idx.push(i);
  });
  const visible = idx.filter((i) => !/\s/.test(chars[i])).length;
  const keep = new Set<number>();
  if (visible > 4) {
    let kept = 0;
    for (let j = idx.length - 1; j >= 0 && kept < 2; j--) {
      const i = idx[j];
      keep.add(i);
      const code = chars[i].charCodeAt(0);
      if (code >= 0xdc00 && code <= 0xdfff && j > 0 && idx[j - 1] === i - 1) keep.add(idx[--j]);
      kept++;
    }
  }
  for (const i of idx) if (!keep.has(i)) chars[i] = MASK;
  return text.slice(0, s) + chars.join("") + text.slice(e);
}

/** The file text with the ranges of sensitive findings (reported or suppressed) masked. */
export function maskSource(source: string, messages: LintMessage[], rulesMeta: Record<string, RuleMeta>): string {
  let out = source;
  for (const m of messages) if (isSensitive(m.ruleId, rulesMeta) && m.range) out = maskRange(out, m.range[0], m.range[1]);
  return out;
}

/** Masks `source` on every result (the CLI does this before --quiet or a baseline drops findings). */
export function maskResults(results: LintResult[], rulesMeta: Record<string, RuleMeta>): LintResult[] {
  return results.map((r) =>
    r.source === undefined ? r : { ...r, source: maskSource(r.source, [...r.messages, ...(r.suppressedMessages ?? [])], rulesMeta) },
  );
}

export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);
}

/** Only web links (or relative paths) become links: never `javascript:` or `data:` from a plugin's meta. */
function safeUrl(url: string | undefined): string | undefined {
  if (!url) return undefined;
  if (/^https?:\/\//i.test(url)) return url;
  if (!/^[a-z][a-z0-9+.-]*:/i.test(url) && !url.startsWith("//")) return url;
  return undefined;
}

const STYLE = `
:root{--err:#b3261e;--err-bg:#fde3e0;--warn:#8a5300;--warn-bg:#ffedc7;--info:#0b57d0;--info-bg:#dde9fd;--ink:#1f2328;--muted:#59636e;--line:#d1d9e0;--bg:#f6f8fa}
*{box-sizing:border-box}
body{margin:0;font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif;color:var(--ink);background:var(--bg)}
header,main,#summary,#filters,footer{max-width:1100px;margin:0 auto;padding:0 20px}
header{padding-top:20px}
h1{font-size:24px;margin:0 0 4px}
h2{font-size:18px;margin:24px 0 8px}
.muted{color:var(--muted)}
.cards{display:flex;gap:12px;flex-wrap:wrap;margin:12px 0}
.card{background:#fff;border:1px solid var(--line);border-radius:8px;padding:10px 16px;min-width:120px}
.card b{display:block;font-size:26px;line-height:1.2}
.card.sev-2 b{color:var(--err)}.card.sev-1 b{color:var(--warn)}.card.sev-0 b{color:var(--info)}
table.rules{border-collapse:collapse;background:#fff;border:1px solid var(--line);border-radius:8px;width:100%}
table.rules th,table.rules td{padding:6px 10px;border-bottom:1px solid var(--line);text-align:left;vertical-align:middle}
table.rules td.n{text-align:right;font-variant-numeric:tabular-nums;width:70px}
.bar rect.sev-2{fill:var(--err)}.bar rect.sev-1{fill:#d08a00}.bar rect.sev-0{fill:var(--info)}
#filters{position:sticky;top:0;z-index:2;background:var(--bg);border-bottom:1px solid var(--line);padding-top:8px;padding-bottom:8px}
fieldset{display:inline-block;border:1px solid var(--line);border-radius:8px;background:#fff;margin:4px 8px 4px 0;padding:4px 10px;vertical-align:top}
legend{font-weight:600;padding:0 4px}
fieldset label{margin-right:12px;white-space:nowrap}
fieldset button{font:inherit;font-size:13px;margin-left:4px}
#shown{margin:6px 0 0;font-weight:600}
section.file{background:#fff;border:1px solid var(--line);border-radius:8px;margin:16px 0;overflow:hidden}
section.file>h2{margin:0;padding:10px 14px;background:#eef1f4;border-bottom:1px solid var(--line);font-size:16px;font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace}
section.file>h2 .muted{font-family:system-ui,sans-serif;font-weight:400;font-size:14px}
ol.findings{margin:0;padding:8px 14px 8px 40px;border-bottom:1px solid var(--line)}
li.finding{margin:4px 0}
li.finding a.pos{font-family:ui-monospace,monospace;color:var(--muted);margin-right:6px}
.badge{display:inline-block;font-size:12px;font-weight:600;border-radius:10px;padding:0 8px;margin-right:6px}
.badge.sev-2{background:var(--err-bg);color:var(--err)}.badge.sev-1{background:var(--warn-bg);color:var(--warn)}.badge.sev-0{background:var(--info-bg);color:var(--info)}
.rule{font-size:13px;margin-left:8px}
pre.source{margin:0;padding:12px 14px;white-space:pre-wrap;overflow-wrap:anywhere;font:14px/1.6 ui-monospace,SFMono-Regular,Menlo,Consolas,monospace}
mark.seg{background:transparent;color:inherit}
mark.seg.on{border-radius:2px}
mark.seg.on.sev-2{background:var(--err-bg);box-shadow:inset 0 -2px var(--err)}
mark.seg.on.sev-1{background:var(--warn-bg);box-shadow:inset 0 -2px #d08a00}
mark.seg.on.sev-0{background:var(--info-bg);box-shadow:inset 0 -2px var(--info)}
mark.seg[data-masked]{letter-spacing:.5px}
mark.seg.caret.on::before{content:"\\25B8";font-weight:700}
mark.seg.caret.on.sev-2::before{color:var(--err)}mark.seg.caret.on.sev-1::before{color:var(--warn)}mark.seg.caret.on.sev-0::before{color:var(--info)}
:target+mark.seg.on,:target+mark.seg{outline:2px solid var(--ink)}
p.notext{padding:0 14px}
details.clean{margin:16px 0}
details.clean>summary{cursor:pointer;font-weight:600}
footer{padding-bottom:30px;font-size:13px}
@media print{#filters{display:none}section.file{break-inside:avoid}}
`;

const SCRIPT = `
(function () {
  var boxes = Array.prototype.slice.call(document.querySelectorAll("input[data-filter]"));
  var findings = Array.prototype.slice.call(document.querySelectorAll("li.finding"));
  var marks = Array.prototype.slice.call(document.querySelectorAll("mark.seg"));
  var files = Array.prototype.slice.call(document.querySelectorAll("section.file[data-findings]"));
  var shown = document.getElementById("shown");
  function update() {
    var sev = {}, rules = {}, visible = {}, n = 0;
    boxes.forEach(function (b) { if (b.checked) (b.getAttribute("data-filter") === "severity" ? sev : rules)[b.value] = true; });
    findings.forEach(function (li) {
      var on = sev[li.getAttribute("data-severity")] === true && rules[li.getAttribute("data-rule")] === true;
      li.hidden = !on;
      if (on) { visible[li.getAttribute("data-id")] = Number(li.getAttribute("data-severity")); n++; }
    });
    marks.forEach(function (m) {
      var best = -1;
      m.getAttribute("data-f").split(" ").forEach(function (id) { if (id in visible && visible[id] > best) best = visible[id]; });
      m.classList.remove("on", "sev-0", "sev-1", "sev-2");
      if (best >= 0) m.classList.add("on", "sev-" + best);
    });
    files.forEach(function (f) { f.hidden = !f.querySelector("li.finding:not([hidden])"); });
    shown.textContent = "Showing " + n + " of " + findings.length + " finding" + (findings.length === 1 ? "" : "s");
  }
  boxes.forEach(function (b) { b.addEventListener("change", update); });
  Array.prototype.slice.call(document.querySelectorAll("button[data-all]")).forEach(function (btn) {
    btn.addEventListener("click", function () {
      var on = btn.getAttribute("data-all") === "on";
      boxes.forEach(function (b) { if (b.getAttribute("data-filter") === btn.getAttribute("data-group")) b.checked = on; });
      update();
    });
  });
  update();
})();
`;

const hash = (s: string) => `'sha256-${createHash("sha256").update(s).digest("base64")}'`;

interface Seg {
  start: number;
  end: number;
  ids: number[];
}

/** Splits [0, length) at every finding boundary; each piece lists the findings that cover it. */
function segments(length: number, ranges: Array<[number, number]>): Seg[] {
  const cuts = new Set<number>([0, length]);
  for (const [s, e] of ranges) {
    cuts.add(s);
    cuts.add(e);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const out: Seg[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i];
    const end = points[i + 1];
    const ids: number[] = [];
    ranges.forEach(([s, e], k) => {
      if (s < end && e > start) ids.push(k);
    });
    out.push({ start, end, ids });
  }
  return out;
}

function sourceHtml(fileIndex: number, source: string, messages: LintMessage[], rulesMeta: Record<string, RuleMeta>): string {
  const len = source.length;
  const ranges = messages.map((m): [number, number] => {
    const s = Math.max(0, Math.min(m.range?.[0] ?? 0, len));
    return [s, Math.max(s, Math.min(m.range?.[1] ?? s, len))];
  });
  const maxSev = (ids: number[]) => Math.max(...ids.map((k) => messages[k].severity));
  const titleOf = (ids: number[]) => escapeHtml(ids.map((k) => `${SEV_WORD[messages[k].severity]}: ${messages[k].message} (${label(messages[k])})`).join("\n"));
  const fid = (k: number) => `${fileIndex}-${k}`;
  // Anchors and zero-width findings (carets) by offset.
  const at = new Map<number, string[]>();
  const put = (offset: number, html: string) => at.set(offset, [...(at.get(offset) ?? []), html]);
  ranges.forEach(([s, e], k) => {
    put(s, `<span class="anchor" id="h-${fid(k)}"></span>`);
    if (s === e) put(s, `<mark class="seg caret on sev-${messages[k].severity}" data-f="${fid(k)}" title="${titleOf([k])}"></mark>`);
  });
  const nonEmpty = ranges.map((r, k) => ({ r, k })).filter(({ r }) => r[1] > r[0]);
  const parts: string[] = [];
  for (const seg of segments(len, nonEmpty.map(({ r }) => r))) {
    for (const h of at.get(seg.start) ?? []) parts.push(h);
    at.delete(seg.start);
    const text = escapeHtml(source.slice(seg.start, seg.end));
    if (!seg.ids.length) {
      parts.push(text);
      continue;
    }
    const ids = seg.ids.map((i) => nonEmpty[i].k);
    const masked = ids.some((k) => isSensitive(messages[k].ruleId, rulesMeta)) ? " data-masked" : "";
    parts.push(`<mark class="seg on sev-${maxSev(ids)}" data-f="${ids.map(fid).join(" ")}"${masked} title="${titleOf(ids)}">${text}</mark>`);
  }
  for (const [, hs] of [...at].sort((a, b) => a[0] - b[0])) parts.push(...hs);
  return `<pre class="source"><code>${parts.join("")}</code></pre>`;
}

function bar(counts: [number, number, number], max: number): string {
  const W = 160;
  let x = 0;
  const rects: string[] = [];
  for (const sev of [2, 1, 0] as const) {
    if (!counts[sev]) continue;
    const w = Math.max(2, Math.round((counts[sev] / max) * W));
    rects.push(`<rect class="sev-${sev}" x="${x}" y="0" width="${w}" height="12" rx="2"></rect>`);
    x += w;
  }
  return `<svg class="bar" width="${W}" height="12" viewBox="0 0 ${W} 12" role="img" aria-label="${counts[2]} errors, ${counts[1]} warnings, ${counts[0]} info">${rects.join("")}</svg>`;
}

const html: Formatter = (results, ctx: FormatterContext) => {
  const meta = ctx.rulesMeta ?? {};
  const showMatches = ctx.showMatches === true;
  const docs = (m: LintMessage) => safeUrl((m.ruleId && meta[m.ruleId]?.docsUrl) || m.docsUrl);
  const bySev: [number, number, number] = [0, 0, 0];
  const byRule = new Map<string, { counts: [number, number, number]; docsUrl?: string; description?: string }>();
  let posts = 0;
  for (const r of results) {
    posts += r.postCount ?? 0;
    for (const m of r.messages) {
      bySev[m.severity]++;
      const id = label(m);
      const row = byRule.get(id) ?? { counts: [0, 0, 0], docsUrl: docs(m), description: m.ruleId ? meta[m.ruleId]?.description : undefined };
      row.counts[m.severity]++;
      byRule.set(id, row);
    }
  }
  const total = bySev[0] + bySev[1] + bySev[2];
  const rules = [...byRule].sort((a, b) => b[1].counts[2] - a[1].counts[2] || b[1].counts[1] - a[1].counts[1] || b[1].counts[0] - a[1].counts[0] || a[0].localeCompare(b[0]));
  const maxRule = Math.max(1, ...rules.map(([, r]) => r.counts[0] + r.counts[1] + r.counts[2]));
  const withFindings = results.filter((r) => r.messages.length);
  const clean = results.filter((r) => !r.messages.length);

  const out: string[] = [];
  out.push(`<header><h1>healthlint report</h1><p class="muted">${escapeHtml(
    [`healthlint ${ctx.version}`, plural(results.length, "file"), plural(posts, "post"), plural(total, "finding")].join(" · "),
  )}</p></header>`);

  out.push('<section id="summary" aria-label="Summary"><div class="cards">');
  out.push(`<div class="card"><b>${results.length}</b>${results.length === 1 ? "file" : "files"}</div>`);
  out.push(`<div class="card"><b>${posts}</b>${posts === 1 ? "post" : "posts"}</div>`);
  for (const sev of [2, 1, 0] as const) out.push(`<div class="card sev-${sev}"><b data-count="${SEV_WORD[sev]}">${bySev[sev]}</b>${SEV_TITLE[sev].toLowerCase()}</div>`);
  out.push("</div>");
  if (rules.length) {
    out.push('<table class="rules"><thead><tr><th>Rule</th><th>Errors</th><th>Warnings</th><th>Info</th><th>Findings</th></tr></thead><tbody>');
    for (const [id, r] of rules) {
      const name = r.docsUrl ? `<a href="${escapeHtml(r.docsUrl)}" target="_blank" rel="noopener noreferrer">${escapeHtml(id)}</a>` : escapeHtml(id);
      const desc = r.description ? `<div class="muted">${escapeHtml(r.description)}</div>` : "";
      out.push(`<tr data-rule="${escapeHtml(id)}"><td>${name}${desc}</td><td class="n">${r.counts[2]}</td><td class="n">${r.counts[1]}</td><td class="n">${r.counts[0]}</td><td>${bar(r.counts, maxRule)}</td></tr>`);
    }
    out.push("</tbody></table>");
  } else {
    out.push('<p class="none">No findings.</p>');
  }
  out.push("</section>");

  if (total) {
    out.push('<section id="filters" aria-label="Filters"><fieldset><legend>Severity</legend>');
    for (const sev of [2, 1, 0] as const)
      out.push(`<label><input type="checkbox" data-filter="severity" value="${sev}" checked> ${SEV_TITLE[sev]} (${bySev[sev]})</label>`);
    out.push('</fieldset><fieldset><legend>Rules</legend>');
    for (const [id, r] of rules)
      out.push(`<label><input type="checkbox" data-filter="rule" value="${escapeHtml(id)}" checked> ${escapeHtml(id)} (${r.counts[0] + r.counts[1] + r.counts[2]})</label>`);
    out.push('<button type="button" data-group="rule" data-all="on">all</button><button type="button" data-group="rule" data-all="off">none</button>');
    out.push(`</fieldset><p id="shown" aria-live="polite">Showing ${total} of ${plural(total, "finding")}</p>`);
    out.push("<noscript><p>Filters need JavaScript; every finding is shown.</p></noscript></section>");
  }

  out.push("<main>");
  results.forEach((r, fileIndex) => {
    if (!r.messages.length) return;
    const file = escapeHtml(relativePath(r.filePath, ctx.cwd));
    const counts = [r.errorCount && plural(r.errorCount, "error"), r.warningCount && plural(r.warningCount, "warning"), r.infoCount && `${r.infoCount} info`].filter(Boolean).join(", ");
    const postNote = (r.postCount ?? 0) > 1 ? ` · ${r.postCount} posts` : "";
    out.push(`<section class="file" id="file-${fileIndex}" data-findings="${r.messages.length}"><h2>${file} <span class="muted">${escapeHtml(counts + postNote)}</span></h2><ol class="findings">`);
    r.messages.forEach((m, k) => {
      const id = label(m);
      const url = docs(m);
      const ruleLink = url
        ? `<a class="rule" href="${escapeHtml(url)}" target="_blank" rel="noopener noreferrer">${escapeHtml(id)}</a>`
        : `<span class="rule muted">${escapeHtml(id)}</span>`;
      const post = (r.postCount ?? 0) > 1 && m.post !== undefined ? ` <span class="muted">(post ${m.post + 1})</span>` : "";
      out.push(
        `<li class="finding sev-${m.severity}" data-id="${fileIndex}-${k}" data-rule="${escapeHtml(id)}" data-severity="${m.severity}"><a class="pos" href="#h-${fileIndex}-${k}">${m.line}:${m.column}</a><span class="badge sev-${m.severity}">${SEV_WORD[m.severity]}</span>${escapeHtml(m.message)}${ruleLink}${post}</li>`,
      );
    });
    out.push("</ol>");
    if (r.source !== undefined) {
      const source = showMatches ? r.source : maskSource(r.source, [...r.messages, ...(r.suppressedMessages ?? [])], meta);
      out.push(sourceHtml(fileIndex, source, r.messages, meta));
    } else {
      out.push('<p class="muted notext">(the text of this file was not included in the report)</p>');
    }
    out.push("</section>");
  });
  if (!withFindings.length) out.push('<p class="none">No findings in any file.</p>');
  if (clean.length) {
    out.push(`<details class="clean"><summary>${plural(clean.length, "file")} without findings</summary><ul>`);
    for (const r of clean) out.push(`<li>${escapeHtml(relativePath(r.filePath, ctx.cwd))}</li>`);
    out.push("</ul></details>");
  }
  out.push("</main>");
  out.push(
    `<footer class="muted"><p>${
      showMatches
        ? "This report shows identifier values (--show-matches): do not share it."
        : "Text flagged as a patient identifier is masked (•) except its last two characters."
    } Positions are line:column (1-based).</p></footer>`,
  );

  const body = out.join("\n");
  const csp = `default-src 'none'; style-src ${hash(STYLE)}; script-src ${hash(SCRIPT)}; img-src data:; base-uri 'none'; form-action 'none'`;
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="referrer" content="no-referrer">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>healthlint report</title>
<style>${STYLE}</style>
</head>
<body>
${body}
<script>${SCRIPT}</script>
</body>
</html>
`;
};

export default html;
