#!/usr/bin/env node
/**
 * The physical floor the issue compares with: walk the given files or folders, read every
 * Markdown file with readFileSync and make one regex pass over it. Prints the match count.
 */
import fs from "node:fs";
import path from "node:path";

const CUES = /\b(?:studies show|research shows|cure[sd]?|guaranteed?|\d+\s?%|\d+ mg|DOB|MRN|@\w+|#\w+)/gi;

function* walk(p) {
  const st = fs.statSync(p);
  if (st.isFile()) {
    yield p;
    return;
  }
  for (const e of fs.readdirSync(p, { withFileTypes: true })) {
    const full = path.join(p, e.name);
    if (e.isDirectory()) yield* walk(full);
    else if (e.name.endsWith(".md")) yield full;
  }
}

let files = 0;
let matches = 0;
for (const arg of process.argv.slice(2)) {
  for (const f of walk(arg)) {
    files++;
    const text = fs.readFileSync(f, "utf8");
    for (const _ of text.matchAll(CUES)) matches++;
  }
}
process.stdout.write(`${files} files, ${matches} matches\n`);
