import fs from "node:fs";
import path from "node:path";

/**
 * Writes a file through a temporary file in the same folder and a rename, so an interrupted run
 * never leaves a half-written file. `content` may come in pieces (a large report is never held as
 * one string).
 */
export function writeFileAtomic(file: string, content: string | Iterable<string>): void {
  const dir = path.dirname(file);
  fs.mkdirSync(dir, { recursive: true });
  const tmp = path.join(dir, `.${path.basename(file)}.${process.pid}.${Date.now()}.tmp`);
  try {
    if (typeof content === "string") fs.writeFileSync(tmp, content);
    else {
      const fd = fs.openSync(tmp, "w");
      try {
        for (const chunk of content) fs.writeSync(fd, chunk);
      } finally {
        fs.closeSync(fd);
      }
    }
    let mode: number | undefined;
    try {
      mode = fs.statSync(file).mode;
    } catch {
      mode = undefined;
    }
    if (mode !== undefined) fs.chmodSync(tmp, mode);
    fs.renameSync(tmp, file);
  } catch (error) {
    fs.rmSync(tmp, { force: true });
    throw error;
  }
}
