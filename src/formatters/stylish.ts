import { Chalk } from "chalk";
import type { Formatter } from "./types.js";
import { plural, relativePath, totals } from "./util.js";

/** ESLint's default look: findings grouped by file, then a summary line. */
const stylish: Formatter = (results, ctx) => {
  const c = new Chalk({ level: ctx.color ? 1 : 0 });
  const out: string[] = [];
  for (const r of results) {
    if (r.messages.length === 0) continue;
    out.push("", c.underline(relativePath(r.filePath, ctx.cwd)));
    const rows = r.messages.map((m) => [
      `${m.line}:${m.column}`,
      m.severity === 2 ? "error" : m.severity === 1 ? "warning" : "info",
      m.message,
      m.ruleId ?? "",
    ]);
    const w0 = Math.max(...rows.map((x) => x[0].length));
    const w1 = Math.max(...rows.map((x) => x[1].length));
    for (const [pos, sev, msg, rule] of rows) {
      const colour = sev === "error" ? c.red : sev === "warning" ? c.yellow : c.blue;
      out.push(`  ${c.dim(pos.padEnd(w0))}  ${colour(sev.padEnd(w1))}  ${msg}  ${c.dim(rule)}`.trimEnd());
    }
  }
  const t = totals(results);
  const problems = t.errors + t.warnings;
  if (problems + t.infos === 0) return "";
  const summary = `${problems > 0 ? "✖" : "ℹ"} ${plural(problems, "problem")} (${plural(t.errors, "error")}, ${plural(t.warnings, "warning")})${t.infos ? `, ${plural(t.infos, "note")} (info)` : ""}`;
  out.push("", (t.errors ? c.red.bold : t.warnings ? c.yellow.bold : c.blue)(summary));
  if (t.fixable) out.push(c.dim(`  ${plural(t.fixable, "problem")} fixable with --fix.`));
  return `${out.join("\n")}\n`;
};

export default stylish;
