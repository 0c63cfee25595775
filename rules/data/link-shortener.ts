/**
 * Generic link shorteners: services whose short links say nothing about where they lead. Each entry
 * names the service (its own site is the primary source) and is also listed in the maintained
 * collection PeterDaveHello/url-shorteners (github.com/PeterDaveHello/url-shorteners, the `list`
 * file, CC BY-SA 4.0), which this list does not copy: it keeps only the generic services seen in
 * social posts. Brands' own short domains (nyti.ms, cdc.gov/... go links, an organisation's own
 * domain) are not here: they name their owner. Add yours to the rule's `allow` option if you use a
 * generic service under your own domain.
 */

export interface Shortener {
  domain: string;
  service: string;
  source: string;
  /** Something more to say about this one. */
  note?: string;
}

const LIST = "listed in github.com/PeterDaveHello/url-shorteners";
const s = (domain: string, service: string, site: string, note?: string): Shortener => ({
  domain,
  service,
  source: `${site} (the service's site); ${LIST}`,
  ...(note ? { note } : {}),
});

export const SHORTENERS: readonly Shortener[] = [
  s("bit.ly", "Bitly", "bitly.com"),
  s("bitly.com", "Bitly", "bitly.com"),
  s("j.mp", "Bitly", "bitly.com"),
  s("tinyurl.com", "TinyURL", "tinyurl.com"),
  s("tiny.cc", "tiny.cc", "tiny.cc"),
  s("ow.ly", "Hootsuite Ow.ly", "hootsuite.com"),
  s("ht.ly", "Hootsuite", "hootsuite.com"),
  s("buff.ly", "Buffer", "buffer.com"),
  s("dlvr.it", "dlvr.it", "dlvrit.com"),
  s("ift.tt", "IFTTT", "ifttt.com"),
  s("trib.al", "SocialFlow", "socialflow.com"),
  s("lnkd.in", "LinkedIn", "linkedin.com", "LinkedIn wraps links itself: paste the page's own address"),
  s("t.co", "X (Twitter)", "x.com", "X wraps every link in t.co when it publishes: paste the page's own address"),
  s("fb.me", "Facebook", "facebook.com"),
  s("goo.gl", "Google URL Shortener", "developers.googleblog.com", "Google has shut the goo.gl service and turned many of its links off (2025): this link may already be broken"),
  s("is.gd", "is.gd", "is.gd"),
  s("v.gd", "v.gd", "v.gd"),
  s("rebrand.ly", "Rebrandly", "rebrandly.com"),
  s("rb.gy", "Rebrandly rb.gy", "free-url-shortener.rb.gy"),
  s("cutt.ly", "Cuttly", "cutt.ly"),
  s("shorturl.at", "ShortURL", "shorturl.at"),
  s("t.ly", "T.LY", "t.ly"),
  s("bl.ink", "BL.INK", "bl.ink"),
  s("t2m.io", "T2M", "t2m.io"),
  s("s.id", "s.id", "s.id"),
  s("bit.do", "Bit.do", "bit.do"),
  s("soo.gd", "soo.gd", "soo.gd"),
  s("clck.ru", "Yandex clck.ru", "clck.ru"),
  s("qr.ae", "Quora", "quora.com"),
  s("linktr.ee", "Linktree", "linktr.ee", "Linktree pages list other links: readers cannot see which one you mean"),
  s("lnk.bio", "Lnk.Bio", "lnk.bio"),
  s("shorte.st", "Shorte.st (ad-supported)", "shorte.st", "it shows readers an advertisement before the page"),
  s("adf.ly", "AdFly (ad-supported)", "adf.ly", "it shows readers an advertisement before the page"),
  s("ouo.io", "ouo.io (ad-supported)", "ouo.io", "it shows readers an advertisement before the page"),
  s("su.pr", "StumbleUpon", "stumbleupon.com"),
  s("mcaf.ee", "McAfee", "mcafee.com"),
  s("x.co", "GoDaddy x.co", "godaddy.com"),
  s("smarturl.it", "SmartURL", "smarturl.it"),
  s("urlz.fr", "urlz.fr", "urlz.fr"),
  s("shrtco.de", "shrtco.de", "shrtco.de"),
];
