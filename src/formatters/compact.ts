import type { Formatter } from "./types.js";
import { plural, relativePath, totals } from "./util.js";

const WORD = ["Info", "Warning", "Error"];

/** One line per finding: `file: line L, col C, Error - message (rule)`. */
const compact: Formatter = (results, ctx) => {
  const lines: string[] = [];
  for (const r of results) {
    for (const m of r.messages) {
      lines.push(
        `${relativePath(r.filePath, ctx.cwd)}: line ${m.line}, col ${m.column}, ${WORD[m.severity]} - ${m.message}${m.ruleId ? ` (${m.ruleId})` : ""}`,
      );
    }
  }
  const t = totals(results);
  if (lines.length) lines.push("", plural(t.errors + t.warnings + t.infos, "problem"));
  return lines.length ? `${lines.join("\n")}\n` : "";
};

export default compact;
