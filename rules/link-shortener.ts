import { defineRule } from "../src/rule.js";
import type { Range } from "../src/types.js";
import { SHORTENERS, type Shortener } from "./data/link-shortener.js";

const BY_DOMAIN = new Map<string, Shortener>(SHORTENERS.map((s) => [s.domain, s]));

/** The host of a URL as a reader would type it: lower case, no `www.`, no port. */
export function hostOf(url: string): string | null {
  if (/^(?:mailto|tel|sms):/i.test(url.trim())) return null;
  const m = /^(?:[a-z][a-z0-9+.-]*:\/\/)?(?:[^@/?#\s]*@)?([^/?#:\s]+)/i.exec(url.trim());
  if (!m) return null;
  return m[1].toLowerCase().replace(/\.$/, "").replace(/^www\./, "");
}

/** The listed domain `host` is, or is under, if any. */
function matchDomain(host: string, domains: (d: string) => boolean): string | null {
  let h = host;
  for (;;) {
    if (domains(h)) return h;
    const dot = h.indexOf(".");
    if (dot < 0) return null;
    h = h.slice(dot + 1);
  }
}

/** The shortener domain a host is, or is under, by host (posts repeat their links; bounded: cleared when full). */
const SHORTENER_BY_HOST = new Map<string, string | null>();

function shortenerOf(host: string): string | null {
  let domain = SHORTENER_BY_HOST.get(host);
  if (domain === undefined) {
    domain = matchDomain(host, (d) => BY_DOMAIN.has(d));
    if (SHORTENER_BY_HOST.size >= 10_000) SHORTENER_BY_HOST.clear();
    SHORTENER_BY_HOST.set(host, domain);
  }
  return domain;
}

type Options = {
  allow: string[];
};

export default defineRule<Options>({
  meta: {
    id: "link-shortener",
    description: "A link goes through a generic shortener (bit.ly, tinyurl, ow.ly, buff.ly...), which hides where it leads.",
    defaultSeverity: "info",
    options: {
      allow: {
        type: "array",
        items: { type: "string" },
        default: [],
        description: "Short domains to accept, such as your organisation's own (`go.example.org`); subdomains included.",
      },
    },
    messages: {
      shortener:
        "{{domain}} ({{service}}) hides where this link goes, so readers cannot judge the source{{x}}. Link to the page itself{{note}}.",
    },
  },
  check(ctx) {
    if (ctx.post.links.length === 0) return;
    const allow = ctx.options.allow.length > 0 ? new Set(ctx.options.allow.map((d) => hostOf(d) ?? d.toLowerCase())) : undefined;
    for (const link of ctx.post.links) {
      const host = hostOf(link.url);
      if (!host) continue;
      // The listed shortener first (most links are to no shortener), then the allowed domains.
      const domain = shortenerOf(host);
      if (!domain) continue;
      if (allow && matchDomain(host, (d) => allow.has(d))) continue;
      const s = BY_DOMAIN.get(domain)!;
      ctx.report({
        messageId: "shortener",
        data: {
          domain,
          service: s.service,
          x: ctx.post.platform === "x" ? ", and on X it saves nothing (every link counts 23 characters)" : "",
          note: s.note ? `; ${s.note}` : "",
        },
        range: urlRange(ctx.post.raw, link.urlRange, link.url),
      });
    }
  },
});

/** The URL itself within a link's URL part (`](https://bit.ly/x)` → `https://bit.ly/x`). */
function urlRange(raw: string, r: Range, url: string): Range {
  const part = raw.slice(r[0], r[1]);
  const at = part.indexOf(url);
  if (at >= 0) return [r[0] + at, r[0] + at + url.length];
  const m = /[^\s<>()[\]]+(?:\([^\s()]*\))?[^\s<>()[\]]*/.exec(part.replace(/^\]\(/, "  "));
  return m ? [r[0] + m.index, r[0] + m.index + m[0].length] : r;
}
