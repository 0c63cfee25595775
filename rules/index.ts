/** The registry of built-in rules. Every rule here joins the `recommended` preset at its default severity. */
import type { Rule } from "../src/types.js";
import hashtagOveruse from "./hashtag-overuse.js";
import unsubstantiatedClaim from "./unsubstantiated-claim.js";
import endorsementDisclosure from "./endorsement-disclosure.js";
import rxFairBalance from "./rx-fair-balance.js";
import staleStatistic from "./stale-statistic.js";
import personalizedMedicalAdvice from "./personalized-medical-advice.js";
import missingSource from "./missing-source.js";

export const builtinRules: ReadonlyArray<Rule> = [
  hashtagOveruse,
  unsubstantiatedClaim,
  endorsementDisclosure,
  rxFairBalance,
  staleStatistic,
  personalizedMedicalAdvice,
  missingSource,
] as ReadonlyArray<Rule>;
