/**
 * A file's text as rules see it: front matter read, Markdown parsed with positions, everything
 * that is not prose blanked out without shifting offsets, links and images collected, directives
 * found, and the file split into posts.
 */
import { fromMarkdown } from "mdast-util-from-markdown";
import { parse as micromarkParse, postprocess, preprocess } from "micromark";
import type { Event, ParseContext } from "micromark-util-types";
import twitterText from "twitter-text";
import { parse as parseYaml, YAMLParseError } from "yaml";
import type { Root, RootContent, Nodes } from "mdast";
import type { FileFormat, Image, Link, SplitMode } from "../types.js";
import { commentBody, parseDirective, type Directive } from "./directives.js";
import { Masker } from "./mask.js";

export interface SourceProblem {
  message: string;
  range: [number, number];
  /** `warn`: the file was linted, less precisely (a part parsed as plain text). Default: a fatal error. */
  severity?: "warn";
}

interface Segment {
  start: number;
  end: number;
}

export interface ParsedSource {
  text: string;
  format: FileFormat;
  /** The whole file with non-prose blanked out (same length as `text`). */
  prose: string;
  frontMatter: Record<string, unknown>;
  /** Where the prose starts (after any front matter). */
  bodyStart: number;
  links: Array<Link>;
  images: Array<Image>;
  directives: Directive[];
  /** Problems with the file itself: front matter that is not YAML or never closed. */
  problems: SourceProblem[];
  /** Post boundaries, offsets into `text`. */
  posts: Segment[];
}

export function formatOf(filePath: string | undefined): FileFormat {
  return filePath && /\.txt$/i.test(filePath) ? "text" : "markdown";
}

/**
 * Limits that keep Markdown parsing linear on hostile input. micromark recurses once per level of
 * list or quote nesting and its time grows with the depth; it also takes time that grows with the
 * square of the headings and paragraphs in one document (its subtokenize step) and of the emphasis
 * and bracket delimiters in one paragraph. So a file is parsed in chunks cut at block boundaries,
 * each of a bounded size, and a block past these limits is linted as plain text, with a warning.
 * Real posts stay far below them. Blocks are parsed together in documents of at most BATCH_LINES
 * lines (CHUNK_LINES when the file has a link definition, which reaches across blocks).
 */
const MAX_MARKDOWN_NESTING = 32;
/** Non-blank lines outside code fences in one parse (a block longer than this is plain text). */
const CHUNK_LINES = 200;
/** Characters in one parse, when blocks of a file with a link definition are joined into chunks (a single block may be longer). */
const CHUNK_CHARS = 32_768;
/**
 * Otherwise blocks, and chunks separated by trivial ones, are parsed together up to these sizes
 * (see markdownChunks and parseBatch); a single block may be longer (up to CHUNK_LINES):
 * micromark's time per block is least for documents of some tens of lines (a fixed cost per
 * document below that, its splicing of event arrays above).
 */
const BATCH_LINES = 48;
const BATCH_CHARS = 8_192;
/** Emphasis, bracket, code and HTML delimiters (`*_[]`<~`) in one block. */
const MAX_DELIMITERS = 400;

export function parseSource(
  text: string,
  format: FileFormat,
  split: SplitMode = "none",
  splitHeadingDepth = 2,
): ParsedSource {
  const masker = new Masker(text);
  const links: Link[] = [];
  const images: Image[] = [];
  const directives: Directive[] = [];
  const problems: SourceProblem[] = [];
  let frontMatter: Record<string, unknown> = {};
  let bodyStart = 0;
  const breaks: Array<{ start: number; end: number; keep: boolean }> = [];

  const fm = readFrontMatter(text, problems);
  if (fm) {
    frontMatter = fm.data;
    bodyStart = fm.end;
    masker.mask(0, fm.end);
  }

  if (format === "markdown") {
    const plain: Chunk[] = [];
    // Markdown chunks waiting to be parsed together (see parseBatch), in file order.
    let batch: Chunk[] = [];
    let batchLines = 0;
    let batchChars = 0;
    const flush = () => {
      if (batch.length > 0) {
        for (const failed of parseBatch(text, batch, masker, links, images, directives, split, splitHeadingDepth, breaks)) plain.push(failed);
        batch = [];
        batchLines = 0;
        batchChars = 0;
      }
    };
    // Trivial chunks' post breaks are recorded by markdownChunks itself (nothing else in them is needed).
    for (const chunk of markdownChunks(text, bodyStart, split, splitHeadingDepth, breaks)) {
      if (chunk.trivial) continue;
      if (chunk.plain === undefined) {
        const size = chunk.end - chunk.start;
        if (batch.length > 0 && (batchLines + chunk.lines > BATCH_LINES || batchChars + size > BATCH_CHARS)) flush();
        batch.push(chunk);
        batchLines += chunk.lines;
        batchChars += size;
        continue;
      }
      flush();
      plain.push(chunk);
      textDirectivesAndBreaks(text, Math.max(chunk.start, bodyStart), chunk.end, masker, directives, split, breaks);
    }
    flush();
    if (plain.length > 0) {
      const first = plain[0];
      const more = plain.length > 1 ? ` (and ${plain.length - 1} more ${plain.length === 2 ? "part" : "parts"} of the file)` : "";
      problems.push({
        severity: "warn",
        message: `Lines ${first.line}-${first.endLine} were linted as plain text, not Markdown, because ${first.plain}${more}: code, link URLs and HTML comments there are not masked.`,
        range: [first.start, Math.min(first.start + 1, first.end)],
      });
    }
  } else {
    textDirectivesAndBreaks(text, bodyStart, text.length, masker, directives, split, breaks);
  }
  breaks.sort((a, b) => a.start - b.start);

  let prose = masker.apply();
  // Bare URLs (as X linkifies them, e.g. "cdc.gov/flu") that Markdown did not already make links.
  const urls = bareUrls(prose);
  if (urls.length > 0) {
    // A URL holds no space, and masked text is all spaces: blank the URLs in place.
    const out: string[] = [];
    let last = 0;
    for (const u of urls) {
      const [s, e] = u.indices;
      links.push({ url: u.url, range: [s, e], urlRange: [s, e] });
      masker.mask(s, e);
      out.push(prose.slice(last, s), " ".repeat(e - s));
      last = e;
    }
    out.push(prose.slice(last));
    prose = out.join("");
  }
  links.sort((a, b) => a.range[0] - b.range[0]);

  const posts: Segment[] = [];
  let cursor = bodyStart;
  for (const b of breaks) {
    if (b.start < bodyStart) continue;
    posts.push({ start: cursor, end: b.start });
    cursor = b.keep ? b.start : b.end;
  }
  posts.push({ start: cursor, end: text.length });
  const nonEmpty = posts.filter((p) => prose.slice(p.start, p.end).trim() !== "");
  return {
    text,
    format,
    prose,
    frontMatter,
    bodyStart,
    links,
    images,
    directives,
    problems,
    posts: nonEmpty.length > 0 ? nonEmpty : [{ start: bodyStart, end: text.length }],
  };
}

/** Longest run of non-space characters searched for a bare URL. */
const MAX_URL_WORD = 1_000;

/**
 * twitter-text's bare URLs in the prose, with their offsets. A URL never holds a space and always
 * holds a dot, and what twitter-text looks at around one (the character before it, the one after a
 * top-level domain) is a space or the start or end of the text either way: so only the words
 * (runs of non-space characters) with a dot are handed to it, each after a single space (none for
 * a word at the very start), and the offsets mapped back. Its URL pattern also takes time that grows with the square of a word's length
 * ("a.a.a.…"): words longer than any real URL are left out.
 */
export function bareUrls(prose: string): Array<{ url: string; indices: [number, number] }> {
  const parts: string[] = [];
  const at: number[] = [];
  const from: number[] = [];
  let length = 0;
  const n = prose.length;
  const space = (c: number) => c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0 || c === 0x3000 || (c >= 0x2000 && c <= 0x200a);
  // Each word with a dot, found from its first dot: every character is looked at about once.
  for (let dot = prose.indexOf("."); dot >= 0; ) {
    let start = dot;
    while (start > 0 && !space(prose.charCodeAt(start - 1))) start--;
    let end = dot + 1;
    while (end < n && !space(prose.charCodeAt(end))) end++;
    if (end - start <= MAX_URL_WORD) {
      // A space before every word but one at the very start, as in the prose: the character
      // before a URL is part of twitter-text's match, and the start of the text is not the same.
      if (start > 0) {
        parts.push(" ");
        length++;
      }
      at.push(length);
      from.push(start);
      parts.push(prose.slice(start, end));
      length += end - start;
    }
    dot = end < n ? prose.indexOf(".", end + 1) : -1;
  }
  if (parts.length === 0) return [];
  const found = twitterText.extractUrlsWithIndices(parts.join(""));
  let k = 0;
  return found.map((u) => {
    const [s, e] = u.indices;
    while (k + 1 < at.length && at[k + 1] <= s) k++;
    return { url: u.url, indices: [from[k] + s - at[k], from[k] + e - at[k]] };
  });
}

function readFrontMatter(
  text: string,
  problems: SourceProblem[],
): { data: Record<string, unknown>; end: number } | null {
  const open = /^---[ \t]*(\r\n|\n|\r)/.exec(text);
  if (!open) return null;
  const close = /(^|\r\n|\n|\r)(---|\.\.\.)[ \t]*(\r\n|\n|\r|$)/g;
  close.lastIndex = open[0].length - 1;
  const m = close.exec(text);
  if (!m || m.index < open[0].length - 1) {
    problems.push({
      message: "Front matter opened on line 1 is never closed with a line of `---`; the file is linted as if it had none.",
      range: [0, 3],
    });
    return null;
  }
  const yamlText = text.slice(open[0].length, m.index + m[1].length);
  const end = m.index + m[0].length;
  let data: unknown = simpleFrontMatter(yamlText);
  if (data !== undefined) return { data: data as Record<string, unknown>, end };
  try {
    data = parseYaml(yamlText, { prettyErrors: false, uniqueKeys: false });
  } catch (error) {
    const e = error as YAMLParseError;
    const pos = e.linePos?.[0];
    const where = pos ? ` (front matter line ${pos.line + 1}, column ${pos.col})` : "";
    const offset = open[0].length + (e.pos?.[0] ?? 0);
    problems.push({
      message: `Front matter is not valid YAML${where}: ${firstLine(e.message)}`,
      range: [offset, Math.min(offset + 1, text.length)],
    });
    return { data: {}, end };
  }
  if (data === null || data === undefined) return { data: {}, end };
  if (typeof data !== "object" || Array.isArray(data)) {
    problems.push({ message: "Front matter must be a YAML mapping (key: value lines).", range: [0, 3] });
    return { data: {}, end };
  }
  return { data: data as Record<string, unknown>, end };
}

/**
 * The front matter most posts have, read without the YAML parser (a fifth of parsing a post went
 * to it): `key: value` lines at the left margin whose values are plain words, simple quoted
 * strings, `true`/`false`/`null`, or a one-line `[a, b]` list of those. Anything else (numbers,
 * comments, nesting, block lists, escapes, anchors, tags, repeated keys, ...) returns undefined and
 * goes to the YAML parser; what is read here is what it would return (checked in the tests).
 */
export function simpleFrontMatter(yamlText: string): Record<string, unknown> | undefined {
  if (yamlText.includes("\r")) return undefined;
  const data: Record<string, unknown> = {};
  let keys = 0;
  for (const line of yamlText.split("\n")) {
    if (line === "") continue;
    const m = /^([A-Za-z_][A-Za-z0-9_-]*):(?: (.*))?$/.exec(line);
    if (!m || m[2] === undefined) return undefined;
    const key = m[1];
    if (key === "__proto__" || Object.prototype.hasOwnProperty.call(data, key) || /^(?:true|false|null)$/i.test(key)) return undefined;
    const raw = trimSpaces(m[2]);
    let value: unknown;
    if (raw.startsWith("[")) {
      if (!raw.endsWith("]")) return undefined;
      const inner = raw.slice(1, -1);
      const items: unknown[] = [];
      if (trimSpaces(inner) !== "") {
        for (const part of inner.split(",")) {
          const item = simpleScalar(trimSpaces(part), true);
          if (item === undefined) return undefined;
          items.push(item);
        }
      }
      value = items;
    } else {
      value = simpleScalar(raw, false);
      if (value === undefined) return undefined;
    }
    data[key] = value;
    keys++;
  }
  return keys > 0 ? data : undefined;
}

/** The string without spaces (U+0020 only) at either end. */
function trimSpaces(s: string): string {
  let a = 0;
  let b = s.length;
  while (a < b && s.charCodeAt(a) === 32) a++;
  while (b > a && s.charCodeAt(b - 1) === 32) b--;
  return a === 0 && b === s.length ? s : s.slice(a, b);
}

/** A quoted string with no escape, or a plain scalar that is a word-like string, a boolean or null. */
function simpleScalar(s: string, flow: boolean): string | boolean | null | undefined {
  if (s === "") return undefined;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    // Control characters, tabs, C1 controls, surrogates, BOM and non-characters: leave to YAML.
    if (c < 0x20 || (c >= 0x7f && c < 0xa0) || (c >= 0xd800 && c <= 0xdfff) || c >= 0xfdd0) return undefined;
  }
  const q = s.charCodeAt(0);
  if (q === 34 /* " */) return /^"[^"\\]*"$/.test(s) ? s.slice(1, -1) : undefined;
  if (q === 39 /* ' */) return /^'[^']*'$/.test(s) ? s.slice(1, -1) : undefined;
  // Indicators and what may start a number (-, +, ., digits) or a special value (~) stay with YAML;
  // but digits joined by hyphens (a date) are no number in YAML 1.2: a string.
  if (/^[-?:,[\]{}#&*!|>%@`+.~0-9]/.test(s) && !/^[0-9]+(?:-[0-9]+)+$/.test(s)) return undefined;
  if (s.includes(" #") || s.includes(": ") || s.endsWith(":")) return undefined;
  if (flow && /[[\]{},]/.test(s)) return undefined;
  if (/^(?:true|True|TRUE)$/.test(s)) return true;
  if (/^(?:false|False|FALSE)$/.test(s)) return false;
  if (/^(?:null|Null|NULL)$/.test(s)) return null;
  // Any other spelling of these (tRUE, nULL, ...) is a string in YAML 1.2, but leave it to YAML.
  if (/^(?:true|false|null)$/i.test(s)) return undefined;
  return s;
}

function firstLine(s: string): string {
  return s.split("\n")[0].replace(/\s+at line \d+, column \d+:?$/, "");
}

interface Chunk {
  start: number;
  end: number;
  /** 1-based first and last line. */
  line: number;
  endLine: number;
  /** Why this chunk is linted as plain text; undefined for Markdown. */
  plain?: string;
  /** Non-blank lines outside fenced code and HTML blocks. */
  lines: number;
  /** No line of the chunk can start or hold a node that is masked or collected: no need to parse it. */
  trivial?: boolean;
}

const THEMATIC_BREAK = /^ {0,3}(?:(?:-[ \t]*){3,}|(?:\*[ \t]*){3,}|(?:_[ \t]*){3,})$/;
/** A line of only - = * _ (a setext underline or thematic break, or a list item of them): its reading depends on the line before. */
const UNDERLINE_LIKE = /^ {0,3}[-=*_][-=*_ \t]*$/;
const ATX_HEADING = /^( {0,3})(#{1,6})(?:[ \t]|$)/;

type Break = { start: number; end: number; keep: boolean };

/**
 * Cuts the Markdown body (after any front matter) into chunks that can be parsed apart without
 * changing the result: a cut is made only before an unindented line that follows a blank line
 * (every list and quote has ended there), outside fenced code and outside HTML blocks that run to
 * an end marker. Blocks are joined into chunks of at most CHUNK_LINES lines and CHUNK_CHARS
 * characters; a block past the limits above becomes a chunk of its own, marked plain.
 *
 * A block is screened: one with no code span or fence (`` ` `` or `~~~`), no HTML, autolink or
 * comment (`<`), no link or image (`[`), no indented line (indented code), and no line whose reading
 * depends on the line before (setext underlines; a thematic break is allowed as the block's first
 * line, where it is unambiguous), can only parse into paragraphs, lists, quotes, emphasis and
 * headings, none of which is masked or collected: it is marked trivial and not parsed at all. A
 * file with a link reference definition is parsed whole, as definitions reach across blocks.
 * The post breaks of trivial blocks are read off their lines in the same pass and pushed to
 * `breaks`: a thematic break can only be the first line of a block there, and an ATX heading is
 * unindented. One pass over the text, so linear.
 */
function markdownChunks(text: string, bodyStart: number, split: SplitMode, splitDepth: number, breaks: Break[]): Chunk[] {
  type Block = Chunk & { lines: number; delimiters: number; depth: number; special: boolean; cuts: Break[] | null };
  const blocks: Block[] = [];
  const n = text.length;
  // `[label]: destination`, a link reference definition: a file with one is never screened. Looked
  // for on each line below, or here with a regex when the text has the line separators a regex's
  // `^` also starts a line after (U+2028, U+2029).
  let definition = false;
  const separators = text.indexOf("\u2028", bodyStart) >= 0 || text.indexOf("\u2029", bodyStart) >= 0;
  if (separators) {
    const definitions = /^ {0,3}\[[^\]\r\n]+\]:/gm;
    definitions.lastIndex = bodyStart;
    definition = definitions.test(text);
  }
  const DEFINITION = /\[[^\]\r\n]+\]:/y;
  let line = 1;
  for (let i = 0; i < bodyStart; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) line++;
  }
  const fresh = (start: number, at: number): Block => ({
    start,
    end: start,
    line: at,
    endLine: at,
    lines: 0,
    delimiters: 0,
    depth: 0,
    special: false,
    cuts: null,
  });
  let block = fresh(bodyStart, line);
  let fence: { char: number; len: number } | null = null;
  let htmlEnd: string | null = null;
  let prevBlank = false;
  let lastLine = line;
  let pos = bodyStart;
  const close = (end: number, endLine: number) => {
    block.end = end;
    block.endLine = endLine;
    if (block.depth >= MAX_MARKDOWN_NESTING) block.plain = `lists or quotes are nested ${MAX_MARKDOWN_NESTING} or more levels deep`;
    else if (block.lines > CHUNK_LINES) block.plain = `a block runs ${block.lines} lines without a blank line (the limit is ${CHUNK_LINES})`;
    else if (block.delimiters > MAX_DELIMITERS)
      block.plain = `a block has ${block.delimiters} emphasis, link or code delimiters (the limit is ${MAX_DELIMITERS})`;
    if (block.end > block.start) blocks.push(block);
  };
  while (pos < n) {
    // One line: [pos, eol); `lead` is its first character that is not a space or tab.
    let eol = pos;
    let lead = -1;
    let tabbed = false;
    let delimiters = 0;
    let special = false;
    while (eol < n) {
      const c = text.charCodeAt(eol);
      if (c === 10 || c === 13) break;
      if (lead < 0) {
        if (c === 9) tabbed = true;
        else if (c !== 32) lead = eol;
      }
      // * _ [ ] ` < ~
      if (c === 42 || c === 95 || c === 91 || c === 93 || c === 96 || c === 60 || c === 126) {
        delimiters++;
        if (c === 91 || c === 96 || c === 60) special = true;
      }
      eol++;
    }
    const next = text.charCodeAt(eol) === 13 && text.charCodeAt(eol + 1) === 10 ? eol + 2 : Math.min(eol + 1, n);
    const blank = lead < 0;
    const first = text.charCodeAt(pos);
    if (prevBlank && !blank && fence === null && htmlEnd === null && first !== 32 && first !== 9 && pos > block.start) {
      close(pos, line - 1);
      block = fresh(pos, line);
    }
    const blockStart = block.lines === 0;
    // Up to 3 spaces of indentation (a tab or more spaces: not a fence, heading, break or HTML start).
    const shallow = !blank && !tabbed && lead - pos <= 3;
    const lc = blank ? -1 : text.charCodeAt(lead);
    if (!definition && !separators && lc === 91 && shallow) {
      DEFINITION.lastIndex = lead;
      definition = DEFINITION.test(text);
    }
    if (fence !== null) {
      if (shallow && lc === fence.char) {
        const m = /^ {0,3}(`{3,}|~{3,})[ \t]*$/.exec(text.slice(pos, eol));
        if (m && m[1].length >= fence.len) fence = null;
      }
    } else if (htmlEnd !== null) {
      if (text.slice(pos, eol).toLowerCase().includes(htmlEnd)) htmlEnd = null;
    } else if (!blank) {
      const content = shallow && (lc === 96 || lc === 126 || lc === 60 || lc === 45 || lc === 61 || lc === 42 || lc === 95 || lc === 35) ? text.slice(pos, eol) : null;
      const f = content !== null && (lc === 96 || lc === 126) ? /^ {0,3}(`{3,}|~{3,})(.*)$/.exec(content) : null;
      if (f && !(f[1][0] === "`" && f[2].includes("`"))) {
        fence = { char: f[1].charCodeAt(0), len: f[1].length };
        block.special = true;
      } else if (content !== null && lc === 60) htmlEnd = htmlBlockEnd(content);
      if (!block.special) {
        if (first === 9 || text.startsWith("    ", pos)) block.special = true;
        else if (content !== null && lc !== 35 && lc !== 96 && lc !== 126 && lc !== 60 && UNDERLINE_LIKE.test(content) && !(blockStart && THEMATIC_BREAK.test(content)))
          block.special = true;
        else if (content !== null && lc === 35 && lead > pos && ATX_HEADING.test(content)) block.special = true;
      }
      block.lines++;
      block.depth = Math.max(block.depth, lineDepth(text, pos, eol));
      block.delimiters += delimiters;
      if (special) block.special = true;
      // Post breaks, kept in case the block turns out trivial (see trivial chunks below).
      if (split !== "none" && content !== null && !block.special) {
        if (split === "thematic-break") {
          if ((prevBlank || blockStart) && lc !== 35 && lc !== 60 && THEMATIC_BREAK.test(content)) {
            let e = eol;
            while (e > lead && (text.charCodeAt(e - 1) === 32 || text.charCodeAt(e - 1) === 9)) e--;
            (block.cuts ??= []).push({ start: lead, end: e, keep: false });
          }
        } else if (lc === 35) {
          const h = ATX_HEADING.exec(content);
          if (h && h[2].length <= splitDepth) (block.cuts ??= []).push({ start: pos, end: pos, keep: true });
        }
      }
    }
    prevBlank = blank;
    pos = next;
    lastLine = line;
    if (next > eol) line++;
  }
  close(n, lastLine);
  if (definition) for (const b of blocks) b.special = true;

  // Join Markdown blocks into chunks; plain blocks stand alone; trivial blocks join each other.
  // Blocks are independent unless the file has a link definition (which reaches across blocks):
  // then they are joined up to CHUNK_LINES, else into the smaller documents micromark is fastest on.
  const joinLines = definition ? CHUNK_LINES : BATCH_LINES;
  const joinChars = definition ? CHUNK_CHARS : BATCH_CHARS;
  const chunks: Chunk[] = [];
  let current: Chunk | null = null;
  for (const b of blocks) {
    const trivial = b.plain === undefined && !b.special;
    if (trivial && b.cuts) for (const c of b.cuts) breaks.push(c);
    if (b.plain !== undefined) {
      if (current) chunks.push(current);
      current = null;
      chunks.push({ start: b.start, end: b.end, line: b.line, endLine: b.endLine, lines: b.lines, plain: b.plain });
    } else if (
      current &&
      current.trivial === trivial &&
      (trivial || (current.lines + b.lines <= joinLines && b.end - current.start <= joinChars))
    ) {
      current.end = b.end;
      current.endLine = b.endLine;
      current.lines += b.lines;
    } else {
      if (current) chunks.push(current);
      current = { start: b.start, end: b.end, line: b.line, endLine: b.endLine, lines: b.lines, trivial };
    }
  }
  if (current) chunks.push(current);
  return chunks;
}

/** The end marker of an HTML block that may span blank lines (CommonMark kinds 1-5), or null. */
function htmlBlockEnd(line: string): string | null {
  const m = /^ {0,3}<(!--|\?|!\[CDATA\[|![A-Za-z]|(?:script|pre|style|textarea)(?=[\s>]|$))/i.exec(line);
  if (!m) return null;
  const open = m[1].toLowerCase();
  const end = open === "!--" ? "-->" : open === "?" ? "?>" : open === "![cdata[" ? "]]>" : open.startsWith("!") ? ">" : `</${open}>`;
  return line.toLowerCase().includes(end, m[0].length) ? null : end;
}

/**
 * A linear estimate of how deep a line is nested: list and quote markers at its start, plus half
 * the indentation before a marker (a list nested by indentation shows one marker per line).
 */
function lineDepth(line: string, from: number, to: number): number {
  let depth = 0;
  let indent = 0;
  let i = from;
  const n = to;
  for (;;) {
    while (i < n && (line.charCodeAt(i) === 32 || line.charCodeAt(i) === 9)) {
      indent += line.charCodeAt(i) === 9 ? 4 : 1;
      i++;
    }
    const c = line.charCodeAt(i);
    const spaceAfter = (j: number) => j >= n || line.charCodeAt(j) === 32 || line.charCodeAt(j) === 9;
    if (c === 62 /* > */) {
      depth++;
      i++;
      continue;
    }
    if ((c === 45 /* - */ || c === 42 /* * */ || c === 43) /* + */ && spaceAfter(i + 1)) {
      depth++;
      i++;
      continue;
    }
    let j = i;
    while (j < n && j - i < 9 && line.charCodeAt(j) >= 48 && line.charCodeAt(j) <= 57) j++;
    if (j > i && (line.charCodeAt(j) === 46 /* . */ || line.charCodeAt(j) === 41) /* ) */ && spaceAfter(j + 1)) {
      depth++;
      i = j + 1;
      continue;
    }
    break;
  }
  return depth === 0 ? 0 : depth + Math.floor(indent / 2);
}

/**
 * Parses Markdown chunks (in file order) and records what rules need from them. Chunks are joined
 * into one document, trivial stretches between them left out: every chunk starts on an unindented
 * line after a blank line and every chunk but the file's last ends with a blank line, so no node
 * that is masked or collected reaches across a join (see markdownChunks). micromark's events are
 * read directly (readEvents); a document with a construct readEvents does not handle (a
 * definition, a link with markup in its text, ...) is parsed again chunk by chunk into an mdast
 * tree, as before. Returns the chunks micromark failed on, now linted as plain text.
 */
function parseBatch(
  text: string,
  batch: Chunk[],
  masker: Masker,
  links: Link[],
  images: Image[],
  directives: Directive[],
  split: SplitMode,
  splitDepth: number,
  breaks: Break[],
): Chunk[] {
  const at: number[] = [];
  const from: number[] = [];
  let source: string;
  if (batch.length === 1) {
    const c = batch[0];
    source = c.start === 0 && c.end === text.length ? text : text.slice(c.start, c.end);
    at.push(0);
    from.push(c.start);
  } else {
    const parts: string[] = [];
    let length = 0;
    for (const c of batch) {
      at.push(length);
      from.push(c.start);
      parts.push(text.slice(c.start, c.end));
      length += c.end - c.start;
    }
    source = parts.join("");
  }
  let events: Event[] | null = null;
  if (parseInternals.readEvents) {
    try {
      events = markdownEvents(source);
    } catch {
      events = null;
    }
  }
  if (events) {
    let k = 0;
    const mapStart = (offset: number): number => {
      while (k > 0 && at[k] > offset) k--;
      while (k + 1 < at.length && at[k + 1] <= offset) k++;
      return from[k] + offset - at[k];
    };
    const mapEnd = (offset: number): number => (offset > 0 ? mapStart(offset - 1) + 1 : mapStart(offset));
    const found = readEvents(events, text, mapStart, mapEnd, split, splitDepth);
    if (found) {
      for (let i = 0; i < found.masks.length; i += 2) masker.mask(found.masks[i], found.masks[i + 1]);
      for (const l of found.links) links.push(l);
      for (const i of found.images) images.push(i);
      for (const d of found.directives) directives.push(d);
      for (const b of found.breaks) breaks.push(b);
      return [];
    }
  }
  const failed: Chunk[] = [];
  for (const chunk of batch) {
    const base = chunk.start;
    const source = base === 0 && chunk.end === text.length ? text : text.slice(base, chunk.end);
    try {
      // Chunks start after the front matter (read by readFrontMatter), so no extension is needed:
      // bare URLs are found once, in parseSource, as X finds them.
      const tree = fromMarkdown(source);
      walkMarkdown(tree, text, base, masker, links, images, directives);
      if (split !== "none") {
        for (const node of tree.children) {
          const s = node.position?.start.offset;
          const e = node.position?.end.offset;
          if (s === undefined || e === undefined) continue;
          if (split === "thematic-break" && node.type === "thematicBreak") breaks.push({ start: base + s, end: base + e, keep: false });
          if (split === "heading" && node.type === "heading" && node.depth <= splitDepth) breaks.push({ start: base + s, end: base + s, keep: true });
        }
      }
    } catch (error) {
      // micromark gave up (a stack overflow, say): lint this chunk as text.
      chunk.plain = `the Markdown parser failed: ${error instanceof Error ? error.message : String(error)}`;
      failed.push(chunk);
      textDirectivesAndBreaks(text, chunk.start, chunk.end, masker, directives, split, breaks);
    }
  }
  return failed;
}

/** For tests: `readEvents: false` parses every Markdown chunk into an mdast tree (the reference). */
export const parseInternals = { readEvents: true };

let parser: ParseContext | undefined;

/** micromark's events for a document, with one parser (its constructs combined once) reused. */
function markdownEvents(source: string): Event[] {
  parser ??= micromarkParse();
  // The only state a parser keeps across documents: definitions seen and lazy lines.
  parser.defined = [];
  parser.lazy = {};
  return postprocess(parser.document().write(preprocess()(source, undefined, true)));
}

interface Found {
  /** Start and end of each range to blank, in pairs. */
  masks: number[];
  links: Link[];
  images: Image[];
  directives: Directive[];
  breaks: Break[];
}

/** Index of the exit event of the token entered at `i`. */
function exitOf(events: Event[], i: number): number {
  const token = events[i][1];
  let j = i + 1;
  while (events[j][1] !== token || events[j][0] !== "exit") j++;
  return j;
}

/**
 * What walkMarkdown and the top-level breaks would take from the mdast tree, read off micromark's
 * events: code, HTML, links and images, top-level thematic breaks and headings. Handles what real
 * posts hold; returns null on anything else (definitions, references, markup or escapes inside a
 * link's text or URL or an image's alt or title, HTML over several lines), for the mdast path.
 */
function readEvents(
  events: Event[],
  text: string,
  mapStart: (offset: number) => number,
  mapEnd: (offset: number) => number,
  split: SplitMode,
  splitDepth: number,
): Found | null {
  const found: Found = { masks: [], links: [], images: [], directives: [], breaks: [] };
  let containers = 0;
  for (let i = 0; i < events.length; i++) {
    const [kind, token] = events[i];
    const type = token.type;
    if (kind === "exit") {
      if (type === "blockQuote" || type === "listOrdered" || type === "listUnordered") containers--;
      continue;
    }
    switch (type) {
      case "blockQuote":
      case "listOrdered":
      case "listUnordered":
        containers++;
        break;
      case "codeFenced":
      case "codeIndented":
      case "codeText":
        found.masks.push(mapStart(token.start.offset), mapEnd(token.end.offset));
        i = exitOf(events, i);
        break;
      case "htmlFlow":
      case "htmlText": {
        const j = exitOf(events, i);
        const data = events[i + 1];
        if (j !== i + 3 || (data[1].type !== "htmlFlowData" && data[1].type !== "htmlTextData")) return null;
        const start = mapStart(token.start.offset);
        const end = mapEnd(token.end.offset);
        found.masks.push(start, end);
        const body = commentBody(data[2].sliceSerialize(data[1]));
        if (body !== null) {
          const d = parseDirective(body, [start, end]);
          if (d) found.directives.push(d);
        }
        i = j;
        break;
      }
      case "autolink": {
        const j = exitOf(events, i);
        let url: string | null = null;
        for (let k = i + 1; k < j; k++) {
          const t = events[k][1];
          if (events[k][0] !== "enter") continue;
          if (t.type === "autolinkProtocol") url = events[k][2].sliceSerialize(t);
          else if (t.type === "autolinkEmail") url = `mailto:${events[k][2].sliceSerialize(t)}`;
        }
        if (url === null) return null;
        const start = mapStart(token.start.offset);
        const end = mapEnd(token.end.offset);
        found.masks.push(start, end);
        found.links.push({ url, range: [start, end], urlRange: [start, end], text: undefined });
        i = j;
        break;
      }
      case "link":
      case "image": {
        const j = exitOf(events, i);
        if (!readLink(events, i, j, text, mapStart, mapEnd, found)) return null;
        i = j;
        break;
      }
      case "definition":
        return null;
      case "thematicBreak":
        if (containers === 0 && split === "thematic-break")
          found.breaks.push({ start: mapStart(token.start.offset), end: mapEnd(token.end.offset), keep: false });
        break;
      case "atxHeading":
      case "setextHeading":
        if (containers === 0 && split === "heading") {
          const j = exitOf(events, i);
          let depth = 0;
          for (let k = i + 1; k < j && depth === 0; k++) {
            const t = events[k][1];
            if (t.type === "atxHeadingSequence") depth = t.end.offset - t.start.offset;
            else if (t.type === "setextHeadingLineSequence") depth = events[k][2].sliceSerialize(t).charCodeAt(0) === 61 ? 1 : 2;
          }
          if (depth === 0) return null;
          const start = mapStart(token.start.offset);
          if (depth <= splitDepth) found.breaks.push({ start, end: start, keep: true });
        }
        break;
      default:
        break;
    }
  }
  return found;
}

/**
 * The text of a run of `data` tokens between events `from` and `to` (exclusive), with where it
 * starts and ends; null when anything else is there (markup, escapes, line endings).
 */
function dataRun(events: Event[], from: number, to: number): { value: string; start: number; end: number } | null {
  let value = "";
  let start = -1;
  let end = -1;
  for (let k = from; k < to; k++) {
    const [kind, t, context] = events[k];
    if (t.type !== "data") return null;
    if (kind === "enter") {
      if (start < 0) start = t.start.offset;
      end = t.end.offset;
      value += context.sliceSerialize(t);
    }
  }
  return { value, start, end };
}

/** A link or image with a resource (`[text](url "title")`) whose text, URL and title are plain data. */
function readLink(
  events: Event[],
  i: number,
  j: number,
  text: string,
  mapStart: (offset: number) => number,
  mapEnd: (offset: number) => number,
  found: Found,
): boolean {
  const token = events[i][1];
  let label: { value: string; start: number; end: number } | null = { value: "", start: -1, end: -1 };
  let url = "";
  let title: string | undefined;
  let resource = false;
  for (let k = i + 1; k < j; k++) {
    if (events[k][0] !== "enter") continue;
    const t = events[k][1];
    if (t.type === "labelText") {
      const e = exitOf(events, k);
      label = dataRun(events, k + 1, e);
      if (!label) return false;
      k = e;
    } else if (t.type === "resource") resource = true;
    else if (t.type === "reference") return false;
    else if (t.type === "resourceDestinationString" || t.type === "resourceTitleString") {
      const e = exitOf(events, k);
      const run = dataRun(events, k + 1, e);
      if (!run) return false;
      if (t.type === "resourceDestinationString") url = run.value;
      else title = run.value;
      k = e;
    }
  }
  if (!resource) return false;
  const start = mapStart(token.start.offset);
  const end = mapEnd(token.end.offset);
  if (token.type === "image") {
    const altStart = start + 2;
    const close = text.indexOf("]", altStart);
    const altEnd = close >= 0 && close < end ? close : altStart;
    found.masks.push(start, altStart, altEnd, end);
    found.images.push({ url, alt: label.value, range: [start, end], altRange: [altStart, altEnd], title });
    return true;
  }
  const childText = label.value;
  const isAutolink = childText === url || url.endsWith(childText) || url === `mailto:${childText}`;
  let urlStart = start;
  if (isAutolink) found.masks.push(start, end);
  else {
    // Blank what is not the link's visible text: brackets, URL and title.
    const cs = mapStart(label.start);
    const ce = mapEnd(label.end);
    found.masks.push(start, cs, ce, end);
    urlStart = ce;
  }
  found.links.push({ url, range: [start, end], urlRange: [urlStart, end], text: isAutolink ? undefined : childText });
  return true;
}

function walkMarkdown(
  tree: Root,
  text: string,
  base: number,
  masker: Masker,
  links: Link[],
  images: Image[],
  directives: Directive[],
): void {
  const visit = (node: Nodes): void => {
    if (node.position?.start.offset === undefined || node.position.end.offset === undefined) return;
    const start = base + node.position.start.offset;
    const end = base + node.position.end.offset;
    switch (node.type) {
      case "yaml":
        masker.mask(start, end);
        return;
      case "code":
      case "inlineCode":
      case "definition":
        masker.mask(start, end);
        return;
      case "html": {
        masker.mask(start, end);
        const body = commentBody(node.value);
        if (body !== null) {
          const d = parseDirective(body, [start, end]);
          if (d) directives.push(d);
        }
        return;
      }
      case "image": {
        const altStart = start + 2;
        const close = text.indexOf("]", altStart);
        const altEnd = close >= 0 && close < end ? close : altStart;
        masker.mask(start, altStart);
        masker.mask(altEnd, end);
        images.push({
          url: node.url,
          alt: node.alt ?? "",
          range: [start, end],
          altRange: [altStart, altEnd],
          title: node.title ?? undefined,
        });
        return;
      }
      case "link": {
        const childText = node.children.map((c) => ("value" in c ? c.value : "")).join("");
        const isAutolink = childText === node.url || node.url.endsWith(childText) || node.url === `mailto:${childText}`;
        let urlStart = start;
        if (isAutolink) {
          masker.mask(start, end);
        } else {
          // Blank what is not the link's visible text: brackets, URL and title.
          let pos = start;
          for (const child of node.children) {
            if (child.position?.start.offset === undefined || child.position.end.offset === undefined) continue;
            const cs = base + child.position.start.offset;
            const ce = base + child.position.end.offset;
            masker.mask(pos, cs);
            visit(child as Nodes);
            pos = ce;
          }
          masker.mask(pos, end);
          urlStart = pos;
        }
        links.push({
          url: node.url,
          range: [start, end],
          urlRange: [urlStart, end],
          text: isAutolink ? undefined : childText,
        });
        return;
      }
      default:
        break;
    }
    if ("children" in node) for (const child of node.children as RootContent[]) visit(child as Nodes);
  };
  visit(tree);
}

function textDirectivesAndBreaks(
  text: string,
  from: number,
  to: number,
  masker: Masker,
  directives: Directive[],
  split: SplitMode,
  breaks: Array<{ start: number; end: number; keep: boolean }>,
): void {
  const line = /[^\r\n]*(\r\n|\n|\r|$)/g;
  line.lastIndex = from;
  let m: RegExpExecArray | null;
  while ((m = line.exec(text)) !== null && m.index < to) {
    const start = m.index;
    const content = m[0].replace(/[\r\n]+$/, "");
    const end = start + content.length;
    const trimmed = content.trim();
    if (/^(?:<!--)?\s*healthlint-/.test(trimmed)) {
      const body = commentBody(trimmed) ?? trimmed;
      const d = parseDirective(body, [start, end]);
      if (d) {
        directives.push(d);
        masker.mask(start, end);
      }
    } else if (split === "thematic-break" && /^(?:-{3,}|\*{3,}|_{3,})$/.test(trimmed)) {
      breaks.push({ start, end, keep: false });
    } else if (split === "heading" && /^#{1,6}\s/.test(trimmed)) {
      breaks.push({ start, end: start, keep: true });
    }
    if (m[0].length === 0) break;
  }
}
