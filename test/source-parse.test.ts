/**
 * The source parser's shortcuts (issue 8) against what they stand for: micromark's events read
 * directly against the mdast tree, the simple front-matter reader against the YAML parser, and the
 * bare-URL search over words with a dot against twitter-text on the whole prose.
 */
import { afterEach, describe, expect, it } from "vitest";
import twitterText from "twitter-text";
import { parse as parseYaml } from "yaml";
import { bareUrls, parseInternals, parseSource, simpleFrontMatter } from "../src/source/parse.js";
import type { SplitMode } from "../src/types.js";

let seed = 20261122;
const rnd = (k: number) => {
  seed = (seed * 1103515245 + 12345) & 0x7fffffff;
  return seed % k;
};
const pick = <T>(xs: readonly T[]): T => xs[rnd(xs.length)];

const pieces = [
  "a", "word ", "Flu ", " ", " ", "\n", "\n\n", "\n\n", "\r\n", "\t", "    ", "*", "_", "**", "`", "``", "```", "~~~", "[", "]",
  "(", ")", "![", "](", "<", ">", "<!-- healthlint-disable x -- why -->", "<!-- healthlint-enable -->", "<!--", "-->", "<div>",
  "</div>", "http://a.co", "https://cdc.gov/flu", "cdc.gov", "www.x.org/a?b=c", "x@y.com", "<https://e.x/y>", "<a@b.co>", "\\",
  "\\[", "&amp;", "&#35;", '"', "'", "title", "#", "## ", "# ", "---", "***", "___", "===", "- ", "* ", "1. ", "> ", "[r]: http://d.e",
  "[r]", "[r][]", "![img](http://i.png \"t\")", "[l](http://l.com)", "[CDC](https://www.cdc.gov/flu 'the CDC')", "[*e*](u)", "#tag",
  "@user", ".", ",", ":", "é", "😀", "\u00a0", "-", "=", "0", "`code`", "<span>", "</span>", "<script>", "</script>", "\u0000", "\r", "\u2028", "[d]:\u2028x",
];

function randomDoc(): string {
  let s = rnd(5) === 0 ? "---\ntitle: x\n---\n" : "";
  const n = 1 + rnd(80);
  for (let i = 0; i < n; i++) s += pick(pieces);
  return s;
}

const modes: Array<[SplitMode, number]> = [["none", 2], ["thematic-break", 2], ["heading", 2], ["heading", 1]];

describe("reading micromark's events gives what the mdast tree gives", () => {
  afterEach(() => {
    parseInternals.readEvents = true;
  });
  const check = (doc: string) => {
    for (const [split, depth] of modes) {
      parseInternals.readEvents = true;
      const fast = parseSource(doc, "markdown", split, depth);
      parseInternals.readEvents = false;
      const reference = parseSource(doc, "markdown", split, depth);
      parseInternals.readEvents = true;
      expect(fast, JSON.stringify(doc)).toEqual(reference);
    }
  };
  it("on random documents", () => {
    for (let i = 0; i < 400; i++) check(randomDoc());
  });
  it("on long documents with links and code among plain paragraphs (parsed together)", () => {
    for (let i = 0; i < 8; i++) {
      const blocks: string[] = [];
      for (let b = 0; b < 200; b++) {
        blocks.push(
          pick([
            "Plain words about the flu season.",
            "- a list item\n- another",
            "1. first\n2. second",
            "> quoted words",
            "# A heading",
            "## Subheading",
            "---",
            "See [the CDC](https://www.cdc.gov/flu) today.",
            "Use `code` here.",
            "```\nfenced\n\n  code\n```",
            "    indented code",
            "<!-- healthlint-disable readability -- why -->",
            "<https://who.int>",
            "![alt text](a.png \"t\")",
            "- [link in a list](https://x.org)",
            "Title\n=====",
            "Visit cdc.gov/flu now.",
          ]),
        );
      }
      check(blocks.join(pick(["\n\n", "\n\n\n", "\r\n\r\n"])) + pick(["", "\n"]));
    }
  });
});

describe("the simple front-matter reader", () => {
  const keys = ["platform", "date", "title", "tags", "sources", "author", "sponsored", "a_b", "x-y", "true", "Null", "__proto__", "k1"];
  const values = [
    "x", "linkedin", "2025-12-13", "2025-12", "12-13", "2025", "1.5", "0x1F", "0o17", "1e3", ".inf", "-5", "+5", "true", "True", "TRUE", "tRUE",
    "false", "null", "NULL", "nULL", "~", "yes", "no", "on", "Maria Mensah", "Maria  Mensah ", '"November is Diabetes Awareness Month."',
    '"a \\"q\\""', "'it''s'", "'single'", '""', "''", "a #b", "a#b", "a: b", "a:b", "a:", "https://cdc.gov/a_b?c=d", "[a, b]", "[]",
    "[ a ,b ]", "[a,, b]", "[a, ]", "[https://www.who.int/x-(seasonal)]", "[\"q\", 'r']", "[a: b]", "[[a]]", "{a: b}", "&anchor x",
    "*alias", "!tag x", "|", ">", "- a", "@x", "`x`", "%x", "é 😀 ❤️", "a\tb", "\u00a0x", "Com #1", "x # comment",
  ];
  it("returns what the YAML parser returns, or leaves it to it", () => {
    let read = 0;
    for (let i = 0; i < 3000; i++) {
      const lines: string[] = [];
      const n = 1 + rnd(5);
      for (let l = 0; l < n; l++) {
        const r = rnd(20);
        if (r === 0) lines.push("");
        else if (r === 1) lines.push("  - item");
        else if (r === 2) lines.push(`${pick(keys)}:`);
        else if (r === 3) lines.push("# comment");
        else lines.push(`${pick(keys)}:${pick([" ", "  ", ""])}${pick(values)}`);
      }
      const yamlText = lines.join("\n") + pick(["", "\n"]);
      const simple = simpleFrontMatter(yamlText);
      if (simple === undefined) continue;
      read++;
      expect(simple, JSON.stringify(yamlText)).toEqual(parseYaml(yamlText, { prettyErrors: false, uniqueKeys: false }));
    }
    expect(read).toBeGreaterThan(100);
  });
});

describe("bare URLs searched word by word", () => {
  const words = [
    "cdc.gov", "cdc.gov/flu", "https://www.cdc.gov/flu?x=1", "http://a.co", "a.b", "end.", "e.g.", "x@y.com", "@user.name", "$cash.tag",
    "#tag.x", "(cdc.gov)", "“who.int”", "t.co/abc", "https://t.co/abcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyz", "xn--bcher-kva.example",
    "münchen.de", "éwww.x.org/a?b=ca(#", "é.com", "a.b.c.d.e.f", "-cdc.gov", "_cdc.gov", "./cdc.gov", "1.5", "word", "words,", "a", "example.com:8080/x", "sub.domain.co.uk/",
  ];
  const spaces = [" ", "  ", "\n", "\r\n", "\t", "\u00a0", "\u2003", "\u3000", ""];
  it("finds what twitter-text finds in the whole text", () => {
    for (let i = 0; i < 3000; i++) {
      let s = "";
      const n = 1 + rnd(12);
      for (let w = 0; w < n; w++) s += pick(spaces) + pick(words);
      if (rnd(2) === 0) s += pick(spaces);
      const expected = twitterText.extractUrlsWithIndices(s).map((u) => ({ url: u.url, indices: u.indices }));
      expect(bareUrls(s), JSON.stringify(s)).toEqual(expected);
    }
  });
  it("leaves out words longer than any URL", () => {
    const long = `a.${"b".repeat(2000)}.com`;
    expect(bareUrls(`${long} cdc.gov`)).toEqual([{ url: "cdc.gov", indices: [long.length + 1, long.length + 8] }]);
  });
});
