import type { LintMessage } from "../types.js";

/**
 * Applies the fixes of the given messages to a text, ESLint's way: sorted by position, a fix that
 * overlaps one already applied waits for the next pass. Returns the new text and the fixes applied.
 */
export function applyFixes(text: string, messages: LintMessage[]): { output: string; fixed: number; remaining: LintMessage[] } {
  const withFix = messages.filter((m) => m.fix).sort((a, b) => a.fix!.range[0] - b.fix!.range[0] || a.fix!.range[1] - b.fix!.range[1]);
  const out: string[] = [];
  let pos = 0;
  let fixed = 0;
  const remaining: LintMessage[] = messages.filter((m) => !m.fix);
  for (const m of withFix) {
    const [s, e] = m.fix!.range;
    if (s < pos || s > e || e > text.length) {
      remaining.push(m);
      continue;
    }
    out.push(text.slice(pos, s), m.fix!.text);
    pos = e;
    fixed++;
  }
  out.push(text.slice(pos));
  return { output: out.join(""), fixed, remaining };
}
