/** Bytes of a file to text: BOMs (UTF-8, UTF-16 LE/BE) honoured and stripped, binary files detected. */

export interface Decoded {
  text: string;
  /** Set when the file is binary and was not linted. */
  binary?: boolean;
  /** Something the user should know (invalid UTF-8 replaced, UTF-16 decoded). */
  notice?: string;
}

const strictUtf8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });
const lenientUtf8 = new TextDecoder("utf-8", { fatal: false, ignoreBOM: true });

export function decode(bytes: Uint8Array): Decoded {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: new TextDecoder("utf-16le").decode(bytes.subarray(2)), notice: "decoded as UTF-16 LE (byte order mark)" };
  }
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { text: new TextDecoder("utf-16be").decode(bytes.subarray(2)), notice: "decoded as UTF-16 BE (byte order mark)" };
  }
  const body = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
  if (looksBinary(body)) return { text: "", binary: true };
  try {
    return { text: strictUtf8.decode(body) };
  } catch {
    return { text: lenientUtf8.decode(body), notice: "is not valid UTF-8: invalid bytes were replaced with U+FFFD before linting" };
  }
}

/** A NUL byte in the first 8 KiB means binary, as git and grep decide. */
function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 8192);
  for (let i = 0; i < n; i++) if (bytes[i] === 0) return true;
  return false;
}

/** Text as linted: a leading BOM character removed (editors do not show it; columns do not count it). */
export function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
