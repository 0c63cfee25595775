import path from "node:path";
import { pathToFileURL } from "node:url";
import type { Formatter } from "./types.js";

export type { Formatter, FormatterContext } from "./types.js";

const BUILTIN: Record<string, () => Promise<{ default: Formatter }>> = {
  stylish: () => import("./stylish.js"),
  json: () => import("./json.js"),
  compact: () => import("./compact.js"),
  sarif: () => import("./sarif.js"),
  github: () => import("./github.js"),
  junit: () => import("./junit.js"),
  gitlab: () => import("./gitlab.js"),
  html: () => import("./html.js"),
};

export const FORMATTER_NAMES = Object.keys(BUILTIN);

export function registerBuiltinFormatter(name: string, load: () => Promise<{ default: Formatter }>): void {
  BUILTIN[name] = load;
}

/** A built-in formatter by name, or a module path whose default export is a formatter. */
export async function loadFormatter(nameOrPath: string, cwd = process.cwd()): Promise<Formatter> {
  const builtin = BUILTIN[nameOrPath];
  if (builtin) return (await builtin()).default;
  if (!/[\\/]|\.[cm]?js$/.test(nameOrPath)) {
    throw new Error(`unknown format '${nameOrPath}': use ${FORMATTER_NAMES.join(", ")} or a path to a formatter module`);
  }
  const target = path.resolve(cwd, nameOrPath);
  let mod: { default?: unknown };
  try {
    mod = (await import(pathToFileURL(target).href)) as { default?: unknown };
  } catch (error) {
    throw new Error(`cannot load formatter ${target}: ${(error as Error).message}`);
  }
  const fn = (typeof mod.default === "function" ? mod.default : mod) as unknown;
  if (typeof fn !== "function") throw new Error(`formatter ${target} does not export a function`);
  return fn as Formatter;
}
