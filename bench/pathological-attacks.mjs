/**
 * Adversarial inputs for healthlint's rules, shared by test/pathological.test.ts (on the sources)
 * and bench/pathological.mjs (on dist/).
 *
 * Every regular expression a rule runs is found by running the rule on real posts with
 * RegExp.prototype.exec wrapped (String#match, #replace, #split, #matchAll and RegExp#test all go
 * through it), so rules added later, their data-built patterns and the libraries they call
 * (twitter-text, compromise) are covered without a list to keep. Each pattern is parsed with
 * regexpp; every quantifier in it gives an attack: the text that leads up to the quantifier, then a
 * long run of what the quantifier repeats on, then a character that makes the match fail. A fixed set
 * of runs (spaces, digits, letters, punctuation, markup) is added for every rule.
 *
 * Time is CPU time of the process (process.cpuUsage), not wall time, so that other work on a shared
 * machine disturbs the measure less; growth is judged on time per character between sizes.
 */
import { RegExpParser } from "@eslint-community/regexpp";

/** Runs found by hand to stress text code: markup, separators, identifiers, hashtags, URLs. */
export const GENERIC_PUMPS = [
  " ", "a", "A", "1", "a ", "A ", "Aa ", "1 ", "1-", "12-", "1.", "1/", "1,", ".", "-", "_", "#", "#a ", "#a",
  "@", "a@", "a.", "@a ", "/", ":", "(", ")", "[", "]", "](", "*", "`", "<", "<!--", ">", "\"", "'", "’", "!",
  "?", "%", "$", "&", "\t", "\n", "\r\n", "\r", " \n", "\u00a0", "\u200b", "😷", "👩🏽‍⚕️", "é", "中", "\ufffd",
  "http://", "https://a.b/", "www.", "a.b", "Dr. ", "Mr. ", "our patient ", "patient ", "you should ", "cures ",
  "studies show ", "1 in ", "100% ", "555-", "(555) ", "MRN ", "DOB ", "123-45-", "St ", "Ave ", "1 Main ",
  "a-", "a'", "A.", "A-", "1:", "1%", "#1", "x ", "no ", "not ", "the ", "and ", ", ", ". ", "; ",
];

/**
 * Rules known to grow super-linearly on some attack, reported to their authors with the failing
 * input (issue 9). test/pathological.test.ts still holds them to "no worse than quadratic" and no
 * exponential backtracking; bench/pathological.mjs marks their rows "known" instead of failing.
 * Take a rule off once it is fixed (the test says so when it is clearly linear).
 */
export const KNOWN_SUPERLINEAR = {};

const cpuMs = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

/**
 * Calls `run` with RegExp.prototype.exec wrapped; returns the distinct patterns executed, as
 * `{ source, flags }`. The wrapper is removed even if `run` throws.
 */
export function collectRegexes(run) {
  const seen = new Map();
  const original = RegExp.prototype.exec;
  let inside = false;
  RegExp.prototype.exec = function (input) {
    if (!inside) {
      // Recording must not run patterns of its own through this wrapper.
      inside = true;
      try {
        const flags = [...this.flags].filter((f) => f !== "g" && f !== "y").join("");
        const key = `/${this.source}/${flags}`;
        if (!seen.has(key)) seen.set(key, { source: this.source, flags });
      } finally {
        inside = false;
      }
    }
    return original.call(this, input);
  };
  try {
    run();
  } finally {
    RegExp.prototype.exec = original;
  }
  return [...seen.values()];
}

const parser = new RegExpParser({ ecmaVersion: 2025 });
const CANDIDATES = ["a", "A", "1", " ", "é", "中", "-", ".", "_", "#", "@", "/", "x", "Z", "\n", "😷", "!", ",", "'", "%", "\u00a0"];

/** A short string matched by a regexpp node (best effort; "" when none is found). */
function sample(node, flags, depth = 0) {
  if (depth > 40) return "";
  switch (node.type) {
    case "Character":
      return String.fromCodePoint(node.value);
    case "CharacterSet":
    case "CharacterClass":
    case "ExpressionCharacterClass": {
      const tries = [];
      if (node.type === "CharacterClass") {
        for (const e of node.elements) {
          if (e.type === "Character") tries.push(String.fromCodePoint(e.value));
          else if (e.type === "CharacterClassRange") tries.push(String.fromCodePoint(e.min.value));
        }
      }
      tries.push(...CANDIDATES);
      let re;
      try {
        re = new RegExp(`^(?:${node.raw})$`, flags.replace(/[gym]/g, ""));
      } catch {
        return "a";
      }
      for (const t of tries) if (re.test(t)) return t;
      return "";
    }
    case "Group":
    case "CapturingGroup":
    case "Pattern": {
      for (const alt of node.alternatives) {
        const s = sample(alt, flags, depth + 1);
        if (s) return s;
      }
      return "";
    }
    case "Alternative":
      return node.elements.map((e) => sample(e, flags, depth + 1)).join("");
    case "Quantifier": {
      const inner = sample(node.element, flags, depth + 1);
      return inner.repeat(Math.min(Math.max(node.min, 1), 3));
    }
    default:
      return ""; // assertions, backreferences
  }
}

/** The text a match must go through before reaching `node`: samples of what precedes it on its path. */
function prefixOf(node, flags) {
  let out = "";
  let child = node;
  let parent = node.parent;
  while (parent && parent.type !== "RegExpLiteral") {
    if (parent.type === "Alternative") {
      const before = parent.elements.slice(0, parent.elements.indexOf(child));
      out = before.map((e) => sample(e, flags)).join("") + out;
    }
    child = parent;
    parent = parent.parent;
  }
  return out;
}

/**
 * Attacks built from patterns: for every quantifier with an unbounded or large maximum, the
 * prefix that leads to it, a pump it repeats on, and a suffix that fails. Deduplicated by text.
 */
export function attacksFromRegexes(regexes, { limit = 200 } = {}) {
  const out = new Map();
  for (const { source, flags } of regexes) {
    let ast;
    try {
      ast = parser.parseLiteral(`/${source}/${flags}`);
    } catch {
      continue;
    }
    const quantifiers = [];
    const walk = (n) => {
      if (!n || typeof n !== "object") return;
      if (n.type === "Quantifier" && n.max > 8) quantifiers.push(n);
      for (const key of ["pattern", "alternatives", "elements", "element"]) {
        const v = n[key];
        if (Array.isArray(v)) v.forEach(walk);
        else if (v && typeof v === "object") walk(v);
      }
    };
    walk(ast);
    for (const q of quantifiers) {
      const pump = sample(q.element, flags);
      if (!pump) continue;
      const prefix = prefixOf(q, flags).slice(0, 200);
      for (const suffix of ["!", "\n"]) {
        const key = `${prefix}\u0000${pump}\u0000${suffix}`;
        if (!out.has(key)) out.set(key, { prefix, pump, suffix, from: `/${source.length > 60 ? `${source.slice(0, 57)}...` : source}/` });
      }
    }
  }
  // Short pumps first (they are the classic ones), then the rest; cap the count.
  return [...out.values()].sort((a, b) => a.pump.length - b.pump.length || a.prefix.length - b.prefix.length).slice(0, limit);
}

/** The generic attacks: each pump alone, and each followed by a failing character. */
export function genericAttacks() {
  return GENERIC_PUMPS.flatMap((pump) => [
    { prefix: "", pump, suffix: "!", from: "generic" },
    { prefix: "Our patient ", pump, suffix: "", from: "generic" },
  ]);
}

/** The input of an attack at about `size` characters. */
export function attackInput(attack, size) {
  const room = Math.max(1, size - attack.prefix.length - attack.suffix.length);
  return attack.prefix + attack.pump.repeat(Math.max(1, Math.floor(room / attack.pump.length))) + attack.suffix;
}

/** A printable name for an attack. */
export function describeAttack(attack) {
  const show = (s) => JSON.stringify(s).slice(1, -1);
  return `${attack.prefix ? `"${show(attack.prefix).slice(0, 24)}" + ` : ""}"${show(attack.pump).slice(0, 24)}"×n${attack.suffix ? ` + "${show(attack.suffix)}"` : ""}`;
}

/**
 * A function that lints `text` with one rule alone and returns the CPU milliseconds spent in the
 * rule's check (parsing and the engine's own work are not counted).
 * deps: { verify, resolveRuleOptions, loadNlp }.
 */
export function ruleClock(rule, deps, { format = "text", platform = "generic" } = {}) {
  let spent = 0;
  const timed = {
    ...rule,
    check(ctx) {
      const t = cpuMs();
      try {
        rule.check(ctx);
      } finally {
        spent += cpuMs() - t;
      }
    },
  };
  const id = rule.meta.id;
  const config = {
    platform,
    split: "none",
    rules: { [id]: [rule.meta.defaultSeverity, deps.resolveRuleOptions(rule.meta, {})] },
    settings: {},
  };
  const rules = new Map([[id, timed]]);
  const nlp = rule.meta.nlp ? deps.loadNlp() : undefined;
  const lint = (text) =>
    deps.verify(text, { filePath: format === "text" ? "post.txt" : "post.md", format, config, rules, nlp, today: "2025-06-01" });
  return {
    lint,
    time(text) {
      spent = 0;
      const out = lint(text);
      return { ms: spent, out };
    },
  };
}

/**
 * CPU time of `fn(input)`, repeated until at least `minMs` have been spent (so that short runs are
 * measured above the clock's noise); the minimum per call over `rounds` rounds.
 */
export function measure(fn, input, { minMs = 4, rounds = 1 } = {}) {
  let best = Infinity;
  for (let r = 0; r < rounds; r++) {
    let calls = 0;
    let total = 0;
    do {
      total += fn(input);
      calls++;
    } while (total < minMs && calls < 64);
    best = Math.min(best, total / calls);
  }
  return best;
}
