/**
 * The command line: argument handling and output only; linting is in ../lint.ts. Returns the exit
 * code (0 clean, 1 findings that fail the run, 2 usage, config or internal error) and never calls
 * process.exit.
 */
import fs from "node:fs";
import path from "node:path";
import { Command, CommanderError, Option } from "commander";
import { parse as parseYaml } from "yaml";
import { builtinRules } from "../../rules/index.js";
import { writeFileAtomic } from "../atomic.js";
import { CONFIG_FILES } from "../config/resolve.js";
import { ConfigError } from "../config/errors.js";
import { ruleEntry } from "../config/schema.js";
import { normalisePlatform } from "../engine/platform.js";
import { expandPatterns, ignoredByPatterns } from "../files.js";
import { FORMATTER_NAMES, loadFormatter } from "../formatters/index.js";
import { relativePath } from "../formatters/util.js";
import { Linter, toResult, type LintOptions, type LintRun } from "../lint.js";
import { lintFilesInParallel, type Concurrency } from "../parallel.js";
import { decode, stripBom } from "../source/decode.js";
import { applyBaseline } from "../suppressions.js";
import type { LintResult, Platform, RuleEntry, RuleMeta } from "../types.js";
import { getVersion } from "../version.js";
import { STARTER_CONFIG } from "./starter-config.js";

export interface CliIo {
  stdout: { write(chunk: string): unknown; isTTY?: boolean };
  stderr: { write(chunk: string): unknown };
  stdin?: NodeJS.ReadableStream;
  cwd?: string;
  env?: Record<string, string | undefined>;
}

export type ExitCode = 0 | 1 | 2;

interface LintFlags {
  config?: string;
  format: string;
  outputFile?: string;
  quiet?: boolean;
  maxWarnings: number;
  rule: string[];
  platform?: string;
  color?: boolean;
  stdin?: boolean;
  stdinFilename?: string;
  fix?: boolean;
  fixDryRun?: boolean;
  inlineConfig: boolean;
  reportUnusedDisableDirectives?: boolean;
  errorOnUnmatchedPattern: boolean;
  ignore: boolean;
  ignorePath?: string;
  printConfig?: string;
  showMatches?: boolean;
  debug?: boolean;
  today?: string;
  concurrency: Concurrency;
  cache?: boolean;
  cacheLocation?: string;
  suppressionsFile?: string;
  suppressAll?: boolean;
  suppressRule: string[];
  pruneSuppressions?: boolean;
  passOnUnprunedSuppressions?: boolean;
}

class UsageError extends Error {}

let linted = false;

/**
 * Whether this process has linted at least one post. The bundle's code cache (compile-cache.ts) is
 * written only after such a run: after `--version`, `--help` or a run that found no file it would
 * hold little of what a lint needs.
 */
export function hasLinted(): boolean {
  return linted;
}

export async function main(argv: string[], io: CliIo): Promise<ExitCode> {
  const cwd = io.cwd ?? process.cwd();
  const env = io.env ?? process.env;
  let exitCode: ExitCode = 0;
  let debug = argv.includes("--debug");
  const err = (s: string) => io.stderr.write(s.endsWith("\n") ? s : `${s}\n`);

  const program = new Command("healthlint")
    .description("Lint healthcare social-media posts (Markdown or text) for patient data, personal advice, unsourced claims and more.")
    .version(getVersion(), "-v, --version")
    .argument("[patterns...]", "files, directories or glob patterns to lint")
    .option("-c, --config <path>", "use this config file alone (no search for .healthlintrc files)")
    .addOption(new Option("-f, --format <name>", `output format: ${FORMATTER_NAMES.join(", ")}, or a module path`).default("stylish"))
    .option("-o, --output-file <path>", "write the report to a file instead of standard output")
    .option("--quiet", "report errors only")
    .addOption(new Option("--max-warnings <n>", "fail when there are more warnings than this").default(-1).argParser(intArg("--max-warnings")))
    .addOption(new Option("--rule <rule>", "set a rule for this run, e.g. 'hashtag-overuse: [error, {max: 2}]' (repeatable)").default([]).argParser(collect))
    .option("--platform <name>", "platform of posts that do not say (x, linkedin, instagram, facebook, threads, generic)")
    .option("--color", "force coloured output")
    .option("--no-color", "no colours (NO_COLOR is honoured too)")
    .option("--stdin", "lint text read from standard input")
    .option("--stdin-filename <path>", "path to treat standard input as (for config and file type)")
    .option("--fix", "apply fixes to files (mechanical changes only)")
    .option("--fix-dry-run", "compute fixes without writing them (see the json format's output)")
    .option("--no-inline-config", "ignore <!-- healthlint-disable --> comments")
    .option("--report-unused-disable-directives", "report disable comments that suppress nothing (as errors)")
    .option("--no-error-on-unmatched-pattern", "do not fail when a pattern matches no file")
    .option("--no-ignore", "do not apply .healthlintignore or ignorePatterns")
    .option("--ignore-path <file>", "ignore file to use instead of ./.healthlintignore")
    .option("--print-config <file>", "print the configuration that applies to a file, and exit")
    .option("--show-matches", "print matched identifier values in messages (for a local run only: never in CI)")
    .option("--debug", "print stack traces and timings to standard error")
    .addOption(
      new Option("--concurrency <n>", "worker threads for large runs: a number, auto (default: the cores, when there are enough files) or off")
        .default("auto")
        .argParser(concurrencyArg),
    )
    .option("--cache", "only lint files that changed since the last run (findings of unchanged files are reused)")
    .option("--cache-location <path>", "cache file or folder (default: ./.healthlintcache)")
    .option("--suppressions-file <path>", "baseline of known findings to tolerate (default: ./healthlint-suppressions.json, used when it exists)")
    .option("--suppress-all", "record every current error and warning in the suppressions file, so that only new ones fail")
    .addOption(new Option("--suppress-rule <id>", "record the current findings of this rule only (repeatable)").default([]).argParser(collect))
    .option("--prune-suppressions", "lower the suppressions file's counts to the findings that remain")
    .option("--pass-on-unpruned-suppressions", "do not fail when the suppressions file records findings that are gone")
    .addOption(new Option("--today <date>", "the date rules treat as today (YYYY-MM-DD)").hideHelp())
    .showSuggestionAfterError(true)
    .enablePositionalOptions()
    .exitOverride()
    .configureOutput({
      writeOut: (s) => io.stdout.write(s),
      writeErr: (s) => io.stderr.write(s),
      outputError: (s, write) => write(s.replace(/^error:/, "healthlint:")),
    })
    .action(async (patterns: string[], flags: LintFlags) => {
      debug = flags.debug === true;
      exitCode = await runLint(patterns, flags, io, cwd, env);
    });

  program
    .command("rules")
    .description("list every rule with its description, default severity and docs URL")
    .addOption(new Option("-f, --format <name>", "table or json").choices(["table", "json", "stylish"]).default("table"))
    .action((flags: { format: string }) => {
      exitCode = listRules(flags.format, io);
    });

  program
    .command("init")
    .description("write a commented starter .healthlintrc.yml here (never overwrites a config)")
    .action(() => {
      exitCode = init(cwd, io);
    });

  try {
    await program.parseAsync(argv, { from: "user" });
  } catch (error) {
    if (error instanceof CommanderError) {
      return error.exitCode === 0 ? 0 : 2;
    }
    if (error instanceof ConfigError || error instanceof UsageError) {
      err(`healthlint: ${error.message}`);
      return 2;
    }
    const e = error as Error;
    err(`healthlint: internal error: ${e.message}${debug ? `\n${e.stack}` : "\n(run with --debug for the stack trace)"}`);
    return 2;
  }
  return exitCode;
}

function concurrencyArg(value: string): Concurrency {
  if (value === "auto" || value === "off") return value;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new UsageError(`--concurrency takes a whole number, auto or off, got '${value}'`);
  return n;
}

function collect(value: string, previous: string[]): string[] {
  return [...previous, value];
}

function intArg(name: string) {
  return (value: string): number => {
    const n = Number(value);
    if (!Number.isInteger(n)) throw new UsageError(`${name} takes a whole number, got '${value}'`);
    return n;
  };
}

function parseRuleFlags(values: string[]): Record<string, RuleEntry> {
  const out: Record<string, RuleEntry> = {};
  for (const v of values) {
    let parsed: unknown;
    try {
      parsed = parseYaml(v.includes(":") ? `{${v}}` : v);
    } catch {
      throw new UsageError(`--rule '${v}' is not of the form 'rule-id: severity' or 'rule-id: [severity, {options}]'`);
    }
    if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed))
      throw new UsageError(`--rule '${v}' is not of the form 'rule-id: severity'`);
    for (const [id, entry] of Object.entries(parsed)) out[id] = ruleEntry(entry, `--rule ${id}`);
  }
  return out;
}

function useColor(flags: LintFlags, io: CliIo, env: Record<string, string | undefined>): boolean {
  if (flags.color !== undefined) return flags.color;
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== "") return false;
  if (env.FORCE_COLOR !== undefined) return env.FORCE_COLOR !== "0" && env.FORCE_COLOR !== "false";
  return io.stdout.isTTY === true && !flags.outputFile;
}

async function runLint(patterns: string[], flags: LintFlags, io: CliIo, cwd: string, env: Record<string, string | undefined>): Promise<ExitCode> {
  const started = performance.now();
  const err = (s: string) => io.stderr.write(`${s}\n`);
  let platform: Platform | undefined;
  if (flags.platform !== undefined) {
    const p = normalisePlatform(flags.platform);
    if (!p) throw new UsageError(`--platform '${flags.platform}' is not one of x, twitter, linkedin, instagram, facebook, threads, generic`);
    platform = p;
  }
  if (flags.today !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(flags.today)) throw new UsageError("--today takes a date as YYYY-MM-DD");
  if (flags.fix && flags.fixDryRun) throw new UsageError("use --fix or --fix-dry-run, not both");
  if (flags.stdin && flags.fix) throw new UsageError("--fix cannot write to standard input; use --fix-dry-run with --stdin");
  if (flags.stdin && patterns.length) throw new UsageError("give either --stdin or file patterns, not both");
  if (flags.stdinFilename && !flags.stdin) throw new UsageError("--stdin-filename goes with --stdin");
  if (flags.stdin && (flags.suppressAll || flags.suppressRule.length || flags.pruneSuppressions))
    throw new UsageError("--suppress-all, --suppress-rule and --prune-suppressions work on files, not on --stdin");
  if (flags.config && !fs.existsSync(path.resolve(cwd, flags.config))) throw new ConfigError("config file not found", path.resolve(cwd, flags.config));

  const linterOptions: LintOptions = {
    cwd,
    configFile: flags.config,
    rules: parseRuleFlags(flags.rule),
    platform,
    fix: flags.fix || flags.fixDryRun,
    showMatches: flags.showMatches,
    inlineConfig: flags.inlineConfig,
    reportUnusedDisableDirectives: flags.reportUnusedDisableDirectives ? "error" : undefined,
    today: flags.today,
    includeSource: flags.format === "html",
  };
  const linter = new Linter(linterOptions);

  if (flags.printConfig) {
    const config = await linter.configFor(flags.printConfig);
    io.stdout.write(`${JSON.stringify(config, null, 2)}\n`);
    return 0;
  }

  let results: LintResult[];
  let failed = false;
  if (flags.stdin) {
    const bytes = await readAll(io.stdin ?? process.stdin);
    const decoded = decode(bytes);
    const name = flags.stdinFilename ?? "<stdin>.md";
    if (decoded.binary) {
      err(`healthlint: ${name}: skipped: binary input (it has NUL bytes)`);
      results = [];
    } else {
      if (decoded.notice) err(`healthlint: ${name}: ${decoded.notice}`);
      const { result, crashed } = await linter.lintText(stripBom(decoded.text), name);
      if (!flags.stdinFilename) result.filePath = "<stdin>";
      results = [result];
      failed = crashed;
    }
  } else {
    if (patterns.length === 0) throw new UsageError("no files given: healthlint <files, folders or globs> (or --stdin). See --help.");
    const expanded = await expandPatterns(patterns, { cwd, useIgnoreFile: flags.ignore, ignorePath: flags.ignorePath });
    for (const l of expanded.skippedLinks) err(`healthlint: ${relativePath(l.path, cwd)}: ${l.reason}`);
    for (const p of expanded.ignoredExplicit) err(`healthlint: ${p}: ignored because of a pattern in .healthlintignore (use --no-ignore to lint it)`);
    let files = expanded.files;
    if (flags.ignore) {
      const kept: string[] = [];
      for (const f of files) {
        if (ignoredByPatterns(f, await linter.resolver.ignorePatternsFor(f))) {
          if (patterns.some((p) => path.resolve(cwd, p) === f)) err(`healthlint: ${relativePath(f, cwd)}: ignored because of ignorePatterns in config (use --no-ignore to lint it)`);
        } else kept.push(f);
      }
      files = kept;
    }
    if (expanded.unmatched.length && flags.errorOnUnmatchedPattern) {
      for (const p of expanded.unmatched) err(`healthlint: no files matching the pattern '${p}' were found (use --no-error-on-unmatched-pattern to allow that)`);
      return 2;
    }
    const lint = (list: string[]) => lintFilesInParallel(list, linterOptions, flags.concurrency);
    if (flags.cache && flags.showMatches) err("healthlint: --cache is not used with --show-matches (the cache never stores identifier values)");
    let run: LintRun;
    if (flags.cache && !flags.showMatches) {
      // Loaded only when asked for: nothing of it is on the start-up path of a plain run.
      const { lintWithCacheFile } = await import("../cache.js");
      const cached = await lintWithCacheFile(files, {
        cwd,
        location: flags.cacheLocation,
        key: {
          version: getVersion(),
          today: flags.today ?? new Date().toISOString().slice(0, 10),
          config: flags.config ? path.resolve(cwd, flags.config) : null,
          rules: flags.rule,
          platform: platform ?? null,
          inlineConfig: flags.inlineConfig,
          reportUnusedDisableDirectives: flags.reportUnusedDisableDirectives === true,
        },
        configFor: (f) => linter.configFor(f),
        rules: linter.resolver.rules,
        lint,
        includeSource: linterOptions.includeSource,
      });
      run = cached.run;
      const where = relativePath(cached.file, cwd);
      if (flags.debug) err(`healthlint: cache ${where}: ${cached.hits} reused, ${cached.misses} linted${cached.discarded ? ` (old cache ${cached.discarded})` : ""}`);
      if (cached.writeError) err(`healthlint: cannot write the cache ${where}: ${cached.writeError}`);
    } else {
      run = await lint(files);
    }
    for (const n of run.notices) err(`healthlint: ${relativePath(n.filePath, cwd)}: ${n.message}`);
    results = run.results;
    failed = run.failed;
    if (flags.fix) {
      for (const r of results) {
        if (r.output === undefined) continue;
        try {
          writeFileAtomic(r.filePath, r.output);
        } catch (error) {
          err(`healthlint: ${relativePath(r.filePath, cwd)}: cannot write the fixed file: ${(error as Error).message}`);
          failed = true;
        }
      }
    }
  }

  if (results.some((r) => (r.postCount ?? 0) > 0)) linted = true;
  const rulesMeta: Record<string, RuleMeta> = {};
  for (const [id, rule] of linter.resolver.rules) rulesMeta[id] = rule.meta;
  // The html report shows the post text: mask identifiers before --quiet or the baseline drop findings.
  if (linterOptions.includeSource && !flags.showMatches) results = (await import("../formatters/html.js")).maskResults(results, rulesMeta);

  for (const id of flags.suppressRule) if (!linter.resolver.rules.has(id)) throw new UsageError(`--suppress-rule: no rule '${id}'`);
  const baseline = applyBaseline(results, {
    cwd,
    file: flags.suppressionsFile,
    suppressAll: flags.suppressAll,
    suppressRules: flags.suppressRule,
    prune: flags.pruneSuppressions,
  });
  results = baseline.results;
  for (const line of baseline.notes) err(`healthlint: ${line}`);

  if (flags.quiet) results = results.map((r) => ({ ...toResult(r.filePath, r.messages.filter((m) => m.severity === 2), r.postCount ?? 0), ...pick(r) }));
  if (!flags.fixDryRun) for (const r of results) delete r.output;

  const formatter = await loadFormatter(flags.format, cwd).catch((e: Error) => {
    throw new UsageError(e.message);
  });
  const output = formatter(results, { cwd, rulesMeta, color: useColor(flags, io, env), version: getVersion(), showMatches: flags.showMatches === true });
  if (flags.outputFile) {
    const target = path.resolve(cwd, flags.outputFile);
    try {
      writeFileAtomic(target, output);
    } catch (error) {
      err(`healthlint: cannot write ${flags.outputFile}: ${(error as Error).message}`);
      return 2;
    }
  } else if (output) {
    io.stdout.write(output);
  }

  if (flags.debug) {
    const posts = results.reduce((n, r) => n + (r.postCount ?? 0), 0);
    err(`healthlint: ${results.length} files, ${posts} posts in ${(performance.now() - started).toFixed(0)} ms`);
  }
  if (failed) return 2;
  if (baseline.unused.length && !flags.passOnUnprunedSuppressions) return 2;
  const errors = results.reduce((n, r) => n + r.errorCount, 0);
  const warnings = results.reduce((n, r) => n + r.warningCount, 0);
  if (errors > 0) return 1;
  if (flags.maxWarnings >= 0 && warnings > flags.maxWarnings) {
    err(`healthlint found too many warnings (maximum: ${flags.maxWarnings}).`);
    return 1;
  }
  return 0;
}

function pick(r: LintResult): Partial<LintResult> {
  const out: Partial<LintResult> = {};
  if (r.output !== undefined) out.output = r.output;
  if (r.source !== undefined) out.source = r.source;
  return out;
}

async function readAll(stream: NodeJS.ReadableStream): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === "string" ? Buffer.from(chunk) : (chunk as Buffer));
  return Buffer.concat(chunks);
}

function listRules(format: string, io: CliIo): ExitCode {
  const rows = builtinRules.map((r) => ({
    id: r.meta.id,
    description: r.meta.description,
    defaultSeverity: r.meta.defaultSeverity,
    docsUrl: r.meta.docsUrl,
    fixable: r.meta.fixable === true,
    options: Object.keys(r.meta.options ?? {}),
  }));
  if (format === "json") {
    io.stdout.write(`${JSON.stringify(rows, null, 2)}\n`);
    return 0;
  }
  const w = Math.max(...rows.map((r) => r.id.length));
  for (const r of rows) io.stdout.write(`${r.id.padEnd(w)}  ${r.defaultSeverity.padEnd(5)}  ${r.description}\n${"".padEnd(w)}  ${"".padEnd(5)}  ${r.docsUrl}\n`);
  return 0;
}

function init(cwd: string, io: CliIo): ExitCode {
  for (const name of CONFIG_FILES) {
    const file = path.join(cwd, name);
    if (!fs.existsSync(file)) continue;
    if (name === "package.json") {
      try {
        if (!(JSON.parse(fs.readFileSync(file, "utf8")) as Record<string, unknown>).healthlint) continue;
      } catch {
        continue;
      }
    }
    io.stderr.write(`healthlint: ${name} already configures healthlint here; not overwriting it\n`);
    return 2;
  }
  const target = path.join(cwd, ".healthlintrc.yml");
  writeFileAtomic(target, STARTER_CONFIG);
  io.stdout.write(`Wrote ${path.relative(cwd, target)}. Run: healthlint <your posts folder>\n`);
  return 0;
}
