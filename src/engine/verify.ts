/**
 * The engine: (file text, resolved config, rules) -> findings. Pure: no file system, no console,
 * no clock (the caller passes `today`).
 */
import { LineIndex } from "../source/lines.js";
import { parseSource, type ParsedSource } from "../source/parse.js";
import type { Directive } from "../source/directives.js";
import type {
  FileFormat,
  LintMessage,
  NlpDocument,
  Platform,
  Post,
  Range,
  ReportDescriptor,
  ResolvedConfig,
  Rule,
  RuleContext,
  Severity,
} from "../types.js";
import { interpolate, maskValue } from "./messages.js";
import { findingSeverity, toNumeric } from "./severity.js";
import { normalisePlatform } from "./platform.js";

export interface VerifyOptions {
  filePath?: string;
  format?: FileFormat;
  config: ResolvedConfig;
  rules: ReadonlyMap<string, Rule>;
  /** Builds a compromise document; required when an enabled rule declares `meta.nlp`. */
  nlp?: (text: string) => NlpDocument;
  today: string;
  showMatches?: boolean;
  /** Honour `<!-- healthlint-disable -->` comments (default true). */
  inlineConfig?: boolean;
  /** Severity of a report for a disable directive that suppressed nothing (default off). */
  reportUnusedDisableDirectives?: Severity;
  /** Severity of a report for a directive that silences an error-level rule with no `-- reason` (default error). */
  requireDisableReason?: Severity;
  /** Post-splitting heading depth (default 2). */
  splitHeadingDepth?: number;
}

export interface VerifyOutput {
  messages: LintMessage[];
  suppressedMessages: LintMessage[];
  postCount: number;
  /** Rules that threw: their failure is reported as a fatal message, and the run exits 2. */
  crashedRules: string[];
  parsed: ParsedSource;
}

interface RawFinding extends LintMessage {
  severityName: Severity;
}

export function verify(text: string, options: VerifyOptions): VerifyOutput {
  const format = options.format ?? "markdown";
  const config = options.config;
  const parsed = parseSource(text, format, config.split, options.splitHeadingDepth);
  const lines = new LineIndex(text);
  const findings: RawFinding[] = [];
  const crashedRules: string[] = [];

  const at = (range: Range): Pick<LintMessage, "line" | "column" | "endLine" | "endColumn" | "range"> => {
    const s = lines.position(range[0]);
    const e = lines.position(range[1]);
    return { line: s.line, column: s.column, endLine: e.line, endColumn: e.column, range };
  };

  const fatal = (message: string, range: Range, ruleId: string | null = null): void => {
    findings.push({ ruleId, severity: 2, severityName: "error", message, fatal: true, ...at(range) });
  };

  for (const p of parsed.problems) {
    if (p.severity === "warn") findings.push({ ruleId: null, severity: 1, severityName: "warn", message: p.message, ...at(p.range) });
    else fatal(p.message, p.range);
  }

  let platform: Platform = config.platform;
  const fmPlatform = parsed.frontMatter.platform;
  if (fmPlatform !== undefined) {
    const p = normalisePlatform(fmPlatform);
    if (p) platform = p;
    else
      fatal(
        `Front matter platform '${String(fmPlatform)}' is not one of x (or twitter), linkedin, instagram, facebook, threads, generic; using '${platform}'.`,
        [0, Math.min(3, text.length)],
      );
  }

  const enabled = [...Object.entries(config.rules)].filter(([, [sev]]) => sev !== "off");
  const nlpCache = new Map<string, NlpDocument>();

  // Links and images of each post, in one sweep (posts and both lists are in file order): a
  // filter per post would take posts x links, quadratic on a long content calendar.
  const linksOf = slicer(parsed.links);
  const imagesOf = slicer(parsed.images);
  const posts: Post[] = parsed.posts.map((seg, index) => ({
    index,
    offset: seg.start,
    raw: text.slice(seg.start, seg.end),
    text: parsed.prose.slice(seg.start, seg.end),
    platform,
    frontMatter: parsed.frontMatter,
    links: linksOf(seg).map((l) => ({ ...l, range: shift(l.range, -seg.start), urlRange: shift(l.urlRange, -seg.start) })),
    images: imagesOf(seg).map((i) => ({ ...i, range: shift(i.range, -seg.start), altRange: shift(i.altRange, -seg.start) })),
    format,
  }));

  for (const [ruleId, [severity, ruleOptions]] of enabled) {
    const rule = options.rules.get(ruleId);
    if (!rule) continue;
    for (const post of posts) {
      const ctx: RuleContext = {
        post,
        options: ruleOptions,
        settings: config.settings,
        filePath: options.filePath,
        today: options.today,
        showMatches: options.showMatches === true,
        mask: (value: string) => (options.showMatches ? value : maskValue(value)),
        nlp: (input?: string) => {
          const key = input ?? post.text;
          let doc = nlpCache.get(key);
          if (doc === undefined) {
            if (!options.nlp) throw new Error(`rule ${ruleId} uses ctx.nlp() but does not declare meta.nlp`);
            doc = options.nlp(key);
            nlpCache.set(key, doc);
          }
          return doc;
        },
        report: (d: ReportDescriptor) => {
          findings.push(toFinding(rule, ruleId, severity, d, post, at, options.filePath));
        },
      };
      try {
        rule.check(ctx);
      } catch (error) {
        crashedRules.push(ruleId);
        const why = error instanceof Error ? error.message : String(error);
        fatal(`Rule '${ruleId}' failed on this post and was stopped: ${why}`, [post.offset, post.offset], ruleId);
        break;
      }
    }
  }

  const kept = findings.filter((f) => f.severityName !== "off");
  const { messages, suppressed } = applyDirectives(kept, parsed.directives, lines, config, options, at);
  messages.sort(byPosition);
  suppressed.sort(byPosition);
  return {
    messages: messages.map(strip),
    suppressedMessages: suppressed.map(strip),
    postCount: posts.length,
    crashedRules,
    parsed,
  };
}

/**
 * For segments asked in increasing order, the items (sorted here by start) that lie wholly inside
 * each: linear over all segments together.
 */
function slicer<T extends { range: Range }>(items: T[]): (seg: { start: number; end: number }) => T[] {
  const sorted = items.slice().sort((a, b) => a.range[0] - b.range[0]);
  let i = 0;
  return (seg) => {
    while (i < sorted.length && sorted[i].range[0] < seg.start) i++;
    const out: T[] = [];
    for (let j = i; j < sorted.length && sorted[j].range[0] < seg.end; j++) if (sorted[j].range[1] <= seg.end) out.push(sorted[j]);
    return out;
  };
}

function shift(r: Range, by: number): Range {
  return [r[0] + by, r[1] + by];
}

function strip(f: RawFinding): LintMessage {
  const { severityName: _unused, ...message } = f;
  void _unused;
  return message;
}

function byPosition(a: LintMessage, b: LintMessage): number {
  return a.line - b.line || a.column - b.column || ordinal(a.ruleId ?? "", b.ruleId ?? "") || ordinal(a.message, b.message);
}

/** Code-unit order: the same on every machine and locale, and no collator to load on a cold start. */
function ordinal(x: string, y: string): number {
  return x < y ? -1 : x > y ? 1 : 0;
}

function toFinding(
  rule: Rule,
  ruleId: string,
  configured: Severity,
  d: ReportDescriptor,
  post: Post,
  at: (r: Range) => Pick<LintMessage, "line" | "column" | "endLine" | "endColumn" | "range">,
  _filePath: string | undefined,
): RawFinding {
  const template = rule.meta.messages[d.messageId];
  if (template === undefined) throw new Error(`rule ${ruleId} reported unknown messageId '${d.messageId}'`);
  const len = post.raw.length;
  const s = clamp(d.range[0], 0, len);
  const e = clamp(d.range[1], s, len);
  const severityName = findingSeverity(configured, d.severity);
  const finding: RawFinding = {
    ruleId,
    severity: severityName === "off" ? 0 : toNumeric(severityName),
    severityName,
    message: interpolate(template, d.data),
    messageId: d.messageId,
    ...at([post.offset + s, post.offset + e]),
    post: post.index,
  };
  if (rule.meta.docsUrl) finding.docsUrl = rule.meta.docsUrl;
  if (d.fix) finding.fix = { range: shift(d.fix.range, post.offset), text: d.fix.text };
  if (d.suggestions?.length) {
    finding.suggestions = d.suggestions.map((sg) => ({
      desc: sg.messageId ? interpolate(rule.meta.messages[sg.messageId] ?? sg.messageId, sg.data) : interpolate(sg.desc ?? "", sg.data),
      ...(sg.fix ? { fix: { range: shift(sg.fix.range, post.offset), text: sg.fix.text } } : {}),
    }));
  }
  return finding;
}

function clamp(n: number, lo: number, hi: number): number {
  return Math.max(lo, Math.min(Number.isFinite(n) ? n : lo, hi));
}

function applyDirectives(
  findings: RawFinding[],
  directives: Directive[],
  lines: LineIndex,
  config: ResolvedConfig,
  options: VerifyOptions,
  at: (r: Range) => Pick<LintMessage, "line" | "column" | "endLine" | "endColumn" | "range">,
): { messages: RawFinding[]; suppressed: RawFinding[] } {
  if (options.inlineConfig === false || directives.length === 0) return { messages: findings, suppressed: [] };
  const used = new Set<Directive>();
  const applies = (d: Directive, ruleId: string | null) => ruleId !== null && (d.rules.length === 0 || d.rules.includes(ruleId));
  const sorted = directives.slice().sort((a, b) => a.range[0] - b.range[0]);

  // Indexes, so that each finding costs a few map lookups, not a pass over every directive (a file
  // with thousands of directives and findings would otherwise take their product).
  const order = new Map<Directive, number>(sorted.map((d, i) => [d, i]));
  const byRule = <T>(map: Map<string, T[]>, key: string, value: T) => {
    const list = map.get(key);
    if (list) list.push(value);
    else map.set(key, [value]);
  };
  /** Line directives: `disable-file` under "file", `disable-line` under each line it spans, `disable-next-line` under the next line. */
  const lineDirectives = new Map<string, Directive[]>();
  for (const d of sorted) {
    if (d.kind === "disable-file") byRule(lineDirectives, "file", d);
    else if (d.kind === "disable-line") {
      const from = lines.position(d.range[0]).line;
      const to = lines.position(d.range[1]).line;
      for (let l = from; l <= to; l++) byRule(lineDirectives, String(l), d);
    } else if (d.kind === "disable-next-line") byRule(lineDirectives, String(lines.position(d.range[1]).line + 1), d);
  }
  const blocks = sorted.filter((d) => d.kind === "disable" || d.kind === "enable");

  const lineSuppressor = (f: RawFinding, ruleId: string): Directive | undefined => {
    let best: Directive | undefined;
    for (const key of ["file", String(f.line)]) {
      for (const d of lineDirectives.get(key) ?? []) {
        if (applies(d, ruleId) && (best === undefined || order.get(d)! < order.get(best)!)) best = d;
      }
    }
    return best;
  };

  // Block directives: the last disable/enable before the finding that names its rule decides.
  // Findings are taken in order of position while the directives before them are swept once.
  const blockState = new Map<RawFinding, Directive | undefined>();
  {
    let lastAll: { seq: number; d: Directive } | undefined;
    const lastFor = new Map<string, { seq: number; d: Directive }>();
    let next = 0;
    const ordered = findings.filter((f) => !f.fatal && f.ruleId !== null).sort((x, y) => x.range[0] - y.range[0]);
    for (const f of ordered) {
      while (next < blocks.length && blocks[next].range[0] <= f.range[0]) {
        const d = blocks[next];
        const entry = { seq: next, d };
        if (d.rules.length === 0) lastAll = entry;
        else for (const r of d.rules) lastFor.set(r, entry);
        next++;
      }
      const own = lastFor.get(f.ruleId!);
      const last = own && (!lastAll || own.seq > lastAll.seq) ? own : lastAll;
      blockState.set(f, last && last.d.kind === "disable" ? last.d : undefined);
    }
  }

  const suppressor = (f: RawFinding): Directive | undefined => {
    if (f.fatal || f.ruleId === null) return undefined;
    return lineSuppressor(f, f.ruleId) ?? blockState.get(f);
  };

  const messages: RawFinding[] = [];
  const suppressed: RawFinding[] = [];
  for (const f of findings) {
    const d = suppressor(f);
    if (d) {
      used.add(d);
      suppressed.push(f);
    } else messages.push(f);
  }

  const directiveFinding = (d: Directive, severity: Severity, message: string): RawFinding => ({
    ruleId: null,
    severity: toNumeric(severity as Exclude<Severity, "off">),
    severityName: severity,
    message,
    ...at(d.range),
  });

  const unused = options.reportUnusedDisableDirectives ?? "off";
  const reason = options.requireDisableReason ?? "error";
  for (const d of sorted) {
    if (d.kind === "enable") continue;
    const label = d.rules.length ? d.rules.join(", ") : "all rules";
    if (unused !== "off" && !used.has(d)) {
      messages.push(directiveFinding(d, unused, `Unused healthlint-${d.kind} directive (no problem from ${label} was reported here).`));
    }
    if (reason !== "off" && !d.reason) {
      const errorRules = Object.entries(config.rules)
        .filter(([id, [sev]]) => sev === "error" && (d.rules.length === 0 || d.rules.includes(id)))
        .map(([id]) => id);
      if (errorRules.length > 0) {
        messages.push(
          directiveFinding(
            d,
            reason,
            `healthlint-${d.kind} silences error-level ${errorRules.length === 1 ? "rule" : "rules"} ${errorRules.join(", ")} without a reason: add one after ' -- ' so reviewers can audit it.`,
          ),
        );
      }
    }
  }
  return { messages, suppressed };
}
