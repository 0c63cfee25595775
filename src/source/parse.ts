/**
 * A file's text as rules see it: front matter read, Markdown parsed with positions, everything
 * that is not prose blanked out without shifting offsets, links and images collected, directives
 * found, and the file split into posts.
 */
import { fromMarkdown } from "mdast-util-from-markdown";
import { frontmatterFromMarkdown } from "mdast-util-frontmatter";
import { gfmAutolinkLiteralFromMarkdown } from "mdast-util-gfm-autolink-literal";
import { frontmatter } from "micromark-extension-frontmatter";
import { gfmAutolinkLiteral } from "micromark-extension-gfm-autolink-literal";
import twitterText from "twitter-text";
import { parse as parseYaml, YAMLParseError } from "yaml";
import type { Root, RootContent, Nodes } from "mdast";
import type { FileFormat, Image, Link, SplitMode } from "../types.js";
import { commentBody, parseDirective, type Directive } from "./directives.js";
import { Masker } from "./mask.js";

export interface SourceProblem {
  message: string;
  range: [number, number];
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

/** Markdown of a very deep nesting is parsed as text: micromark recurses per level. */
const MAX_MARKDOWN_NESTING = 200;

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

  if (format === "markdown" && !tooDeep(text)) {
    const tree = fromMarkdown(text, {
      extensions: [frontmatter(["yaml"]), gfmAutolinkLiteral()],
      mdastExtensions: [frontmatterFromMarkdown(["yaml"]), gfmAutolinkLiteralFromMarkdown()],
    });
    walkMarkdown(tree, text, masker, links, images, directives);
    if (split !== "none") {
      for (const node of tree.children) {
        const s = node.position?.start.offset;
        const e = node.position?.end.offset;
        if (s === undefined || e === undefined) continue;
        if (split === "thematic-break" && node.type === "thematicBreak") breaks.push({ start: s, end: e, keep: false });
        if (split === "heading" && node.type === "heading" && node.depth <= splitHeadingDepth)
          breaks.push({ start: s, end: s, keep: true });
      }
    }
  } else {
    textDirectivesAndBreaks(text, bodyStart, masker, directives, split, breaks);
  }

  let prose = masker.apply();
  // Bare URLs (as X linkifies them, e.g. "cdc.gov/flu") that Markdown did not already make links.
  for (const u of twitterText.extractUrlsWithIndices(prose)) {
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

function tooDeep(text: string): boolean {
  // A cheap, linear bound on the nesting micromark would recurse into: the most list or quote
  // markers at the start of any line.
  if (text.length < 2 * MAX_MARKDOWN_NESTING) return false;
  let depth = 0;
  let atLineStart = true;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) {
      depth = 0;
      atLineStart = true;
    } else if (!atLineStart) {
      continue;
    } else if (c === 62 /* > */ || c === 42 /* * */ || c === 43 /* + */ || c === 45 /* - */) {
      if (++depth >= MAX_MARKDOWN_NESTING) return true;
    } else if (c !== 32 && c !== 9) {
      atLineStart = false;
    }
  }
  return false;
}

function walkMarkdown(
  tree: Root,
  text: string,
  masker: Masker,
  links: Link[],
  images: Image[],
  directives: Directive[],
): void {
  const visit = (node: Nodes): void => {
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    if (start === undefined || end === undefined) return;
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
            const cs = child.position?.start.offset;
            const ce = child.position?.end.offset;
            if (cs === undefined || ce === undefined) continue;
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
  bodyStart: number,
  masker: Masker,
  directives: Directive[],
  split: SplitMode,
  breaks: Array<{ start: number; end: number; keep: boolean }>,
): void {
  const line = /[^\r\n]*(\r\n|\n|\r|$)/g;
  line.lastIndex = bodyStart;
  let m: RegExpExecArray | null;
  while ((m = line.exec(text)) !== null && m.index < text.length) {
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
