/**
 * A file's text as rules see it: front matter read, Markdown parsed with positions, everything
 * that is not prose blanked out without shifting offsets, links and images collected, directives
 * found, and the file split into posts.
 */
import { fromMarkdown } from "mdast-util-from-markdown";
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
 * Real posts stay far below them: a file under CHUNK_LINES lines is parsed whole, as one document.
 */
const MAX_MARKDOWN_NESTING = 32;
/** Non-blank lines outside code fences in one parse (a block longer than this is plain text). */
const CHUNK_LINES = 200;
/** Characters in one parse, when blocks are joined into chunks (a single block may be longer). */
const CHUNK_CHARS = 32_768;
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
    for (const chunk of markdownChunks(text, bodyStart)) {
      if (chunk.plain === undefined && chunk.trivial) {
        // Nothing in this chunk can become a node that is masked or collected (see markdownChunks):
        // only its post boundaries are needed, and they are unambiguous here.
        trivialBreaks(text, chunk.start, chunk.end, split, splitHeadingDepth, breaks);
        continue;
      }
      if (chunk.plain === undefined) {
        const base = chunk.start;
        const source = base === 0 && chunk.end === text.length ? text : text.slice(base, chunk.end);
        try {
          // Chunks start after the front matter (read by readFrontMatter), so no extension is needed:
          // bare URLs are found once, below, as X finds them.
          const tree = fromMarkdown(source);
          walkMarkdown(tree, text, base, masker, links, images, directives);
          if (split !== "none") {
            for (const node of tree.children) {
              const s = node.position?.start.offset;
              const e = node.position?.end.offset;
              if (s === undefined || e === undefined) continue;
              if (split === "thematic-break" && node.type === "thematicBreak") breaks.push({ start: base + s, end: base + e, keep: false });
              if (split === "heading" && node.type === "heading" && node.depth <= splitHeadingDepth)
                breaks.push({ start: base + s, end: base + s, keep: true });
            }
          }
          continue;
        } catch (error) {
          // micromark gave up (a stack overflow, say): lint this chunk as text.
          chunk.plain = `the Markdown parser failed: ${error instanceof Error ? error.message : String(error)}`;
        }
      }
      plain.push(chunk);
      textDirectivesAndBreaks(text, Math.max(chunk.start, bodyStart), chunk.end, masker, directives, split, breaks);
    }
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
  // twitter-text's URL pattern takes time that grows with the square of a word's length ("a.a.a.…"):
  // words longer than any real URL are hidden from it (same length, so offsets hold).
  for (const u of twitterText.extractUrlsWithIndices(hideLongWords(prose))) {
    const [s, e] = u.indices;
    links.push({ url: u.url, range: [s, e], urlRange: [s, e] });
    masker.mask(s, e);
  }
  prose = masker.apply();
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

function hideLongWords(s: string): string {
  let out: string[] | null = null;
  let last = 0;
  let start = -1;
  for (let i = 0; i <= s.length; i++) {
    const c = i < s.length ? s.charCodeAt(i) : 32;
    const space = c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0 || c === 0x3000 || (c >= 0x2000 && c <= 0x200a);
    if (!space) {
      if (start < 0) start = i;
      continue;
    }
    if (start >= 0 && i - start > MAX_URL_WORD) {
      out ??= [];
      out.push(s.slice(last, start), " ".repeat(i - start));
      last = i;
    }
    start = -1;
  }
  if (!out) return s;
  out.push(s.slice(last));
  return out.join("");
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
  let data: unknown;
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
  /** No line of the chunk can start or hold a node that is masked or collected: no need to parse it. */
  trivial?: boolean;
}

/** `[label]: destination`, a link reference definition: a file with one is never screened (see below). */
const DEFINITION_LINE = /^ {0,3}\[[^\]\r\n]+\]:/m;
const THEMATIC_BREAK = /^ {0,3}(?:(?:-[ \t]*){3,}|(?:\*[ \t]*){3,}|(?:_[ \t]*){3,})$/;
/** A line of only - = * _ (a setext underline or thematic break, or a list item of them): its reading depends on the line before. */
const UNDERLINE_LIKE = /^ {0,3}[-=*_][-=*_ \t]*$/;
const ATX_HEADING = /^( {0,3})(#{1,6})(?:[ \t]|$)/;

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
 * One pass over the text, so linear.
 */
function markdownChunks(text: string, bodyStart: number): Chunk[] {
  type Block = Chunk & { lines: number; delimiters: number; depth: number; special: boolean };
  const blocks: Block[] = [];
  const n = text.length;
  const screen = !DEFINITION_LINE.test(bodyStart === 0 ? text : text.slice(bodyStart));
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
    special: !screen,
  });
  let block = fresh(bodyStart, line);
  let fence: { char: string; len: number } | null = null;
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
    let eol = pos;
    while (eol < n) {
      const c = text.charCodeAt(eol);
      if (c === 10 || c === 13) break;
      eol++;
    }
    const next = text.charCodeAt(eol) === 13 && text.charCodeAt(eol + 1) === 10 ? eol + 2 : Math.min(eol + 1, n);
    const content = text.slice(pos, eol);
    const blank = /^[ \t]*$/.test(content);
    const first = content.charCodeAt(0);
    if (prevBlank && !blank && fence === null && htmlEnd === null && first !== 32 && first !== 9 && pos > block.start) {
      close(pos, line - 1);
      block = fresh(pos, line);
    }
    if (fence !== null) {
      const m = /^ {0,3}(`{3,}|~{3,})[ \t]*$/.exec(content);
      if (m && m[1][0] === fence.char && m[1].length >= fence.len) fence = null;
    } else if (htmlEnd !== null) {
      if (content.toLowerCase().includes(htmlEnd)) htmlEnd = null;
    } else if (!blank) {
      const f = /^ {0,3}(`{3,}|~{3,})(.*)$/.exec(content);
      if (f && !(f[1][0] === "`" && f[2].includes("`"))) {
        fence = { char: f[1][0], len: f[1].length };
        block.special = true;
      } else htmlEnd = htmlBlockEnd(content);
      if (!block.special) {
        const blockStart = block.lines === 0;
        if (first === 9 || content.startsWith("    ")) block.special = true;
        else if (UNDERLINE_LIKE.test(content) && !(blockStart && THEMATIC_BREAK.test(content))) block.special = true;
        else {
          const h = ATX_HEADING.exec(content);
          if (h && h[1].length > 0) block.special = true;
        }
      }
      block.lines++;
      block.depth = Math.max(block.depth, lineDepth(content));
      for (let i = 0; i < content.length; i++) {
        const c = content.charCodeAt(i);
        // * _ [ ] ` < ~
        if (c === 42 || c === 95 || c === 91 || c === 93 || c === 96 || c === 60 || c === 126) {
          block.delimiters++;
          if (c === 91 || c === 96 || c === 60) block.special = true;
        }
      }
    }
    prevBlank = blank;
    pos = next;
    lastLine = line;
    if (next > eol) line++;
  }
  close(n, lastLine);

  // Join Markdown blocks into chunks; plain blocks stand alone; trivial blocks join each other.
  const chunks: Chunk[] = [];
  let current: (Chunk & { lines: number }) | null = null;
  for (const b of blocks) {
    const trivial = b.plain === undefined && !b.special;
    if (b.plain !== undefined) {
      if (current) chunks.push(current);
      current = null;
      chunks.push(b);
    } else if (
      current &&
      current.trivial === trivial &&
      (trivial || (current.lines + b.lines <= CHUNK_LINES && b.end - current.start <= CHUNK_CHARS))
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
  return chunks.map(({ start, end, line: l, endLine, plain, trivial }) => ({ start, end, line: l, endLine, plain, trivial }));
}

/**
 * Post boundaries in a trivial chunk (see markdownChunks): a thematic break can only be the first
 * line of a block there, and an ATX heading is unindented, so both are read off the lines.
 */
function trivialBreaks(
  text: string,
  from: number,
  to: number,
  split: SplitMode,
  depth: number,
  breaks: Array<{ start: number; end: number; keep: boolean }>,
): void {
  if (split === "none") return;
  let pos = from;
  let prevBlank = true;
  while (pos < to) {
    let eol = pos;
    while (eol < to) {
      const c = text.charCodeAt(eol);
      if (c === 10 || c === 13) break;
      eol++;
    }
    const content = text.slice(pos, eol);
    const blank = /^[ \t]*$/.test(content);
    if (split === "thematic-break") {
      if (prevBlank && !blank && THEMATIC_BREAK.test(content)) {
        const indent = /^ */.exec(content)![0].length;
        breaks.push({ start: pos + indent, end: pos + content.replace(/[ \t]+$/, "").length, keep: false });
      }
    } else {
      const h = ATX_HEADING.exec(content);
      if (h && h[2].length <= depth) breaks.push({ start: pos, end: pos, keep: true });
    }
    prevBlank = blank;
    pos = text.charCodeAt(eol) === 13 && text.charCodeAt(eol + 1) === 10 ? eol + 2 : eol + 1;
  }
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
function lineDepth(line: string): number {
  let depth = 0;
  let indent = 0;
  let i = 0;
  const n = line.length;
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
