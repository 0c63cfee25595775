/** The registry of built-in rules. Every rule here joins the `recommended` preset at its default severity. */
import type { Rule } from "../src/types.js";
import hashtagOveruse from "./hashtag-overuse.js";
import unsubstantiatedClaim from "./unsubstantiated-claim.js";
import endorsementDisclosure from "./endorsement-disclosure.js";
import rxFairBalance from "./rx-fair-balance.js";
import staleStatistic from "./stale-statistic.js";
import personalizedMedicalAdvice from "./personalized-medical-advice.js";
import missingSource from "./missing-source.js";
import patientIdentifiers from "./patient-identifiers.js";
import platformLength from "./platform-length.js";
import hashtagCase from "./hashtag-case.js";
import imageAltText from "./image-alt-text.js";
import linkShortener from "./link-shortener.js";
import readability from "./readability.js";
import medicalJargon from "./medical-jargon.js";

export const builtinRules: ReadonlyArray<Rule> = [
  hashtagOveruse,
  unsubstantiatedClaim,
  endorsementDisclosure,
  rxFairBalance,
  staleStatistic,
  personalizedMedicalAdvice,
  missingSource,
  patientIdentifiers,
  platformLength,
  hashtagCase,
  imageAltText,
  linkShortener,
  readability,
  medicalJargon,
] as ReadonlyArray<Rule>;
