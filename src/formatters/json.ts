import type { Formatter } from "./types.js";

/** ESLint's JSON results array. The file text (`source`) is never included: it may hold patient data. */
const json: Formatter = (results) =>
  JSON.stringify(
    results.map((r) => {
      const { source: _source, ...rest } = r;
      void _source;
      return rest;
    }),
  );

export default json;
