import fs from "node:fs";
import path from "node:path";

/**
 * Writes a file through a temporary file in the same folder and a rename, so an interrupted run
 * never leaves a half-written file. The file keeps the permissions it had, unless `mode` is given
 * (the new file is created with it, never wider).
 */
export function writeFileAtomic(file: string, content: string | Uint8Array, options: { mode?: number } = {}): void {
  const dir = path.dirname(file);
  fs.mkdirSync(dir, { recursive: true });
  const tmp = path.join(dir, `.${path.basename(file)}.${process.pid}.${Date.now()}.tmp`);
  try {
    fs.writeFileSync(tmp, content, { mode: options.mode });
    let mode = options.mode;
    if (mode === undefined) {
      try {
        mode = fs.statSync(file).mode;
      } catch {
        mode = undefined;
      }
    }
    if (mode !== undefined) fs.chmodSync(tmp, mode);
    fs.renameSync(tmp, file);
  } catch (error) {
    fs.rmSync(tmp, { force: true });
    throw error;
  }
}
