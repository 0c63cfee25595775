import { defineRule } from "../src/rule.js";
import type { Range, SuggestionDescriptor } from "../src/types.js";
import { BOILERPLATE_PREFIX, CAMERA_NAME, GENERIC_ALT, IMAGE_EXTENSION } from "./data/image-alt-text.js";

/** Alt text longer than this is prose, not a file name: the name patterns are not tried on it. */
const MAX_NAME = 120;

interface Img {
  url: string;
  alt: string;
  /** The whole image syntax. */
  range: Range;
  /** The alt text (empty range where there is none). */
  altRange: Range;
}

/** `<img>` tags in the post (Markdown images come parsed in `post.images`). */
function htmlImages(raw: string): Img[] {
  if (!raw.includes("<img") && !raw.includes("<IMG")) return [];
  const out: Img[] = [];
  // Bounded and stopping at the next '<', so a run of unclosed tags stays linear.
  const tag = /<img\b[^<>]{0,2000}>/gi;
  let m: RegExpExecArray | null;
  while ((m = tag.exec(raw)) !== null) {
    const body = m[0];
    const src = /\ssrc\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/i.exec(body);
    const alt = /\salt\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/i.exec(body);
    const altValue = alt ? (alt[1] ?? alt[2] ?? alt[3] ?? "") : "";
    const altStart = alt ? m.index + alt.index + alt[0].length - altValue.length - (alt[3] === undefined ? 1 : 0) : m.index;
    out.push({
      url: src ? (src[1] ?? src[2] ?? src[3] ?? "") : "",
      alt: altValue,
      range: [m.index, m.index + body.length],
      altRange: alt ? [altStart, altStart + altValue.length] : [m.index, m.index + body.length],
    });
  }
  return out;
}

function baseName(url: string): string {
  const path = url.split(/[?#]/)[0];
  const file = path.slice(path.lastIndexOf("/") + 1);
  try {
    return decodeURIComponent(file);
  } catch {
    return file;
  }
}

const squash = (s: string) => s.toLowerCase().replace(/[\s_.-]+/g, "");

export default defineRule({
  meta: {
    id: "image-alt-text",
    description: "An image has no alt text, a file name for alt text, or alt text that only says it is an image.",
    defaultSeverity: "warn",
    hasSuggestions: true,
    options: {},
    messages: {
      missing: "This image has no alt text: screen-reader users will not know what it shows. Describe it (what a sighted reader needs to know).",
      fileName: "The alt text '{{alt}}' is a file name, not a description: say what the image shows.",
      generic: "The alt text '{{alt}}' says what kind of thing this is, not what it shows: describe the image.",
      boilerplate:
        "Alt text need not start with '{{prefix}}': screen readers already announce an image. Start with what it shows.",
      dropPrefix: "Drop '{{prefix}}'.",
    },
  },
  check(ctx) {
    const images: Img[] = [...ctx.post.images, ...htmlImages(ctx.post.raw)];
    for (const img of images) {
      const alt = img.alt.trim();
      const altRange: Range = img.altRange[1] > img.altRange[0] ? img.altRange : img.range;
      if (alt === "") {
        ctx.report({ messageId: "missing", range: img.range });
        continue;
      }
      if (alt.length <= MAX_NAME) {
        const name = baseName(img.url);
        const stem = name.replace(IMAGE_EXTENSION, "");
        if (
          IMAGE_EXTENSION.test(alt) ||
          (name !== "" && (squash(alt) === squash(name) || (stem.length >= 3 && squash(alt) === squash(stem)))) ||
          CAMERA_NAME.test(alt)
        ) {
          ctx.report({ messageId: "fileName", data: { alt }, range: altRange });
          continue;
        }
        if (GENERIC_ALT.test(alt)) {
          ctx.report({ messageId: "generic", data: { alt }, range: altRange });
          continue;
        }
      }
      const prefix = BOILERPLATE_PREFIX.exec(alt);
      if (prefix && prefix[0].length < alt.length) {
        const lead = img.alt.length - img.alt.trimStart().length;
        const start = altRange[0] + lead;
        const rest = alt.slice(prefix[0].length);
        // An edit only where the alt text is written in the file as it reads (no Markdown inside).
        const exact = ctx.post.raw.slice(img.altRange[0], img.altRange[1]) === img.alt;
        const suggestions: SuggestionDescriptor[] = exact
          ? [
              {
                messageId: "dropPrefix",
                data: { prefix: prefix[0].trim() },
                fix: { range: [start, start + prefix[0].length + 1], text: rest[0].toUpperCase() },
              },
            ]
          : [];
        ctx.report({
          messageId: "boilerplate",
          data: { prefix: prefix[0].trim() },
          range: [start, start + prefix[0].trimEnd().length],
          suggestions,
        });
      }
    }
  },
});
