/**
 * compromise, loaded only when an enabled rule needs it: importing it costs about a third of a
 * second, which a run of rules that never parse should not pay.
 */
import { createRequire } from "node:module";
import type { NlpDocument } from "../types.js";

let cached: ((text: string) => NlpDocument) | undefined;

export function loadNlp(): (text: string) => NlpDocument {
  if (!cached) {
    // The bundled CommonJS build loads as one file, faster than the ES module source tree.
    const require = createRequire(import.meta.url);
    const nlp = require("compromise") as (text: string) => NlpDocument;
    cached = (text: string) => nlp(text);
  }
  return cached;
}
