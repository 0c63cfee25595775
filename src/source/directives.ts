/** Inline configuration comments: `<!-- healthlint-disable rule-a, rule-b -- reason -->`. */

export type DirectiveKind = "disable" | "enable" | "disable-line" | "disable-next-line" | "disable-file";

export interface Directive {
  kind: DirectiveKind;
  /** Rule ids named by the directive; empty means every rule. */
  rules: string[];
  reason?: string;
  /** `[start, end)` of the comment in the file text. */
  range: [number, number];
}

const DIRECTIVE = /^\s*healthlint-(disable-next-line|disable-line|disable-file|disable|enable)(?:\s+([\s\S]*?))?\s*$/;

/**
 * Reads a directive from the inside of a comment (or from a line of a text file). Returns null when
 * the comment is not a healthlint directive.
 */
export function parseDirective(body: string, range: [number, number]): Directive | null {
  const m = DIRECTIVE.exec(body);
  if (!m) return null;
  const kind = m[1] as DirectiveKind;
  let rest = m[2] ?? "";
  let reason: string | undefined;
  const sep = rest.search(/(?:^|\s)--(?:\s|$)/);
  if (sep >= 0) {
    reason = rest.slice(sep).replace(/^\s*--/, "").trim() || undefined;
    rest = rest.slice(0, sep);
  }
  const rules = rest
    .split(/[\s,]+/)
    .map((r) => r.trim())
    .filter(Boolean);
  return { kind, rules, reason, range };
}

/** The body of an HTML comment, or null if the node is not exactly one comment. */
export function commentBody(html: string): string | null {
  const m = /^<!--([\s\S]*?)-->\s*$/.exec(html.trim());
  return m ? m[1] : null;
}
