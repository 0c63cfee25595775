import { readFileSync } from "node:fs";
import type { RuleTester, TestCase } from "../../src/testing/rule-tester.js";
import type { Rule } from "../../src/types.js";

/**
 * Scores a rule on a labelled corpus of one-line posts (`label TAB post`; `#` lines are comments):
 * a post counts as flagged when the rule reports anything above info.
 */
export function scoreLabelled(tester: RuleTester, rule: Rule, file: string, options: Omit<TestCase, "text"> = {}) {
  const lines = readFileSync(file, "utf8").split("\n").filter((l) => l.trim() && !l.startsWith("#"));
  let tp = 0;
  let fp = 0;
  let fn = 0;
  const wrong: string[] = [];
  for (const line of lines) {
    const tab = line.indexOf("\t");
    const [label, text] = [line.slice(0, tab), line.slice(tab + 1)];
    const hit = tester.lint(rule, { ...options, text }).some((m) => m.severity > 0);
    if (label === "1" && hit) tp++;
    else if (label === "1") {
      fn++;
      wrong.push(`missed: ${text}`);
    } else if (hit) {
      fp++;
      wrong.push(`false alarm: ${text}`);
    }
  }
  return { n: lines.length, precision: tp / (tp + fp), recall: tp / (tp + fn), wrong: wrong.join("\n") };
}
