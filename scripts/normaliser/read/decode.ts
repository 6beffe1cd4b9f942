/**
 * Byte-level decoding of a note: BOM sniffing, strict UTF-8, GB18030 detection and
 * line-by-line recovery of files that mix encodings.
 */
import iconv from 'iconv-lite';
import type { Message } from '../model.ts';

/** What decoding a note's bytes gave: its text (not yet normalised) or the reason it could not. */
export type DecodeResult =
  | { ok: true; encoding: string; text: string; messages: Message[] }
  | { ok: false; message: Message };

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/** Strict UTF-8 decode; undefined when the bytes are not valid UTF-8. */
function tryUtf8(bytes: Uint8Array): string | undefined {
  try {
    return strictUtf8.decode(bytes);
  } catch {
    return undefined;
  }
}

/** 1-based line number of a byte offset (counts LF and lone CR line breaks before it). */
function lineOfOffset(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) {
    if (bytes[i] === 0x0a || (bytes[i] === 0x0d && bytes[i + 1] !== 0x0a)) line++;
  }
  return line;
}

/**
 * True when `text` reads like Chinese: no replacement characters, and most non-ASCII characters
 * are CJK ideographs or CJK / full-width punctuation. Used to accept a GB18030 guess.
 */
export function isPlausibleChinese(text: string): boolean {
  if (text.includes('\uFFFD')) return false;
  let nonAscii = 0;
  let cjk = 0;
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    if (code < 0x80) continue;
    nonAscii++;
    if (
      (code >= 0x4e00 && code <= 0x9fff) ||
      (code >= 0x3400 && code <= 0x4dbf) ||
      (code >= 0x3000 && code <= 0x303f) ||
      (code >= 0xff00 && code <= 0xffef) ||
      (code >= 0x2010 && code <= 0x201f)
    ) {
      cjk++;
    }
  }
  return nonAscii > 0 && cjk / nonAscii >= 0.7;
}

/** Split bytes into lines on LF, keeping each line's bytes without the LF. */
function splitByteLines(bytes: Uint8Array): Uint8Array[] {
  const lines: Uint8Array[] = [];
  let start = 0;
  for (let i = 0; i < bytes.length; i++) {
    if (bytes[i] === 0x0a) {
      lines.push(bytes.subarray(start, i));
      start = i + 1;
    }
  }
  lines.push(bytes.subarray(start));
  return lines;
}

/**
 * Decode a file that is not valid UTF-8 as a whole: GB18030 when every non-ASCII line reads as
 * Chinese in GB18030 and none is valid UTF-8; otherwise line by line (valid UTF-8 lines as UTF-8,
 * the others as GB18030 when plausible, else with replacement characters), one message per bad line.
 */
function decodeNonUtf8(note: string, bytes: Uint8Array): DecodeResult {
  const byteLines = splitByteLines(bytes);
  const utf8Lines = byteLines.filter((line) => line.some((b) => b >= 0x80) && tryUtf8(line) !== undefined);
  const whole = iconv.decode(Buffer.from(bytes), 'gb18030');
  if (utf8Lines.length === 0 && isPlausibleChinese(whole)) {
    return { ok: true, encoding: 'gb18030', text: whole, messages: [] };
  }
  const messages: Message[] = [];
  const decodedLines = byteLines.map((lineBytes, index) => {
    const asUtf8 = tryUtf8(lineBytes);
    if (asUtf8 !== undefined) return asUtf8;
    const asGb = iconv.decode(Buffer.from(lineBytes), 'gb18030');
    if (isPlausibleChinese(asGb)) {
      messages.push({
        note,
        line: index + 1,
        severity: 'warning',
        source: 'decode',
        reason: 'line is not valid UTF-8 (the rest of the file is); decoded it as GB18030',
      });
      return asGb;
    }
    messages.push({
      note,
      line: index + 1,
      severity: 'error',
      source: 'decode',
      reason: 'line has bytes that are valid in neither UTF-8 nor GB18030; they were replaced with U+FFFD',
    });
    return new TextDecoder('utf-8').decode(lineBytes);
  });
  return { ok: true, encoding: 'utf-8', text: decodedLines.join('\n'), messages };
}

/**
 * Decode a note file's bytes. Recognises UTF-8 (with or without BOM), UTF-16 LE/BE with BOM and
 * GB18030/GBK; rejects binary content (NUL bytes outside UTF-16) with an error naming file and line.
 *
 * @example decodeNoteBytes('notes/a.txt', new TextEncoder().encode('hi')) // { ok: true, encoding: 'utf-8', ... }
 */
export function decodeNoteBytes(note: string, bytes: Uint8Array): DecodeResult {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { ok: true, encoding: 'utf-16le', text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), messages: [] };
  }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { ok: true, encoding: 'utf-16be', text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), messages: [] };
  }
  const nul = bytes.indexOf(0);
  if (nul !== -1) {
    return {
      ok: false,
      message: {
        note,
        line: lineOfOffset(bytes, nul),
        severity: 'error',
        source: 'decode',
        reason: `cannot read the note: binary content (NUL byte at byte ${nul}); it is not text in any supported encoding`,
      },
    };
  }
  const hasBom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const body = hasBom ? bytes.subarray(3) : bytes;
  const utf8 = tryUtf8(body);
  if (utf8 !== undefined) return { ok: true, encoding: hasBom ? 'utf-8-bom' : 'utf-8', text: utf8, messages: [] };
  return decodeNonUtf8(note, body);
}
