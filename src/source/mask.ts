/** Blanks ranges of a text with spaces, keeping line breaks, so offsets never shift. */
export class Masker {
  private readonly ranges: Array<[number, number]> = [];

  constructor(private readonly text: string) {}

  mask(start: number, end: number): void {
    if (end > start) this.ranges.push([Math.max(0, start), Math.min(end, this.text.length)]);
  }

  isMasked(offset: number): boolean {
    return this.ranges.some(([s, e]) => offset >= s && offset < e);
  }

  apply(): string {
    if (this.ranges.length === 0) return this.text;
    const sorted = this.ranges.slice().sort((a, b) => a[0] - b[0]);
    const out: string[] = [];
    let pos = 0;
    for (const [s0, e] of sorted) {
      const s = Math.max(s0, pos);
      if (e <= s) continue;
      out.push(this.text.slice(pos, s));
      blankInto(out, this.text, s, e);
      pos = e;
    }
    out.push(this.text.slice(pos));
    return out.join("");
  }
}

/** The same string with every character but line breaks turned into a space. */
export function blank(s: string): string {
  const out: string[] = [];
  blankInto(out, s, 0, s.length);
  return out.join("");
}

/** Pushes `text` from `start` to `end` blanked (see blank) onto `out`. */
function blankInto(out: string[], text: string, start: number, end: number): void {
  let run = start;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) {
      if (i > run) out.push(" ".repeat(i - run));
      out.push(c === 10 ? "\n" : "\r");
      run = i + 1;
    }
  }
  if (end > run) out.push(" ".repeat(end - run));
}
