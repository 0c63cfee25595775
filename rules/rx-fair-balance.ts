import { defineRule } from "../src/rule.js";
import type { Range } from "../src/types.js";
import { BENEFIT_WORDS, INDICATION_AFTER_BRAND, INDICATION_IN_SENTENCE, RISK_WORDS } from "./data/rx-fair-balance.js";

type Options = {
  proximity: number;
};

/** A prescription product from `settings.products`, checked and with its patterns compiled. */
export interface Product {
  brand: string;
  established: string[];
  riskUrl: string;
  risks: string[];
  boxedWarning: string[];
  brandRe: RegExp;
  establishedRes: RegExp[];
  riskRes: RegExp[];
  boxedRes: RegExp[];
  riskUrlKey: string;
}

export default defineRule<Options>({
  meta: {
    id: "rx-fair-balance",
    description:
      "A post names a prescription product (from settings.products) with a benefit or indication but lacks, in the same post, the established name beside the brand, risk information, or the link to the risk page.",
    defaultSeverity: "error",
    options: {
      proximity: {
        type: "integer",
        minimum: 0,
        default: 40,
        description: "How many characters from the brand name the established name may be and still count as beside it.",
      },
    },
    messages: {
      missingEstablished:
        "{{brand}} is promoted without its established name ({{established}}) beside the brand name (21 CFR 202.1(b)(1); FDA 2014 draft guidance for character-limited platforms).",
      missingRisk:
        "{{brand}} is promoted with a benefit but this post states none of its most serious risks (such as \"{{risk}}\"); risk must appear in the same post as the benefit, not in a later post of the thread (21 CFR 202.1(e)(5); FDA 2014 draft guidance).",
      missingBoxedWarning:
        "{{brand}} has a boxed warning (\"{{boxed}}\") that this post, which promotes it with a benefit, does not state (21 CFR 202.1(e)(5); FDA 2014 draft guidance).",
      missingRiskUrl:
        "{{brand}} is promoted with a benefit but this post has no link to its risk information page ({{riskUrl}}) (FDA 2014 draft guidance for character-limited platforms).",
    },
  },
  check(ctx) {
    const products = productsFrom(ctx.settings);
    if (products.length === 0) return;
    const { post } = ctx;
    const text = post.text;
    const linkKeys = new Set(post.links.map((l) => urlKey(l.url)));
    for (const p of products) {
      p.brandRe.lastIndex = 0;
      const mentions: Range[] = [];
      let m: RegExpExecArray | null;
      while ((m = p.brandRe.exec(text)) !== null) mentions.push([m.index, m.index + m[0].length]);
      if (mentions.length === 0) continue;
      if (!promotes(text, mentions, p)) continue;

      const range = mentions[0];
      const data = {
        brand: p.brand,
        established: p.established[0],
        risk: p.risks[0],
        boxed: p.boxedWarning[0],
        riskUrl: p.riskUrl,
      };
      if (!establishedBeside(text, mentions, p, ctx.options.proximity)) ctx.report({ messageId: "missingEstablished", data, range });
      if (p.boxedWarning.length > 0 && !p.boxedRes.some((re) => re.test(text))) {
        ctx.report({ messageId: "missingBoxedWarning", data, range });
      } else if (!p.riskRes.some((re) => re.test(text))) {
        ctx.report({ messageId: "missingRisk", data, range });
      }
      if (!linkKeys.has(p.riskUrlKey)) ctx.report({ messageId: "missingRiskUrl", data, range });
    }
  },
});

/** Does the post present a benefit or an indication for the product (outside its risk sentences)? */
function promotes(text: string, mentions: Range[], p: Product): boolean {
  for (const [, end] of mentions) {
    const stop = text.slice(end, end + 200).search(/[.!?\n—–;]|\s-\s/);
    const after = text.slice(end, stop === -1 ? end + 200 : end + stop);
    if (INDICATION_AFTER_BRAND.test(after)) return true;
    if (INDICATION_IN_SENTENCE.test(after) && !RISK_WORDS.test(after)) return true;
  }
  for (const segment of text.split(/[.!?\n—–;]+|\s-\s/)) {
    if (segment.trim() === "") continue;
    if (RISK_WORDS.test(segment) || p.riskRes.some((re) => re.test(segment)) || p.boxedRes.some((re) => re.test(segment))) continue;
    if (BENEFIT_WORDS.test(segment)) return true;
  }
  return false;
}

function establishedBeside(text: string, mentions: Range[], p: Product, proximity: number): boolean {
  for (const [s, e] of mentions) {
    const near = text.slice(Math.max(0, s - proximity - 60), Math.min(text.length, e + proximity + 60));
    const offset = Math.max(0, s - proximity - 60);
    for (const re of p.establishedRes) {
      const g = new RegExp(re.source, "giu");
      let m: RegExpExecArray | null;
      while ((m = g.exec(near)) !== null) {
        const ms = offset + m.index;
        const me = ms + m[0].length;
        const gap = me <= s ? s - me : ms >= e ? ms - e : 0;
        if (gap <= proximity) return true;
      }
    }
  }
  return false;
}

/** A URL as compared with `riskUrl`: no scheme, no `www.`, no trailing slash, host lower-cased. */
export function urlKey(url: string): string {
  let u = url.trim().replace(/^[a-z][a-z0-9+.-]*:\/\//i, "").replace(/^www\./i, "");
  u = u.replace(/[#?].*$/, (q) => (q.startsWith("?") ? q : ""));
  u = u.replace(/\/+$/, "");
  const slash = u.indexOf("/");
  return slash === -1 ? u.toLowerCase() : u.slice(0, slash).toLowerCase() + u.slice(slash);
}

const cache = new WeakMap<object, Product[]>();

/**
 * Reads and checks `settings.products`. Throws an Error naming the bad field: the engine reports a
 * throwing rule as a fatal finding, so a typo in the product list is not silently ignored.
 */
export function productsFrom(settings: Record<string, unknown>): Product[] {
  const raw = settings.products;
  if (raw === undefined || raw === null) return [];
  if (!Array.isArray(raw)) {
    throw new Error(`settings.products must be a list of products ({brand, established, riskUrl, risks}), got ${describe(raw)}`);
  }
  const hit = cache.get(raw);
  if (hit) return hit;
  const out: Product[] = [];
  raw.forEach((entry: unknown, i: number) => {
    const where = `settings.products[${i}]`;
    if (typeof entry !== "object" || entry === null || Array.isArray(entry)) {
      throw new Error(`${where} must be a mapping with brand, established, riskUrl and risks, got ${describe(entry)}`);
    }
    const e = entry as Record<string, unknown>;
    const prescription = e.prescription;
    if (prescription !== undefined && typeof prescription !== "boolean") {
      throw new Error(`${where}.prescription must be true or false, got ${describe(prescription)}`);
    }
    const brand = text(e.brand, `${where}.brand`, "the proprietary (brand) name");
    const established = strings(e.established, `${where}.established`, "the established (generic) name", false);
    const riskUrl = text(e.riskUrl, `${where}.riskUrl`, "the URL of the page devoted to risk information");
    if (/\s/.test(riskUrl) || !/\.[a-z]{2,}/i.test(riskUrl)) {
      throw new Error(`${where}.riskUrl must be a URL such as www.example.com/risk, got '${riskUrl}'`);
    }
    const risks = strings(e.risks, `${where}.risks`, "key risk phrases, e.g. [seizures]", true);
    const boxedWarning = e.boxedWarning === undefined ? [] : strings(e.boxedWarning, `${where}.boxedWarning`, "the boxed warning's key phrase", false);
    if (prescription === false) return;
    out.push({
      brand,
      established,
      riskUrl,
      risks,
      boxedWarning,
      brandRe: new RegExp(`(?<![\\p{L}\\p{N}_])${phrase(brand)}(?![\\p{L}\\p{N}_])`, "giu"),
      establishedRes: established.map((s) => new RegExp(`(?<![\\p{L}\\p{N}_])${phrase(s)}(?![\\p{L}\\p{N}_])`, "iu")),
      riskRes: risks.map((s) => new RegExp(`(?<![\\p{L}\\p{N}_])${phrase(s)}`, "iu")),
      boxedRes: boxedWarning.map((s) => new RegExp(`(?<![\\p{L}\\p{N}_])${phrase(s)}`, "iu")),
      riskUrlKey: urlKey(riskUrl),
    });
  });
  cache.set(raw, out);
  return out;
}

/** A phrase as a pattern: case and spacing free, a hyphen or a space alike. */
function phrase(s: string): string {
  return s
    .trim()
    .split(/[\s-]+/)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&"))
    .join("[\\s-]+");
}

function text(v: unknown, where: string, what: string): string {
  if (typeof v !== "string" || v.trim() === "") throw new Error(`${where} must be a non-empty string (${what}), got ${describe(v)}`);
  return v.trim();
}

function strings(v: unknown, where: string, what: string, listOnly: boolean): string[] {
  if (typeof v === "string" && !listOnly) return [text(v, where, what)];
  if (!Array.isArray(v) || v.length === 0) {
    throw new Error(`${where} must be ${listOnly ? "a non-empty list of strings" : "a string or a non-empty list of strings"} (${what}), got ${describe(v)}`);
  }
  return v.map((item, i) => text(item, `${where}[${i}]`, what));
}

function describe(v: unknown): string {
  if (v === undefined) return "nothing";
  if (v === null) return "null";
  if (Array.isArray(v)) return v.length ? "a list" : "an empty list";
  if (typeof v === "object") return "a mapping";
  if (typeof v === "string") return `'${v}'`;
  return String(v);
}
