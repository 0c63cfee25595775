/**
 * Every rule is linear on adversarial input (issue 9, "Hostile input"). For each registered rule,
 * the regular expressions it runs are collected while it lints the shipped fixtures, and each
 * quantifier in them becomes an attack: a long run of what it repeats on (see
 * bench/pathological-attacks.mjs). Each attack is timed (CPU time spent in the rule's check) at a
 * small and a large size; time per character may not grow more than GROWTH times. A short input that
 * already takes long (exponential backtracking) fails at once. The source model (Markdown parsing,
 * masking, URL extraction) gets the same treatment with Markdown's own hostile shapes.
 *
 * bench/pathological.mjs shows the same at 10k, 100k and 1M characters.
 */
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import {
  attackInput,
  attacksFromRegexes,
  collectRegexes,
  describeAttack,
  genericAttacks,
  measure,
  ruleClock,
  GENERIC_PUMPS,
  KNOWN_SUPERLINEAR,
} from "../bench/pathological-attacks.mjs";
import { builtinRules } from "../rules/index.js";
import { resolveRuleOptions } from "../src/config/options.js";
import { verify } from "../src/engine/verify.js";
import { loadNlp } from "../src/nlp/load.js";
import { parseSource } from "../src/source/parse.js";
import { FIXTURES } from "./helpers/cli.js";

const SMALL = 2_000;
const LARGE = 16_000;
/** One step up, for attacks too fast at SMALL to time. */
const HUGE = 128_000;
/** Time per character may grow at most this much from SMALL to LARGE (a quadratic grows 8 times). */
const GROWTH = 4;
/** A run this short must never take this long: exponential backtracking. */
const SHORT = 256;
const SHORT_BUDGET_MS = 250;
/** Below this much CPU time at LARGE, an attack is fast whatever its growth (clock noise). */
const NOISE_MS = 3;
const REGEX_ATTACKS_PER_RULE = Number(process.env.HEALTHLINT_PATHOLOGICAL_ATTACKS ?? 120);
/** Fixtures of other rules sampled to learn a rule's patterns. */
const CORPUS_SAMPLE = 60;

/**
 * Rules in KNOWN_SUPERLINEAR (bench/pathological-attacks.mjs) are held to KNOWN_GROWTH instead of
 * GROWTH (a quadratic grows 8 times here; worse is a new regression), and to the exponential check
 * like every rule. Once such a rule is clearly linear the test fails until it is taken off the list.
 */
const KNOWN_GROWTH = 20;

const deps = { verify, resolveRuleOptions, loadNlp };

/** Posts to learn a rule's patterns from: its own fixtures, the example posts, and a sample of the rest. */
function corpus(ruleId: string): string[] {
  const own: string[] = [];
  const rest: string[] = [];
  const walk = (dir: string) => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (/\.(md|txt)$/.test(e.name)) {
        const rel = path.relative(FIXTURES, p).split(path.sep);
        (rel[0] === ruleId || rel[0] === "posts" ? own : rest).push(fs.readFileSync(p, "utf8"));
      }
    }
  };
  walk(FIXTURES);
  const stride = Math.max(1, Math.floor(rest.length / CORPUS_SAMPLE));
  return [...own, ...rest.filter((_, i) => i % stride === 0)];
}

interface Verdict {
  attack: string;
  from: string;
  smallMs: number;
  largeMs: number;
  /** The sizes compared, when not SMALL and LARGE. */
  smallSize?: number;
  largeSize?: number;
  growth: number;
}

/**
 * Times inputs made by `gen(size)` with `time(input) -> ms`; returns the growth of time per
 * character from SMALL to LARGE. One run at LARGE first: under NOISE_MS it is fast whatever its
 * growth, and most attacks stop there. Otherwise both sizes are measured with repeats.
 */
function judge(time: (input: string) => number, gen: (size: number) => string, name: string, from: string): Verdict {
  const short = time(gen(SHORT));
  if (short > SHORT_BUDGET_MS) return { attack: name, from, smallMs: short, largeMs: Infinity, growth: Infinity };
  const first = time(gen(LARGE));
  if (first < NOISE_MS) return { attack: name, from, smallMs: 0, largeMs: first, growth: 0 };
  const growth = (a: number, b: number) => b / LARGE / Math.max(a / SMALL, 1e-6);
  let small = measure(time, gen(SMALL));
  let large = Math.min(first, measure(time, gen(LARGE)));
  if (growth(small, large) > GROWTH) {
    // Confirm with the best of two more, so that a pause of the machine does not fail the test.
    small = Math.min(small, measure(time, gen(SMALL), { rounds: 2 }));
    large = Math.min(large, measure(time, gen(LARGE), { rounds: 2 }));
  }
  if (growth(small, large) > GROWTH && small < NOISE_MS) {
    // A fraction of a millisecond at SMALL is below what the clock and the JIT let us compare:
    // judge the growth one step up instead, from LARGE to HUGE (a quadratic still grows 8 times).
    const huge = measure(time, gen(HUGE));
    const grew = huge / HUGE / Math.max(large / LARGE, 1e-6);
    return { attack: name, from, smallMs: large, largeMs: huge, smallSize: LARGE, largeSize: HUGE, growth: grew };
  }
  return { attack: name, from, smallMs: small, largeMs: large, growth: large < NOISE_MS ? 0 : growth(small, large) };
}

function explain(bad: Verdict[]): string {
  return bad
    .map(
      (v) =>
        `${v.attack} (from ${v.from}): ${v.smallMs.toFixed(1)} ms at ${v.largeMs === Infinity ? SHORT : (v.smallSize ?? SMALL)} chars, ` +
        `${v.largeMs === Infinity ? "stopped" : `${v.largeMs.toFixed(1)} ms at ${v.largeSize ?? LARGE}`}; time per char grew ${v.growth.toFixed(1)}x`,
    )
    .join("\n");
}

describe("every rule is linear on long runs of what its patterns repeat on", () => {
  it("has rules and a corpus to learn their patterns from", () => {
    expect(builtinRules.length).toBeGreaterThan(0);
    expect(corpus("posts").length).toBeGreaterThan(3);
  });

  for (const rule of builtinRules) {
    it(rule.meta.id, { timeout: 600_000 }, () => {
      const clock = ruleClock(rule, deps);
      const mdClock = ruleClock(rule, deps, { format: "markdown" });
      const texts = corpus(rule.meta.id);
      const regexes = collectRegexes(() => {
        for (const t of texts) {
          clock.lint(t);
          mdClock.lint(t);
        }
      });
      const attacks = [...attacksFromRegexes(regexes, { limit: REGEX_ATTACKS_PER_RULE }), ...genericAttacks()];
      const time = (input: string) => clock.time(input).ms;
      const known = KNOWN_SUPERLINEAR[rule.meta.id];
      const verdicts = attacks.map((attack) => judge(time, (n) => attackInput(attack, n), describeAttack(attack), attack.from));
      const superLinear = verdicts.filter((v) => v.growth > GROWTH);
      const context = `${rule.meta.id}: ${regexes.length} patterns, ${attacks.length} attacks`;
      if (known === undefined) {
        expect(explain(superLinear), context).toBe("");
        return;
      }
      if (superLinear.length) console.warn(`${rule.meta.id} is still super-linear (known: ${known}):\n${explain(superLinear)}`);
      expect(explain(verdicts.filter((v) => v.growth > KNOWN_GROWTH)), `${context} (known super-linear, but worse than quadratic)`).toBe("");
      const worst = Math.max(0, ...verdicts.map((v) => v.growth));
      expect(worst, `${rule.meta.id} is linear now: remove it from KNOWN_SUPERLINEAR`).toBeGreaterThan(2.5);
    });
  }
});

describe("the source model is linear on hostile Markdown", () => {
  // Shapes that make Markdown parsers slow: nesting, many blocks, many delimiters, long lines.
  const shapes: Record<string, (n: number) => string> = {
    "nested quotes on one line": (n) => "> ".repeat(n / 2) + "x\n",
    "nested lists on one line": (n) => "- ".repeat(n / 2) + "x\n",
    "nested ordered lists on one line": (n) => "1. ".repeat(n / 3) + "x\n",
    "lists nested by indentation": (n) => {
      let s = "";
      for (let i = 0; s.length < n; i++) s += `${" ".repeat((i % 60) * 2)}- item\n`;
      return s;
    },
    "quotes nested line by line": (n) => {
      let s = "";
      for (let i = 0; s.length < n; i++) s += `${">".repeat(i % 100)} q\n`;
      return s;
    },
    "setext headings": (n) => "a\n=\n".repeat(n / 4),
    "setext headings between blank lines": (n) => "a\n=\n\n".repeat(n / 5),
    "one-word paragraphs": (n) => "a\n\n".repeat(n / 3),
    "nested emphasis": (n) => "*_".repeat(n / 4) + "x" + "_*".repeat(n / 4),
    "nested links": (n) => "[".repeat(n / 5) + "x" + "](u)".repeat(n / 5),
    "nested images": (n) => "![".repeat(n / 6) + "x" + "](u)".repeat(n / 6),
    "unclosed brackets": (n) => "[".repeat(n),
    "unclosed comments": (n) => "<!--".repeat(n / 4),
    "backtick runs": (n) => "` `` ".repeat(n / 5),
    "underscores": (n) => "_a".repeat(n / 2),
    "autolink-like": (n) => "www.a.".repeat(n / 6),
    "email-like": (n) => "a@b.".repeat(n / 4),
    "a million-character line of prose": (n) => "Our clinic is open today. #Flu ".repeat(n / 31),
    "CRLF lines": (n) => "Flu shot.\r\n".repeat(n / 11),
    "lone CR lines": (n) => "Flu shot.\r".repeat(n / 10),
    "front matter never closed": (n) => `---\nplatform: x\n${"a: b\n".repeat(n / 5)}`,
    "thematic breaks": (n) => "---\n\n".repeat(n / 5),
    "HTML comments": (n) => "<!-- a -->\n".repeat(n / 11),
    "directives": (n) => "<!-- healthlint-disable-next-line -->\nx\n".repeat(n / 40),
  };
  for (const format of ["markdown", "text"] as const) {
    it(`${format}: Markdown shapes and the generic runs`, { timeout: 600_000 }, () => {
      const time = (input: string) => {
        const u = process.cpuUsage();
        parseSource(input, format, "thematic-break");
        const d = process.cpuUsage(u);
        return (d.user + d.system) / 1000;
      };
      const attacks = [
        ...Object.entries(shapes).map(([name, gen]) => ({ name, gen })),
        ...GENERIC_PUMPS.map((pump) => ({ name: JSON.stringify(pump), gen: (n: number) => pump.repeat(Math.max(1, Math.floor(n / pump.length))) })),
      ];
      const bad: Verdict[] = [];
      for (const a of attacks) {
        const v = judge(time, a.gen, a.name, `parseSource ${format}`);
        if (v.growth > GROWTH) bad.push(v);
      }
      expect(explain(bad)).toBe("");
    });
  }
});
