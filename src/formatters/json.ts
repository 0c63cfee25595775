import type { LintResult } from "../types.js";
import type { Formatter } from "./types.js";

/** Results per piece of `chunks`: a few hundred kilobytes of JSON. */
const PER_CHUNK = 250;

/** ESLint's JSON results array. The file text (`source`) is never included: it may hold patient data. */
function* chunks(results: LintResult[]): Generator<string> {
  yield "[";
  for (let i = 0; i < results.length; i += PER_CHUNK) {
    const piece = results.slice(i, i + PER_CHUNK).map(({ source: _source, ...rest }) => JSON.stringify(rest));
    yield (i > 0 ? "," : "") + piece.join(",");
  }
  yield "]";
}

const json: Formatter = (results) => [...chunks(results)].join("");
json.chunks = chunks;

export default json;
