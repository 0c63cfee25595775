/**
 * Platform figures for platform-length: length limits, the "more" folds, and the cues of elements
 * that must be seen before the fold. Every figure and cue carries its source. Figures other than
 * X's come from the platforms' help pages or from secondary sources: they are defaults users can
 * override (options `max` and `folds`).
 */
import type { Platform } from "../../src/types.js";

export interface Figure {
  value: number;
  source: string;
}

/** Maximum length of a post. `generic` has none. */
export const LIMITS: Partial<Record<Platform, Figure>> = {
  x: {
    value: 280,
    source:
      "docs.x.com, 'Counting characters' (weighted length: URLs 23, emoji and CJK 2), as implemented by twitter-text 3.1 (maxWeightedTweetLength 280)",
  },
  linkedin: { value: 3000, source: "Secondary sources (posttruncate.com platform table; toolsop.com 2026 guide): 3,000 characters per post" },
  instagram: { value: 2200, source: "Secondary sources (charactercounter.com/instagram; posttruncate.com): 2,200 characters per caption" },
  facebook: { value: 63206, source: "Secondary sources (posttruncate.com; nasrtech.dev 2026): 63,206 characters per post" },
  threads: { value: 500, source: "Secondary sources (posttruncate.com; nasrtech.dev 2026): 500 characters per post" },
};

/**
 * Characters (and, where the platform folds by lines, lines) shown before the feed hides the rest
 * behind "more". X has no fold for standard posts; `generic` has none.
 */
export interface Fold {
  chars: number;
  lines?: number;
  source: string;
}

export const FOLDS: Partial<Record<Platform, Fold>> = {
  instagram: {
    chars: 125,
    lines: 3,
    source:
      "Instagram Help Center, 'Why doesn't my entire caption display in feed?' (help.instagram.com/1643471055915254): first three lines shown; captions of 125 characters or fewer display whole",
  },
  linkedin: {
    chars: 140,
    lines: 3,
    source: "Secondary sources (posttruncate.com platform table; nasrtech.dev 2026): about 140 characters or three lines on mobile, about 210 on desktop",
  },
  facebook: {
    chars: 110,
    source: "Secondary source (posttruncate.com platform table): about 110 characters on mobile, about 480 on desktop, before 'See more'",
  },
  threads: {
    chars: 250,
    source: "Secondary source (posttruncate.com platform table): long posts fold at about 250 characters on mobile",
  },
};

export type RequiredKind = "disclosure" | "disclaimer" | "risk information";

export interface RequiredCue {
  kind: RequiredKind;
  /** Case-insensitive, matched on word boundaries in the published text. Linear patterns only. */
  pattern: RegExp;
  /**
   * Lower-case ASCII text every match of `pattern` contains: a post whose lower-cased text lacks it
   * is not searched (a cheap screen, see platform-length's `checkFold`).
   */
  screen: string;
  source: string;
}

const FDA =
  "FDA draft guidance 'Internet/Social Media Platforms with Character Space Limitations' (2014): risk information with the benefit claim, in the same post; 21 CFR 202.1(e)";
const AMA = "AMA Code of Medical Ethics Opinion 2.3.2 and FSMB social-media guidelines: education, with a clear not-medical-advice statement";

// Disclosures after the fold are endorsement-disclosure's to report (one finding, one owner).
export const REQUIRED_CUES: readonly RequiredCue[] = [
  { kind: "disclaimer", pattern: /\bnot (?:intended as |meant as |a substitute for |to be taken as )?(?:professional )?medical advice\b/giu, screen: "medical advice", source: AMA },
  { kind: "disclaimer", pattern: /\bfor (?:general )?(?:informational|information|educational) purposes(?: only)?\b/giu, screen: "purposes", source: AMA },
  { kind: "disclaimer", pattern: /\b(?:general|educational) information(?: only)?(?=, not\b)/giu, screen: "information", source: AMA },
  { kind: "risk information", pattern: /\bimportant safety information\b/giu, screen: "important safety information", source: FDA },
  { kind: "risk information", pattern: /\b(?:see|read)(?: the)? (?:full |accompanying )?prescribing information\b/giu, screen: "prescribing information", source: FDA },
  { kind: "risk information", pattern: /\bboxed warning\b/giu, screen: "boxed warning", source: FDA },
  { kind: "risk information", pattern: /\b(?:serious |common |possible )?side effects (?:may )?include\b/giu, screen: "side effects", source: FDA },
  { kind: "risk information", pattern: /\bmay cause (?:serious|severe|life-threatening)\b/giu, screen: "may cause", source: FDA },
];
