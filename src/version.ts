import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

let version: string | undefined;

/** healthlint's version, from its package.json (found upward from this module, built or not). */
export function getVersion(): string {
  if (version) return version;
  let dir = path.dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const candidate = path.join(dir, "package.json");
    if (fs.existsSync(candidate)) {
      const pkg = JSON.parse(fs.readFileSync(candidate, "utf8")) as { name?: string; version?: string };
      if (pkg.name === "healthlint") return (version = pkg.version ?? "0.0.0");
    }
    const parent = path.dirname(dir);
    if (parent === dir) return (version = "0.0.0");
    dir = parent;
  }
}
