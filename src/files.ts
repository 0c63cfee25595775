/**
 * Turns command-line patterns into the files to lint: files as given, directories walked for
 * `.md`, `.markdown`, `.mdx` and `.txt`, and globs expanded by healthlint itself (so quoted globs
 * work the same on every shell). `node_modules`, `.git` and other dot-folders are never entered;
 * `.healthlintignore` (gitignore syntax, in the current folder) and config `ignorePatterns` add to
 * that. While walking a folder, a symbolic link to a post file is linted (once, if its target is in
 * the walk too); a link to a folder is not entered (it could loop, or lead out of the repository)
 * and is reported, as is a broken link named like a post.
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
  /** Symbolic links met while walking folders and not followed, each with the reason. */
  skippedLinks: Array<{ path: string; reason: string }>;
}

export async function expandPatterns(patterns: string[], options: ExpandOptions): Promise<Expanded> {
  const cwd = options.cwd;
  const ig = loadIgnoreFile(options);
  const files = new Set<string>();
  const unmatched: string[] = [];
  const ignoredExplicit: string[] = [];
  const skippedLinks: Expanded["skippedLinks"] = [];
  /** Paths that walk() reached through a symbolic link. */
  const linked = new Set<string>();
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
      found = walk(abs, skippedLinks, linked);
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
  // A linked post and its target, both met: lint it once, under the target's own path.
  const seen = new Map<string, string>();
  for (const f of [...files].sort((a, b) => Number(linked.has(a)) - Number(linked.has(b)) || a.localeCompare(b))) {
    let real = f;
    try {
      real = fs.realpathSync(f);
    } catch {
      // Vanished since: the lint run reports it.
    }
    if (!seen.has(real)) seen.set(real, f);
  }
  return { files: [...seen.values()].sort(), unmatched, ignoredExplicit, skippedLinks };
}

const isLinted = (name: string) => LINTED_EXTENSIONS.includes(path.extname(name).toLowerCase());

/** The post files under a folder, without entering dot-folders, node_modules or linked folders. */
function walk(root: string, skippedLinks: Expanded["skippedLinks"], linked: Set<string>): string[] {
  const out: string[] = [];
  const stack = [root];
  while (stack.length > 0) {
    const dir = stack.pop()!;
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(dir, { withFileTypes: true });
    } catch {
      continue; // unreadable or vanished: nothing to lint there
    }
    for (const e of entries) {
      if (e.name.startsWith(".")) continue;
      const full = path.join(dir, e.name);
      if (e.isDirectory()) {
        if (e.name !== "node_modules") stack.push(full);
      } else if (e.isFile()) {
        if (isLinted(e.name)) out.push(full);
      } else if (e.isSymbolicLink()) {
        let target: fs.Stats | undefined;
        try {
          target = fs.statSync(full);
        } catch {
          target = undefined;
        }
        if (target?.isFile()) {
          if (isLinted(e.name)) {
            out.push(full);
            linked.add(full);
          }
        } else if (target?.isDirectory()) {
          skippedLinks.push({ path: full, reason: "a symbolic link to a folder, not followed (name the folder itself to lint it)" });
        } else if (!target && isLinted(e.name)) {
          skippedLinks.push({ path: full, reason: "a broken symbolic link, skipped" });
        }
      }
    }
  }
  return out;
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
