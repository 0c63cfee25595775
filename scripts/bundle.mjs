#!/usr/bin/env node
/**
 * Bundles the CLI and its worker thread into dist/bundle/ (run by `npm run build`, after tsc).
 * A cold start is mostly Node reading and compiling code: one file, compiled from a V8 code cache
 * (src/cli/compile-cache.ts), loads several times faster than ~150 modules compiled one by one.
 * The Node API (`healthlint`, `healthlint/testing`) stays the plain tsc output in dist/src.
 *
 * dist/bundle/ holds:
 * - healthlint-<hash>.cjs: everything the CLI and the worker run, as one CommonJS-style function
 *   expression (`(function (exports, require, module, __filename, __dirname, importMetaUrl) {...})`),
 *   pure ASCII. Node 20 can give a code cache only to a script compiled with vm.Script, not to an
 *   ES module; the loader runs the function with a require() of its own. Formatters and the
 *   worker's code are in it too, initialised only when used (esbuild's lazy module wrappers).
 * - main.js: the ES module bin/healthlint.js imports: loads the bundle through the code cache and
 *   exports `main` and `saveCompileCache`.
 * - worker.js: the worker thread's entry (parallel.ts starts `./worker.js` beside the bundle).
 *
 * Left outside the bundle, loaded on first use with require(): packages a rule loads only when a
 * post needs them (compromise, libphonenumber-js) and what cosmiconfig loads only for a TypeScript
 * config file.
 */
import { build } from "esbuild";
import ts from "typescript";
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const outdir = path.join(root, "dist/bundle");

// The bundle's name carries its content hash: clear the old ones first.
fs.rmSync(outdir, { recursive: true, force: true });
fs.mkdirSync(outdir, { recursive: true });

/**
 * fdir (under tinyglobby) require()s picomatch at its top level, for its own glob() API, which
 * tinyglobby never calls (it hands fdir matchers of its own): that require would load a second,
 * unbundled picomatch from node_modules on every start.
 */
const fdirWithoutPicomatch = {
  name: "fdir-without-picomatch",
  setup(b) {
    b.onLoad({ filter: /[\\/]fdir[\\/]dist[\\/]index\.mjs$/ }, (args) => {
      const text = fs.readFileSync(args.path, "utf8");
      const optional = /__require\.resolve\("picomatch"\);\s*pm = __require\("picomatch"\);/;
      if (!optional.test(text)) throw new Error(`fdir no longer loads picomatch the way scripts/bundle.mjs expects: check ${args.path}`);
      return { contents: text.replace(optional, ""), loader: "js" };
    });
  },
};

const entry = `export { main, hasLinted } from "./dist/src/cli/main.js";
export async function worker() {
  await import("./dist/src/worker.js");
}
`;

const result = await build({
  absWorkingDir: root,
  stdin: { contents: entry, resolveDir: root, sourcefile: "healthlint-bundle-entry.js", loader: "js" },
  bundle: true,
  write: false,
  outfile: path.join(outdir, "healthlint.cjs"),
  format: "cjs",
  platform: "node",
  target: "node20",
  charset: "ascii",
  external: ["typescript"],
  define: { "import.meta.url": "__healthlintImportMetaUrl" },
  // A function expression: the loader compiles it with vm.Script and calls it. Strict, as the ES
  // modules it is made of were.
  banner: { js: '(function (exports, require, module, __filename, __dirname, __healthlintImportMetaUrl, __healthlintImport) {"use strict";' },
  footer: { js: "})" },
  plugins: [fdirWithoutPicomatch],
  legalComments: "linked",
  logLevel: "warning",
});

let code;
for (const file of result.outputFiles) {
  if (file.path.endsWith(".cjs")) code = file.text;
  else fs.writeFileSync(path.join(outdir, "healthlint.cjs.LEGAL.txt"), file.contents);
}
code = finish(code);

const hash = crypto.createHash("sha256").update(code).digest("base64url").slice(0, 16).replace(/[-_]/g, "0");
const bundleName = `healthlint-${hash}.cjs`;
fs.writeFileSync(path.join(outdir, bundleName), code);
// The legal comments file keeps a stable name: the bundle links to it by that name.

/**
 * Built-in modules required at the bundle's top level and used only later, by property, if at all:
 * commander's child_process (executable subcommands), cosmiconfig's crypto (TypeScript configs),
 * twitter-text's punycode (internationalised domains), the worker pool's worker_threads. Loading
 * them costs a few milliseconds each; the loader hands over stand-ins that load them on first use.
 */
const LAZY_BUILTINS = ["child_process", "crypto", "punycode", "worker_threads"];

// import() here resolves as it did in the ES module bundle, from dist/bundle/.
const loader = (options) => `import { fileURLToPath } from "node:url";
import { loadBundle } from "./dist/src/cli/compile-cache.js";
const bundle = loadBundle(fileURLToPath(new URL(${JSON.stringify(`./${bundleName}`)}, import.meta.url)), {
  id: ${JSON.stringify(hash)},
  dynamicImport: (specifier) => import(specifier),
  lazyBuiltins: ${JSON.stringify(LAZY_BUILTINS)},${options}
});
`;

await build({
  absWorkingDir: root,
  stdin: {
    contents: `${loader("")}
/** The CLI (src/cli/main.ts). */
export const main = bundle.exports.main;
/** Writes the code cache if this run linted posts and compiled without one (call after main). */
export function saveCompileCache() {
  return bundle.exports.hasLinted() ? bundle.save() : false;
}
export const compileCacheStatus = bundle.status;
`,
    resolveDir: root,
    sourcefile: "main.js",
    loader: "js",
  },
  bundle: true,
  outfile: path.join(outdir, "main.js"),
  format: "esm",
  platform: "node",
  target: "node20",
  logLevel: "warning",
});

await build({
  absWorkingDir: root,
  stdin: {
    contents: `${loader("\n  write: false,")}
await bundle.exports.worker();
`,
    resolveDir: root,
    sourcefile: "worker.js",
    loader: "js",
  },
  bundle: true,
  outfile: path.join(outdir, "worker.js"),
  format: "esm",
  platform: "node",
  target: "node20",
  logLevel: "warning",
});

/**
 * Two edits esbuild cannot make, on its output:
 *
 * - import(): a script compiled with vm.Script has no module loader of its own for import() (Node
 *   20 offers only an experimental one, with a warning). Each import() call becomes a call of
 *   __healthlintImport, the loader's own import() (its specifiers are file URLs, or a package name
 *   resolved from dist/bundle/ as before).
 * - ASCII: esbuild's ASCII charset escapes strings, untagged templates and identifiers, but leaves
 *   regular expression literals, comments and tagged templates (whose raw text a tag can see) as
 *   they are. Every other character left is escaped here as \\uXXXX (UTF-16 code units): the same
 *   character in a regex with or without the u flag (a surrogate pair of escapes is one code point
 *   under u), and harmless in a comment. An identity escape (backslash + the character) becomes the
 *   escape alone. In a tagged template the escape changes the raw text: allowed only for
 *   String.raw handed straight to RegExp, where the escape means the same character; anything else
 *   stops the build. ASCII lets the loader read the bundle as a one-byte string, with no UTF-8
 *   decoding.
 */
function finish(text) {
  const { imports, rawSpans } = scan(text);
  const edits = [];
  for (const at of imports) edits.push({ start: at, end: at + "import".length, text: "__healthlintImport" });
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) continue;
    if (c === 0x2028 || c === 0x2029) throw new Error("scripts/bundle.mjs: a line separator character is left in the bundle");
    if (rawSpans.some(([s, e]) => i >= s && i < e)) {
      const line = text.slice(0, i).split("\n").length;
      throw new Error(`scripts/bundle.mjs: a tagged template holds U+${c.toString(16).toUpperCase()} (bundle line ${line}): write it as an escape in the source`);
    }
    let start = i;
    let slashes = 0;
    while (text.charCodeAt(start - 1 - slashes) === 0x5c) slashes++;
    if (slashes % 2 === 1) start -= 1;
    edits.push({ start, end: i + 1, text: `\\u${c.toString(16).padStart(4, "0")}` });
  }
  edits.sort((a, b) => a.start - b.start);
  let out = "";
  let last = 0;
  for (const e of edits) {
    out += text.slice(last, e.start) + e.text;
    last = e.end;
  }
  return out + text.slice(last);
}

/** Where the import() calls are, and the spans of tagged templates whose raw text could be seen. */
function scan(text) {
  const imports = [];
  const rawSpans = [];
  const sf = ts.createSourceFile("bundle.js", text, ts.ScriptTarget.Latest, true, ts.ScriptKind.JS);
  if (sf.parseDiagnostics.length) throw new Error(`scripts/bundle.mjs: cannot parse the bundle: ${sf.parseDiagnostics[0].messageText}`);
  const visit = (node) => {
    if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) {
      imports.push(node.expression.getStart(sf));
    } else if (ts.isTaggedTemplateExpression(node)) {
      const parent = node.parent;
      const toRegExp =
        node.tag.getText(sf) === "String.raw" &&
        (ts.isNewExpression(parent) || ts.isCallExpression(parent)) &&
        parent.expression.getText(sf) === "RegExp" &&
        parent.arguments?.[0] === node;
      if (!toRegExp) rawSpans.push([node.template.getStart(sf), node.template.getEnd()]);
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return { imports, rawSpans };
}
