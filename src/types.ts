/**
 * The public types of healthlint: severities, rules, the post a rule sees, and findings.
 *
 * Positions: a rule reports `[start, end)` ranges of UTF-16 code units into the text of the post it
 * is given (`ctx.post.text`). The engine turns them into offsets into the file and derives 1-based
 * line and column (UTF-16 code units, end exclusive) once, at the edge.
 */

export type Severity = "off" | "info" | "warn" | "error";
/** ESLint's numeric severities, used in JSON output: 2 error, 1 warn, 0 info. */
export type NumericSeverity = 0 | 1 | 2;

export const PLATFORMS = ["x", "linkedin", "instagram", "facebook", "threads", "generic"] as const;
export type Platform = (typeof PLATFORMS)[number];

export type Range = [start: number, end: number];

/** A link in a post: Markdown links and autolinks, and bare URLs as X would linkify them. */
export interface Link {
  url: string;
  /** Range of the whole link in the post, including its text for a Markdown link. */
  range: Range;
  /** Range of the URL itself in the post (masked in `post.text`). */
  urlRange: Range;
  /** The visible text of a Markdown link, if it has one that differs from the URL. */
  text?: string;
}

export interface Image {
  url: string;
  alt: string;
  /** Range of the whole image syntax in the post. */
  range: Range;
  /** Range of the alt text in the post (left unmasked: alt text is published prose). */
  altRange: Range;
  title?: string;
}

export type FileFormat = "markdown" | "text";

/** One post: a file, or one part of a file split by thematic breaks or headings. */
export interface Post {
  /** 0-based index of the post within its file. */
  index: number;
  /** Offset of the post's first character in the file text. */
  offset: number;
  /** The post's original text, exactly as in the file (front matter excluded). */
  raw: string;
  /**
   * The post's prose: `raw` with code, inline code, HTML comments and tags, link and image URLs and
   * link syntax blanked out with spaces (line breaks kept), so every offset is the same as in `raw`.
   */
  text: string;
  platform: Platform;
  /** The file's YAML front matter (an empty object when there is none). */
  frontMatter: Record<string, unknown>;
  links: Link[];
  images: Image[];
  format: FileFormat;
}

export interface Fix {
  /** Range into the post text. */
  range: Range;
  text: string;
}

export interface SuggestionDescriptor {
  /** A message id of the rule, or `desc` text. */
  messageId?: string;
  desc?: string;
  data?: Record<string, unknown>;
  fix?: Fix;
}

export interface ReportDescriptor {
  messageId: string;
  data?: Record<string, unknown>;
  /** `[start, end)` into `ctx.post.text`. */
  range: Range;
  /**
   * Lower this finding to `info` (consent on file, a claim with its citation) or raise it to
   * `error` (a platform's hard cap). `off` in config always wins; a raise applies only when the
   * rule is configured at `warn` or above.
   */
  severity?: Exclude<Severity, "off">;
  fix?: Fix;
  suggestions?: SuggestionDescriptor[];
}

/** The part of a compromise document that rules use; typed loosely so rules need not import compromise. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type NlpDocument = any;

export interface RuleContext<O = Record<string, unknown>> {
  post: Post;
  /** The options of this rule, schema defaults filled in. */
  options: O;
  /** Config `settings`, shared by all rules (the organisation's phones, emails, staff, products...). */
  settings: Record<string, unknown>;
  /** Path of the file being linted, if it has one. */
  filePath?: string;
  /** The date rules treat as today (ISO `YYYY-MM-DD`); fixed by tests. */
  today: string;
  /**
   * A compromise document for `text` (default: the whole post prose), parsed once and shared by
   * every rule. Parse only what a cheap screen says needs it: a full parse costs milliseconds.
   */
  nlp(text?: string): NlpDocument;
  /** True when the user asked to see matched identifier values (`--show-matches`). */
  showMatches: boolean;
  /** A value as it may be printed: masked (type and last two characters) unless `showMatches`. */
  mask(value: string): string;
  report(descriptor: ReportDescriptor): void;
}

export type OptionSchema =
  | { type: "integer" | "number"; default?: number; minimum?: number; maximum?: number; description?: string }
  | { type: "string"; default?: string; enum?: readonly string[]; description?: string }
  | { type: "boolean"; default?: boolean; description?: string }
  | { type: "array"; items?: OptionSchema; default?: unknown[]; description?: string }
  | {
      type: "object";
      properties?: Record<string, OptionSchema>;
      /** Schema of values under keys not listed in `properties`; without it, unknown keys are errors. */
      additionalProperties?: OptionSchema;
      default?: Record<string, unknown>;
      description?: string;
    };

export interface RuleMeta {
  id: string;
  description: string;
  /** Filled in by the registry from the rule id when absent. */
  docsUrl?: string;
  defaultSeverity: Exclude<Severity, "off">;
  /** Options, each with its schema and default. */
  options?: Record<string, OptionSchema>;
  messages: Record<string, string>;
  /** The rule may offer fixes (mechanical changes only, never medical meaning). */
  fixable?: boolean;
  /** The rule may offer suggestions. */
  hasSuggestions?: boolean;
  /** The rule calls `ctx.nlp()`: the engine loads compromise only when such a rule is on. */
  nlp?: boolean;
  /**
   * Findings cover identifier values (patient data): formats that show post text (html) mask the
   * text under them unless `--show-matches`.
   */
  sensitive?: boolean;
}

export interface Rule<O = Record<string, unknown>> {
  meta: RuleMeta;
  check(ctx: RuleContext<O>): void;
}

export interface Suggestion {
  desc: string;
  fix?: { range: Range; text: string };
}

/** A finding as every formatter receives it (ESLint's message shape, plus healthlint's fields). */
export interface LintMessage {
  ruleId: string | null;
  severity: NumericSeverity;
  message: string;
  messageId?: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  /** `[start, end)` offsets into the file text (after any BOM). */
  range: Range;
  /** 0-based index of the post in its file. */
  post?: number;
  docsUrl?: string;
  fix?: { range: Range; text: string };
  suggestions?: Suggestion[];
  /** A problem with the file or the run itself (unreadable, bad front matter, a rule that threw). */
  fatal?: boolean;
}

export interface LintResult {
  filePath: string;
  messages: LintMessage[];
  errorCount: number;
  warningCount: number;
  infoCount: number;
  fatalErrorCount: number;
  fixableErrorCount: number;
  fixableWarningCount: number;
  /** The file text, when a formatter needs it (html); never printed by the default formatters. */
  source?: string;
  /** The fixed text, when fixes were applied. */
  output?: string;
  /** Disable directives found in the file (with `--report-unused-disable-directives`). */
  suppressedMessages?: LintMessage[];
  /** Posts in the file. */
  postCount?: number;
}

export type RuleEntry = Severity | [Severity] | [Severity, Record<string, unknown>];

export type SplitMode = "none" | "thematic-break" | "heading";

/** Config for one file after extends, overrides and the command line are applied. */
export interface ResolvedConfig {
  platform: Platform;
  split: SplitMode;
  rules: Record<string, [Severity, Record<string, unknown>]>;
  settings: Record<string, unknown>;
}
