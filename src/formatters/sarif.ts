import { createRequire } from "node:module";
import type { Formatter } from "./types.js";
import { relativePath } from "./util.js";

const LEVEL = ["note", "warning", "error"] as const;

/** SARIF 2.1.0 for code scanning: one `rules` entry per rule with its help URI. */
const sarif: Formatter = (results, ctx) => {
  // node-sarif-builder is CommonJS.
  const { SarifBuilder, SarifRunBuilder, SarifRuleBuilder, SarifResultBuilder } = createRequire(import.meta.url)(
    "node-sarif-builder",
  ) as typeof import("node-sarif-builder");
  const run = new SarifRunBuilder().initSimple({
    toolDriverName: "healthlint",
    toolDriverVersion: ctx.version,
    url: "https://github.com/healthlint/healthlint",
  });
  const used = new Set<string>();
  for (const r of results) for (const m of r.messages) if (m.ruleId) used.add(m.ruleId);
  for (const id of Object.keys(ctx.rulesMeta).sort()) {
    const meta = ctx.rulesMeta[id];
    if (!used.has(id)) continue;
    run.addRule(
      new SarifRuleBuilder().initSimple({
        ruleId: id,
        shortDescriptionText: meta.description,
        helpUri: meta.docsUrl,
      }),
    );
  }
  for (const r of results) {
    for (const m of r.messages) {
      const res = new SarifResultBuilder().initSimple({
        level: LEVEL[m.severity],
        messageText: m.message,
        ruleId: m.ruleId ?? "healthlint/fatal",
        fileUri: relativePath(r.filePath, ctx.cwd),
        startLine: m.line,
        startColumn: m.column,
        endLine: m.endLine,
        endColumn: Math.max(m.endColumn, m.line === m.endLine ? m.column + 1 : 1),
      });
      run.addResult(res);
    }
  }
  const builder = new SarifBuilder();
  builder.addRun(run);
  return `${builder.buildSarifJsonString({ indent: true })}\n`;
};

export default sarif;
