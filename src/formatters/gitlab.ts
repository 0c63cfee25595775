import { createHash } from "node:crypto";
import type { Formatter } from "./types.js";
import { label, relativePath } from "./util.js";

const SEVERITY = ["info", "minor", "major"] as const;

/**
 * GitLab's Code Quality report (a subset of the Code Climate issue format): one issue per finding.
 * The fingerprint is a hash of the file, rule and line (and a counter for repeats on one line),
 * never of the post text, so identifier values cannot be recovered from it and the same finding keeps
 * its fingerprint between pipelines.
 */
const gitlab: Formatter = (results, ctx) => {
  const issues: unknown[] = [];
  for (const r of results) {
    const file = relativePath(r.filePath, ctx.cwd);
    const seen = new Map<string, number>();
    for (const m of r.messages) {
      const rule = label(m);
      const base = `${file}\u0000${rule}\u0000${m.line}`;
      const n = seen.get(base) ?? 0;
      seen.set(base, n + 1);
      issues.push({
        type: "issue",
        engine_name: "healthlint",
        check_name: rule,
        description: m.ruleId ? `${m.message} (${m.ruleId})` : m.message,
        categories: ["Style"],
        fingerprint: createHash("sha256").update(n ? `${base}\u0000${n}` : base).digest("hex"),
        severity: m.fatal ? "critical" : SEVERITY[m.severity],
        location: { path: file, lines: { begin: m.line, end: m.endLine } },
      });
    }
  }
  return `${JSON.stringify(issues, null, 2)}\n`;
};

export default gitlab;
