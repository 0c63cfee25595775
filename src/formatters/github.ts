import type { Formatter } from "./types.js";
import { relativePath } from "./util.js";

const COMMAND = ["notice", "warning", "error"];

function escapeData(s: string): string {
  return s.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}

function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, "%3A").replace(/,/g, "%2C");
}

/** GitHub Actions workflow commands: each finding annotates the pull request at its place. */
const github: Formatter = (results, ctx) => {
  const lines: string[] = [];
  for (const r of results) {
    const file = escapeProperty(relativePath(r.filePath, ctx.cwd));
    for (const m of r.messages) {
      const props = [`file=${file}`, `line=${m.line}`, `col=${m.column}`, `endLine=${m.endLine}`, `endColumn=${m.endColumn}`];
      props.push(`title=${escapeProperty(`healthlint${m.ruleId ? ` ${m.ruleId}` : ""}`)}`);
      lines.push(`::${COMMAND[m.severity]} ${props.join(",")}::${escapeData(m.message)}`);
    }
  }
  return lines.length ? `${lines.join("\n")}\n` : "";
};

export default github;
