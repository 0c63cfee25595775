import type { Formatter } from "./types.js";
import { label, relativePath, xmlEscape } from "./util.js";

const WORD = ["Info", "Warning", "Error"];

/** JUnit XML, one test suite per file and one failing test case per finding (ESLint's layout). */
const junit: Formatter = (results, ctx) => {
  const out = ['<?xml version="1.0" encoding="utf-8"?>', "<testsuites>"];
  for (const r of results) {
    const file = xmlEscape(relativePath(r.filePath, ctx.cwd));
    const ms = r.messages;
    out.push(`<testsuite package="org.healthlint" time="0" tests="${ms.length || 1}" errors="${ms.length}" name="${file}">`);
    if (ms.length === 0) out.push(`<testcase time="0" name="${file}" classname="${file}" />`);
    for (const m of ms) {
      const name = xmlEscape(label(m));
      const text = xmlEscape(`line ${m.line}, col ${m.column}, ${WORD[m.severity]} - ${m.message}${m.ruleId ? ` (${m.ruleId})` : ""}`);
      const kind = m.severity === 2 ? "failure" : "failure";
      out.push(
        `<testcase time="0" name="org.healthlint.${name}" classname="${file}"><${kind} message="${xmlEscape(m.message)}" type="${WORD[m.severity]}"><![CDATA[${text.replace(/]]>/g, "]]]]><![CDATA[>")}]]></${kind}></testcase>`,
      );
    }
    out.push("</testsuite>");
  }
  out.push("</testsuites>");
  return `${out.join("\n")}\n`;
};

export default junit;
