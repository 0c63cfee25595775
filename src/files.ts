/**
 * Turns command-line patterns into the files to lint: files as given, directories walked for
 * `.md`, `.markdown`, `.mdx` and `.txt`, and globs expanded by healthlint itself (so quoted globs
 * work the same on every shell). `node_modules` and `.git` are never entered; `.healthlintignore`
 * (gitignore syntax, in the current folder) and config `ignorePatterns` add to that.
 */
import fs from "node:fs";
import path from "node:path";
import ignore, { type Ignore } from "ignore";
import { glob, isDynamicPattern } from "tinyglobby";

export const LINTED_EXTENSIONS = [".md", ".markdown", ".mdx", ".txt"];
const ALWAYS_IGNORED = ["**/node_modules/**", "**/.git/**"];

export interface ExpandOptions {
  cwd: string;
  /** Also read `.healthlintignore` in cwd (default true). */
  useIgnoreFile?: boolean;
  ignorePath?: string;
}

export interface Expanded {
  files: string[];
  /** Patterns that matched no file. */
  unmatched: string[];
  /** Files given explicitly that an ignore pattern excludes. */
  ignoredExplicit: string[];
}

export async function expandPatterns(patterns: string[], options: ExpandOptions): Promise<Expanded> {
  const cwd = options.cwd;
  const ig = loadIgnoreFile(options);
  const files = new Set<string>();
  const unmatched: string[] = [];
  const ignoredExplicit: string[] = [];
  const isIgnored = (abs: string) => {
    const rel = path.relative(cwd, abs).split(path.sep).join("/");
    return rel !== "" && !rel.startsWith("..") && ig.ignores(rel);
  };
  for (const pattern of patterns) {
    const abs = path.resolve(cwd, pattern);
    let stat: fs.Stats | undefined;
    try {
      stat = fs.statSync(abs);
    } catch {
      stat = undefined;
    }
    let found: string[] = [];
    if (stat?.isFile()) {
      if (isIgnored(abs)) {
        ignoredExplicit.push(pattern);
        continue;
      }
      found = [abs];
    } else if (stat?.isDirectory()) {
      found = await walk(abs);
    } else if (isDynamicPattern(pattern)) {
      found = (
        await glob(pattern.split(path.sep).join("/"), {
          cwd,
          absolute: true,
          dot: false,
          ignore: ALWAYS_IGNORED,
          followSymbolicLinks: false,
          expandDirectories: false,
        })
      ).filter((f) => LINTED_EXTENSIONS.includes(path.extname(f).toLowerCase()) || !pattern.endsWith("*"));
    }
    const kept = found.filter((f) => !isIgnored(f));
    if (found.length === 0 || (kept.length === 0 && !stat?.isFile())) unmatched.push(pattern);
    for (const f of kept) files.add(path.normalize(f));
  }
  return { files: [...files].sort(), unmatched, ignoredExplicit };
}

async function walk(dir: string): Promise<string[]> {
  const exts = LINTED_EXTENSIONS.map((e) => e.slice(1)).join(",");
  return glob(`**/*.{${exts}}`, {
    cwd: dir,
    absolute: true,
    dot: false,
    ignore: ALWAYS_IGNORED,
    caseSensitiveMatch: false,
    followSymbolicLinks: false,
  });
}

function loadIgnoreFile(options: ExpandOptions): Ignore {
  const ig = ignore();
  if (options.useIgnoreFile === false) return ig;
  const file = path.resolve(options.cwd, options.ignorePath ?? ".healthlintignore");
  try {
    ig.add(fs.readFileSync(file, "utf8"));
  } catch (error) {
    if (options.ignorePath) throw new Error(`cannot read ignore file ${file}: ${(error as Error).message}`);
  }
  return ig;
}

/** True when a path is excluded by config `ignorePatterns` (gitignore syntax relative to each config's folder). */
export function ignoredByPatterns(abs: string, groups: Array<[string, string[]]>): boolean {
  return groups.some(([base, patterns]) => {
    const rel = path.relative(base, abs).split(path.sep).join("/");
    return rel !== "" && !rel.startsWith("..") && ignore().add(patterns).ignores(rel);
  });
}
