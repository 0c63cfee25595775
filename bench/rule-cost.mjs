#!/usr/bin/env node
/**
 * CPU cost per rule and for parsing, in-process, over a folder of the bench corpus (issue 8).
 * A diagnosis tool, not a benchmark: needs `npm run build` and the corpus (node bench/generate.mjs).
 *
 *   node --no-concurrent-recompilation bench/rule-cost.mjs [folder]   (default: bench/.corpus/posts/d00)
 *
 * process.cpuUsage() counts every thread of the process: without the flag, V8 optimising code on
 * background threads is charged to whichever rule runs next. The first pass also pays for compiling
 * code and regular expressions (a cold start pays it too).
 */
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const dir = path.resolve(process.argv[2] ?? path.join(ROOT, "bench/.corpus/posts/d00"));
const { builtinRules, Linter } = await import(path.join(ROOT, "dist/src/index.js"));
const { parseSource } = await import(path.join(ROOT, "dist/src/source/parse.js"));

const cpu = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
const cost = new Map();
for (const rule of builtinRules) {
  const check = rule.check;
  cost.set(rule.meta.id, { ms: 0, first: undefined });
  rule.check = function (ctx) {
    const t = cpu();
    try {
      return check.call(this, ctx);
    } finally {
      const c = cost.get(rule.meta.id);
      const d = cpu() - t;
      if (c.first === undefined) c.first = d;
      else c.ms += d;
    }
  };
}
const files = fs.readdirSync(dir).filter((f) => /\.(md|txt)$/.test(f)).map((f) => path.join(dir, f));
const texts = files.map((f) => fs.readFileSync(f, "utf8"));
const linter = new Linter({ cwd: dir });
const t0 = cpu();
let posts = 0;
for (let i = 0; i < files.length; i++) {
  const { result } = await linter.lintText(texts[i], files[i]);
  posts += result.postCount ?? 0;
}
const total = cpu() - t0;
const p0 = cpu();
for (const t of texts) parseSource(t, "markdown", "thematic-break");
const parse = cpu() - p0;
const out = (s) => process.stdout.write(`${s}\n`);
out(`${files.length} files, ${posts || "?"} posts, ${total.toFixed(0)} ms CPU in all (${(total / files.length).toFixed(2)} ms a file)`);
out(`parseSource (again, warm): ${parse.toFixed(0)} ms`);
for (const [id, c] of [...cost].sort((a, b) => b[1].ms - a[1].ms))
  out(`${id.padEnd(28)} ${c.ms.toFixed(0).padStart(6)} ms  (first call ${(c.first ?? 0).toFixed(0)} ms)`);
