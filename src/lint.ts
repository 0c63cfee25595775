/**
 * Linting files and text with configuration: the layer between the pure engine and the CLI. Reads
 * files, resolves config per file, runs the engine, applies fixes (without writing them).
 */
import fs from "node:fs";
import path from "node:path";
import { builtinRules } from "../rules/index.js";
import { ConfigResolver, type ResolvedFileConfig } from "./config/resolve.js";
import { applyFixes } from "./engine/fix.js";
import { verify } from "./engine/verify.js";
import { loadNlp } from "./nlp/load.js";
import { decode, stripBom } from "./source/decode.js";
import { formatOf } from "./source/parse.js";
import type { LintMessage, LintResult, RuleEntry, Platform } from "./types.js";

export interface LintOptions {
  cwd?: string;
  /** `--config PATH`: that file alone, no search. */
  configFile?: string;
  /** Extra rule entries applied last (`--rule`). */
  rules?: Record<string, RuleEntry>;
  platform?: Platform;
  /** Compute fixes and return the fixed text in `result.output`. */
  fix?: boolean;
  showMatches?: boolean;
  inlineConfig?: boolean;
  reportUnusedDisableDirectives?: "off" | "info" | "warn" | "error";
  /** ISO date rules treat as today (default: the current date). */
  today?: string;
  /** Keep the file text on the result (formatters such as html need it). */
  includeSource?: boolean;
}

export interface FileNotice {
  filePath: string;
  message: string;
}

export interface LintRun {
  results: LintResult[];
  notices: FileNotice[];
  /** An internal problem happened (a rule threw, a file could not be read): exit 2. */
  failed: boolean;
}

export class Linter {
  readonly resolver: ConfigResolver;
  private readonly cwd: string;

  constructor(private readonly options: LintOptions = {}) {
    this.cwd = options.cwd ?? process.cwd();
    this.resolver = new ConfigResolver({
      cwd: this.cwd,
      configFile: options.configFile,
      cliRules: options.rules,
      cliPlatform: options.platform,
      builtinRules,
    });
  }

  configFor(filePath: string): Promise<ResolvedFileConfig> {
    return this.resolver.resolve(path.resolve(this.cwd, filePath));
  }

  /** Lints text as if it were the file at `filePath` (which need not exist). */
  async lintText(text: string, filePath = "<text>.md"): Promise<{ result: LintResult; crashed: boolean }> {
    const abs = path.resolve(this.cwd, filePath);
    const config = await this.configFor(abs);
    return this.lintWithConfig(stripBom(text), abs, config);
  }

  lintWithConfig(text: string, abs: string, config: ResolvedFileConfig): { result: LintResult; crashed: boolean } {
    const needsNlp = Object.entries(config.rules).some(([id, [sev]]) => sev !== "off" && this.resolver.rules.get(id)?.meta.nlp);
    const run = (input: string) =>
      verify(input, {
        filePath: abs,
        format: formatOf(abs),
        config,
        rules: this.resolver.rules,
        // compromise is imported on the first parse a rule asks for, not before.
        nlp: needsNlp ? (t: string) => loadNlp()(t) : undefined,
        today: this.options.today ?? new Date().toISOString().slice(0, 10),
        showMatches: this.options.showMatches,
        inlineConfig: this.options.inlineConfig,
        reportUnusedDisableDirectives: this.options.reportUnusedDisableDirectives ?? config.reportUnusedDisableDirectives,
        requireDisableReason: config.requireDisableReason,
        splitHeadingDepth: config.splitHeadingDepth,
      });
    let out = run(text);
    let output: string | undefined;
    if (this.options.fix) {
      // Apply fixes in passes until none is left (at most 10), re-linting in between, as ESLint does.
      let current = text;
      for (let pass = 0; pass < 10; pass++) {
        const { output: next, fixed } = applyFixes(current, out.messages);
        if (fixed === 0) break;
        current = next;
        out = run(current);
      }
      if (current !== text) output = current;
    }
    const result = toResult(abs, out.messages, out.postCount);
    if (output !== undefined) result.output = output;
    if (this.options.includeSource) result.source = output ?? text;
    if (out.suppressedMessages.length) result.suppressedMessages = out.suppressedMessages;
    return { result, crashed: out.crashedRules.length > 0 };
  }

  /** Lints files already expanded from patterns. Unreadable files become fatal results; the run goes on. */
  async lintFiles(files: string[]): Promise<LintRun> {
    const results: LintResult[] = [];
    const notices: FileNotice[] = [];
    let failed = false;
    for (const file of files) {
      const abs = path.resolve(this.cwd, file);
      let bytes: Uint8Array;
      try {
        bytes = readRegularFile(abs);
      } catch (error) {
        failed = true;
        results.push(toResult(abs, [fatalMessage(`Cannot read file: ${readError(error)}`)], 0));
        continue;
      }
      const decoded = decode(bytes);
      if (decoded.binary) {
        notices.push({ filePath: abs, message: "skipped: binary file (it has NUL bytes)" });
        continue;
      }
      if (decoded.notice) notices.push({ filePath: abs, message: decoded.notice });
      const config = await this.configFor(abs);
      let linted: { result: LintResult; crashed: boolean };
      try {
        linted = this.lintWithConfig(stripBom(decoded.text), abs, config);
      } catch (error) {
        // A failure outside the rules (the parser, say) is this file's problem: name it, go on.
        failed = true;
        results.push(toResult(abs, [fatalMessage(`Internal error while linting this file: ${(error as Error)?.message ?? String(error)}`)], 0));
        continue;
      }
      if (linted.crashed) failed = true;
      results.push(linted.result);
    }
    return { results, notices, failed };
  }
}

class NotAFileError extends Error {}

/**
 * Reads a regular file. Anything else named like a post is refused before a byte is read: a FIFO
 * would block the run forever (opening it waits for a writer, hence O_NONBLOCK), a device such as
 * /dev/zero would never end, and a folder cannot be read.
 */
function readRegularFile(abs: string): Buffer {
  const fd = fs.openSync(abs, fs.constants.O_RDONLY | (fs.constants.O_NONBLOCK ?? 0));
  try {
    const stat = fs.fstatSync(fd);
    if (!stat.isFile()) {
      const kind = stat.isDirectory() ? "a folder" : stat.isFIFO() ? "a named pipe (FIFO)" : stat.isSocket() ? "a socket" : "a device";
      throw new NotAFileError(`it is ${kind}, not a regular file`);
    }
    return fs.readFileSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}

function readError(error: unknown): string {
  if (error instanceof NotAFileError) return error.message;
  const e = error as NodeJS.ErrnoException;
  if (e.code === "ENOENT") return "the file disappeared before it could be read (or is a broken symbolic link)";
  if (e.code === "EISDIR") return "it is a folder, not a regular file";
  if (e.code === "EACCES" || e.code === "EPERM") return "permission denied";
  return e.message ?? String(error);
}

export function fatalMessage(message: string): LintMessage {
  return { ruleId: null, severity: 2, message, fatal: true, line: 1, column: 1, endLine: 1, endColumn: 1, range: [0, 0] };
}

export function toResult(filePath: string, messages: LintMessage[], postCount: number): LintResult {
  const count = (sev: number) => messages.filter((m) => m.severity === sev).length;
  return {
    filePath,
    messages,
    errorCount: count(2),
    warningCount: count(1),
    infoCount: count(0),
    fatalErrorCount: messages.filter((m) => m.fatal).length,
    fixableErrorCount: messages.filter((m) => m.severity === 2 && m.fix).length,
    fixableWarningCount: messages.filter((m) => m.severity === 1 && m.fix).length,
    postCount,
  };
}
